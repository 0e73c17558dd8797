// Type checks and scalar checks (enum, quantity, int-or-string, pattern, bounds), with the obvious fixes:
// quotes to add or remove, the right case of an enum value, a list to open.
import { isMap, isScalar, Scalar, type Node } from 'yaml';
import type { IssueEdit, SchemaIssue, Segment } from './issues';
import { isSuspiciousMemory, isValidQuantity, suggestQuantity } from './quantity';
import { isQuoted, readScalar, type ScalarMode } from './scalars';
import { closest } from './suggest';
import type { JsonSchema, JsonType } from './types';
import type { ValidateOptions } from './validate';

type Range = [number, number];

export function isIntOrString(s: JsonSchema): boolean {
  return s.format === 'int-or-string' || s['x-kubernetes-int-or-string'] === true;
}

// Shared answers of allowedTypes (read only): it runs for every node of every manifest.
const INT_OR_STRING: JsonType[] = ['integer', 'string'];
const QUANTITY: JsonType[] = ['string', 'integer', 'number'];
const OBJECT: JsonType[] = ['object'];
const SINGLE = new Map<string, JsonType[]>();

/** Types a schema accepts ('any' when it does not say). The array is shared: never change it. */
export function allowedTypes(s: JsonSchema): JsonType[] | 'any' {
  if (isIntOrString(s)) return INT_OR_STRING;
  if (s.format === 'quantity') return QUANTITY;
  if (s.type) {
    if (Array.isArray(s.type)) return s.type;
    let one = SINGLE.get(s.type);
    if (!one) SINGLE.set(s.type, (one = [s.type]));
    return one;
  }
  if (s.properties) return OBJECT;
  return 'any';
}

export function typeMatches(node: unknown, s: JsonSchema, t: JsonType, mode: ScalarMode): boolean {
  const allowed = allowedTypes(s);
  if (allowed === 'any' || allowed.includes(t)) return true;
  if (t === 'integer' && allowed.includes('number')) return true;
  if (t === 'number' && allowed.includes('integer') && isScalar(node)) {
    const v = readScalar(node, mode).value;
    return typeof v === 'number' && Number.isInteger(v);
  }
  return false;
}

function rangeOf(node: unknown, fallback: Range): Range {
  const r = (node as { range?: [number, number, number] } | null)?.range;
  return r ? [r[0], r[1]] : fallback;
}

function lastField(path: Segment[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return undefined;
}

/** A wrong type, with a fix when the intent is obvious. */
export function typeIssue(node: Node | null, s: JsonSchema, actual: JsonType, path: Segment[], anchor: Range, opts: Pick<ValidateOptions, 'mode' | 'text'>): SchemaIssue {
  const mode = opts.mode;
  const allowed = allowedTypes(s);
  const expected = isIntOrString(s) ? 'int-or-string' : s.format === 'quantity' ? 'quantity' : allowed === 'any' ? 'any' : allowed[0];
  const r = isScalar(node) ? rangeOf(node, anchor) : anchor;
  const issue: SchemaIssue = { kind: 'wrong-type', start: r[0], end: r[1], path, field: lastField(path), expected, actual };
  if (isScalar(node)) {
    issue.value = String(node.source ?? node.value);
    issue.fix = scalarTypeFix(node, s, allowed, mode);
  } else if (isMap(node) && allowed !== 'any' && allowed.includes('array')) {
    issue.fix = mapToListFix(node, opts.text);
  }
  return issue;
}

function scalarTypeFix(node: Scalar, s: JsonSchema, allowed: JsonType[] | 'any', mode: ScalarMode): IssueEdit[] | undefined {
  if (allowed === 'any') return undefined;
  const [start, end] = rangeOf(node, [0, 0]);
  const text = String(node.value);
  const wantsNumber = allowed.includes('integer') || allowed.includes('number');
  if (wantsNumber && isQuoted(node)) {
    const bare = text.trim();
    const reading = readScalar(Object.assign(new Scalar(bare), { type: Scalar.PLAIN, source: bare }), mode);
    const ok = reading.type === 'integer' || (reading.type === 'number' && allowed.includes('number'));
    if (ok) return [{ start, end, newText: bare }];
  }
  if (allowed.includes('boolean') && isQuoted(node) && /^(true|false)$/i.test(text.trim())) {
    return [{ start, end, newText: text.trim().toLowerCase() }];
  }
  if (allowed.includes('string') && !isQuoted(node) && node.type === Scalar.PLAIN) {
    return [{ start, end, newText: JSON.stringify(String(node.source ?? text)) }];
  }
  if (allowed.includes('array') && node.type === Scalar.PLAIN && !/\s/.test(text) && text !== '' && s.items) {
    return [{ start, end, newText: `[${node.source ?? text}]` }];
  }
  return undefined;
}

/** `containers:` followed by `name: …` without a dash: make the mapping the first item of a list. */
function mapToListFix(map: Node, text: string | undefined): IssueEdit[] | undefined {
  if (text === undefined || (map as { flow?: boolean }).flow) return undefined;
  const [start, end] = rangeOf(map, [0, 0]);
  if (end <= start) return undefined;
  const edits: IssueEdit[] = [{ start, end: start, newText: '- ' }];
  let i = text.indexOf('\n', start);
  while (i >= 0 && i + 1 < end) {
    edits.push({ start: i + 1, end: i + 1, newText: '  ' });
    i = text.indexOf('\n', i + 1);
  }
  return edits;
}

const NO_ISSUES: readonly SchemaIssue[] = Object.freeze([]);

/** Enum, const, formats and bounds of a scalar whose type is right. */
export function checkScalar(node: Scalar, s: JsonSchema, pathOf: { toArray(): Segment[] }, opts: ValidateOptions): readonly SchemaIssue[] {
  // Most scalars have nothing to check beyond their type.
  if (s.enum === undefined && s.const === undefined && s.format !== 'quantity' && s.pattern === undefined && s.minLength === undefined
    && s.maxLength === undefined && s.minimum === undefined && s.maximum === undefined && !isIntOrString(s)) return NO_ISSUES;
  const out: SchemaIssue[] = [];
  const reading = readScalar(node, opts.mode);
  const value = reading.value;
  const [start, end] = rangeOf(node, [0, 0]);
  // The path is built only when an issue is reported.
  let baseObj: { start: number; end: number; path: Segment[]; field: string | undefined; value: string } | undefined;
  const baseOf = () => {
    if (!baseObj) {
      const path = pathOf.toArray();
      baseObj = { start, end, path, field: lastField(path), value: String(value) };
    }
    return baseObj;
  };
  if (s.enum && !(opts.kubernetes && value === '')) {
    if (!s.enum.some((e) => e === value)) {
      const ci = typeof value === 'string' ? s.enum.find((e) => typeof e === 'string' && e.toLowerCase() === value.toLowerCase()) : undefined;
      if (typeof ci === 'string') {
        out.push({ ...baseOf(), kind: 'enum-case', allowed: s.enum, suggestion: ci, fix: [{ start, end, newText: requote(node, ci) }] });
      } else {
        const strings = s.enum.filter((e): e is string => typeof e === 'string');
        const suggestion = typeof value === 'string' ? closest(value, strings) : undefined;
        const issue: SchemaIssue = { ...baseOf(), kind: 'enum', allowed: s.enum };
        if (suggestion) {
          issue.suggestion = suggestion;
          issue.fix = [{ start, end, newText: requote(node, suggestion) }];
        }
        out.push(issue);
      }
    }
  }
  if (s.const !== undefined && s.const !== value) out.push({ ...baseOf(), kind: 'const', allowed: [s.const] });
  if (typeof value === 'string') {
    if (s.format === 'quantity') {
      if (!isValidQuantity(value)) {
        const suggestion = suggestQuantity(value);
        out.push({ ...baseOf(), kind: 'quantity', suggestion, fix: suggestion ? [{ start, end, newText: requote(node, suggestion) }] : undefined });
      } else if (baseOf().field === 'memory' && isSuspiciousMemory(value)) {
        const suggestion = value.replace(/m$/, 'Mi');
        out.push({ ...baseOf(), kind: 'memory-milli', suggestion, fix: [{ start, end, newText: requote(node, suggestion) }] });
      }
    }
    if (isIntOrString(s) && /^\s*[0-9]+\s*$/.test(value)) {
      out.push({ ...baseOf(), kind: 'int-or-string-number', suggestion: value.trim(), fix: [{ start, end, newText: value.trim() }] });
    }
    if (s.pattern && !safeRegex(s.pattern)?.test(value)) out.push({ ...baseOf(), kind: 'pattern', expected: s.pattern, description: s.description });
    if (s.minLength !== undefined && [...value].length < s.minLength) out.push({ ...baseOf(), kind: 'min-length', limit: s.minLength });
    if (s.maxLength !== undefined && [...value].length > s.maxLength) out.push({ ...baseOf(), kind: 'max-length', limit: s.maxLength });
  }
  if (typeof value === 'number') {
    if (s.minimum !== undefined && value < s.minimum) out.push({ ...baseOf(), kind: 'minimum', limit: s.minimum });
    if (s.maximum !== undefined && value > s.maximum) out.push({ ...baseOf(), kind: 'maximum', limit: s.maximum });
  }
  return out;
}

/** The replacement text, keeping the quotes the user chose. */
function requote(node: Scalar, text: string): string {
  if (node.type === Scalar.QUOTE_DOUBLE) return JSON.stringify(text);
  if (node.type === Scalar.QUOTE_SINGLE) return `'${text.replace(/'/g, "''")}'`;
  return text;
}

const regexCache = new Map<string, RegExp | null>();
function safeRegex(pattern: string): RegExp | null {
  let re = regexCache.get(pattern);
  if (re === undefined) {
    try {
      re = new RegExp(pattern, 'u');
    } catch {
      re = null;
    }
    regexCache.set(pattern, re);
  }
  return re;
}
