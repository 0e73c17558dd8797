// Aliases and YAML 1.1 merge keys, resolved once after parsing so that readers (rules, schema walk, hovers) only
// ever meet plain mappings, sequences and scalars:
// - every alias `*a` is replaced by the node anchored `&a` before it (the same object: the document becomes a graph
//   whose shared parts point at the anchor's definition, so findings on them land there);
// - every merge key `<<: *base` (or `<<: [*a, *b]`) is replaced by the pairs of its sources that the mapping does
//   not set itself, earlier sources first, as Kubernetes' parser does; its pairs are the anchor's own (same ranges).
// One pass over the tree in document order, without recursion, counting what the expansion adds: an "alias bomb"
// (a few lines that expand to billions of nodes) stops the pass past MAX_ALIAS_NODES, and a chain of aliases that
// nests deeper than MAX_NESTING stops it too; the caller then reports the document instead of analysing it.
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { MAX_ALIAS_NODES, MAX_NESTING } from './limits';

export interface AliasOutcome {
  /** Set when the expansion passed the budget: the offset of the alias or merge key that passed it. */
  tooComplexAt?: number;
  /** Set when aliases nest the document deeper than MAX_NESTING: the offset of the alias. */
  tooDeepAt?: number;
  /** Merge keys whose value is not a mapping or a list of mappings (dropped): [start, end] of the value. */
  badMerges: Array<[number, number]>;
}

export interface AliasBudget {
  maxNodes?: number;
  maxDepth?: number;
}

/** A `<<` key as `yaml` gives it with the `merge` option: a plain scalar whose value is Symbol(<<). */
export function isMergeKey(key: unknown): boolean {
  if (!isScalar(key)) return false;
  const v = key.value;
  return typeof v === 'symbol' && v.description === '<<';
}

type Parent = YAMLMap | YAMLSeq | Pair;

interface Frame {
  node: Parent;
  /** Next child to look at (0..1 for a pair: key, value). */
  next: number;
  size: number;
  /** Collections below this node on its deepest path (0 for a pair of scalars, 1 for `[x]`). */
  height: number;
  /** Collections from the root down to this node, itself included (a pair counts as its mapping). */
  level: number;
}

class Stop {
  constructor(readonly kind: 'complex' | 'deep', readonly at: number) {}
}

export function resolveAliasesAndMerges(doc: Document.Parsed, budget: AliasBudget = {}): AliasOutcome {
  const maxNodes = budget.maxNodes ?? MAX_ALIAS_NODES;
  const maxDepth = budget.maxDepth ?? MAX_NESTING;
  const outcome: AliasOutcome = { badMerges: [] };
  const anchors = new Map<string, Node>();
  const size = new Map<unknown, number>();
  const height = new Map<unknown, number>();
  let cost = 0;
  const spend = (n: number, at: number) => {
    cost += n;
    if (cost > maxNodes) throw new Stop('complex', at);
  };
  const childCount = (p: Parent) => (isPair(p) ? 2 : p.items.length);
  const childOf = (p: Parent, i: number): unknown => (isPair(p) ? (i === 0 ? p.key : p.value) : p.items[i]);
  const setChild = (p: Parent, i: number, v: Node) => {
    if (isPair(p)) { if (i === 0) p.key = v; else p.value = v; } else p.items[i] = v;
  };
  const finish = (node: Parent | Node, s: number, h: number) => {
    size.set(node, s);
    height.set(node, h);
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) anchors.set(anchor, node as Node);
  };

  const root = doc.contents as unknown;
  if (!root || !(isMap(root) || isSeq(root))) return outcome;
  const stack: Frame[] = [{ node: root, next: 0, size: 1, height: 1, level: 1 }];
  try {
    while (stack.length > 0) {
      const f = stack[stack.length - 1];
      if (f.next < childCount(f.node)) {
        const i = f.next++;
        const c = childOf(f.node, i);
        if (c === null || c === undefined) continue;
        if (isAlias(c)) {
          const target = anchors.get(c.source);
          const at = c.range?.[0] ?? 0;
          if (!target) { f.size += 1; continue; } // unknown anchor (`yaml` reports it) or a self-reference: read as absent
          setChild(f.node, i, target);
          const s = size.get(target) ?? 1;
          // A merge key's source costs what the merge adds (counted there), not its whole size.
          if (!inMergeValue(stack)) spend(s, at);
          f.size += s;
          const h = height.get(target) ?? 0;
          if (f.level + h > maxDepth) throw new Stop('deep', at);
          f.height = Math.max(f.height, lift(f.node, h));
          continue;
        }
        if (isPair(c)) {
          stack.push({ node: c, next: 0, size: 1, height: 0, level: f.level });
          continue;
        }
        if (isMap(c) || isSeq(c)) {
          if (f.level + 1 > maxDepth) throw new Stop('deep', rangeStart(c));
          stack.push({ node: c, next: 0, size: 1, height: 1, level: f.level + 1 });
          continue;
        }
        finish(c as Node, 1, 0);
        f.size += 1;
        continue;
      }
      // Every child is done: merge keys, then this node's size and depth count in its parent's.
      stack.pop();
      if (isMap(f.node)) mergeInto(f, outcome, size, height, spend, maxDepth);
      finish(f.node, f.size, f.height);
      const parent = stack[stack.length - 1];
      if (parent) {
        parent.size += f.size;
        parent.height = Math.max(parent.height, lift(parent.node, f.height));
      }
    }
  } catch (err) {
    if (!(err instanceof Stop)) throw err;
    if (err.kind === 'complex') outcome.tooComplexAt = err.at;
    else outcome.tooDeepAt = err.at;
  }
  return outcome;
}

/** True when the top frame is a merge pair (`<<: *a`) or the list of its sources (`<<: [*a, *b]`). */
function inMergeValue(stack: Frame[]): boolean {
  const top = stack[stack.length - 1].node;
  if (isPair(top)) return isMergeKey(top.key);
  const below = stack[stack.length - 2]?.node;
  return isSeq(top) && below !== undefined && isPair(below) && isMergeKey(below.key) && below.value === top;
}

/** The height a child of `height` gives its parent: a collection adds its own level, a pair does not. */
function lift(parent: Parent, height: number): number {
  return isPair(parent) ? height : height + 1;
}

function rangeStart(n: unknown): number {
  if (isPair(n)) return rangeStart(n.key ?? n.value);
  return (n as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;
}

/** Replaces the merge keys of a finished mapping by its sources' pairs (its own keys win, earlier sources first). */
function mergeInto(f: Frame, outcome: AliasOutcome, size: Map<unknown, number>, height: Map<unknown, number>,
  spend: (n: number, at: number) => void, maxDepth: number): void {
  const map = f.node as YAMLMap;
  let hasMerge = false;
  for (const it of map.items) if (isPair(it) && isMergeKey(it.key)) { hasMerge = true; break; }
  if (!hasMerge) return;
  const own = new Set<unknown>();
  for (const it of map.items) if (isPair(it) && !isMergeKey(it.key) && isScalar(it.key)) own.add(it.key.value);
  const items: Pair[] = [];
  for (const it of map.items as Pair[]) {
    if (!isPair(it) || !isMergeKey(it.key)) { items.push(it); continue; }
    // The merge pair itself no longer counts: its sources' pairs take its place.
    f.size -= size.get(it) ?? 0;
    const value = it.value as unknown;
    const sources = isSeq(value) ? value.items : [value];
    const at = rangeStart(it.key);
    for (const src of sources) {
      if (!isMap(src)) {
        const r = (isSeq(value) ? src : value) as { range?: [number, number, number] } | null;
        const start = r?.range?.[0] ?? at;
        outcome.badMerges.push([start, Math.max(r?.range?.[1] ?? start, start + 1)]);
        continue;
      }
      for (const p of src.items as Pair[]) {
        spend(1, at);
        const k = isScalar(p.key) ? p.key.value : p.key;
        if (own.has(k)) continue;
        own.add(k);
        const s = size.get(p) ?? 1;
        spend(s, at);
        const h = height.get(p) ?? 0;
        if (f.level + h > maxDepth) throw new Stop('deep', at);
        items.push(p);
        f.size += s;
        f.height = Math.max(f.height, h + 1);
      }
    }
  }
  map.items = items;
}
