#!/usr/bin/env bash
# Drift check for the generated Cognito client.
# Regenerates src/CognitoIdentityProvider.Client/Generated from spec/ and fails (exit 1, printing the diff)
# if any committed generated file changed or a new one appeared.
# Optional: with COGNITO_FULL_MODEL=/path/to/cognito-idp-2016-04-18.service-2.json it first re-trims spec/
# from the full model (and COGNITO_PAGINATORS=/path/to/paginators-1.json, if given) and checks spec/ too.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
generated="src/CognitoIdentityProvider.Client/Generated"
checked=("$generated")

if [[ -n "${COGNITO_FULL_MODEL:-}" ]]; then
  trim_args=(--trim "$COGNITO_FULL_MODEL")
  if [[ -n "${COGNITO_PAGINATORS:-}" ]]; then
    trim_args+=(--paginators "$COGNITO_PAGINATORS")
  fi
  dotnet run --project tools/ClientGenerator -- "${trim_args[@]}"
  checked+=("spec")
else
  dotnet run --project tools/ClientGenerator
fi

status=0
if ! git --no-pager diff --exit-code --stat -- "${checked[@]}"; then
  git --no-pager diff -- "${checked[@]}"
  status=1
fi
untracked="$(git ls-files --others --exclude-standard -- "${checked[@]}")"
if [[ -n "$untracked" ]]; then
  echo "Generated files that are not committed:"
  echo "$untracked"
  status=1
fi

if [[ $status -ne 0 ]]; then
  echo "DRIFT: the committed client differs from what tools/ClientGenerator produces from spec/." >&2
  echo "Run 'dotnet run --project tools/ClientGenerator' and commit the result." >&2
else
  echo "No drift: ${checked[*]} match the generator output."
fi
exit $status
