// A JSON-Schema validator that walks the `yaml` node tree, so every issue lands on the exact node: the key of an
// unknown field, the value of a wrong type, the key of the object that lacks a required field.
// Kubernetes mode (`kubernetes: true`): `null` means "not set", an object schema that lists properties rejects
// other fields (kubectl --validate=strict, the default), and scalars are read as kubectl reads them (YAML 1.1).
import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { checkScalar, typeIssue, typeMatches, allowedTypes } from './checks';
import type { SchemaIssue, Segment } from './issues';
import { derefSchema } from './k8sSchemas';
import { findRelocation, type Frame } from './relocate';
import { nodeType, readScalar, type ScalarMode } from './scalars';
import { closest } from './suggest';
import type { JsonSchema, RefResolver } from './types';

export interface ValidateOptions {
  resolve: RefResolver;
  mode: ScalarMode;
  kubernetes: boolean;
  /** Schema of an embedded resource (x-kubernetes-embedded-resource) from its apiVersion/kind. */
  embedded?: (apiVersion: string, kind: string) => JsonSchema | undefined;
  /** The document's text (same offsets as the nodes), for fixes that re-indent lines. */
  text?: string;
  /** Stops after this many issues (a pasted 10 000-line file must stay fast). */
  maxIssues?: number;
}

type Range = [number, number];

/** A node's [start, end] (its own range array when it is well formed: read only, never stored in an issue as is). */
export function rangeOfNode(node: unknown): Range | undefined {
  const r = (node as { range?: [number, number, number] } | null | undefined)?.range;
  if (!r) return undefined;
  return r[1] >= r[0] ? (r as unknown as Range) : [r[0], r[0]];
}

/**
 * The path of the node being visited, as a linked list: a child's path costs one small object instead of a copy of
 * its parent's array; the array is built only when an issue is reported.
 */
class PathRef {
  private array?: Segment[];
  constructor(private readonly parent: PathRef | undefined, private readonly seg: Segment | undefined, base?: Segment[]) {
    if (base) this.array = base;
  }

  child(seg: Segment): PathRef {
    return new PathRef(this, seg);
  }

  toArray(): Segment[] {
    if (!this.array) this.array = [...this.parent!.toArray(), this.seg!];
    return this.array;
  }
}

/** The mappings being visited, innermost last, as a linked list (turned into an array for findRelocation). */
interface FrameRef { schema: JsonSchema; path: PathRef; map: YAMLMap; outer?: FrameRef }

function framesOf(f: FrameRef | undefined): Frame[] {
  const out: Frame[] = [];
  for (let cur = f; cur; cur = cur.outer) out.push({ schema: cur.schema, path: cur.path.toArray(), map: cur.map });
  return out.reverse();
}

/** The place that stands for a mapping when a field is missing: its parent key, else its first key. */
export function anchorOfMap(map: unknown, fallback: Range): Range {
  if (isMap(map) && map.items.length > 0) {
    const first = map.items[0];
    const r = isPair(first) ? rangeOfNode(first.key) : undefined;
    if (r) return r;
  }
  return rangeOfNode(map) ?? fallback;
}

export function validateNode(node: unknown, schema: JsonSchema, opts: ValidateOptions, path: Segment[] = [], anchor?: Range): SchemaIssue[] {
  const w = new Walker(opts);
  w.visit(node, schema, new PathRef(undefined, undefined, path), anchor ?? anchorOfMap(node, [0, 0]), undefined);
  return w.issues;
}

/** Pairs of a mapping (merge keys, `<<: *base`, were replaced by their sources' pairs when parsing: parse/aliases.ts). */
function pairsOf(map: YAMLMap): Pair[] {
  return map.items as Pair[];
}

/** The first pair of a field name. */
function firstPair(pairs: Pair[], name: string): Pair | undefined {
  for (let i = 0; i < pairs.length; i++) {
    const k = pairs[i].key;
    if (isScalar(k) && String(k.value) === name) return pairs[i];
  }
  return undefined;
}

const NO_PROPERTIES: Record<string, JsonSchema> = Object.freeze({}) as Record<string, JsonSchema>;

class Walker {
  readonly issues: SchemaIssue[] = [];

  constructor(private readonly opts: ValidateOptions) {}

  private get full(): boolean {
    return this.issues.length >= (this.opts.maxIssues ?? 200);
  }

  private add(issue: SchemaIssue): void {
    if (!this.full) this.issues.push(issue);
  }

  private silentlyValid(node: unknown, schema: JsonSchema, path: PathRef): boolean {
    const w = new Walker({ ...this.opts, maxIssues: 1 });
    w.visit(node, schema, path, [0, 0], undefined);
    return w.issues.length === 0;
  }

  visit(node: unknown, schema: JsonSchema | undefined, path: PathRef, anchor: Range, frames: FrameRef | undefined): void {
    const s = derefSchema(schema, this.opts.resolve);
    if (!s || this.full) return;
    const type = nodeType(node, this.opts.mode);
    if (type === 'null') {
      const allowed = allowedTypes(s);
      if (!this.opts.kubernetes && s.nullable !== true && allowed !== 'any' && !allowed.includes('null')) {
        this.add(typeIssue(node as Node | null, s, type, path.toArray(), anchor, this.opts));
      }
      return;
    }
    if (s.allOf) for (const sub of s.allOf) this.visit(node, sub, path, anchor, frames);
    if (s.if) {
      const branch = this.silentlyValid(node, s.if, path) ? s.then : s.else;
      if (branch) this.visit(node, branch, path, anchor, frames);
    }
    const branches = s.oneOf ?? s.anyOf;
    if (branches && !s.format && !s['x-kubernetes-int-or-string']) {
      if (!branches.some((b) => this.silentlyValid(node, b, path))) this.visitBestBranch(node, branches, path, anchor, frames);
      return;
    }
    if (!typeMatches(node, s, type, this.opts.mode)) {
      this.add(typeIssue(node as Node, s, type, path.toArray(), anchor, this.opts));
      // A mapping written where a list is expected is most often its first item without the dash: check it as such.
      if (isMap(node) && s.items && type === 'object') this.visit(node, s.items, path.child(0), anchor, frames);
      return;
    }
    if (!isScalar(node) && (s.const !== undefined || s.enum !== undefined)) {
      // A constant or a list of values (lab.yaml's `- solution` action) is never a mapping or a list.
      const r = rangeOfNode(node) ?? anchor;
      this.add({ kind: s.const !== undefined ? 'const' : 'enum', start: r[0], end: r[1], path: path.toArray(), allowed: s.const !== undefined ? [s.const] : s.enum });
      return;
    }
    if (isScalar(node)) {
      const issues = checkScalar(node, s, path, this.opts);
      for (let i = 0; i < issues.length; i++) this.add(issues[i]);
    } else if (isMap(node)) {
      this.visitMap(node, s, path, anchor, frames);
    } else if (isSeq(node)) {
      this.visitSeq(node, s, path, frames);
    }
  }

  /** None of the branches accepts the node: report the issues of the closest branch. */
  private visitBestBranch(node: unknown, branches: JsonSchema[], path: PathRef, anchor: Range, frames: FrameRef | undefined): void {
    // A mapping is explained by the branches that know one of its keys (lab.yaml: `- échelle: {…}` by the
    // `échelle` form); when some branches are mappings but none knows its keys, it matches no form at all.
    if (isMap(node)) {
      const keys = pairsOf(node).map((p) => (isScalar(p.key) ? String(p.key.value) : ''));
      const shapes = branches.map((b) => derefSchema(b, this.opts.resolve));
      const sharing = branches.filter((_b, i) => keys.some((k) => shapes[i]?.properties?.[k] !== undefined));
      if (sharing.length) branches = sharing;
      else if (shapes.some((b) => b?.properties)) {
        const r = rangeOfNode(node) ?? anchor;
        this.add({ kind: 'no-branch', start: r[0], end: r[1], path: path.toArray(), value: keys[0], allowed: shapes.map((b) => b?.title).filter((t) => t !== undefined) });
        return;
      }
    }
    let best: SchemaIssue[] | undefined;
    for (const b of branches) {
      const w = new Walker({ ...this.opts, maxIssues: 20 });
      w.visit(node, b, path, anchor, frames);
      if (!best || w.issues.length < best.length) best = w.issues;
    }
    if (best && best.length) for (const i of best) this.add(i);
    else {
      const r = rangeOfNode(node) ?? anchor;
      this.add({ kind: 'no-branch', start: r[0], end: r[1], path: path.toArray() });
    }
  }

  private visitMap(map: YAMLMap, s: JsonSchema, path: PathRef, anchor: Range, frames: FrameRef | undefined): void {
    const props = s.properties ?? NO_PROPERTIES;
    const closed = s.additionalProperties === false
      || (this.opts.kubernetes && s.properties !== undefined && s.additionalProperties === undefined && !s['x-kubernetes-preserve-unknown-fields']);
    const nextFrames: FrameRef = { schema: s, path, map, outer: frames };
    const pairs = pairsOf(map);
    for (let i = 0; i < pairs.length; i++) {
      const pair = pairs[i];
      if (!isScalar(pair.key)) continue;
      const name = String(pair.key.value);
      // Strategic-merge-patch directives ($patch, $setElementOrder/…, $retainKeys) of Kustomize patches.
      if (this.opts.kubernetes && name.startsWith('$')) continue;
      const ownRange = rangeOfNode(pair.key);
      const keyRange = ownRange ?? anchor;
      const childPath = path.child(name);
      const child = pair.value as Node | null;
      const childAnchor = isMap(child) && !ownRange ? anchorOfMap(child, anchor) : keyRange;
      const ps = props[name];
      if (ps) this.visit(child, ps, childPath, childAnchor, nextFrames);
      else if (s.additionalProperties && typeof s.additionalProperties === 'object') this.visit(child, s.additionalProperties, childPath, childAnchor, nextFrames);
      else if (closed) this.unknownField(name, pair, keyRange, s, path, nextFrames);
    }
    if (s['x-kubernetes-embedded-resource'] && this.opts.embedded) {
      const apiVersion = firstPair(pairs, 'apiVersion')?.value;
      const kind = firstPair(pairs, 'kind')?.value;
      const embedded = isScalar(apiVersion) && isScalar(kind) ? this.opts.embedded(String(apiVersion.value), String(kind.value)) : undefined;
      if (embedded) this.visit(map, embedded, path, anchor, frames);
    }
    for (const req of s.required ?? []) {
      const pair = this.opts.kubernetes && req.startsWith('$') ? undefined : firstPair(pairs, req);
      const value = pair?.value;
      if (!pair || (this.opts.kubernetes && nodeType(value, this.opts.mode) === 'null')) {
        const at = pair ? rangeOfNode(pair.key) ?? anchor : anchor;
        this.add({ kind: 'missing-required', start: at[0], end: at[1], path: path.toArray(), field: req, description: props[req]?.description });
      } else if (this.opts.kubernetes && (req === 'name' || req === 'image') && isScalar(value) && value.value === '') {
        const at = rangeOfNode(pair.key) ?? anchor;
        this.add({ kind: 'missing-required', start: at[0], end: at[1], path: path.toArray(), field: req, value: '' });
      }
    }
    if (s.minProperties !== undefined) {
      const names = new Set<string>();
      for (const p of pairs) if (isScalar(p.key) && !(this.opts.kubernetes && String(p.key.value).startsWith('$'))) names.add(String(p.key.value));
      if (names.size < s.minProperties) this.add({ kind: 'min-properties', start: anchor[0], end: anchor[1], path: path.toArray(), limit: s.minProperties });
    }
  }

  private unknownField(name: string, pair: Pair, keyRange: Range, s: JsonSchema, path: PathRef, frames: FrameRef): void {
    const issue: SchemaIssue = { kind: 'unknown-field', start: keyRange[0], end: keyRange[1], path: path.toArray(), field: name };
    const moved = findRelocation(name, pair.value as Node | null, framesOf(frames), this.opts);
    if (moved) issue.moved = moved;
    else {
      const suggestion = closest(name, Object.keys(s.properties ?? {}));
      if (suggestion) {
        issue.suggestion = suggestion;
        const k = pair.key;
        const quoted = isScalar(k) && (k.type === 'QUOTE_DOUBLE' || k.type === 'QUOTE_SINGLE');
        issue.fix = [{ start: keyRange[0], end: keyRange[1], newText: quoted ? JSON.stringify(suggestion) : suggestion }];
      }
    }
    this.add(issue);
  }

  private visitSeq(seq: YAMLSeq, s: JsonSchema, path: PathRef, frames: FrameRef | undefined): void {
    const items = seq.items;
    const seqRange = rangeOfNode(seq) ?? [0, 0];
    if (s.items) {
      for (let i = 0; i < items.length; i++) {
        const item = items[i];
        const r = rangeOfNode(item) ?? seqRange;
        const anchor = isMap(item) ? anchorOfMap(item, r) : r;
        this.visit(item, s.items, path.child(i), anchor, frames);
      }
    }
    const at: Range = [seqRange[0], Math.min(seqRange[1], seqRange[0] + 1)];
    if (s.minItems !== undefined && items.length < s.minItems) this.add({ kind: 'min-items', start: at[0], end: at[1], path: path.toArray(), limit: s.minItems });
    if (s.maxItems !== undefined && items.length > s.maxItems) this.add({ kind: 'max-items', start: at[0], end: at[1], path: path.toArray(), limit: s.maxItems });
    if (s.uniqueItems) {
      const seen = new Set<string>();
      items.forEach((item, i) => {
        const key = isScalar(item) ? JSON.stringify(readScalar(item, this.opts.mode).value) : undefined;
        if (key === undefined) return;
        if (seen.has(key)) {
          const r = rangeOfNode(item) ?? at;
          this.add({ kind: 'unique-items', start: r[0], end: r[1], path: path.child(i).toArray(), value: String(readScalar(item as never, this.opts.mode).value) });
        }
        seen.add(key);
      });
    }
  }
}
