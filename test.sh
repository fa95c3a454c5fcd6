#!/usr/bin/env bash
# Runs every test of the main solution on a fresh machine: installs the outside witnesses the tests
# use (AWS CLI v2, oathtool, the npm packages in tests/js), then runs `dotnet test` and prints one
# summary line. Extra arguments go to `dotnet test` (e.g. --filter).
set -euo pipefail
cd "$(dirname "$0")"

scripts/install-test-tools.sh

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
# A test that hangs is stopped after 10 minutes and named in the output, instead of holding CI until its timeout.
dotnet test CognitoMfaScenario.sln --nologo --blame-hang-timeout 10m --blame-hang-dump-type none "$@" 2>&1 | tee "$log" || status=$?

# VSTest prints one "Passed!/Failed!  - Failed: F, Passed: P, Skipped: S, Total: T" line per test project.
read -r passed failed skipped total < <(awk -F'[:,]' '/ - Failed: +[0-9]+, Passed: +[0-9]+/ {
    f += $2; p += $4; s += $6; t += $8 } END { print p+0, f+0, s+0, t+0 }' "$log")
echo
echo "Tests: $passed passed, $failed failed, $skipped skipped"
if [ "$total" -eq 0 ] || [ "$passed" -eq 0 ]; then
    echo "No test passed ($total ran): check the build and restore output above." >&2
    exit 1
fi
exit "$status"
