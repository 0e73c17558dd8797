// A fast path for the YAML that Kubernetes manifests are nearly always made of: block mappings and sequences,
// single-line plain and quoted scalars, `{}` / `[]`, comments. It builds the very nodes `yaml` would build (same
// classes, values, types, sources and ranges) two to four times faster, because it skips the general lexer and
// the concrete syntax tree. Anything else — anchors, aliases, tags, block scalars, flow collections with content,
// multi-line scalars, escapes, directives, duplicate keys, tabs, CRLF, any doubt — makes it decline (undefined),
// and the caller parses the document with `yaml` itself, which also reports every syntax error. The equivalence is
// checked by a differential test over every manifest of the repository, the public corpus and mutated variants.
// The nodes are built by compactNodes.ts: instances of `yaml`'s classes that hold less memory (see there).
import { Scalar, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { compactDocument, compactMap, compactPair, compactScalar, compactSeq } from './compactNodes';

/** Thrown internally to give up; never escapes parseFast. */
const DECLINE = Symbol('decline');

interface Line {
  /** Offset of the first character of the line. */
  start: number;
  /** Offset of the first non-space character. */
  content: number;
  /** Offset of the line end (the `\n`, or the text length). */
  end: number;
}

/** Flow collections nested deeper than this (never seen in manifests) are left to `yaml`. */
const MAX_FLOW_DEPTH = 16;

const SP = 32, HASH = 35, DASH = 45, COLON = 58, QUOTE1 = 39, QUOTE2 = 34;

/** Characters that start something other than a plain scalar (or need a care this fast path does not take). */
const SPECIAL_START = new Set(['&', '*', '!', '|', '>', '%', '@', '`', '{', '}', '[', ']', ',', '?', '#', '<']);

export function parseFast(text: string): Document.Parsed | undefined {
  if (text.length === 0 || text.includes('\t') || text.includes('\r') || text.includes('\uFEFF')) return undefined;
  try {
    return new FastParser(text).document();
  } catch (err) {
    if (err === DECLINE) return undefined;
    throw err;
  }
}

function isMarker(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if ((c !== DASH && c !== 46) || text.charCodeAt(start + 1) !== c || text.charCodeAt(start + 2) !== c) return false;
  return start + 3 === end || text.charCodeAt(start + 3) === SP;
}

function decline(): never {
  throw DECLINE;
}

/** Comment lines between two content lines (or after the last one). */
interface Gap {
  /** Column of the `#` (all comment lines of a gap share it, else the fast path declines). */
  column: number;
  /** Offset just after the last comment line (its `\n` included). */
  end: number;
  /** Set once a node's range took the comments in, as `yaml` does. */
  taken: boolean;
}

class FastParser {
  private readonly lines: Line[] = [];
  /** gaps[i]: the comment lines after content line i. */
  private readonly gaps: Array<Gap | undefined> = [];
  private i = 0;
  /** The document ends with an empty value (`key:`): `yaml` then ends the document there. */
  private endsEmpty = false;

  constructor(private readonly text: string) {
    let start = 0;
    const n = text.length;
    while (start <= n) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = n;
      let content = start;
      while (content < end && text.charCodeAt(content) === SP) content++;
      // A document marker (`---`, `...`) inside the text: several documents, not for this fast path.
      if (content === start && this.lines.length > 0 && isMarker(text, start, end)) decline();
      // Blank and comment-only lines carry no node; comment lines may still extend the range of the node before.
      if (content < end && text.charCodeAt(content) !== HASH) this.lines.push({ start, content, end });
      else if (content < end && this.lines.length > 0) {
        const at = this.lines.length - 1;
        const gap = this.gaps[at];
        const column = content - start;
        if (gap && gap.column !== column) decline(); // comments at several columns: attachment rules too subtle
        this.gaps[at] = { column, end: end < n ? end + 1 : end, taken: false };
      }
      if (end === n) break;
      start = end + 1;
    }
  }

  document(): Document.Parsed {
    const { text, lines } = this;
    let first = lines[0];
    if (!first) decline();
    let docStart = -1;
    // A leading `---` marker line (possibly with a comment) opens the document; anything else on it declines.
    if (first.content === first.start && text.startsWith('---', first.start)) {
      const rest = this.restAfter(first.start + 3, first.end);
      if (rest !== first.end) decline();
      docStart = first.start;
      this.i = 1;
      first = lines[1];
      if (!first) decline();
    }
    if (text.charCodeAt(first.content) === 46 /* . */ && text.startsWith('...', first.content)) decline();
    const contents = this.block(first.content - first.start, -1);
    if (this.i < lines.length) decline(); // a less indented line at the end: not a single root node
    const end = (contents as { range: [number, number, number] }).range[2];
    // Like `yaml`: the document starts at its `---` marker, or else at the line of its first node.
    return compactDocument(contents, [docStart >= 0 ? docStart : first.start, end, this.endsEmpty ? end : text.length]);
  }

  /** The node starting at the current line, whose column is `col`: a sequence or a mapping. */
  private block(col: number, parentCol: number): YAMLMap | YAMLSeq {
    const line = this.lines[this.i];
    return this.isSeqItem(line) ? this.seq(col, parentCol) : this.map(col, line.content, parentCol);
  }

  /**
   * When a collection ends, comment lines right after its last line at its own column belong to it (its range
   * ends after them), as in `yaml`; comments deeper than the collection were taken by its last scalar, comments at
   * the next line's column belong to that line. Any other placement declines.
   */
  private close(node: YAMLMap | YAMLSeq, col: number, parentCol: number, lastLine: number): void {
    const gap = this.gaps[lastLine];
    if (!gap || gap.taken) return;
    const next = this.lines[this.i];
    const q = next ? this.column(next) : -1;
    if (gap.column > col) decline(); // deeper comments that no scalar took (after `{}`, an empty value…)
    if (gap.column < col) return; // an enclosing collection's business
    if (parentCol < 0) {
      if (col > 0) decline(); // an indented root: rare, and `yaml` then gives it the comments
      gap.taken = true; // the root: trailing comments belong to the document
      return;
    }
    if (gap.column <= q || parentCol === col) decline(); // ambiguous: compact sequence, odd indentation
    // Up to the next node itself (its indentation included), or the end of the text.
    node.range = [node.range![0], node.range![1], next ? next.content : this.text.length];
    gap.taken = true;
  }

  /** Comments deeper than the collection after a one-line value extend that value's range (like `yaml`). */
  private takeDeeperComments(value: Node, col: number, line: number): void {
    const gap = this.gaps[line];
    if (!gap || gap.column <= col) return;
    if (!(value instanceof Scalar) || value.range![0] === value.range![1]) decline();
    value.range = [value.range![0], value.range![1], gap.end];
    gap.taken = true;
  }

  private isSeqItem(line: Line): boolean {
    if (this.text.charCodeAt(line.content) !== DASH) return false;
    const next = this.text.charCodeAt(line.content + 1);
    return line.content + 1 === line.end || next === SP;
  }

  private column(line: Line): number {
    return line.content - line.start;
  }

  /** A block sequence whose dashes are at column `col`. */
  private seq(col: number, parentCol: number): YAMLSeq {
    const seq = compactSeq();
    const start = this.lines[this.i].content;
    let end = start;
    while (this.i < this.lines.length) {
      const line = this.lines[this.i];
      const c = this.column(line);
      if (c < col) break;
      if (c > col || !this.isSeqItem(line)) {
        if (c === col) break; // a mapping key at the same column ends a compact sequence
        decline();
      }
      const after = this.skipSpaces(line.content + 1, line.end);
      let item: Node;
      if (after === line.end || this.text.charCodeAt(after) === HASH) {
        if (after !== line.end && this.text.charCodeAt(after - 1) !== SP) decline();
        this.i++;
        const next = this.lines[this.i];
        if (next && this.column(next) > col) item = this.block(this.column(next), col);
        else decline(); // `-` alone: a null item, rare enough to leave to `yaml`
      } else if (this.text.charCodeAt(after) === DASH && (after + 1 === line.end || this.text.charCodeAt(after + 1) === SP)) {
        decline(); // `- - x`: nested compact sequences
      } else if (this.keyEnd(after, line.end) !== -1) {
        // `- key: value`: a mapping whose keys are at the column of `key`.
        item = this.map(after - line.start, after, col);
      } else {
        item = this.inlineScalar(after, line.end);
        this.takeDeeperComments(item, col, this.i);
        this.i++;
        this.noDeeperLine(col);
      }
      seq.items.push(item);
      end = (item as { range: [number, number, number] }).range[2];
    }
    seq.items = exact(seq.items);
    seq.range = [start, end, end];
    this.close(seq, col, parentCol, this.i - 1);
    return seq;
  }

  /** A block mapping whose keys are at column `col`; its first key is at `first`. */
  private map(col: number, first: number, parentCol: number): YAMLMap {
    const map = compactMap();
    let end = first;
    let key = first;
    for (let firstEntry = true; this.i < this.lines.length; firstEntry = false) {
      const line = this.lines[this.i];
      if (!firstEntry) {
        const c = this.column(line);
        if (c < col) break;
        if (c > col || this.isSeqItem(line)) decline();
        key = line.content;
      }
      const colon = this.keyEnd(key, line.end);
      if (colon === -1) decline();
      const keyNode = this.scalar(key, colon, colon, 'PLAIN');
      if (keyNode.value === '<<' || hasKey(map, keyNode.value)) decline(); // merge keys, duplicates: `yaml` reports them
      const after = this.skipSpaces(colon + 1, line.end);
      let value: Node;
      if (after === line.end || this.text.charCodeAt(after) === HASH) {
        if (after !== line.end && after === colon + 1) decline();
        this.i++;
        const next = this.lines[this.i];
        const nc = next ? this.column(next) : -1;
        if (next && (nc > col || (nc === col && this.isSeqItem(next)))) value = this.block(nc, col);
        else {
          // `key:` with nothing under it: `yaml` stretches the empty value over the comments that follow.
          if (this.gaps[this.i - 1] || after !== line.end) decline();
          value = this.emptyScalar(after);
          if (!next) this.endsEmpty = true;
        }
      } else {
        value = this.inlineScalar(after, line.end);
        this.takeDeeperComments(value, col, this.i);
        this.i++;
        this.noDeeperLine(col);
      }
      map.items.push(compactPair(keyNode, value));
      end = (value as { range: [number, number, number] }).range[2];
    }
    map.items = exact(map.items);
    map.range = [first, end, end];
    this.close(map, col, parentCol, this.i - 1);
    return map;
  }

  /** After a value on one line, a more indented line would continue it (multi-line scalar) or be an error. */
  private noDeeperLine(col: number): void {
    const next = this.lines[this.i];
    if (next && this.column(next) > col) decline();
  }

  /** Offset of the `:` ending a plain key that starts at `from`, or -1 when the line is not `key:` / `key: …`. */
  private keyEnd(from: number, end: number): number {
    const { text } = this;
    const c0 = text[from];
    if (SPECIAL_START.has(c0) || c0 === '"' || c0 === "'" || c0 === ':' || c0 === '-' && text.charCodeAt(from + 1) === SP) return -1;
    for (let p = from; p < end; p++) {
      const c = text.charCodeAt(p);
      if (c === COLON && (p + 1 === end || text.charCodeAt(p + 1) === SP)) {
        if (text.charCodeAt(p - 1) === SP) decline(); // `key :`
        return p;
      }
      if (c === HASH && text.charCodeAt(p - 1) === SP) return -1;
    }
    return -1;
  }

  private skipSpaces(p: number, end: number): number {
    while (p < end && this.text.charCodeAt(p) === SP) p++;
    return p;
  }

  /** Offset of the line end when only spaces and a comment follow `p`, else the offset of the first other character. */
  private restAfter(p: number, end: number): number {
    const q = this.skipSpaces(p, end);
    if (q === end) return end;
    if (this.text.charCodeAt(q) === HASH && q > p) return end;
    return q;
  }

  /** The value scalar written on one line from `from` (trailing spaces and comment excluded). */
  private inlineScalar(from: number, lineEnd: number): Node {
    const { text } = this;
    const nodeEnd = lineEnd < text.length ? lineEnd + 1 : lineEnd;
    const c = text.charCodeAt(from);
    if (c === QUOTE1 || c === QUOTE2) {
      const close = text.indexOf(c === QUOTE1 ? "'" : '"', from + 1);
      if (close === -1 || close >= lineEnd) decline();
      let stop = close;
      if (c === QUOTE1) {
        // `''` is an escaped quote inside a single-quoted scalar.
        while (text.charCodeAt(stop + 1) === QUOTE1) {
          stop = text.indexOf("'", stop + 2);
          if (stop === -1 || stop >= lineEnd) decline();
        }
      }
      if (this.restAfter(stop + 1, lineEnd) !== lineEnd) decline();
      const raw = text.slice(from + 1, stop);
      if (c === QUOTE2 && raw.includes('\\')) decline(); // escapes
      const value = c === QUOTE1 ? raw.replace(/''/g, "'") : raw;
      return compactScalar(value, from, stop + 1, nodeEnd, value, c === QUOTE1 ? 'QUOTE_SINGLE' : 'QUOTE_DOUBLE');
    }
    if (c === 123 /* { */ || c === 91 /* [ */) {
      // A flow collection written on this line: `{cpu: 100m, memory: 128Mi}`, `[a, "b", {x: 1}]`.
      const node = this.flow(from, lineEnd);
      const close = node.range![1];
      if (this.restAfter(close, lineEnd) !== lineEnd) decline();
      node.range = [from, close, nodeEnd];
      return node;
    }
    // A plain scalar ends at ` #` or at the end of the line (trailing spaces excluded).
    let stop = lineEnd;
    for (let p = from + 1; p < lineEnd; p++) {
      const ch = text.charCodeAt(p);
      if (ch === HASH && text.charCodeAt(p - 1) === SP) { stop = p; break; }
      if (ch === COLON && (p + 1 === lineEnd || text.charCodeAt(p + 1) === SP)) decline(); // `a: b: c`
    }
    while (stop > from && text.charCodeAt(stop - 1) === SP) stop--;
    const s = this.scalar(from, stop, nodeEnd, 'PLAIN');
    return s;
  }

  /**
   * A flow mapping or sequence starting at `from` and closed on the same line. Only the tidy form is taken: no
   * space after the opening bracket or before a comma or the closing bracket, no trailing comma, no empty value,
   * no comment inside; items are plain or quoted scalars and nested flow collections. Ranges end at the bracket.
   */
  private flow(from: number, lineEnd: number, depth = 0): YAMLMap | YAMLSeq {
    const { text } = this;
    if (depth > MAX_FLOW_DEPTH) decline(); // deep flow nesting: `yaml` and the nesting budget judge it
    const isMap = text.charCodeAt(from) === 123;
    const closer = isMap ? 125 : 93;
    const node = isMap ? compactMap() : compactSeq();
    node.flow = true;
    let p = from + 1;
    if (text.charCodeAt(p) === closer) {
      node.range = [from, p + 1, p + 1];
      return node;
    }
    for (;;) {
      if (p >= lineEnd || text.charCodeAt(p) === SP) decline();
      if (isMap) {
        const key = this.flowScalar(p, lineEnd, true);
        p = key.range![1];
        if (text.charCodeAt(p) !== COLON || text.charCodeAt(p + 1) !== SP) decline();
        if (key.value === '<<' || hasKey(node as YAMLMap, key.value)) decline();
        p = this.skipSpaces(p + 1, lineEnd);
        const value = this.flowItem(p, lineEnd, depth);
        (node as YAMLMap).items.push(compactPair(key, value));
        p = value.range![1];
      } else {
        const item = this.flowItem(p, lineEnd, depth);
        (node as YAMLSeq).items.push(item);
        p = item.range![1];
      }
      const ch = text.charCodeAt(p);
      if (ch === closer) break;
      if (ch !== 44 /* , */) decline();
      p = this.skipSpaces(p + 1, lineEnd);
      if (p === lineEnd || text.charCodeAt(p) === closer) decline(); // trailing comma, or a collection on several lines
    }
    node.items = exact(node.items as unknown[]) as typeof node.items;
    node.range = [from, p + 1, p + 1];
    return node;
  }

  private flowItem(p: number, lineEnd: number, depth: number): Node {
    const c = this.text.charCodeAt(p);
    if (c === 123 || c === 91) return this.flow(p, lineEnd, depth + 1);
    return this.flowScalar(p, lineEnd, false);
  }

  /** A scalar inside a flow collection: quoted, or plain up to `,` `]` `}` (or `: ` for a key). */
  private flowScalar(p: number, lineEnd: number, key: boolean): Scalar {
    const { text } = this;
    const c = text.charCodeAt(p);
    if (c === QUOTE1 || c === QUOTE2) {
      if (key) decline();
      const close = text.indexOf(c === QUOTE1 ? "'" : '"', p + 1);
      if (close === -1 || close >= lineEnd || text.charCodeAt(close + 1) === QUOTE1) decline();
      const value = text.slice(p + 1, close);
      if (value.includes('\\')) decline();
      return compactScalar(value, p, close + 1, close + 1, value, c === QUOTE1 ? 'QUOTE_SINGLE' : 'QUOTE_DOUBLE');
    }
    let q = p;
    for (; q < lineEnd; q++) {
      const ch = text.charCodeAt(q);
      if (ch === 44 || ch === 93 || ch === 125 || ch === 91 || ch === 123) break;
      if (ch === COLON && (text.charCodeAt(q + 1) === SP || key)) break;
      if (ch === HASH && text.charCodeAt(q - 1) === SP) decline();
    }
    if (q === p || text.charCodeAt(q - 1) === SP) decline();
    return this.scalar(p, q, q, 'PLAIN');
  }

  /** A plain (or key) scalar over [from, to), resolved with the YAML 1.2 core schema like `yaml` does. */
  private scalar(from: number, to: number, nodeEnd: number, type: 'PLAIN'): Scalar {
    const source = intern(this.text.slice(from, to));
    const c0 = source[0];
    if (SPECIAL_START.has(c0) || c0 === '"' || c0 === "'" || (c0 === '-' && (source.length === 1 || source[1] === ' '))
      || (c0 === ':' && (source.length === 1 || source[1] === ' ')) || source.includes(' #')) decline();
    const value = resolvePlain(source);
    const s = compactScalar(value, from, to, nodeEnd, source, type);
    if (typeof value === 'number') {
      // `1.50` keeps its two digits when written back, as `yaml` records it.
      const dot = source.indexOf('.');
      if (dot !== -1 && source[source.length - 1] === '0') s.minFractionDigits = source.length - dot - 1;
    }
    return s;
  }

  /** The null value of `key:` with nothing after it, placed right after the colon like `yaml` does. */
  private emptyScalar(at: number): Scalar {
    return compactScalar(null, at, at, at, '', 'PLAIN');
  }
}

/**
 * One string per distinct short plain scalar: the keys (`apiVersion`, `metadata`, `name`…) and many values (labels,
 * names, ports) repeat across the documents, and each occurrence would otherwise keep its own copy in the model
 * (about 70,000 keys in a 1 MB file). The slice itself is short-lived. The table is emptied when it grows large.
 */
const interned = new Map<string, string>();
const MAX_INTERNED = 20000;
function intern(s: string): string {
  if (s.length > 40) return s;
  const known = interned.get(s);
  if (known !== undefined) return known;
  if (interned.size >= MAX_INTERNED) interned.clear();
  interned.set(s, s);
  return s;
}

/**
 * The same items in an array of their exact size: an array grown by `push` keeps room for at least 16 elements, and
 * most collections of a manifest hold one to five (about 4 MB of the model of a 1 MB file, copied by every GC).
 */
function exact<T>(items: T[]): T[] {
  return items.length < 16 ? items.slice() : items;
}

/** A duplicate key? Manifest mappings are small: a scan costs less than a Set per mapping. */
function hasKey(map: YAMLMap, key: unknown): boolean {
  const items = map.items as Array<Pair<Scalar, unknown>>;
  for (let k = 0; k < items.length; k++) if (items[k].key.value === key) return true;
  return false;
}

const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const OTHER_NUMBER = /^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

/** YAML 1.2 core schema: null, booleans, decimal integers and floats; other number forms decline. */
function resolvePlain(source: string): unknown {
  switch (source) {
    case '~': case 'null': case 'Null': case 'NULL': return null;
    case 'true': case 'True': case 'TRUE': return true;
    case 'false': case 'False': case 'FALSE': return false;
    default: break;
  }
  const c = source.charCodeAt(0);
  // Only strings that may be numbers pay for the regular expressions.
  if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) {
    if (INT.test(source)) return parseInt(source, 10);
    if (FLOAT.test(source)) return parseFloat(source);
    if (OTHER_NUMBER.test(source)) decline();
  }
  return source;
}

