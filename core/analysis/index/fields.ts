// Field access on a resource by dotted path, with the exact ranges (for hovers, labs' checks and rules).
import { isScalar, type Node, type Pair } from 'yaml';
import type { OffsetRange } from '../model';
import { deref, get, getPair } from '../util/yamlNodes';
import { rangeOf } from './ranges';
import type { Resource } from './types';

export interface FieldRef {
  node: Node | undefined;
  /** Scalar value (string, number, boolean, null); undefined for maps and lists. */
  value: unknown;
  /** File offsets of the value (of the key when the value is empty). */
  range: OffsetRange;
  /** File offsets of the key. */
  keyRange: OffsetRange;
  pair: Pair<Node, Node | null>;
}

/**
 * `getField(deployment, 'spec.replicas')`, `getField(pod, 'spec.containers.0.image')` (numbers index lists).
 * Returns undefined when a step is missing.
 */
export function getField(resource: Resource, path: string): FieldRef | undefined {
  const parts = path.split('.');
  let cur: Node | undefined = resource.node;
  let pair: Pair<Node, Node | null> | undefined;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (!cur) return undefined;
    if (/^\d+$/.test(part) && (cur as { items?: unknown[] }).items && !getPair(cur, part)) {
      const item = deref((cur as { items: unknown[] }).items[Number(part)]);
      if (i === parts.length - 1) return undefined; // list items have no key; ask for one of their fields
      cur = item;
      continue;
    }
    pair = getPair(cur, part);
    if (!pair) return undefined;
    cur = deref(pair.value);
  }
  if (!pair) return undefined;
  const doc = resource.doc;
  const keyRange = rangeOf(doc, pair.key);
  const value = isScalar(cur) ? cur.value : undefined;
  return { node: cur, value, range: cur ? rangeOf(doc, cur) : keyRange, keyRange, pair };
}

/** Shortcut: the scalar value at `path`, or undefined. */
export function getValue(resource: Resource, path: string): unknown {
  return getField(resource, path)?.value;
}

export { get };
