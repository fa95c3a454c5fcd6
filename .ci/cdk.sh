#!/usr/bin/env bash
# CI step for cdk/: builds the CDK app, runs its assertion tests (failing when none ran), then synthesizes
# the stack once with the pinned CDK CLI and checks the template. Needs no AWS account and no network
# beyond the NuGet and npm registries. Run from anywhere: bash .ci/cdk.sh
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cdk_dir="$repo_root/cdk"
solution="$cdk_dir/CognitoMfa.Cdk.slnx"
app_dll="$cdk_dir/src/CognitoMfa.Cdk/bin/Release/net10.0/CognitoMfa.Cdk.dll"
stack_name="CognitoMfaScenario"
started=$SECONDS

for tool in dotnet node npm; do
  if ! command -v "$tool" >/dev/null; then
    echo "cdk: '$tool' is not on PATH; the CDK step needs the .NET SDK and Node.js with npm." >&2
    exit 1
  fi
done

# jsii (the Node.js process behind the CDK) leaves ~66 MB in TMPDIR on every run: keep it in an ignored
# folder of the repo and remove it whatever happens. Its package cache and the CLI's state live in
# cdk/.cdk-home (ignored, kept between runs to save the 143 MB extraction).
cdk_tmp="$cdk_dir/.tmp"
rm -rf "$cdk_tmp"
mkdir -p "$cdk_tmp"
trap 'rm -rf "$cdk_tmp"' EXIT

export CDK_HOME="$cdk_dir/.cdk-home"
export JSII_RUNTIME_PACKAGE_CACHE_ROOT="$CDK_HOME/jsii-package-cache"
export CDK_DISABLE_VERSION_CHECK=1
export AWS_EC2_METADATA_DISABLED=true
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION="$(node -p 'process.versions.node.split(".")[0]')"
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION

echo "== cdk: build"
# Built with the normal TMPDIR (MSBuild and the compiler put their pipes there); no build servers left behind.
dotnet build "$solution" --configuration Release --disable-build-servers --nologo -clp:ErrorsOnly

echo "== cdk: tests"
results_dir="$cdk_tmp/test-results"
TMPDIR="$cdk_tmp" dotnet test "$solution" --configuration Release --no-build --nologo \
  --logger "trx;LogFileName=cdk.trx" --results-directory "$results_dir"

# dotnet test has exited 0 with no test run before (stale restore output): count what actually ran.
trx="$results_dir/cdk.trx"
if [[ ! -f "$trx" ]]; then
  echo "cdk: no test results were written ($trx)" >&2
  exit 1
fi
counters="$(grep -o '<Counters [^>]*' "$trx" || true)"
if [[ -z "$counters" ]]; then
  echo "cdk: $trx has no test counters" >&2
  exit 1
fi
counter() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
executed="$(counter executed)"
passed="$(counter passed)"
failed="$(counter failed)"
total="$(counter total)"
if [[ "${executed:-0}" -eq 0 ]]; then
  echo "cdk: zero tests ran" >&2
  exit 1
fi

echo "== cdk: synth with the pinned CDK CLI (without and with an SES identity)"
cd "$cdk_dir"
npm ci --no-audit --no-fund --loglevel=error

# Synthesizes into folder $1, passing the arguments after $2 (CDK context) to the CLI, and checks the
# template: the MFA user pool on the Essentials plan with exactly the MFA types in $2 (comma-separated),
# its client with ALLOW_USER_AUTH and the code flow to the loopback callback, the managed login domain with
# its branding style, and the outputs the app reads.
synth_and_check() {
  local out="$1" expected_mfas="$2"
  shift 2
  TMPDIR="$cdk_tmp" npx --no-install cdk synth --quiet --app "dotnet $app_dll" --output "$out" "$@"
  node - "$out/$stack_name.template.json" "$expected_mfas" <<'JS'
const fs = require('fs');
const [file, expectedMfas] = process.argv.slice(2);
const template = JSON.parse(fs.readFileSync(file, 'utf8'));
const resources = Object.values(template.Resources ?? {});
const pools = resources.filter(r => r.Type === 'AWS::Cognito::UserPool');
const clients = resources.filter(r => r.Type === 'AWS::Cognito::UserPoolClient');
const problems = [];
if (pools.length !== 1) problems.push(`expected 1 user pool, found ${pools.length}`);
else {
  const pool = pools[0].Properties;
  if (pool.MfaConfiguration !== 'ON') problems.push('the user pool does not require MFA');
  if (pool.UserPoolTier !== 'ESSENTIALS') problems.push(`UserPoolTier is ${pool.UserPoolTier}, not ESSENTIALS`);
  const mfas = (pool.EnabledMfas ?? []).join(',');
  if (mfas !== expectedMfas) problems.push(`EnabledMfas is [${mfas}], expected [${expectedMfas}]`);
}
if (clients.length !== 1) problems.push(`expected 1 user pool client, found ${clients.length}`);
else {
  const client = clients[0].Properties;
  if (!(client.ExplicitAuthFlows ?? []).includes('ALLOW_USER_AUTH')) problems.push('the client lacks ALLOW_USER_AUTH');
  if ((client.AllowedOAuthFlows ?? []).join(',') !== 'code') problems.push('the client does not use the authorization code flow only');
  if (!(client.CallbackURLs ?? []).includes('http://localhost:8765/callback')) problems.push('the client lacks the loopback callback URL');
}
const domains = resources.filter(r => r.Type === 'AWS::Cognito::UserPoolDomain');
if (domains.length !== 1) problems.push(`expected 1 user pool domain, found ${domains.length}`);
else if (domains[0].Properties.ManagedLoginVersion !== 2) problems.push('the domain does not serve managed login (version 2)');
if (resources.filter(r => r.Type === 'AWS::Cognito::ManagedLoginBranding').length !== 1) problems.push('no managed login branding style');
for (const output of ['UserPoolId', 'ClientId', 'Region', 'DomainBaseUrl', 'CallbackUrl']) {
  if (!template.Outputs?.[output]) problems.push(`output ${output} is missing`);
}
if (problems.length > 0) {
  console.error(`cdk: ${file}: ${problems.join('; ')}`);
  process.exit(1);
}
console.log(`cdk: synthesized ${file.split('/').slice(-2).join('/')}: MFA pool (${expectedMfas}), client with ALLOW_USER_AUTH and the code flow, managed login domain, outputs UserPoolId, ClientId, Region, DomainBaseUrl, CallbackUrl`);
JS
}

synth_and_check "$cdk_tmp/cdk.out" "SOFTWARE_TOKEN_MFA"
# Email MFA only with a verified SES identity; synth needs no AWS account, so an example address does.
synth_and_check "$cdk_tmp/cdk.out.ses" "SOFTWARE_TOKEN_MFA,EMAIL_OTP" \
  -c sesFromEmail=no-reply@example.com -c sesRegion=us-east-1

echo "cdk: step took $((SECONDS - started)) s"
echo "cdk: ${passed} passed, ${failed} failed, $((total - executed)) skipped"
