// "Field at the wrong indentation level": an unknown field that is a valid field of an enclosing object (it was
// indented too far: `restartPolicy` under a container) or of an object inside this one (not indented enough:
// `containers` directly under a Deployment's `spec`). Candidates are ranked by how well the value fits there.
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import type { Relocation, Segment } from './issues';
import { derefSchema } from './k8sSchemas';
import { nodeType, readScalar, type ScalarMode } from './scalars';
import type { JsonSchema, RefResolver } from './types';

export interface Frame {
  schema: JsonSchema;
  path: Segment[];
  map: YAMLMap;
}

interface Options {
  resolve: RefResolver;
  mode: ScalarMode;
}

interface Found {
  /** Properties between the current object and the field; -1 marks "an item of this list". */
  via: Segment[];
  schema: JsonSchema;
}

const MAX_HOPS = 3;
const SKIP = new Set(['status', 'managedFields']);
const cache = new WeakMap<JsonSchema, Map<string, Found[]>>();

function isObjectSchema(s: JsonSchema | undefined): s is JsonSchema {
  return !!s && (!!s.properties || s.type === 'object');
}

/** Places below `root` (at most MAX_HOPS properties deep) where `field` is a property. */
function descendants(root: JsonSchema, field: string, resolve: RefResolver): Found[] {
  let byField = cache.get(root);
  if (!byField) {
    byField = new Map();
    cache.set(root, byField);
  }
  const hit = byField.get(field);
  if (hit) return hit;
  const out: Found[] = [];
  let frontier: Array<{ schema: JsonSchema; via: Segment[] }> = [{ schema: root, via: [] }];
  for (let depth = 0; depth < MAX_HOPS && frontier.length; depth++) {
    const next: typeof frontier = [];
    for (const { schema, via } of frontier) {
      for (const [name, raw] of Object.entries(schema.properties ?? {})) {
        if (SKIP.has(name)) continue;
        let ps = derefSchema(raw, resolve);
        let path: Segment[] = [...via, name];
        if (ps?.type === 'array' && ps.items) {
          ps = derefSchema(ps.items, resolve);
          path = [...path, -1];
        }
        if (!isObjectSchema(ps) || !ps.properties) continue;
        if (ps.properties[field]) out.push({ via: path, schema: ps.properties[field] });
        next.push({ schema: ps, via: path });
      }
    }
    frontier = next;
  }
  byField.set(field, out);
  return out;
}

/** How well a value fits a schema: 1 = every key is known there, 0 = wrong shape. */
function fit(value: Node | null, schema: JsonSchema, opts: Options): number {
  let s = derefSchema(schema, opts.resolve);
  if (!s) return 0;
  const t = nodeType(value, opts.mode);
  if (t === 'null') return 0.5;
  if (isSeq(value)) {
    if (s.type !== 'array') return 0;
    const first = value.items[0];
    s = derefSchema(s.items, opts.resolve);
    return isMap(first) && s ? fit(first as Node, s, opts) : 1;
  }
  if (isMap(value)) {
    if (!isObjectSchema(s)) return 0;
    if (!s.properties || s.additionalProperties) return 0.8;
    const keys = value.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '')).filter(Boolean);
    if (!keys.length) return 0.5;
    return keys.filter((k) => s!.properties![k]).length / keys.length;
  }
  if (isScalar(value)) {
    if (s.enum) return s.enum.includes(readScalar(value, opts.mode).value) ? 1.2 : 0.3;
    if (s.format === 'int-or-string') return t === 'integer' || t === 'string' ? 1 : 0;
    if (s.format === 'quantity') return t !== 'boolean' ? 1 : 0;
    if (!s.type) return 0.8;
    if (s.type === t || (s.type === 'number' && t === 'integer')) return 1;
    return 0;
  }
  return 0;
}

/** Where an unknown field probably belongs, or undefined when nothing fits. */
export function findRelocation(field: string, value: Node | null, frames: Frame[], opts: Options): Relocation | undefined {
  const current = frames[frames.length - 1];
  if (!current) return undefined;
  let best: { reloc: Relocation; score: number } | undefined;
  const consider = (reloc: Relocation, f: number, cost: number) => {
    if (f < 0.5) return;
    const score = f * 4 - cost;
    if (!best || score > best.score) best = { reloc, score };
  };
  for (let i = frames.length - 2; i >= 0; i--) {
    const frame = frames[i];
    const ps = frame.schema.properties?.[field];
    if (!ps) continue;
    const levels = frames.length - 1 - i;
    consider({ direction: 'up', path: [...frame.path, field], levels }, fit(value, ps, opts), levels);
  }
  const presentKeys = new Set(current.map.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '')));
  for (const d of descendants(current.schema, field, opts.resolve)) {
    const hops = d.via.filter((s) => typeof s === 'string').length;
    const present = typeof d.via[0] === 'string' && presentKeys.has(d.via[0]);
    const levels = d.via.length;
    consider({ direction: 'down', path: [...current.path, ...d.via, field], levels }, fit(value, d.schema, opts), hops + (present ? 0 : 0.75));
  }
  return best?.reloc;
}
