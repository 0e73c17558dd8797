// Lighter `yaml` nodes for the fast path. The model of a 1 MB manifest file holds about 100,000 scalars and
// 70,000 pairs: as `yaml` builds them, each scalar carries a three-number `range` array (two more heap objects)
// and each node is tagged with a non-enumerable own property (Object.defineProperty, a slow path). These nodes
// are real instances of `yaml`'s classes (instanceof, isScalar/isPair, every method) whose type tag lives on a
// shared prototype and whose range is kept in three number fields: `range` reads as a fresh
// [start, valueEnd, nodeEnd] array and can be assigned. Less memory held is less copying by the garbage
// collector, which took a quarter of the first analysis of a large file. The differential test of the fast path
// (test/unit/parse/fastParse.test.ts) compares these nodes with `yaml`'s own.
import { Document, Pair, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';

// The tags `yaml` itself uses (nodes/identity.js: Symbol.for keys).
const NODE_TYPE = Symbol.for('yaml.node.type');
const SCALAR = Symbol.for('yaml.scalar');
const PAIR = Symbol.for('yaml.pair');
const MAP = Symbol.for('yaml.map');
const SEQ = Symbol.for('yaml.seq');
const DOC = Symbol.for('yaml.document');

type Range = [number, number, number];
interface CompactFields { r0: number; r1: number; r2: number }

/** `range` over the three fields. */
const rangeAccessor: PropertyDescriptor = {
  configurable: true,
  get(this: CompactFields): Range { return [this.r0, this.r1, this.r2]; },
  set(this: CompactFields, r: Range) { this.r0 = r[0]; this.r1 = r[1]; this.r2 = r[2]; },
};

const scalarProto = Object.create(Scalar.prototype, { [NODE_TYPE]: { value: SCALAR }, range: rangeAccessor }) as Scalar;
// Collections also carry `schema` (undefined for parsed nodes, as `new YAMLMap()` leaves it; assignable).
const schemaSlot: PropertyDescriptor = { value: undefined, writable: true, configurable: true, enumerable: false };
const mapProto = Object.create(YAMLMap.prototype, { [NODE_TYPE]: { value: MAP }, schema: schemaSlot, range: rangeAccessor }) as YAMLMap;
const seqProto = Object.create(YAMLSeq.prototype, { [NODE_TYPE]: { value: SEQ }, schema: schemaSlot, range: rangeAccessor }) as YAMLSeq;

const pairProto = Object.create(Pair.prototype, { [NODE_TYPE]: { value: PAIR } }) as Pair;

/**
 * The scalars' constructor: always the same properties in the same order, one hidden class for every scalar. A
 * constructor (rather than `Object.create` and assignments) lets V8 size the objects to hold the six fields
 * themselves: one 72-byte object per scalar instead of a 56-byte object plus a 40-byte array for the fields that
 * did not fit.
 */
interface CompactScalarCtor { new (value: unknown, start: number, valueEnd: number, nodeEnd: number, source: string, type: Scalar.Type): Scalar }
const CompactScalar = function (this: Scalar & CompactFields & { source: string }, value: unknown, start: number, valueEnd: number, nodeEnd: number, source: string, type: Scalar.Type) {
  this.value = value;
  this.r0 = start;
  this.r1 = valueEnd;
  this.r2 = nodeEnd;
  this.source = source;
  this.type = type;
} as unknown as CompactScalarCtor;
CompactScalar.prototype = scalarProto;

/** A scalar as `yaml` builds it: value, range, source text and type (PLAIN, QUOTE_SINGLE, QUOTE_DOUBLE). */
export function compactScalar(value: unknown, start: number, valueEnd: number, nodeEnd: number, source: string, type: Scalar.Type): Scalar {
  return new CompactScalar(value, start, valueEnd, nodeEnd, source, type);
}

/** The pairs' constructor (sized to their two fields, where `Object.create` leaves room for four). */
interface CompactPairCtor { new (key: Node, value: Node | null): Pair<Node, Node | null> }
const CompactPair = function (this: Pair<Node, Node | null>, key: Node, value: Node | null) {
  this.key = key;
  this.value = value;
} as unknown as CompactPairCtor;
CompactPair.prototype = pairProto;

/** A pair as `new Pair(key, value)` builds it. */
export function compactPair(key: Node, value: Node | null): Pair<Node, Node | null> {
  return new CompactPair(key, value);
}

/** An empty collection on `proto` (its range set by the caller), as `new YAMLMap()` / `new YAMLSeq()` builds it. */
function emptyCollection<T extends YAMLMap | YAMLSeq>(proto: T): T {
  const c = Object.create(proto) as T & CompactFields;
  c.items = [];
  c.r0 = 0;
  c.r1 = 0;
  c.r2 = 0;
  return c;
}

export const compactMap = (): YAMLMap => emptyCollection(mapProto);
export const compactSeq = (): YAMLSeq => emptyCollection(seqProto);

const docProto = Object.create(Document.prototype, { [NODE_TYPE]: { value: DOC } }) as Document;
/** Options, directives and schema of a default document: read only, shared by every fast-path document. */
let defaults: Document | undefined;

/**
 * A parsed document as `yaml` would give it for these contents, sharing the default options, directives and schema
 * (`new Document()` builds a new schema, tag lists and options each time: 3,000 of them for a large file).
 */
export function compactDocument(contents: Node, range: [number, number, number]): Document.Parsed {
  defaults ??= new Document();
  const d = Object.create(docProto) as Document.Parsed;
  d.commentBefore = null;
  d.comment = null;
  (d as { errors: unknown[] }).errors = [];
  (d as { warnings: unknown[] }).warnings = [];
  (d as { options: unknown }).options = defaults.options;
  d.directives = defaults.directives!;
  (d as { schema: unknown }).schema = defaults.schema;
  d.contents = contents as never;
  d.range = range;
  return d;
}
