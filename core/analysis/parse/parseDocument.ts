// Parses one document chunk (fast path, else `yaml`; ranges kept), resolves aliases and merge keys (parse/aliases.ts),
// and collects the parser's errors as YamlIssues (offsets relative to the chunk). Hostile input never reaches a
// recursive step: a document nested deeper than MAX_NESTING (parse/limits.ts) is not composed (issue TOO_DEEP, KA105),
// one whose aliases expand past the budget is not analysed (issue TOO_COMPLEX, KA106); both give an empty document.
import { Composer, Lexer, Parser, parseDocument as yamlParse, type CST, type Document } from 'yaml';
import type { YamlIssue } from '../index/types';
import { resolveAliasesAndMerges } from './aliases';
import { parseFast } from './fastParse';
import { cstDepthExceeds, MAX_ALIAS_NODES, MAX_NESTING, nestingExceeds } from './limits';

export interface ParsedChunk {
  yaml: Document.Parsed;
  issues: YamlIssue[];
  broken: boolean;
}

const NON_FATAL = new Set(['DUPLICATE_KEY', 'TAB_AS_INDENT_WARNING']);
const OPTIONS = { prettyErrors: false, uniqueKeys: true, merge: true, strict: true, logLevel: 'silent' } as const;

/** Codes of the issues that replace a document's analysis (see yaml-syntax.ts). */
export const TOO_DEEP = 'TOO_DEEP';
export const TOO_COMPLEX = 'TOO_COMPLEX';
export const BAD_MERGE = 'BAD_MERGE';

export function parseChunk(text: string): ParsedChunk {
  const deep = nestingExceeds(text);
  if (deep !== -1) return refused(TOO_DEEP, deep, text);
  let fast: Document.Parsed | undefined;
  try {
    // Most manifests take the fast path (same nodes, no error possible); anything unusual goes through `yaml`.
    fast = parseFast(text);
  } catch (err) {
    if (err instanceof RangeError) return refused(TOO_DEEP, 0, text); // never expected after the scan: a last guard
    throw err;
  }
  if (fast) return { yaml: fast, issues: [], broken: false };
  const tokens = parseCst(text);
  if (typeof tokens === 'number') return refused(TOO_DEEP, tokens, text);
  const cstDeep = cstDepthExceeds(tokens);
  if (cstDeep !== -1) return refused(TOO_DEEP, cstDeep, text);
  const yaml = compose(tokens, text);
  const issues: YamlIssue[] = [];
  let broken = false;
  for (const e of yaml.errors) {
    // `yaml` turns a stack overflow of its composer into RESOURCE_EXHAUSTION: the nesting, whatever the scans said.
    if (e.code === 'RESOURCE_EXHAUSTION') return refused(TOO_DEEP, e.pos[0], text);
    issues.push({ code: e.code, start: e.pos[0], end: Math.max(e.pos[1], e.pos[0] + 1), warning: false, detail: e.message });
    if (!NON_FATAL.has(e.code)) broken = true;
  }
  for (const w of yaml.warnings) {
    issues.push({ code: w.code, start: w.pos[0], end: Math.max(w.pos[1], w.pos[0] + 1), warning: true, detail: w.message });
  }
  if (!broken && (text.includes('*') || text.includes('<<'))) {
    // A large document may use its anchors more: the budget grows with its text (a bomb is a small text).
    const outcome = resolveAliasesAndMerges(yaml, { maxNodes: MAX_ALIAS_NODES + text.length });
    if (outcome.tooDeepAt !== undefined) return refused(TOO_DEEP, outcome.tooDeepAt, text);
    if (outcome.tooComplexAt !== undefined) return refused(TOO_COMPLEX, outcome.tooComplexAt, text);
    for (const [start, end] of outcome.badMerges) {
      issues.push({ code: BAD_MERGE, start, end, warning: false, detail: 'Merge sources must be maps or map aliases' });
      broken = true;
    }
  }
  return { yaml, issues, broken };
}

/**
 * `yaml`'s concrete syntax tree, or the offset where its parser's stack (one entry per open collection) passes the
 * nesting limit: the parser does not recurse, but deep nesting makes it slow and hungry (a million `[` that fool the
 * text scan: 11 s and 1 GB), so it stops there.
 */
function parseCst(text: string): CST.Token[] | number {
  const parser = new Parser();
  const tokens: CST.Token[] = [];
  for (const lexeme of new Lexer().lex(text)) {
    for (const t of parser.next(lexeme)) tokens.push(t);
    if (parser.stack.length > MAX_NESTING + 2) return parser.offset;
  }
  for (const t of parser.end()) tokens.push(t);
  return tokens;
}

/** `yaml`'s parseDocument over tokens already parsed (with logLevel 'silent', a second document is ignored). */
function compose(tokens: CST.Token[], text: string): Document.Parsed {
  const composer = new Composer(OPTIONS);
  let doc: Document.Parsed | undefined;
  for (const d of composer.compose(tokens, true, text.length)) {
    doc = d;
    break;
  }
  return doc!;
}

/** An empty document standing for one that is not analysed, with the issue that says why. */
function refused(code: string, at: number, text: string): ParsedChunk {
  const start = Math.max(0, Math.min(at, text.length));
  const lineEnd = text.indexOf('\n', start);
  const end = Math.max(start + 1, lineEnd === -1 ? text.length : lineEnd);
  return { yaml: yamlParse('', OPTIONS), issues: [{ code, start, end, warning: false, detail: '' }], broken: true };
}
