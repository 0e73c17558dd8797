// Which folders are rendered: Helm charts (a folder with Chart.yaml, not a subchart under another chart's charts/)
// and Kustomize overlays (a folder with kustomization.yaml whose kind is Kustomization, not a Component that another
// kustomization pulls in with `components:`). Pure: paths and texts in, targets out.
import { parseDocument, isMap, isSeq } from 'yaml';

export type RenderTarget = { kind: 'helm'; dir: string } | { kind: 'kustomize'; dir: string };

const KUSTOMIZATION = /(^|\/)(kustomization\.ya?ml|Kustomization)$/;
const CHART = /(^|\/)Chart\.ya?ml$/;

export function isKustomizationPath(p: string): boolean {
  return KUSTOMIZATION.test(p);
}

function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
}

function join(dir: string, rel: string): string {
  const parts = rel.startsWith('/') ? [] : dir.split('/');
  for (const seg of rel.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/') || '/';
}

/** The entries of a list field of a kustomization text (e.g. `components`), or [] when it does not parse. */
export function kustomizationList(text: string, field: string): string[] {
  try {
    const doc = parseDocument(text);
    if (!isMap(doc.contents)) return [];
    const v = doc.contents.get(field, true);
    if (!isSeq(v)) return [];
    return v.items.map((i) => String((i as { value?: unknown }).value ?? '')).filter((s) => s);
  } catch {
    return [];
  }
}

/**
 * Targets among absolute POSIX paths of files. `read(path)` gives a kustomization's text (for its kind and
 * `components:`). Charts nested under another chart's `charts/` are rendered by their parent.
 */
export function detectTargets(paths: string[], read: (path: string) => string | undefined): RenderTarget[] {
  const charts = new Set<string>();
  for (const p of paths) if (CHART.test(p)) charts.add(dirname(p));
  const out: RenderTarget[] = [];
  for (const dir of [...charts].sort()) {
    const nested = [...charts].some((c) => c !== dir && dir.startsWith(`${c}/charts/`));
    if (!nested) out.push({ kind: 'helm', dir });
  }
  const kust = new Map<string, string>();
  for (const p of paths) if (KUSTOMIZATION.test(p)) kust.set(dirname(p), read(p) ?? '');
  const components = new Set<string>();
  for (const [dir, text] of kust) {
    for (const c of kustomizationList(text, 'components')) components.add(join(dir, c).replace(/\/$/, ''));
  }
  for (const [dir, text] of [...kust].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (/^kind:[ \t]*["']?Component\b/m.test(text) || components.has(dir)) continue;
    // Inside a chart (a kustomization shipped as a chart file) is not an overlay of its own.
    if ([...charts].some((c) => dir.startsWith(`${c}/`))) continue;
    out.push({ kind: 'kustomize', dir });
  }
  return out;
}

/** The target a changed file belongs to (the deepest chart or overlay folder containing it). */
export function targetsOf(path: string, targets: RenderTarget[]): RenderTarget[] {
  return targets.filter((t) => path === t.dir || path.startsWith(`${t.dir}/`));
}
