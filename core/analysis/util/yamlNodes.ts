// Small read helpers over `yaml` nodes. They never throw, resolve aliases, and return undefined when the
// shape is not the expected one, so rules can be written as plain lookups.
import { isAlias, isMap, isPair, isScalar, isSeq, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';

export type AnyNode = Node | null | undefined;

/**
 * Aliases are replaced by their anchored node, and merge keys (`<<: *base`) by their sources' pairs, when a document
 * is parsed (see parse/aliases.ts), so an alias left here is an unresolvable one: it reads as absent.
 */
export function deref(node: unknown): Node | undefined {
  if (node === null || node === undefined || isAlias(node)) return undefined;
  return node as Node;
}

export function asMap(node: unknown): YAMLMap<unknown, unknown> | undefined {
  const n = deref(node);
  return isMap(n) ? n : undefined;
}

export function asSeq(node: unknown): YAMLSeq<unknown> | undefined {
  const n = deref(node);
  return isSeq(n) ? n : undefined;
}

export function asScalar(node: unknown): Scalar | undefined {
  const n = deref(node);
  return isScalar(n) ? n : undefined;
}

/** The key of a pair as a string (scalar keys only; a merge key left in a broken document reads as `<<`). */
export function keyString(pair: Pair<unknown, unknown>): string | undefined {
  const k = pair.key;
  if (!isScalar(k)) return undefined;
  const v = k.value;
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'symbol') return v.description;
  return typeof v === 'object' ? undefined : String(v);
}

/** The pair of `map` whose key is `key` (first one when duplicated; merged pairs included, see parse/aliases.ts). */
export function getPair(map: unknown, key: string): Pair<Node, Node | null> | undefined {
  const m = asMap(map);
  if (!m) return undefined;
  // Indexed loops in these helpers: they run before V8 optimizes them, and a `for…of` then allocates per item.
  const list = m.items;
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (isPair(item) && isScalar(item.key) && item.key.value === key) return item as Pair<Node, Node | null>;
  }
  return undefined;
}

/** The value node of `map[key]`, aliases resolved. */
export function get(map: unknown, key: string): Node | undefined {
  const p = getPair(map, key);
  return p ? deref(p.value) : undefined;
}

/** Follows a dotted path of map keys: `getPath(obj, 'spec.template.metadata')`. */
export function getPath(node: unknown, path: string | readonly string[]): Node | undefined {
  const parts = typeof path === 'string' ? (path === '' ? [] : path.split('.')) : path;
  let cur: Node | undefined = deref(node);
  for (let i = 0; i < parts.length; i++) {
    if (!cur) return undefined;
    cur = get(cur, parts[i]);
  }
  return cur;
}

/** The scalar's value when it is a string. */
export function str(node: unknown): string | undefined {
  const s = asScalar(node);
  return s && typeof s.value === 'string' ? s.value : undefined;
}

/** The scalar's value as text whatever its type (numbers and booleans included); undefined for null. */
export function text(node: unknown): string | undefined {
  const s = asScalar(node);
  if (!s || s.value === null || s.value === undefined) return undefined;
  return typeof s.value === 'object' ? undefined : String(s.value);
}

export function num(node: unknown): number | undefined {
  const s = asScalar(node);
  return s && typeof s.value === 'number' ? s.value : undefined;
}

export function bool(node: unknown): boolean | undefined {
  const s = asScalar(node);
  return s && typeof s.value === 'boolean' ? s.value : undefined;
}

/** Items of a sequence (aliases resolved); [] when the node is not a sequence. */
export function items(node: unknown): Node[] {
  const s = asSeq(node);
  if (!s) return [];
  const out: Node[] = [];
  const list = s.items;
  for (let i = 0; i < list.length; i++) {
    const d = deref(list[i]);
    if (d) out.push(d);
  }
  return out;
}

/** Pairs of a mapping with string keys. */
export function entries(node: unknown): Array<{ key: string; pair: Pair<Node, Node | null>; value: Node | undefined }> {
  const m = asMap(node);
  if (!m) return [];
  const out: Array<{ key: string; pair: Pair<Node, Node | null>; value: Node | undefined }> = [];
  const list = m.items;
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (!isPair(item)) continue;
    const k = keyString(item);
    if (k === undefined) continue;
    out.push({ key: k, pair: item as Pair<Node, Node | null>, value: deref(item.value) });
  }
  return out;
}

/** A string → string map (labels, selectors, data); non-string values are converted to text. */
export function stringMap(node: unknown): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of entries(node)) {
    const v = text(e.value);
    out.set(e.key, v ?? '');
  }
  return out;
}

/** [start, end) of a node within its document's text (the value, without trailing comments). */
export function nodeRange(node: unknown): [number, number] | undefined {
  const n = node as { range?: [number, number, number] } | null | undefined;
  if (!n || !n.range) return undefined;
  return [n.range[0], n.range[1]];
}
