// Paths in parsed YAML: the key path of the node at an offset, and the node at a key path. Pure.
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { PathSegment } from './templateOutline';

type Ranged = { range?: [number, number, number] | null };

function within(node: unknown, offset: number): boolean {
  const r = (node as Ranged | null)?.range;
  return !!r && offset >= r[0] && offset < Math.max(r[1], r[0] + 1);
}

/** Key path of the deepest node containing `offset` (offsets relative to the document). */
export function pathAt(root: unknown, offset: number): PathSegment[] {
  const out: PathSegment[] = [];
  let node: unknown = root;
  for (let guard = 0; guard < 200 && node; guard++) {
    if (isMap(node)) {
      let next: unknown;
      for (const p of node.items) {
        if (!isPair(p)) continue;
        const key = isScalar(p.key) ? String(p.key.value) : undefined;
        if (key === undefined) continue;
        if (within(p.key, offset)) { out.push(key); return out; }
        const vr = (p.value as Ranged | null)?.range;
        const kr = (p.key as Ranged | null)?.range;
        if (within(p.value, offset) || (kr && vr && offset >= kr[0] && offset < vr[1])) { out.push(key); next = p.value; break; }
      }
      if (!next) return out;
      node = next;
    } else if (isSeq(node)) {
      const i = node.items.findIndex((it) => within(it, offset));
      if (i < 0) return out;
      out.push(i);
      node = node.items[i];
    } else {
      return out;
    }
  }
  return out;
}

/** The deepest node along `path`: its key node (for a map entry) or item, and how many segments matched. */
export function nodeAtPath(root: unknown, path: PathSegment[]): { node?: Node; key?: Node; depth: number } {
  let node: unknown = root;
  let best: { node?: Node; key?: Node; depth: number } = { depth: 0 };
  for (let d = 0; d < path.length; d++) {
    const seg = path[d];
    if (typeof seg === 'number' && isSeq(node)) {
      const it = node.items[Math.min(seg, node.items.length - 1)];
      if (!it) return best;
      best = { node: it as Node, depth: d + 1 };
      node = it;
    } else if (typeof seg === 'string' && isMap(node)) {
      const p = node.items.find((q) => isPair(q) && isScalar(q.key) && String(q.key.value) === seg);
      if (!p) return best;
      best = { node: (p.value ?? undefined) as Node | undefined, key: p.key as Node, depth: d + 1 };
      node = p.value;
    } else {
      return best;
    }
  }
  return best;
}

export function startOf(node: unknown): number | undefined {
  return (node as Ranged | null)?.range?.[0];
}

export function endOf(node: unknown): number | undefined {
  const r = (node as Ranged | null)?.range;
  return r ? r[1] : undefined;
}
