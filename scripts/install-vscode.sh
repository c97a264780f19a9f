#!/usr/bin/env bash
# Installs the real VS Code (code-server), playwright-core and vsce into
# test/vscode/node_modules, working around the offline machine (HARNESS.md):
# nothing here may download from anywhere but the npm registry and Debian.
# Idempotent: a stamp holding the lockfile's hash skips a second install.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$root/test/vscode"
stamp="$dir/node_modules/.news-lens-installed"
want="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"

if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" && -x "$dir/node_modules/.bin/code-server" ]]; then
  echo "install-vscode: test/vscode already installed"
  exit 0
fi

# Debian packages: kerberos is built from source (needs libkrb5-dev), chromium
# is the browser Playwright drives, and rg replaces ripgrep's GitHub download.
missing=()
for pkg in libkrb5-dev chromium ripgrep; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if ((${#missing[@]})); then
  sudo=""
  [[ "$(id -u)" == 0 ]] || sudo="sudo"
  echo "install-vscode: apt-get install ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi

# @vscode/ripgrep's postinstall fetches rg from GitHub unless its cache already
# holds the archive; seed that cache with Debian's rg. The names match the
# @vscode/ripgrep version pinned by code-server 4.100.3.
tmp="${TMPDIR:-/tmp}"
cache="$tmp/vscode-ripgrep-cache-1.15.11"
archive="$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [[ ! -s "$archive" ]]; then
  mkdir -p "$cache"
  work="$(mktemp -d)"
  cp /usr/bin/rg "$work/rg"
  tar -czf "$archive" -C "$work" rg
  rm -rf "$work"
fi

# Root installs: code-server's postinstall refuses without unsafe-perm, and it
# runs `npx node-gyp`, which must not stop to ask.
export npm_config_unsafe_perm=true npm_config_yes=true
cd "$dir"
start=$SECONDS
npm ci --no-audit --no-fund
echo "install-vscode: npm ci took $((SECONDS - start)) s"

# Fail loudly if npm skipped an install script: the native modules would be
# missing and code-server would only fail later, obscurely.
node -e "require('$dir/node_modules/code-server/lib/vscode/node_modules/kerberos')" \
  && node -e "require('$dir/node_modules/argon2')" \
  || { echo "install-vscode: native modules missing (install scripts blocked?)" >&2; exit 1; }
[[ -x "$dir/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ]] \
  || { echo "install-vscode: ripgrep not installed" >&2; exit 1; }

echo "$want" > "$stamp"
