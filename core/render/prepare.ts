// Renders one chart or overlay with ka-render and reads the source files the findings will be placed on: the
// adapters' shared step (language server and CLI). Node only (fs), no vscode.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RendererClient } from './client';
import { kustomizationList, type RenderTarget } from './detect';
import type { RenderOutcome } from './outcome';

export interface RenderOptions {
  /** Extra values files (`--valeurs`), absolute paths. */
  values?: string[];
  set?: string[];
  kubeVersion?: string;
  release?: string;
  namespace?: string;
  /** Absolute path → text of unsaved editor buffers. */
  overrides?: Map<string, string>;
  timeoutMs?: number;
}

const uriOf = (p: string) => pathToFileURL(p).href.replace(/\/$/, '');

function read(p: string, overrides?: Map<string, string>): string | undefined {
  const o = overrides?.get(p);
  if (o !== undefined) return o;
  try { return readFileSync(p, 'utf8'); } catch { return undefined; }
}

function walk(dir: string, out: string[], depth = 0): void {
  if (depth > 8) return;
  let names: string[];
  try { names = readdirSync(dir); } catch { return; }
  for (const n of names) {
    const p = path.join(dir, n);
    let st;
    try { st = statSync(p); } catch { continue; }
    if (st.isDirectory()) walk(p, out, depth + 1);
    else if (st.size < 5 * 1024 * 1024) out.push(p);
  }
}

function overridesFor(overrides: Map<string, string> | undefined, keep: (p: string) => boolean): Record<string, string> | undefined {
  if (!overrides) return undefined;
  const out: Record<string, string> = {};
  for (const [p, t] of overrides) if (keep(p)) out[p] = t;
  return Object.keys(out).length ? out : undefined;
}

export async function renderTarget(client: RendererClient, target: RenderTarget, opts: RenderOptions = {}): Promise<RenderOutcome> {
  return target.kind === 'helm' ? renderHelm(client, target.dir, opts) : renderKustomize(client, target.dir, opts);
}

async function renderHelm(client: RendererClient, dir: string, opts: RenderOptions): Promise<RenderOutcome> {
  const inside = (p: string) => p.startsWith(`${dir}${path.sep}`);
  const res = await client.request({
    op: 'helm', chart: dir, values: opts.values, set: opts.set, kubeVersion: fullVersion(opts.kubeVersion), release: opts.release,
    namespace: opts.namespace, timeoutMs: opts.timeoutMs,
    files: overridesFor(opts.overrides, (p) => inside(p) || (opts.values ?? []).includes(p)),
  });
  const sources = new Map<string, string>();
  const files: string[] = [];
  walk(path.join(dir, 'templates'), files);
  for (const f of [path.join(dir, 'Chart.yaml'), path.join(dir, 'values.yaml'), ...(opts.values ?? []), ...files]) {
    const t = read(f, opts.overrides);
    if (t !== undefined) sources.set(uriOf(f), t);
  }
  const valuesUris = [path.join(dir, 'values.yaml'), ...(opts.values ?? [])].filter((f) => existsSync(f) || opts.overrides?.has(f)).map(uriOf);
  return { kind: 'helm', dirUri: uriOf(dir), sources, valuesUris, files: res.files ?? [], error: res.error, ms: res.ms };
}

/** `1.33` (the setting's form) → `1.33.0`, as `.Capabilities.KubeVersion.Version` reads on a real cluster (`v1.33.0`). */
export function fullVersion(v: string | undefined): string | undefined {
  return v && /^v?\d+\.\d+$/.test(v) ? `${v}.0` : v;
}

const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

async function renderKustomize(client: RendererClient, dir: string, opts: RenderOptions): Promise<RenderOutcome> {
  const res = await client.request({ op: 'kustomize', dir, timeoutMs: opts.timeoutMs, files: overridesFor(opts.overrides, () => true) });
  const sources = new Map<string, string>();
  const add = (p: string) => {
    const u = uriOf(p);
    if (sources.has(u)) return;
    const t = read(p, opts.overrides);
    if (t !== undefined) sources.set(u, t);
  };
  // Every kustomization reachable from the overlay, its patches and its resources.
  const seen = new Set<string>();
  const visit = (d: string, depth: number) => {
    if (depth > 10 || seen.has(d)) return;
    seen.add(d);
    const name = KUSTOMIZATION_NAMES.find((n) => existsSync(path.join(d, n)) || opts.overrides?.has(path.join(d, n)));
    if (!name) return;
    const kpath = path.join(d, name);
    add(kpath);
    const text = sources.get(uriOf(kpath)) ?? '';
    for (const field of ['resources', 'bases', 'components', 'patchesStrategicMerge']) {
      for (const entry of kustomizationList(text, field)) {
        if (/^[a-z]+:\/\//i.test(entry) || entry.includes('?ref=')) continue;
        const p = path.resolve(d, entry);
        if (field === 'patchesStrategicMerge') { add(p); continue; }
        let st;
        try { st = statSync(p); } catch { continue; }
        if (st.isDirectory()) visit(p, depth + 1);
        else add(p);
      }
    }
    for (const m of text.matchAll(/^\s*-?\s*path\s*:\s*["']?([^\s"'#]+)["']?\s*$/gm)) add(path.resolve(d, m[1]));
  };
  visit(dir, 0);
  // Origins the output names (`config.kubernetes.io/origin`), in case a file was missed above.
  const text = res.files?.[0]?.text ?? '';
  for (const m of text.matchAll(/^\s+(?:path|configuredIn):\s*["']?([^\s"']+)["']?\s*$/gm)) add(path.resolve(dir, m[1]));
  return { kind: 'kustomize', dirUri: uriOf(dir), sources, valuesUris: [], files: res.files ?? [], error: res.error, ms: res.ms };
}
