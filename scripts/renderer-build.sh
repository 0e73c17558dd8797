#!/usr/bin/env bash
# Builds ka-render (Helm's engine + Kustomize's API, renderer/) from the Go module proxy into a cache outside the
# repo keyed by versions. Re-running is a no-op when the binary is there. Prints the binary's path on its last line.
# GOOS/GOARCH may be set to cross-compile (for packaging).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ver() { grep -m1 -E "^[[:space:]]*(require )?$1 v" "$2" | sed -E "s/.* v([0-9][0-9.]*).*/\1/"; }
HV=$(ver helm.sh/helm/v4 "$ROOT/renderer/go.mod")
KV=$(ver sigs.k8s.io/kustomize/api "$ROOT/renderer/go.mod")
GOOS_=${GOOS:-$(go env GOOS)}
GOARCH_=${GOARCH:-$(go env GOARCH)}
CACHE=${KUBE_APPRENTI_CACHE:-$HOME/.cache/kube-apprenti}
# The source's hash is part of the key: a change of renderer/main.go gives a new binary.
SRC=$(cat "$ROOT/renderer/main.go" "$ROOT/renderer/go.mod" | sha256sum | cut -c1-12)
DIR="$CACHE/renderer-helm-$HV-kustomize-$KV/$GOOS_-$GOARCH_"
EXE=ka-render
[ "$GOOS_" = windows ] && EXE=ka-render.exe
# GOOS=wasip1 GOARCH=wasm: the WebAssembly fallback, run under Node's WASI (core/render/wasi-runner).
[ "$GOOS_" = wasip1 ] && EXE=ka-render.wasm
log() { echo "[renderer-build] $*" >&2; }
if [ ! -f "$DIR/$EXE" ] || [ "$(cat "$DIR/SOURCE" 2>/dev/null)" != "$SRC" ]; then
  log "construction de ka-render (Helm v$HV, Kustomize v$KV, $GOOS_/$GOARCH_ ; la première fois, quelques minutes)…"
  mkdir -p "$DIR"
  BUILD_START=$SECONDS
  (cd "$ROOT/renderer" && CGO_ENABLED=0 GOFLAGS=-mod=mod GOOS=$GOOS_ GOARCH=$GOARCH_ nice go build -trimpath \
     -ldflags "-s -w -X main.Version=helm-$HV+kustomize-$KV" -o "$DIR/$EXE.tmp" .)
  mv "$DIR/$EXE.tmp" "$DIR/$EXE"
  log "ka-render construit en $((SECONDS - BUILD_START)) s ($(du -h "$DIR/$EXE" | cut -f1))"
  echo "$SRC" > "$DIR/SOURCE"
fi
echo "$DIR/$EXE"
