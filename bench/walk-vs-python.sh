#!/usr/bin/env bash
# Issue 14 goal 3: the published app's whole --non-interactive walk vs the AWS example's Python scenario (boto3),
# both against one standalone LocalCognito, alternating runs, process start to exit; prints medians and the ratio.
#   bench/walk-vs-python.sh [RUNS]        (default 10 timed runs of each, after one warm-up of each)
# Environment: NO_BUILD=1 to reuse bench/.out/walk-app and the Release LocalCognito already built.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
app="$PWD/bench/.out/walk-app"
server_dll="$PWD/src/LocalCognito/bin/Release/net10.0/LocalCognito.dll"
# The real interpreter, not the pyenv shim (a bash script that would add its own start-up to every Python run).
python="$(~/.pyenv/shims/python3 -c 'import sys; print(sys.executable)' 2>/dev/null || command -v python3)"

if [ -z "${NO_BUILD:-}" ]; then
    dotnet build src/LocalCognito -c Release --nologo -v quiet >/dev/null
    dotnet publish src/CognitoMfaScenario -c Release -o "$app" --nologo -v quiet >/dev/null
fi

work="$(mktemp -d)"
dotnet "$server_dll" --port 0 >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do [ -s "$work/server.out" ] && break; sleep 0.1; done
# "LocalCognito listening on http://127.0.0.1:PORT/ region R user pool POOL client CLIENT"
read -r _ _ _ url _ _ _ _ pool _ client <"$work/server.out"
url="${url%/}"
echo "standalone LocalCognito at $url, pool $pool"

"$python" - "$runs" "$url" "$pool" "$client" "$app/CognitoMfaScenario" "$python" \
    "$PWD/bench/python-scenario/mfa_scenario.py" <<'PY'
import os, statistics, subprocess, sys, time
runs, url, pool, client, app, python, scenario = sys.argv[1:]
env = dict(os.environ, AWS_ACCESS_KEY_ID="local", AWS_SECRET_ACCESS_KEY="local", AWS_REGION="us-east-1")
commands = {
    "app --non-interactive": [app, "--non-interactive", "--endpoint", url, "--pool-id", pool, "--client-id", client],
    "python boto3 scenario": [python, scenario, url, pool, client],
}
def load():
    return open("/proc/loadavg").read().split()[:3]
def timed(command):
    start = time.perf_counter()
    done = subprocess.run(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{command[0]} failed ({done.returncode}):\n{done.stdout.decode(errors='replace')[-3000:]}")
    return elapsed
print("load average before:", *load())
for command in commands.values():  # one warm-up each: disk cache, server JIT
    timed(command)
times = {name: [] for name in commands}
for _ in range(int(runs)):
    for name, command in commands.items():
        times[name].append(timed(command))
for name, values in times.items():
    print(f"{name:24} median {statistics.median(values) * 1000:7.0f} ms  (min {min(values) * 1000:.0f},"
          f" max {max(values) * 1000:.0f}, {len(values)} runs)")
app_median, python_median = (statistics.median(v) for v in times.values())
print(f"ratio app / python: {app_median / python_median:.2f}")
print("load average after:", *load())
PY
