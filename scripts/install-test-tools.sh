#!/usr/bin/env bash
# Installs the outside witnesses the conformance tests drive: the AWS CLI v2 from Debian (/usr/bin/aws),
# oathtool (TOTP codes), Debian's chromium (the managed login browser tests drive it with Playwright), the
# pinned npm packages in tests/js, and boto3 + joserfc for Python. Idempotent and non-interactive:
# apt-get runs only when a tool is missing, `npm ci` only when tests/js/node_modules is missing or
# was installed from a different package-lock.json.
set -euo pipefail
repo_root="$(cd "$(dirname "$0")/.." && pwd)"

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"
    elif command -v sudo >/dev/null 2>&1; then sudo -n "$@"
    else echo "install-test-tools: need root (or sudo) to run: $*" >&2; exit 1
    fi
}

missing_packages=()
# The pip AWS CLI v1 may come first on PATH; the tests call the Debian v2 binary by its full path.
[ -x /usr/bin/aws ] || missing_packages+=(awscli)
command -v oathtool >/dev/null 2>&1 || missing_packages+=(oathtool)
# Playwright cannot download its own browser here; tests/ManagedLogin.Tests points it at /usr/bin/chromium.
[ -x /usr/bin/chromium ] || missing_packages+=(chromium)
if [ "${#missing_packages[@]}" -gt 0 ]; then
    echo "install-test-tools: installing ${missing_packages[*]} with apt-get"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing_packages[@]}"
fi

if ! /usr/bin/aws --version 2>&1 | grep -q '^aws-cli/2\.'; then
    echo "install-test-tools: /usr/bin/aws is not the AWS CLI v2 ($(/usr/bin/aws --version 2>&1 | head -1))" >&2
    exit 1
fi

for tool in node npm; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "install-test-tools: $tool is missing; install Node.js 18 or later (the JS witness tests need it)" >&2
        exit 1
    fi
done

# node_modules is stale when it was installed from another lock file: remember the lock file's hash.
js_dir="$repo_root/tests/js"
stamp="$js_dir/node_modules/.installed-from-lock.sha256"
lock_hash="$(sha256sum "$js_dir/package-lock.json" | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_hash" ]; then
    echo "install-test-tools: npm ci in tests/js"
    (cd "$js_dir" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$lock_hash" > "$stamp"
fi

# The boto3 witness tests (tests/Conformance.Tests/Python) need boto3 and joserfc (JWT checks) in the Python
# they find first: $BOTO3_PYTHON, pyenv's shim, then python3 on PATH.
python_bin="${BOTO3_PYTHON:-}"
[ -n "$python_bin" ] || { [ -x "$HOME/.pyenv/shims/python3" ] && python_bin="$HOME/.pyenv/shims/python3"; } || true
[ -n "$python_bin" ] || python_bin="$(command -v python3 || true)"
if [ -z "$python_bin" ]; then
    echo "install-test-tools: python3 is missing; install Python 3.9 or later (the boto3 witness tests need it)" >&2
    exit 1
fi
if ! "$python_bin" -c 'import boto3, joserfc' >/dev/null 2>&1; then
    echo "install-test-tools: pip install boto3 joserfc for $python_bin"
    "$python_bin" -m pip install --quiet boto3 joserfc
fi

echo "install-test-tools: AWS CLI v2, oathtool, chromium, tests/js packages, boto3 and joserfc are ready"
