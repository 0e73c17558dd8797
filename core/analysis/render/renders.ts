// Rendered Helm charts and Kustomize overlays in the workspace model. Each render's objects become virtual files
// (`ka-render://<world>/…`) that every rule sees with the plain manifests; findings on them are re-placed on the
// line of the source the student wrote (template, values file, base, patch, kustomization) through a source map.
// Pure: the adapters render (ka-render) and read the sources, then call `set` with the outcome.
import { parseDocument, isMap } from 'yaml';
import { findPath, outline, templateDocs, valuesPathOn, type PathSegment } from '../../render/templateOutline';
import { joinUri, type RenderOutcome } from '../../render/outcome';
import { endOf, nodeAtPath, pathAt, startOf } from '../../render/yamlPath';
import type { Finding, OffsetRange, RelatedPlace } from '../model';
import type { ManifestWorkspace } from '../index/workspace';
import { notYamlFinding, renderErrorFindings, unmatchedPatchTargets } from './renderErrors';

export const RENDER_SCHEME = 'ka-render:';

export function isRenderedUri(uri: string): boolean {
  return uri.startsWith(RENDER_SCHEME);
}

/** `ka-render://helm-1/templates/x.yaml` → `helm-1`: resources of one render form one world. */
export function worldOf(uri: string): string {
  if (!isRenderedUri(uri)) return '';
  const rest = uri.slice(RENDER_SCHEME.length + 2);
  const i = rest.indexOf('/');
  return i < 0 ? rest : rest.slice(0, i);
}

/** Where a finding on a rendered object lands in the sources. */
export interface Place {
  uri: string;
  range: OffsetRange;
  /** The values file line of `.Values.a.b` used on the template line. */
  values?: { uri: string; range: OffsetRange; path: string };
}

interface KustomizeOrigin { path?: string; configuredIn?: string; configuredBy?: string }

interface VirtualDoc {
  /** Helm: the template's URI and the index of the template document that produced it. */
  templateUri?: string;
  templateDoc?: number;
  /** Kustomize: the object's origin. */
  origin?: KustomizeOrigin;
  kind?: string;
  name?: string;
}

interface Entry {
  key: string;
  world: string;
  outcome: RenderOutcome;
  virtual: Map<string, VirtualDoc[]>;
  /** Render errors and not-YAML outputs, placed on their source files. */
  errors: Finding[];
  /** Parsed values files (by URI), kept for the entry's life: a 5 MB values.yaml is parsed once, not per finding. */
  valuesDocs?: Map<string, ReturnType<typeof parseDocument>>;
}

export class RenderRegistry {
  private readonly entries = new Map<string, Entry>();
  private readonly byVirtual = new Map<string, Entry>();
  private counter = 0;
  /** Incremented on every set/remove. */
  version = 0;

  constructor(private readonly ws: ManifestWorkspace) {}

  static keyOf(kind: 'helm' | 'kustomize', dirUri: string): string {
    return `${kind}:${dirUri}`;
  }

  /** Replaces the render of a chart or overlay: its virtual files and its error findings. */
  set(outcome: RenderOutcome): void {
    const key = RenderRegistry.keyOf(outcome.kind, outcome.dirUri);
    const old = this.entries.get(key);
    const world = old?.world ?? `${outcome.kind}-${++this.counter}`;
    const entry: Entry = { key, world, outcome, virtual: new Map(), errors: [] };
    // Source files the student may open (helpers, templates) are in the model, so that findings can be shown there.
    // Files outside the scanned YAML (`_helpers.tpl`, NOTES.txt) follow the texts the render used.
    for (const [uri, text] of outcome.sources) {
      if (!this.ws.hasFile(uri) || (!/\.ya?ml$/i.test(uri) && this.ws.getFile(uri)?.text !== text)) this.ws.setFile(uri, text);
    }
    if (outcome.error) {
      entry.errors = renderErrorFindings(outcome);
    } else if (outcome.kind === 'helm') {
      this.buildHelm(entry);
    } else {
      this.buildKustomize(entry);
      entry.errors.push(...unmatchedPatchTargets(outcome));
    }
    const next = new Set(entry.virtual.keys());
    if (old) for (const uri of old.virtual.keys()) if (!next.has(uri)) { this.ws.removeFile(uri); this.byVirtual.delete(uri); }
    this.entries.set(key, entry);
    for (const uri of next) this.byVirtual.set(uri, entry);
    this.version++;
    this.ws.version++;
  }

  remove(key: string): void {
    const old = this.entries.get(key);
    if (!old) return;
    for (const uri of old.virtual.keys()) { this.ws.removeFile(uri); this.byVirtual.delete(uri); }
    this.entries.delete(key);
    this.version++;
    this.ws.version++;
  }

  keys(): string[] {
    return [...this.entries.keys()];
  }

  outcome(key: string): RenderOutcome | undefined {
    return this.entries.get(key)?.outcome;
  }

  /** The file lies in a chart that is rendered here (its templates, values and Chart.yaml are checked through it). */
  inRenderedChart(uri: string): boolean {
    for (const e of this.entries.values()) if (e.outcome.kind === 'helm' && uri.startsWith(`${e.outcome.dirUri}/`)) return true;
    return false;
  }

  /** Virtual URIs of every render. */
  virtualUris(): string[] {
    return [...this.byVirtual.keys()];
  }

  /** Source files of the render that made a virtual file (or of every render, for a source itself). */
  sourcesOf(virtualUri: string): string[] {
    const e = this.byVirtual.get(virtualUri);
    return e ? [...e.outcome.sources.keys()] : [];
  }

  /** Every source URI of every render (files whose diagnostics include rendered findings). */
  allSources(): Set<string> {
    const out = new Set<string>();
    for (const e of this.entries.values()) for (const u of e.outcome.sources.keys()) out.add(u);
    return out;
  }

  /** Render errors (template errors, not-YAML output, build errors) of every render. */
  errorFindings(): Finding[] {
    const out: Finding[] = [];
    for (const e of this.entries.values()) out.push(...e.errors);
    return out;
  }

  /** The rendered YAML of a render as `helm template` / `kustomize build` print it (with `# Source:` lines for Helm). */
  renderedText(key: string): string {
    const e = this.entries.get(key);
    if (!e) return '';
    const parts: string[] = [];
    for (const [uri] of e.virtual) {
      const file = this.ws.getFile(uri);
      if (!file) continue;
      if (e.outcome.kind === 'helm') {
        const chart = e.outcome.files[0]?.name.split('/')[0] ?? '';
        const name = `${chart}/${uri.slice(RENDER_SCHEME.length + 2 + e.world.length + 1).replace(/\.rendu\.yaml$/, '')}`;
        for (const d of file.docs) if (d.text.trim()) parts.push(`---\n# Source: ${name}\n${d.text.replace(/^---\n/, '').trimEnd()}\n`);
      } else {
        for (const d of file.docs) if (d.text.trim()) parts.push(`---\n${d.text.replace(/^---\n/, '').trimEnd()}\n`);
      }
    }
    return parts.join('');
  }

  /** Where the node at `offset` of a virtual file was written. */
  place(virtualUri: string, offset: number): Place | undefined {
    const entry = this.byVirtual.get(virtualUri);
    const doc = this.ws.docAt(virtualUri, offset);
    if (!entry || !doc) return undefined;
    const info = entry.virtual.get(virtualUri)?.[doc.index];
    if (!info) return undefined;
    const path = pathAt(doc.yaml.contents, offset - doc.base);
    if (entry.outcome.kind === 'helm') return this.placeHelm(entry, info, path);
    const value = (nodeAtPath(doc.yaml.contents, path).node as { value?: unknown } | undefined)?.value;
    return this.placeKustomize(entry, info, path, typeof value === 'string' ? value : undefined);
  }

  private buildHelm(entry: Entry): void {
    const { outcome } = entry;
    for (const f of outcome.files) {
      const rel = f.name.slice(f.name.indexOf('/') + 1);
      const templateUri = joinUri(outcome.dirUri, rel);
      const template = outcome.sources.get(templateUri) ?? '';
      const chunks = f.text.split(/^---[ \t]*$/m).filter((c) => /^[ \t]*[^\s#]/m.test(c));
      const kept: string[] = [];
      const docs: VirtualDoc[] = [];
      chunks.forEach((chunk, i) => {
        const parsed = parseDocument(chunk);
        if (parsed.errors.length > 0) {
          entry.errors.push(notYamlFinding(templateUri, template, chunk, parsed.errors[0]));
          return;
        }
        const c = parsed.contents;
        const kind = isMap(c) ? String(c.get('kind') ?? '') : '';
        const md = isMap(c) ? c.get('metadata') : undefined;
        const name = isMap(md) ? String(md.get('name') ?? '') : '';
        // `helm test` Pods (hook `test`) are not part of the release.
        const hook = isMap(md) ? md.getIn(['annotations', 'helm.sh/hook']) : undefined;
        if (typeof hook === 'string' && /\btest\b/.test(hook)) return;
        kept.push(chunk.replace(/^\n+/, '').replace(/\s+$/, '\n'));
        docs.push({ templateUri, templateDoc: i, kind, name });
      });
      if (kept.length === 0) continue;
      const uri = `${RENDER_SCHEME}//${entry.world}/${rel}.rendu.yaml`;
      this.ws.setFile(uri, kept.join('---\n'));
      entry.virtual.set(uri, docs);
      // Chunk counts differ from the template's documents (a `range` that writes several): match by kind.
      const tdocs = templateDocs(template);
      if (tdocs.length !== chunks.length) {
        for (const d of docs) {
          const k = tdocs.findIndex((t) => new RegExp(`^kind:[ \\t]*["']?${d.kind}\\b`, 'm').test(template.slice(t.from, t.to)));
          d.templateDoc = k >= 0 ? k : 0;
        }
      }
    }
  }

  private buildKustomize(entry: Entry): void {
    const text = entry.outcome.files[0]?.text ?? '';
    const kept: string[] = [];
    const docs: VirtualDoc[] = [];
    for (const chunk of text.split(/^---[ \t]*$/m)) {
      if (!/^[ \t]*[^\s#]/m.test(chunk)) continue;
      const parsed = parseDocument(chunk);
      const c = parsed.contents;
      if (!isMap(c)) continue;
      const md = c.get('metadata');
      const annotations = isMap(md) ? md.get('annotations') : undefined;
      let origin: KustomizeOrigin = {};
      if (isMap(annotations)) {
        const raw = annotations.get('config.kubernetes.io/origin');
        if (typeof raw === 'string') {
          const o = parseDocument(raw).toJS() as Record<string, unknown> | null;
          const by = o?.configuredBy as Record<string, unknown> | undefined;
          origin = { path: o?.path as string | undefined, configuredIn: o?.configuredIn as string | undefined, configuredBy: by?.kind as string | undefined };
        }
        // The rules must not see the annotation the renderer added.
        annotations.delete('config.kubernetes.io/origin');
        if (annotations.items.length === 0 && isMap(md)) md.delete('annotations');
      }
      kept.push(parsed.toString({ lineWidth: 0 }));
      docs.push({ origin, kind: String(c.get('kind') ?? ''), name: isMap(md) ? String(md.get('name') ?? '') : '' });
    }
    if (kept.length === 0) return;
    const uri = `${RENDER_SCHEME}//${entry.world}/rendu.yaml`;
    this.ws.setFile(uri, kept.join('---\n'));
    entry.virtual.set(uri, docs);
  }

  private placeHelm(entry: Entry, info: VirtualDoc, path: PathSegment[]): Place | undefined {
    const uri = info.templateUri;
    if (!uri) return undefined;
    const text = entry.outcome.sources.get(uri);
    if (text === undefined) return undefined;
    const tdocs = templateDocs(text);
    const span = tdocs[info.templateDoc ?? 0] ?? tdocs[0] ?? { from: 0, to: text.length };
    const lines = outline(text.slice(span.from, span.to));
    const found = findPath(lines, path);
    const line = found.line !== undefined ? lines[found.line] : lines[0];
    if (!line) return { uri, range: { start: span.from, end: span.from } };
    const range = { start: span.from + line.from, end: span.from + line.to };
    const place: Place = { uri, range };
    const vpath = valuesPathOn(text.slice(range.start, range.end));
    if (vpath) {
      // The last values file that sets the key wins (as Helm merges them).
      for (const vuri of [...entry.outcome.valuesUris].reverse()) {
        const vtext = entry.outcome.sources.get(vuri);
        // A values file the workspace skipped (over its size limit, text not kept) has no lines to point at.
        if (vtext === undefined || this.ws.getFile(vuri)?.text !== vtext) continue;
        entry.valuesDocs ??= new Map();
        let vdoc = entry.valuesDocs.get(vuri);
        // uniqueKeys: false: the duplicate-key check of the yaml package is quadratic in a map's size.
        if (!vdoc) { vdoc = parseDocument(vtext, { uniqueKeys: false }); entry.valuesDocs.set(vuri, vdoc); }
        const at = nodeAtPath(vdoc.contents, vpath);
        if (at.depth === vpath.length && at.key) {
          place.values = { uri: vuri, range: { start: startOf(at.key) ?? 0, end: endOf(at.node) ?? endOf(at.key) ?? 0 }, path: vpath.join('.') };
          break;
        }
      }
    }
    return place;
  }

  private placeKustomize(entry: Entry, info: VirtualDoc, path: PathSegment[], value?: string): Place | undefined {
    const { outcome } = entry;
    const kustUri = [...outcome.sources.keys()].find((u) => u.startsWith(`${outcome.dirUri}/`) && /\/(kustomization\.ya?ml|Kustomization)$/.test(u.slice(outcome.dirUri.length)));
    const kustText = kustUri ? outcome.sources.get(kustUri) ?? '' : '';
    const lineOf = (re: RegExp): OffsetRange | undefined => {
      const m = re.exec(kustText);
      if (!m) return undefined;
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const eol = kustText.indexOf('\n', start);
      return { start, end: eol < 0 ? kustText.length : eol };
    };
    const head = path[0];
    const sub = path[1];
    // What the kustomization itself changes: names, namespace, labels, images.
    if (kustUri) {
      let r: OffsetRange | undefined;
      if (head === 'metadata' && sub === 'name' && !info.origin?.configuredBy) r = lineOf(/^\s*name(Suffix|Prefix)\s*:.*$/m);
      else if (head === 'metadata' && sub === 'namespace') r = lineOf(/^namespace\s*:.*$/m);
      else if (path[path.length - 1] === 'image' && /^images\s*:/m.test(kustText)) {
        // The `images:` entry that names this image (after newName), else the `images:` line.
        const repo = (value ?? '').replace(/@.*$/, '').replace(/:[^/:]*$/, '');
        r = (repo ? lineOf(new RegExp(`^\\s*-?\\s*(?:newName|name)\\s*:\\s*["']?${escapeRe(repo)}["']?\\s*$`, 'm')) : undefined) ?? lineOf(/^images\s*:.*$/m);
      }
      else if (path.includes('labels') || path.includes('matchLabels') || path.includes('selector')) {
        const label = String(path[path.length - 1]);
        if (new RegExp(`^\\s+${escapeRe(label)}\\s*:`, 'm').test(kustText) && /^(commonLabels|labels)\s*:/m.test(kustText)) {
          r = lineOf(new RegExp(`^\\s+${escapeRe(label)}\\s*:.*$`, 'm'));
        }
      }
      if (r) return { uri: kustUri, range: r };
    }
    // Generated objects: the generator's entry in the kustomization that configured it.
    if (info.origin?.configuredIn) {
      const genUri = joinUri(outcome.dirUri, info.origin.configuredIn);
      const gtext = outcome.sources.get(genUri) ?? '';
      const base = info.name?.replace(/-[a-z0-9]{10}$/, '') ?? '';
      const m = new RegExp(`^\\s*-?\\s*name\\s*:\\s*["']?${escapeRe(base)}["']?\\s*$`, 'm').exec(gtext)
        ?? /^(configMapGenerator|secretGenerator)\s*:.*$/m.exec(gtext);
      if (m) {
        const start = m.index + (m[0].length - m[0].trimStart().length);
        return { uri: genUri, range: { start, end: m.index + m[0].length } };
      }
      return { uri: genUri, range: { start: 0, end: 0 } };
    }
    // A patch that writes the whole path wins over the base.
    for (const [uri, text] of outcome.sources) {
      if (uri === kustUri || uri === (info.origin?.path ? joinUri(outcome.dirUri, info.origin.path) : '')) continue;
      if (!/\bkind\s*:/.test(text) || !new RegExp(`^kind:\\s*["']?${escapeRe(info.kind ?? '')}\\b`, 'm').test(text)) continue;
      if (!isPatchOf(outcome, uri)) continue;
      const at = deepest(text, info, path);
      if (at && at.depth === path.length) return { uri, range: at.range };
    }
    if (info.origin?.path) {
      const uri = joinUri(outcome.dirUri, info.origin.path);
      const text = outcome.sources.get(uri);
      if (text !== undefined) {
        const at = deepest(text, info, path);
        if (at) return { uri, range: at.range };
        return { uri, range: { start: 0, end: 0 } };
      }
    }
    return kustUri ? { uri: kustUri, range: { start: 0, end: 0 } } : undefined;
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when a kustomization of the render lists `uri` under `patches` (`path:`) or `patchesStrategicMerge`. */
/** The patch files of each render (computed once per outcome: this runs for every finding placed). */
const patchFiles = new WeakMap<RenderOutcome, Set<string>>();

function isPatchOf(outcome: RenderOutcome, uri: string): boolean {
  let set = patchFiles.get(outcome);
  if (!set) { set = listPatchFiles(outcome); patchFiles.set(outcome, set); }
  return set.has(uri);
}

function listPatchFiles(outcome: RenderOutcome): Set<string> {
  const out = new Set<string>();
  for (const [k, text] of outcome.sources) {
    if (!/\/(kustomization\.ya?ml|Kustomization)$/.test(k)) continue;
    const dir = k.slice(0, k.lastIndexOf('/'));
    let data: Record<string, unknown> | null = null;
    try { data = parseDocument(text).toJS() as Record<string, unknown> | null; } catch { continue; }
    const listed: string[] = [];
    for (const p of Array.isArray(data?.patches) ? data.patches : []) if (p && typeof (p as { path?: unknown }).path === 'string') listed.push((p as { path: string }).path);
    for (const p of Array.isArray(data?.patchesStrategicMerge) ? data.patchesStrategicMerge : []) if (typeof p === 'string') listed.push(p);
    for (const l of listed) out.add(joinUri(dir, l));
  }
  return out;
}

/** Parsed documents of a source text (several findings land in the same files): a small cache, emptied when full. */
const parsedChunks = new Map<string, Array<{ from: number; text: string; doc: ReturnType<typeof parseDocument> }>>();

function chunksOf(text: string): Array<{ from: number; text: string; doc: ReturnType<typeof parseDocument> }> {
  const hit = parsedChunks.get(text);
  if (hit) return hit;
  const chunks: Array<{ from: number; text: string }> = [];
  const re = /^---[ \t]*$/gm;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) { chunks.push({ from: last, text: text.slice(last, m.index) }); last = m.index + m[0].length; }
  chunks.push({ from: last, text: text.slice(last) });
  const parsed = chunks.map((c) => ({ from: c.from, text: c.text, doc: parseDocument(c.text) }));
  if (parsedChunks.size >= 500) parsedChunks.clear();
  parsedChunks.set(text, parsed);
  return parsed;
}

/** The deepest node of `path` in the document of `text` that defines the same kind (and name, when several). */
function deepest(text: string, info: VirtualDoc, path: PathSegment[]): { range: OffsetRange; depth: number } | undefined {
  const candidates = chunksOf(text).map((c) => ({ c, doc: c.doc })).filter(({ doc }) => isMap(doc.contents) && String(doc.contents.get('kind') ?? '') === info.kind);
  if (candidates.length === 0) return undefined;
  const named = candidates.find(({ doc }) => {
    const md = isMap(doc.contents) ? doc.contents.get('metadata') : undefined;
    const n = isMap(md) ? String(md.get('name') ?? '') : '';
    return n !== '' && !!info.name && info.name.includes(n);
  }) ?? candidates[0];
  const at = nodeAtPath(named.doc.contents, path);
  const node = at.key ?? at.node ?? named.doc.contents;
  const start = startOf(node);
  if (start === undefined) return undefined;
  const lineEnd = named.c.text.indexOf('\n', start);
  return { range: { start: named.c.from + start, end: named.c.from + (lineEnd < 0 ? named.c.text.length : lineEnd) }, depth: at.depth };
}

/** Re-places the findings of virtual files on their sources; `own` findings of the sources decide duplicates. */
export function placeFindings(registry: RenderRegistry, virtualFindings: Map<string, Finding[]>): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  const seen = new Set<string>();
  const add = (f: Finding) => {
    const k = `${f.uri}|${f.code}|${f.range.start}|${f.range.end}|${f.messageKey ?? ''}`;
    if (seen.has(k)) return;
    seen.add(k);
    const list = out.get(f.uri);
    if (list) list.push(f);
    else out.set(f.uri, [f]);
  };
  for (const f of registry.errorFindings()) add(f);
  for (const [vuri, list] of virtualFindings) {
    for (const f of list) {
      const place = registry.place(vuri, f.range.start);
      if (!place) continue;
      const related: RelatedPlace[] = [];
      for (const p of f.related ?? []) {
        if (!isRenderedUri(p.uri)) { related.push(p); continue; }
        const q = registry.place(p.uri, p.range.start);
        if (q) related.push({ ...p, uri: q.uri, range: q.range });
      }
      if (place.values) related.push({ uri: place.values.uri, range: place.values.range, messageKey: 'related.render.values', args: { path: place.values.path } });
      const placed: Finding = { ...f, uri: place.uri, range: place.range };
      if (related.length) placed.related = related;
      else delete placed.related;
      const fixes = f.fixes?.filter((fx) => fx.edits.every((e) => !isRenderedUri(e.uri)));
      if (fixes?.length) placed.fixes = fixes;
      else delete placed.fixes;
      add(placed);
    }
  }
  return out;
}
