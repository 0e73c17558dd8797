#!/usr/bin/env bash
# Installs what the end-to-end tests and `npm start` need, once per machine, outside the repo:
#   - Debian packages: chromium (browser driven by Playwright), ripgrep (stands in for @vscode/ripgrep's GitHub
#     download), libkrb5-dev (headers for code-server's kerberos native module)
#   - code-server (the VS Code that SSPCloud runs) from the npm registry, pinned, in ~/.cache/kube-apprenti/
# Prints the code-server binary path on its last line.
set -euo pipefail
CS_VERSION=4.100.3   # VS Code 1.100.3; the newest code-server whose engines.node accepts Node 20
CACHE=${KUBE_APPRENTI_CACHE:-$HOME/.cache/kube-apprenti}
CSDIR="$CACHE/code-server-$CS_VERSION"
log() { echo "[outils] $*" >&2; }

if ! command -v chromium >/dev/null || ! command -v rg >/dev/null || [ ! -e /usr/include/gssapi/gssapi.h ]; then
  log "installation de chromium, ripgrep et libkrb5-dev (apt)…"
  SUDO=; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium ripgrep libkrb5-dev >/dev/null
fi

CS="$CSDIR/node_modules/.bin/code-server"
if [ ! -x "$CS" ] || [ "$(node -p "require('$CSDIR/node_modules/code-server/package.json').version" 2>/dev/null)" != "$CS_VERSION" ]; then
  log "installation de code-server $CS_VERSION depuis npm (1 à 3 min)…"
  rm -rf "$CSDIR"; mkdir -p "$CSDIR/tmp"
  # @vscode/ripgrep's postinstall downloads ripgrep from GitHub unless its cache holds the archive: seed it with Debian's rg
  mkdir -p "$CSDIR/tmp/vscode-ripgrep-cache-1.15.11"
  tar czf "$CSDIR/tmp/vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C /usr/bin rg
  echo '{"name":"kube-apprenti-code-server","private":true}' > "$CSDIR/package.json"
  # --unsafe-perm: postinstall refuses to run as root otherwise; npm_config_yes: node-pty runs `npx node-gyp`
  if ! (cd "$CSDIR" && TMPDIR="$CSDIR/tmp" npm_config_yes=true npm_config_unsafe_perm=true \
        npm install --no-audit --no-fund --unsafe-perm "code-server@$CS_VERSION" > "$CSDIR/install.log" 2>&1); then
    tail -40 "$CSDIR/install.log" >&2; rm -rf "$CSDIR/node_modules"; exit 1
  fi
fi
echo "$CS"
