#!/usr/bin/env bash
# Reproduces every figure in bench/README.md: Release builds, results in bench/results/.
#   bench/run-all.sh                  everything (about 25-40 minutes on 2 cores)
#   bench/run-all.sh e2e startup      only some steps: build e2e startup prompt load memory micro
# Environment: RUNS (hyperfine runs, default 10), LOAD_REPEAT (default 3), LOAD_SECONDS (per phase, default 8),
#              ENROLLED (MFA users prepared for the sign-in load, default 8000), MEMORY_USERS (default 100000).
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
out="$repo/bench/results"
src="$repo/bench/.out/src"            # the committed HEAD, exported: what is measured
app="$repo/bench/.out/app"
app_r2r="$repo/bench/.out/app-r2r"
local_cognito="$src/src/LocalCognito/bin/Release/net10.0/LocalCognito.dll"
load_test="$repo/bench/LoadTest/bin/Release/net10.0/LoadTest.dll"
mkdir -p "$out"

medians() { # hyperfine's markdown shows means; the README quotes medians
    python3 - "$1" <<'PY' | tee "${1%.json}-medians.txt"
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print("median %8.1f ms  (min %.1f, max %.1f, %d runs)  %s"
          % (r["median"] * 1000, r["min"] * 1000, r["max"] * 1000, len(r["times"]), r["command"]))
PY
}

note_machine() { # what else was running matters on 2 cores: record it beside each result
    echo "$(date -u +%FT%TZ) $1: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/machine.txt"
}

prerequisites() {
    command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine; }
    [ -d bench/peer/node_modules/cognito-local ] || (cd bench/peer && npm ci --no-audit --no-fund)
}

build() {
    # Build from an export of HEAD: the RID-specific restore of the ReadyToRun publish rewrites obj/ files that
    # concurrent builds in the working tree share.
    rm -rf "$src" && mkdir -p "$src" && git archive HEAD | tar -x -C "$src"
    dotnet publish "$src/src/CognitoMfaScenario" -c Release -o "$app" --nologo -v quiet
    # The same app with ReadyToRun (ahead-of-time compiled), to show what that setting would bring to start-up.
    dotnet publish "$src/src/CognitoMfaScenario" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
        -o "$app_r2r" --nologo -v quiet
    dotnet build "$src/src/LocalCognito" -c Release --nologo -v quiet
    dotnet build bench/Bench.slnx -c Release --nologo -v quiet
}

e2e() { # the whole scenario, unattended, on the embedded LocalCognito: process start to exit
    note_machine e2e
    local work; work="$(mktemp -d)"
    (cd "$work" && hyperfine -N --warmup 2 --runs "${RUNS:-10}" \
        --export-markdown "$out/e2e.md" --export-json "$out/e2e.json" \
        "$app/CognitoMfaScenario --non-interactive" \
        "$app_r2r/CognitoMfaScenario --non-interactive" \
        "env DOTNET_TieredPGO=0 $app_r2r/CognitoMfaScenario --non-interactive")
    rm -rf "$work"
    medians "$out/e2e.json"
}

startup() { # to the first output: --help prints the usage and exits
    note_machine startup
    hyperfine -N --warmup 3 --runs "$(( ${RUNS:-10} * 3 ))" \
        --export-markdown "$out/startup.md" --export-json "$out/startup.json" \
        "$app/CognitoMfaScenario --help" \
        "$app_r2r/CognitoMfaScenario --help" \
        "env DOTNET_TieredPGO=0 $app_r2r/CognitoMfaScenario --help"
    medians "$out/startup.json"
    # The interactive run's first line (its banner) comes after the embedded LocalCognito has started.
    (cd "$(mktemp -d)" && python3 "$repo/bench/first-line.py" "${RUNS:-10}" "$app/CognitoMfaScenario" --non-interactive
     python3 "$repo/bench/first-line.py" "${RUNS:-10}" "$app_r2r/CognitoMfaScenario" --non-interactive) | tee -a "$out/startup-medians.txt"
}

prompt() { # issue 14 goal 2: start to the first prompt of an interactive run, on a pseudo-terminal
    note_machine prompt
    (cd "$(mktemp -d)" && python3 "$repo/bench/first-prompt.py" --runs "$(( ${RUNS:-10} * 2 ))" \
        "$app/CognitoMfaScenario" "$app_r2r/CognitoMfaScenario") | tee "$out/first-prompt.txt"
}

load() { # LocalCognito standalone and cognito-local, each in its own process, driven over HTTP
    note_machine load
    dotnet "$load_test" load --localcognito "$local_cognito" --peer bench/peer \
        --repeat "${LOAD_REPEAT:-3}" --seconds "${LOAD_SECONDS:-8}" --enrolled "${ENROLLED:-8000}" \
        --out "$out/load.json" --table "$out/load.md" | tee "$out/load.log"
}

memory() { # resident memory of standalone LocalCognito holding many users
    note_machine memory
    dotnet "$load_test" memory --localcognito "$local_cognito" --users "${MEMORY_USERS:-100000}" | tee "$out/memory.txt"
}

micro() { # BenchmarkDotNet, ShortRun in-process jobs
    note_machine micro
    dotnet bench/Micro/bin/Release/net10.0/Micro.dll --filter '*' --artifacts "$out/micro" | tail -n 40
}

steps=("$@")
[ ${#steps[@]} -gt 0 ] || steps=(build e2e startup prompt load memory micro)
prerequisites
for step in "${steps[@]}"; do
    case "$step" in
        build|e2e|startup|prompt|load|memory|micro) "$step" ;;
        *) echo "unknown step '$step' (build e2e startup prompt load memory micro)" >&2; exit 2 ;;
    esac
done
