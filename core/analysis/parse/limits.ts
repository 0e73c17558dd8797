// Budgets that keep hostile YAML from crashing or hanging the analysis. `yaml`'s composer, our fast path, the schema
// walk and the rules all recurse once per nesting level: 20,000 nested `[` overflow the stack (and a stack overflow
// inside V8's regular-expression compiler aborts the whole process). So a document nested deeper than MAX_NESTING
// is never composed: a cheap scan of its text catches most of them before any parsing, and an exact measure over
// `yaml`'s concrete syntax tree (built without recursion) catches the rest before the composer runs. Aliases and
// merge keys are budgeted in parse/aliases.ts.
import type { CST } from 'yaml';

/** Deepest nesting analysed. Kubernetes objects stay far below (a CRD's schema: about 40 levels). */
export const MAX_NESTING = 256;

/**
 * Expanded nodes that aliases and merge keys may add to a document, plus one per character of its text (`yaml`'s
 * maxAliasCount, counted in nodes; kubectl's YAML reader refuses "excessive aliasing" the same way).
 */
export const MAX_ALIAS_NODES = 100_000;

const SP = 32, TAB = 9, LF = 10, CR = 13, HASH = 35, DASH = 45, QMARK = 63, COLON = 58;
/** Stands for any character of a plain scalar in `last`. */
const PLAIN = 97;
const PIPE = 124, GT = 62, LBRACKET = 91, RBRACKET = 93, LBRACE = 123, RBRACE = 125, COMMA = 44, QUOTE1 = 39, QUOTE2 = 34;

/**
 * Offset at which the text's nesting seems to pass `limit`, or -1. An estimate, made in one pass without parsing:
 * block levels from the stack of indentations (plus `- `, `? `, `: ` indicators that open a level on the same
 * line), flow levels from the brackets outside comments and quoted scalars (followed across lines, as a `#` inside
 * them is no comment). A file that seems deeper than it is would need hundreds of unclosed brackets in its block
 * scalars; one that seems shallower is caught by cstDepthExceeds.
 */
export function nestingExceeds(text: string, limit = MAX_NESTING): number {
  if (fewLevelMarks(text, limit)) return -1;
  const indents: number[] = [];
  let flow = 0;
  /** The quote of the quoted scalar the scan is in (0: none). */
  let quote = 0;
  /** The last character that was neither a space nor in a comment (LF: none yet on this block line). */
  let last = LF;
  /** Indentation of the line that opened a block scalar (`|`, `>`): its content is the deeper lines after it. */
  let blockScalar = -1;
  const n = text.length;
  let p = 0;
  while (p < n) {
    // One line: [p, end).
    let end = text.indexOf('\n', p);
    if (end === -1) end = n;
    let q = p;
    if (quote !== 0) {
      // The line continues a quoted scalar: no indentation, no indicator until it closes.
      const close = closingQuote(text, p - 1, end, quote);
      if (close === -1) { p = end + 1; continue; }
      q = close + 1;
      last = quote;
      quote = 0;
    } else {
      while (q < end && (text.charCodeAt(q) === SP || text.charCodeAt(q) === TAB)) q++;
      const c = text.charCodeAt(q);
      if (q === end || c === CR) { p = end + 1; continue; }
      if (blockScalar >= 0) {
        if (q - p > blockScalar) { p = end + 1; continue; } // a line of the block scalar's text
        blockScalar = -1;
      }
      if (c === HASH) { p = end + 1; continue; }
      if (flow === 0) {
        last = LF;
        const indent = q - p;
        while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
        indents.push(indent);
        // Compact indicators: `- - x`, `? - x`, `- key:` each open a level on this line.
        let extra = 0;
        while (q < end) {
          const ch = text.charCodeAt(q);
          const next = q + 1 < end ? text.charCodeAt(q + 1) : SP;
          if ((ch === DASH || ch === QMARK || ch === COLON) && (next === SP || next === TAB || q + 1 === end)) {
            extra++;
            last = ch;
            q++;
            while (q < end && (text.charCodeAt(q) === SP || text.charCodeAt(q) === TAB)) q++;
          } else break;
        }
        if (indents.length + extra > limit) return q;
      }
    }
    // Flow brackets on the rest of the line.
    for (let k = q; k < end; k++) {
      const ch = text.charCodeAt(k);
      if (ch === SP || ch === TAB || ch === CR) continue;
      const prev = k > p ? text.charCodeAt(k - 1) : SP;
      if (ch === HASH && (prev === SP || prev === TAB)) break; // a comment
      if ((ch === PIPE || ch === GT) && flow === 0 && startsToken(last)) {
        blockScalar = lineIndent(text, p, end);
        break; // the header's indicators and comment
      }
      if ((ch === QUOTE1 || ch === QUOTE2) && startsToken(last)) {
        const close = closingQuote(text, k, end, ch);
        if (close === -1) { quote = ch; break; } // goes on on the next lines
        k = close;
        last = ch;
        continue;
      }
      if (ch === LBRACKET || ch === LBRACE) {
        flow++;
        if (indents.length + flow > limit) return k;
      } else if ((ch === RBRACKET || ch === RBRACE) && flow > 0) flow--;
      last = ch;
      // `-`, `?`, `:` are indicators only before a space (or after a quoted key: `"a":"b"`); else part of a plain scalar.
      if (ch === DASH || ch === QMARK || ch === COLON) {
        const next = k + 1 < end ? text.charCodeAt(k + 1) : SP;
        const prevSig = k > p ? text.charCodeAt(k - 1) : SP;
        if (next !== SP && next !== TAB && next !== CR && !(ch === COLON && (prevSig === QUOTE1 || prevSig === QUOTE2))) last = PLAIN;
      }
    }
    p = end + 1;
  }
  return -1;
}

/** Characters that can open a level in the scan below: a line (its indentation), a bracket, an indicator. */
const LEVEL_MARKS = ['\n', ':', '-', '[', '{', '?'];

/**
 * True when the text has too few lines, brackets and `-`/`?`/`:` characters for the scan to pass `limit`: each level
 * it counts needs one of them (a line pushes at most one indentation, each bracket or indicator adds at most one).
 * A few native searches instead of a pass over every character: most documents stay far below the limit.
 */
function fewLevelMarks(text: string, limit: number): boolean {
  // Lines are the line breaks plus one.
  let budget = limit - 1;
  for (let m = 0; m < LEVEL_MARKS.length; m++) {
    const mark = LEVEL_MARKS[m];
    for (let i = text.indexOf(mark); i !== -1; i = text.indexOf(mark, i + 1)) if (--budget < 0) return false;
  }
  return true;
}

function lineIndent(text: string, p: number, end: number): number {
  let q = p;
  while (q < end && text.charCodeAt(q) === SP) q++;
  return q - p;
}

/** After this character, a quote opens a quoted scalar (elsewhere it is part of a plain scalar: `it's`, `a "b"`). */
function startsToken(last: number): boolean {
  return last === LF || last === LBRACKET || last === LBRACE || last === COMMA || last === COLON || last === DASH || last === QMARK;
}

/** The closing quote after `open` on the same line (`''` and `\x` escapes skipped), or -1. */
function closingQuote(text: string, open: number, end: number, quote: number): number {
  for (let k = open + 1; k < end; k++) {
    const ch = text.charCodeAt(k);
    if (quote === QUOTE2 && ch === 92 /* \ */) { k++; continue; }
    if (ch === quote) {
      if (quote === QUOTE1 && text.charCodeAt(k + 1) === QUOTE1) { k++; continue; }
      return k;
    }
  }
  return -1;
}

/**
 * Offset of a node of `yaml`'s concrete syntax tree nested deeper than `limit`, or -1. Exact (the depth the composer
 * would reach), and without recursion.
 */
export function cstDepthExceeds(tokens: readonly CST.Token[], limit = MAX_NESTING): number {
  const stack: Array<[CST.Token, number]> = [];
  for (const t of tokens) stack.push([t, 0]);
  while (stack.length > 0) {
    const [t, depth] = stack.pop()!;
    if (depth > limit) return t.offset;
    switch (t.type) {
      case 'document':
        if (t.value) stack.push([t.value, depth]);
        break;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection':
        for (const it of t.items as CST.CollectionItem[]) {
          if (it.key) stack.push([it.key, depth + 1]);
          if (it.value) stack.push([it.value, depth + 1]);
        }
        break;
      default:
        break;
    }
  }
  return -1;
}

