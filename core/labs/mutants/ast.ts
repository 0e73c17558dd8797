// Helpers shared by the mutation modules: parse a manifest file, walk its resources, find nodes, splice text.
import { isMap, isPair, isScalar, isSeq, parseAllDocuments, Scalar, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Candidate, MutationSite, ParsedResource, Path } from './types';

export interface DocResource extends ParsedResource {
  root: YAMLMap;
  document: Document;
}

/** Resources (mapping documents with kind and metadata.name) of a file's text, with their AST. */
export function resourcesOf(text: string): DocResource[] {
  const out: DocResource[] = [];
  let docs: Document[];
  try { docs = parseAllDocuments(text) as Document[]; } catch { return out; }
  if (!Array.isArray(docs)) return out;
  docs.forEach((document, doc) => {
    if (document.errors.length > 0 || !isMap(document.contents)) return;
    const object = document.toJS() as Record<string, unknown>;
    const kind = typeof object.kind === 'string' ? object.kind : undefined;
    const name = (object.metadata as { name?: unknown } | undefined)?.name;
    if (!kind || typeof name !== 'string') return;
    out.push({ kind, name, doc, object, root: document.contents, document });
  });
  return out;
}

/** The node at `path` under `root` (scalars kept as nodes). */
export function nodeAt(root: Node, path: Path): Node | undefined {
  let cur: unknown = root;
  for (const k of path) {
    if (isMap(cur)) cur = cur.items.find((p) => isScalar(p.key) && p.key.value === k)?.value;
    else if (isSeq(cur) && typeof k === 'number') cur = cur.items[k];
    else return undefined;
  }
  return (cur ?? undefined) as Node | undefined;
}

export function pairAt(root: Node, path: Path): Pair<Scalar, Node> | undefined {
  const parent = nodeAt(root, path.slice(0, -1));
  const k = path[path.length - 1];
  if (!isMap(parent)) return undefined;
  return parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === k) as Pair<Scalar, Node> | undefined;
}

/** Pairs of the mapping at `path` with a scalar key. */
export function entries(root: Node, path: Path): { key: string; value: Node | null; pair: Pair }[] {
  const m = nodeAt(root, path);
  if (!isMap(m)) return [];
  return m.items.filter((p) => isScalar(p.key)).map((p) => ({ key: String((p.key as Scalar).value), value: (p.value ?? null) as Node | null, pair: p }));
}

/** Items of the sequence at `path`. */
export function itemsAt(root: Node, path: Path): Node[] {
  const s = nodeAt(root, path);
  return isSeq(s) ? (s.items as Node[]) : [];
}

export function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

/** Writes `value` in place of the scalar node, keeping its quote style when it had one. */
export function replaceScalar(text: string, node: Node, value: string | number, forceQuote?: 'double'): string {
  const [start, end] = node.range ?? [0, 0];
  let out: string;
  if (typeof value === 'number') out = String(value);
  else if (forceQuote === 'double' || (isScalar(node) && node.type === Scalar.QUOTE_DOUBLE)) out = JSON.stringify(value);
  else if (isScalar(node) && node.type === Scalar.QUOTE_SINGLE) out = `'${value.replace(/'/g, "''")}'`;
  else out = /^[A-Za-z0-9._/@-][A-Za-z0-9._/@:-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|~|[0-9.+-]+)$/i.test(value) ? value : JSON.stringify(value);
  return splice(text, start, end, out);
}

/** A deterministic typo: two letters swapped (or the last one dropped / doubled when that changes nothing). */
export function typo(s: string): string {
  if (s.length >= 4) {
    const i = s.length - 3;
    const swapped = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
    if (swapped !== s) return swapped;
    return s.slice(0, -1);
  }
  return `${s}${s[s.length - 1] ?? 'x'}`;
}

export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

export function lineEnd(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  return i < 0 ? text.length : i + 1;
}

export function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** A candidate for one scalar replacement. */
export function scalarCandidate(file: string, r: DocResource, path: Path, text: string, after: string | number, forceQuote?: 'double'): Candidate | undefined {
  const node = nodeAt(r.root, path);
  if (!node || !isScalar(node) || !node.range) return undefined;
  const site: MutationSite = { file, resource: `${r.kind}/${r.name}`, path, before: node.value, after };
  return { site, apply: () => replaceScalar(text, node, after, forceQuote) };
}

export const WORKLOADS = ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job'] as const;

/** Path of the Pod spec of a resource (Pod, workloads, CronJob), or undefined. */
export function podSpecPath(kind: string): Path | undefined {
  if (kind === 'Pod') return ['spec'];
  if ((WORKLOADS as readonly string[]).includes(kind)) return ['spec', 'template', 'spec'];
  if (kind === 'CronJob') return ['spec', 'jobTemplate', 'spec', 'template', 'spec'];
  return undefined;
}

export function podLabelsPath(kind: string): Path | undefined {
  if (kind === 'Pod') return ['metadata', 'labels'];
  if ((WORKLOADS as readonly string[]).includes(kind)) return ['spec', 'template', 'metadata', 'labels'];
  if (kind === 'CronJob') return ['spec', 'jobTemplate', 'spec', 'template', 'metadata', 'labels'];
  return undefined;
}

/** Container paths of a resource (containers and initContainers). */
export function containerPaths(r: DocResource): Path[] {
  const ps = podSpecPath(r.kind);
  if (!ps) return [];
  const out: Path[] = [];
  for (const field of ['containers', 'initContainers']) {
    itemsAt(r.root, [...ps, field]).forEach((_, i) => out.push([...ps, field, i]));
  }
  return out;
}

export function get(obj: unknown, path: Path): unknown {
  let cur = obj;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return cur;
}

/** The file's text where only document `index` is re-written by the `yaml` library (after an AST change). */
export function rewriteDocument(text: string, r: DocResource): string {
  const docs = parseAllDocuments(text) as Document[];
  const bounds = docs.map((d, i) => (i === 0 ? 0 : docs[i - 1].range?.[2] ?? 0));
  const start = bounds[r.doc];
  const end = r.doc + 1 < docs.length ? bounds[r.doc + 1] : text.length;
  let out = r.document.toString({ lineWidth: 0 });
  if (r.doc > 0 && !out.startsWith('---')) out = `---\n${out}`;
  return splice(text, start, end, out);
}

/**
 * One candidate per resource of the file, applied by `edit` on a fresh parse of that resource's document, which is
 * then written back in place: the shape of the alternatives that restyle a whole resource (quotes, key order).
 */
export function wholeResourceRewrites(file: string, text: string, edit: (fresh: DocResource) => void): Candidate[] {
  return resourcesOf(text).map((r, i) => ({
    site: { file, resource: `${r.kind}/${r.name}`, path: [] },
    apply: () => {
      const fresh = resourcesOf(text)[i];
      edit(fresh);
      return rewriteDocument(text, fresh);
    },
  }));
}

/** The value of a scalar node, undefined otherwise. */
export function isScalarValue(n: Node | null | undefined): unknown {
  return n && isScalar(n) ? n.value : undefined;
}
