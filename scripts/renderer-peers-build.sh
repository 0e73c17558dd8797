#!/usr/bin/env bash
# Builds the `helm` and `kustomize` command-line tools from the same pinned modules as ka-render, as native binaries,
# for `npm run bench` only (the comparison « running the command once »); the product never runs them.
# helm.sh/helm/v4/cmd/helm at the Helm version of renderer/go.mod, and sigs.k8s.io/kustomize/kustomize/v5 at the
# release whose go.mod requires the same api/kyaml version (v5.8.2 ↔ api v0.21.2). Cached outside the repo beside the
# renderer: ~/.cache/kube-apprenti/renderer-helm-<v>-kustomize-<v>/peers/<goos>-<goarch>/. Prints one line per tool:
# `helm <path>` or `helm UNAVAILABLE <reason>`.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ver() { grep -m1 -E "^[[:space:]]*(require )?$1 v" "$2" | sed -E "s/.* v([0-9][0-9.]*).*/\1/"; }
HV=$(ver helm.sh/helm/v4 "$ROOT/renderer/go.mod")
KV=$(ver sigs.k8s.io/kustomize/api "$ROOT/renderer/go.mod")
# kustomize CLI release built on api v$KV (kustomize/v5's go.mod requires sigs.k8s.io/kustomize/api v$KV).
case "$KV" in
  0.21.2) KCLI=5.8.2 ;;
  0.21.1) KCLI=5.8.1 ;;
  *) KCLI="" ;;
esac
CACHE=${KUBE_APPRENTI_CACHE:-$HOME/.cache/kube-apprenti}
DIR="$CACHE/renderer-helm-$HV-kustomize-$KV/peers/$(go env GOOS)-$(go env GOARCH)"
mkdir -p "$DIR"
log() { echo "[renderer-peers] $*" >&2; }
build() { # name, package@version
  local name=$1 pkg=$2
  if [ -x "$DIR/$name" ]; then echo "$name $DIR/$name"; return; fi
  log "construction de $pkg (pour la comparaison du banc d’essai seulement)…"
  local start=$SECONDS
  if CGO_ENABLED=0 GOBIN="$DIR/tmp-$name" nice go install -trimpath -ldflags "-s -w" "$pkg" 2>"$DIR/$name.log"; then
    mv "$DIR/tmp-$name/$name" "$DIR/$name"; rmdir "$DIR/tmp-$name"
    log "$name construit en $((SECONDS - start)) s"
    echo "$name $DIR/$name"
  else
    echo "$name UNAVAILABLE go install $pkg failed: $(tail -3 "$DIR/$name.log" | tr '\n' ' ')"
  fi
}
build helm "helm.sh/helm/v4/cmd/helm@v$HV"
if [ -n "$KCLI" ]; then
  build kustomize "sigs.k8s.io/kustomize/kustomize/v5@v$KCLI"
else
  echo "kustomize UNAVAILABLE no known kustomize/v5 release for api v$KV (add it to scripts/renderer-peers-build.sh)"
fi
