#!/usr/bin/env bash
# LocalCognito as a .NET tool, the way a user gets it: pack src/LocalCognito, install the package from a local
# folder into a temporary --tool-path (no global install, no other feed), run `localcognito --help`, start it on
# a free port, sign one user in with the AWS CLI v2 (sign-up, admin confirm, USER_PASSWORD_AUTH -> MFA_SETUP,
# associate and verify an authenticator with an oathtool code -> tokens), then stop it with SIGTERM.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# The witnesses (AWS CLI v2 at /usr/bin/aws, oathtool) come from the test tools script; it is idempotent.
[ -x /usr/bin/aws ] && command -v oathtool >/dev/null 2>&1 || scripts/install-test-tools.sh

work="$(mktemp -d)"
server_pid=""
cleanup() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then kill "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

echo "tool: packing src/LocalCognito"
dotnet pack src/LocalCognito -c Release -o "$work/feed" --nologo -v quiet
package="$(ls "$work/feed"/LocalCognito.*.nupkg)"
version="$(basename "$package" .nupkg)"; version="${version#LocalCognito.}"

# Only the local folder as a source, and a private package cache, so the install proves the package itself.
cat > "$work/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$work/feed" />
  </packageSources>
</configuration>
EOF
echo "tool: installing LocalCognito $version into a temporary tool path"
NUGET_PACKAGES="$work/packages" dotnet tool install LocalCognito --version "$version" \
    --tool-path "$work/tools" --configfile "$work/nuget.config"
localcognito="$work/tools/localcognito"

"$localcognito" --help > "$work/help.txt"
grep -q -- '--port' "$work/help.txt" || { echo "tool: --help printed no usage:" >&2; cat "$work/help.txt" >&2; exit 1; }

echo "tool: starting localcognito --port 0"
"$localcognito" --port 0 > "$work/stdout.txt" 2> "$work/stderr.txt" &
server_pid=$!
line=""
for _ in $(seq 1 300); do
    line="$(head -n 1 "$work/stdout.txt")"
    [ -n "$line" ] && break
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
done
echo "tool: $line"
pattern='^LocalCognito listening on (http://127\.0\.0\.1:[0-9]+/) region ([a-z0-9-]+) user pool ([^ ]+) client ([a-z0-9]+)$'
if [[ ! "$line" =~ $pattern ]]; then
    echo "tool: localcognito did not print its start-up line; its log:" >&2
    cat "$work/stderr.txt" >&2
    exit 1
fi
endpoint="${BASH_REMATCH[1]}" region="${BASH_REMATCH[2]}" pool="${BASH_REMATCH[3]}" client="${BASH_REMATCH[4]}"

export AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local AWS_DEFAULT_REGION="$region" AWS_PAGER=""
export AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null
cognito() { /usr/bin/aws --endpoint-url "$endpoint" --output text cognito-idp "$@"; }

user="tool-check-$RANDOM"
password="Tool-check-$RANDOM-Pw1!"
cognito sign-up --client-id "$client" --username "$user" --password "$password" \
    --user-attributes Name=email,Value="$user@example.com" --query UserSub > /dev/null
cognito admin-confirm-sign-up --user-pool-id "$pool" --username "$user"
read -r challenge session < <(cognito initiate-auth --client-id "$client" --auth-flow USER_PASSWORD_AUTH \
    --auth-parameters USERNAME="$user",PASSWORD="$password" --query '[ChallengeName, Session]')
[ "$challenge" = "MFA_SETUP" ] || { echo "tool: expected MFA_SETUP, got $challenge" >&2; exit 1; }
read -r secret session < <(cognito associate-software-token --session "$session" --query '[SecretCode, Session]')
read -r status session < <(cognito verify-software-token --session "$session" \
    --user-code "$(oathtool --totp -b "$secret")" --query '[Status, Session]')
[ "$status" = "SUCCESS" ] || { echo "tool: VerifySoftwareToken said $status" >&2; exit 1; }
id_token="$(cognito respond-to-auth-challenge --client-id "$client" --challenge-name MFA_SETUP --session "$session" \
    --challenge-responses USERNAME="$user" --query AuthenticationResult.IdToken)"
[ "${#id_token}" -gt 100 ] || { echo "tool: no ID token after MFA_SETUP" >&2; exit 1; }
echo "tool: $user signed in through the installed localcognito (MFA_SETUP completed, tokens issued)"

kill -TERM "$server_pid"
status=0
wait "$server_pid" || status=$?
server_pid=""
[ "$status" -eq 0 ] || { echo "tool: localcognito exited $status on SIGTERM" >&2; exit 1; }
echo "tool: localcognito stopped cleanly"
