#!/usr/bin/env bash
# Builds the local cluster's binaries (kube-apiserver, kube-controller-manager, kube-scheduler, kubectl,
# etcd, kwok) from the Go module proxy into a cache outside the repo keyed by versions.
# Re-running is a no-op when every binary is there. Prints the bin folder on its last line.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ver() { grep -m1 -E "^[[:space:]]*(require )?$1 v" "$2" | sed -E "s/.* v([0-9][0-9.]*).*/\1/"; }
KV=$(ver k8s.io/kubernetes "$ROOT/test/cluster/k8s/go.mod")
EV=$(ver go.etcd.io/etcd/server/v3 "$ROOT/test/cluster/etcd/go.mod")
WV=$(ver sigs.k8s.io/kwok "$ROOT/test/cluster/kwok/go.mod")
CACHE=${KUBE_APPRENTI_CACHE:-$HOME/.cache/kube-apprenti}
BIN="$CACHE/k8s-$KV-etcd-$EV-kwok-$WV/bin"
mkdir -p "$BIN"
log() { echo "[cluster-build] $*" >&2; }
export CGO_ENABLED=0 GOFLAGS=-mod=mod
if [ ! -x "$BIN/kube-apiserver" ] || [ ! -x "$BIN/kube-controller-manager" ] || [ ! -x "$BIN/kube-scheduler" ] || [ ! -x "$BIN/kubectl" ]; then
  log "construction de Kubernetes v$KV (une seule fois par machine, 15 à 30 min)…"
  MINOR=$(echo "$KV" | cut -d. -f2)
  LD="-s -w"
  for p in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
    LD="$LD -X $p.gitVersion=v$KV -X $p.gitMajor=1 -X $p.gitMinor=$MINOR -X $p.gitTreeState=clean -X $p.gitCommit=0000000000000000000000000000000000000000 -X $p.buildDate=1970-01-01T00:00:00Z"
  done
  (cd "$ROOT/test/cluster/k8s" && go build -trimpath -ldflags "$LD" -o "$BIN/" \
     k8s.io/kubernetes/cmd/kube-apiserver k8s.io/kubernetes/cmd/kube-controller-manager \
     k8s.io/kubernetes/cmd/kube-scheduler k8s.io/kubernetes/cmd/kubectl)
fi
if [ ! -x "$BIN/etcd" ]; then
  log "construction d'etcd v$EV…"
  (cd "$ROOT/test/cluster/etcd" && go build -trimpath -ldflags "-s -w -X go.etcd.io/etcd/api/v3/version.GitSHA=release" -o "$BIN/etcd" go.etcd.io/etcd/server/v3)
fi
if [ ! -x "$BIN/kwok" ]; then
  log "construction de kwok v$WV…"
  (cd "$ROOT/test/cluster/kwok" && go build -trimpath -ldflags "-s -w -X sigs.k8s.io/kwok/pkg/consts.Version=v$WV" -o "$BIN/kwok" sigs.k8s.io/kwok/cmd/kwok)
fi
# KWOK's default stages ship in its module: copy them next to the binaries (not into the repo).
if [ ! -f "$BIN/../stages/pod-ready.yaml" ]; then
  D=$(cd "$ROOT/test/cluster/kwok" && go list -m -f '{{.Dir}}' sigs.k8s.io/kwok)
  mkdir -p "$BIN/../stages"
  cp "$D"/kustomize/stage/node/fast/*.yaml "$D"/kustomize/stage/node/heartbeat-with-lease/*.yaml "$D"/kustomize/stage/pod/fast/*.yaml "$BIN/../stages/" 2>/dev/null || true
  find "$D/kustomize/stage" -name '*.yaml' | sed 's|.*/kustomize/stage/||' > "$BIN/../stages/INDEX"
  chmod -R u+w "$BIN/../stages"
fi
echo "$BIN"
