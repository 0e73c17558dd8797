// Where the ka-render binary is: $KUBE_APPRENTI_RENDERER, then the build cache of scripts/renderer-build.sh, then
// dist/bin/<platform>-<arch>/ka-render of a platform-specific VSIX (scripts/package-platforms.mjs); when no native
// binary exists for this platform, the WebAssembly build (ka-render.wasm, run under Node's WASI: slow to start,
// 2–10 s) from the cache or dist/bin.
import { existsSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const BUILD_COMMAND = 'bash scripts/renderer-build.sh';

function goVersion(goMod: string, module: string): string | undefined {
  const m = new RegExp(`^\\s*(?:require\\s+)?${module.replace(/[./]/g, (c) => `\\${c}`)}\\s+v([0-9][0-9.]*)`, 'm').exec(goMod);
  return m?.[1];
}

const GOOS: Record<string, string> = { linux: 'linux', darwin: 'darwin', win32: 'windows' };
const GOARCH: Record<string, string> = { x64: 'amd64', arm64: 'arm64' };

/** Candidate paths, in the order they are tried. `roots`: folders that may hold renderer/go.mod or dist/bin. */
export function rendererCandidates(roots: string[], env: NodeJS.ProcessEnv = process.env): string[] {
  const out: string[] = [];
  if (env.KUBE_APPRENTI_RENDERER) out.push(env.KUBE_APPRENTI_RENDERER);
  const exe = process.platform === 'win32' ? 'ka-render.exe' : 'ka-render';
  const cache = env.KUBE_APPRENTI_CACHE || path.join(os.homedir(), '.cache', 'kube-apprenti');
  for (const root of roots) {
    const goModPath = path.join(root, 'renderer', 'go.mod');
    if (!existsSync(goModPath)) continue;
    const goMod = readFileSync(goModPath, 'utf8');
    const hv = goVersion(goMod, 'helm.sh/helm/v4');
    const kv = goVersion(goMod, 'sigs.k8s.io/kustomize/api');
    if (hv && kv) out.push(path.join(cache, `renderer-helm-${hv}-kustomize-${kv}`, `${GOOS[process.platform] ?? process.platform}-${GOARCH[process.arch] ?? process.arch}`, exe));
  }
  const wasm: string[] = [];
  for (const root of roots) {
    const goModPath = path.join(root, 'renderer', 'go.mod');
    if (!existsSync(goModPath)) continue;
    const goMod = readFileSync(goModPath, 'utf8');
    const hv = goVersion(goMod, 'helm.sh/helm/v4');
    const kv = goVersion(goMod, 'sigs.k8s.io/kustomize/api');
    if (hv && kv) wasm.push(path.join(cache, `renderer-helm-${hv}-kustomize-${kv}`, 'wasip1-wasm', 'ka-render.wasm'));
  }
  for (const root of roots) {
    out.push(path.join(root, 'dist', 'bin', `${process.platform}-${process.arch}`, exe));
    wasm.push(path.join(root, 'dist', 'bin', 'ka-render.wasm'));
  }
  // KUBE_APPRENTI_RENDERER_WASM=1: the WebAssembly fallback even where a native binary exists (tests).
  return env.KUBE_APPRENTI_RENDERER_WASM === '1' && !env.KUBE_APPRENTI_RENDERER ? wasm : [...out, ...wasm];
}

/** Folders above `from` (included), where renderer/ or dist/ may be. */
export function ancestors(from: string): string[] {
  const out: string[] = [];
  let dir = path.resolve(from);
  for (let i = 0; i < 6; i++) {
    out.push(dir);
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return out;
}

/** The first candidate that exists, or undefined. */
export function findRenderer(roots: string[] = ancestors(__dirname), env: NodeJS.ProcessEnv = process.env): string | undefined {
  return rendererCandidates(roots, env).find((p) => existsSync(p));
}
