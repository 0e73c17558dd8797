// What is under the cursor in a parsed document: the path from the object's root (`spec.template.spec.
// containers[0].image`), whether the cursor is on a key or on a value, and the nodes involved. Used by hovers,
// go-to-definition and completion.
import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { Segment } from './issues';

export interface Located {
  path: Segment[];
  /** 'key': on a mapping key; 'value': on a scalar value; 'inside': inside a block (between entries). */
  target: 'key' | 'value' | 'inside';
  /** The innermost pair around the cursor. */
  pair?: Pair;
  /** The key or scalar value under the cursor. */
  node?: Scalar;
  /** Mappings from the root down to the innermost one (same order as the path's string segments). */
  maps: YAMLMap[];
}

function within(node: unknown, rel: number, end: 1 | 2 = 1): boolean {
  const r = (node as { range?: [number, number, number] } | null)?.range;
  return !!r && rel >= r[0] && rel <= r[end];
}

/** Locates `rel` (offset relative to the document) inside `root`; undefined when outside it. */
export function locate(root: unknown, rel: number): Located | undefined {
  if (!within(root, rel, 2)) return undefined;
  const out: Located = { path: [], target: 'inside', maps: [] };
  let cur: unknown = root;
  for (let depth = 0; depth < 100; depth++) {
    if (isMap(cur)) {
      out.maps.push(cur);
      const pair = cur.items.find((p) => isPair(p) && (within(p.key, rel) || within(p.value, rel, 2))) as Pair | undefined;
      if (!pair || !isScalar(pair.key)) return out;
      out.path.push(String(pair.key.value));
      out.pair = pair;
      if (within(pair.key, rel)) {
        out.target = 'key';
        out.node = pair.key;
        return out;
      }
      cur = pair.value;
      continue;
    }
    if (isSeq(cur)) {
      const i = cur.items.findIndex((it) => within(it, rel, 2));
      if (i < 0) return out;
      out.path.push(i);
      cur = cur.items[i];
      continue;
    }
    if (isScalar(cur)) {
      out.target = 'value';
      out.node = cur;
    }
    return out;
  }
  return out;
}

/** [start, end) of a node relative to its document. */
export function nodeSpan(node: Node | undefined | null): [number, number] | undefined {
  const r = node?.range;
  return r ? [r[0], Math.max(r[0], r[1])] : undefined;
}
