// Puts a field path written by the API server back on the YAML node of the manifest.
// Path styles handled: `spec.template.spec.containers[0].image` (validation, strict decoding),
// `.spec.template.spec.containers[name="web"].ports[containerPort=80,protocol="TCP"]` (server-side apply),
// `metadata.labels[app]` / `resources.limits[memory]` (map keys), `finalizers[="x"]` (set items).
import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';

export type PathSegment =
  | { type: 'key'; key: string }
  | { type: 'index'; index: number }
  | { type: 'match'; fields: Record<string, string> }
  | { type: 'value'; value: string };

/** Splits a field path into segments. Dots inside brackets and quotes are kept. */
export function parseFieldPath(path: string): PathSegment[] {
  const out: PathSegment[] = [];
  let i = path.startsWith('.') ? 1 : 0;
  let key = '';
  const flush = (): void => {
    if (key) out.push({ type: 'key', key });
    key = '';
  };
  while (i < path.length) {
    const c = path[i];
    if (c === '.') {
      flush();
      i++;
    } else if (c === '[') {
      flush();
      const end = closingBracket(path, i);
      out.push(bracketSegment(path.slice(i + 1, end)));
      i = end + 1;
    } else {
      key += c;
      i++;
    }
  }
  flush();
  return out;
}

function closingBracket(s: string, open: number): number {
  let inQuote = false;
  for (let j = open + 1; j < s.length; j++) {
    if (s[j] === '"' && s[j - 1] !== '\\') inQuote = !inQuote;
    else if (s[j] === ']' && !inQuote) return j;
  }
  return s.length;
}

function bracketSegment(inner: string): PathSegment {
  if (/^\d+$/.test(inner)) return { type: 'index', index: Number(inner) };
  if (inner.startsWith('=')) return { type: 'value', value: unquote(inner.slice(1)) };
  const fields: Record<string, string> = {};
  const re = /([A-Za-z0-9_-]+)=("(?:[^"\\]|\\.)*"|[^,]*)/g;
  let m: RegExpExecArray | null;
  let any = false;
  while ((m = re.exec(inner))) {
    fields[m[1]] = unquote(m[2]);
    any = true;
  }
  return any ? { type: 'match', fields } : { type: 'key', key: unquote(inner) };
}

function unquote(s: string): string {
  const t = s.trim();
  if (t.startsWith('"') && t.endsWith('"')) {
    try {
      return JSON.parse(t) as string;
    } catch {
      return t.slice(1, -1);
    }
  }
  return t;
}

export interface FieldLocation {
  /** Offsets [start, end) into the parsed text. */
  start: number;
  end: number;
  /** True when every segment was found; false means the range is the deepest existing ancestor. */
  exact: boolean;
}

/** Finds the node for `path` in a parsed document: the key (and scalar value) of the deepest segment found. */
export function locateField(doc: Document.Parsed, path: string): FieldLocation | undefined {
  const segs = parseFieldPath(path);
  let node: unknown = doc.contents;
  let best: { start: number; end: number } | undefined = rangeOfKind(doc);
  let found = 0;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    if (seg.type === 'key' && isMap(node)) {
      // Map keys may contain dots (`app.kubernetes.io/name`): try the longest join of the following key segments first.
      let pair: Pair | undefined;
      let used = 1;
      for (let n = segs.length - i; n >= 1 && !pair; n--) {
        const parts = segs.slice(i, i + n);
        if (!parts.every((p) => p.type === 'key')) continue;
        const name = parts.map((p) => (p as { key: string }).key).join('.');
        pair = node.items.find((p): p is Pair => isPair(p) && isScalar(p.key) && String(p.key.value) === name);
        if (pair) used = n;
      }
      if (!pair) break;
      i += used - 1;
      best = pairRange(pair) ?? best;
      node = pair.value;
    } else if (seg.type === 'index' && isSeq(node)) {
      const item = node.items[seg.index];
      if (!item) break;
      best = nodeRange(item as Node) ?? best;
      node = item;
    } else if (seg.type === 'match' && isSeq(node)) {
      const item = matchItem(node.items, seg.fields, segs[i + 1]);
      if (!item) break;
      best = nodeRange(item as Node) ?? best;
      node = item;
    } else if (seg.type === 'value' && isSeq(node)) {
      const item = node.items.find((it) => isScalar(it) && String(it.value) === seg.value);
      if (!item) break;
      best = nodeRange(item as Node) ?? best;
      node = item;
    } else {
      break;
    }
    found = i + 1;
  }
  if (!best) return undefined;
  return { ...best, exact: found >= segs.length };
}

/**
 * The list item whose keys equal `fields`. The server fills in defaults (containerPort=0 when the key is misspelt,
 * protocol="TCP"), so a key missing from the file also matches; among several candidates, prefer exact matches, then
 * the one holding the next path segment.
 */
function matchItem(items: unknown[], fields: Record<string, string>, next: PathSegment | undefined): unknown {
  let best: { it: unknown; score: number } | undefined;
  for (const it of items) {
    if (!isMap(it)) continue;
    let exact = 0;
    let ok = true;
    for (const [k, v] of Object.entries(fields)) {
      const val = it.get(k, true);
      if (val === undefined) continue;
      if (!isScalar(val) || String(val.value) !== v) {
        ok = false;
        break;
      }
      exact++;
    }
    if (!ok) continue;
    const score = exact * 2 + (next?.type === 'key' && it.has(next.key) ? 1 : 0);
    if (!best || score > best.score) best = { it, score };
  }
  return best?.it;
}

/** Range of the `kind:` pair (or the document start): where object-level problems are shown. */
export function rangeOfKind(doc: Document.Parsed): { start: number; end: number } | undefined {
  const contents = doc.contents;
  if (isMap(contents)) {
    const pair = contents.items.find((p) => isScalar(p.key) && p.key.value === 'kind');
    const r = pair ? pairRange(pair) : undefined;
    if (r) return r;
  }
  const range = contents?.range;
  return range ? { start: range[0], end: range[0] } : undefined;
}

/** Range of a top-level pair such as `apiVersion`. */
export function rangeOfTopKey(doc: Document.Parsed, key: string): { start: number; end: number } | undefined {
  const contents = doc.contents;
  if (!isMap(contents)) return undefined;
  const pair = contents.items.find((p) => isScalar(p.key) && p.key.value === key);
  return pair ? pairRange(pair) : undefined;
}

function pairRange(pair: Pair): { start: number; end: number } | undefined {
  const k = pair.key as Node | null;
  if (!k?.range) return undefined;
  const v = pair.value as Node | null;
  // Key through its value when the value is a scalar on the same line; only the key for nested blocks.
  if (v && isScalar(v) && v.range) return { start: k.range[0], end: v.range[1] };
  return { start: k.range[0], end: k.range[1] };
}

function nodeRange(n: Node): { start: number; end: number } | undefined {
  if (!n.range) return undefined;
  if (isMap(n) && n.items[0] && isPair(n.items[0])) return pairRange(n.items[0]) ?? { start: n.range[0], end: n.range[1] };
  return { start: n.range[0], end: n.range[1] };
}

/** The value at a field path in a plain JSON object (same path styles as locateField), or undefined. */
export function valueAt(obj: unknown, path: string): unknown {
  let v: unknown = obj;
  for (const seg of parseFieldPath(path)) {
    if (v === null || typeof v !== 'object') return undefined;
    if (seg.type === 'key') v = (v as Record<string, unknown>)[seg.key];
    else if (!Array.isArray(v)) return undefined;
    else if (seg.type === 'index') v = v[seg.index];
    else if (seg.type === 'value') v = v.find((x) => String(x) === seg.value);
    else v = v.find((x) => x && typeof x === 'object' && Object.entries(seg.fields).every(([k, val]) => String((x as Record<string, unknown>)[k]) === val));
  }
  return v;
}
