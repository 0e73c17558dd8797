// How kubectl reads a YAML scalar. kubectl converts YAML to JSON with sigs.k8s.io/yaml, a YAML 1.1 reader: a
// plain `yes`, `on` or `off` is a boolean there, `0755` an octal integer, `1_000` an integer. The `yaml` library
// parses with YAML 1.2, so for plain scalars we re-read the source text with the 1.1 rules.
import { isMap, isScalar, isSeq, Scalar } from 'yaml';
import type { JsonType } from './types';

export type ScalarMode = 'kubectl' | 'yaml12';

const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const TRUES = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']);
const FALSES = new Set(['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']);
const INT = /^[-+]?(?:0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*)$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?$/;
const SPECIAL_FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

export interface ScalarReading {
  type: JsonType;
  /** The value as kubectl sees it (number, boolean, string or null). */
  value: string | number | boolean | null;
}

/** Digits only, without a leading zero (`8080`, `2`, `0`): what INT reads as `Number(text)`, told without a regex. */
function isPlainDecimal(text: string): boolean {
  const n = text.length;
  if (n === 0 || (text.charCodeAt(0) === 48 && n > 1)) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** YAML 1.1 resolution of a plain scalar's text (go-yaml v2 rules, which sigs.k8s.io/yaml uses). */
export function readPlain11(text: string): ScalarReading {
  if (NULLS.has(text)) return { type: 'null', value: null };
  if (TRUES.has(text)) return { type: 'boolean', value: true };
  if (FALSES.has(text)) return { type: 'boolean', value: false };
  // Numbers (and .inf/.nan) start with a digit, a sign or a dot: most strings are told apart without a regex.
  const c = text.charCodeAt(0);
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46)) return { type: 'string', value: text };
  if (isPlainDecimal(text)) return { type: 'integer', value: Number(text) };
  if (INT.test(text)) {
    const clean = text.replace(/_/g, '');
    const sign = clean.startsWith('-') ? -1 : 1;
    const body = clean.replace(/^[-+]/, '');
    let n: number;
    if (/^0b/.test(body)) n = parseInt(body.slice(2), 2);
    else if (/^0x/.test(body)) n = parseInt(body.slice(2), 16);
    else if (/^0o/.test(body)) n = parseInt(body.slice(2), 8);
    else if (/^0[0-7]+$/.test(body)) n = parseInt(body.slice(1), 8);
    else n = Number(body);
    if (!Number.isNaN(n)) return { type: 'integer', value: sign * n };
  }
  if (FLOAT.test(text)) {
    const n = Number(text.replace(/_/g, ''));
    if (!Number.isNaN(n)) return { type: Number.isInteger(n) && !/[.eE]/.test(text) ? 'integer' : 'number', value: n };
  }
  if (SPECIAL_FLOAT.test(text)) return { type: 'number', value: text.includes('nan') || text.includes('NaN') || text.includes('NAN') ? NaN : text.startsWith('-') ? -Infinity : Infinity };
  return { type: 'string', value: text };
}

/** The JSON type and value of a scalar node as kubectl (or a YAML 1.2 reader) sees it. */
export function readScalar(node: Scalar, mode: ScalarMode): ScalarReading {
  const v = node.value;
  if (mode === 'kubectl' && node.type === Scalar.PLAIN && typeof node.source === 'string' && !node.tag) {
    return readPlain11(node.source);
  }
  if (v === null || v === undefined) return { type: 'null', value: null };
  if (typeof v === 'boolean') return { type: 'boolean', value: v };
  if (typeof v === 'number') return { type: Number.isInteger(v) ? 'integer' : 'number', value: v };
  if (typeof v === 'bigint') return { type: 'integer', value: Number(v) };
  if (typeof v === 'string') return { type: 'string', value: v };
  return { type: 'string', value: String(v) };
}

/** The type `readPlain11(text).type` without building the reading for the common cases (null, booleans, strings). */
function plainType11(text: string): JsonType {
  if (NULLS.has(text)) return 'null';
  if (TRUES.has(text) || FALSES.has(text)) return 'boolean';
  const c = text.charCodeAt(0);
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46)) return 'string';
  if (isPlainDecimal(text)) return 'integer';
  return readPlain11(text).type;
}

/** JSON type of any node ('null' for an absent value); the type `readScalar` gives for a scalar. */
export function nodeType(node: unknown, mode: ScalarMode): JsonType {
  if (node === null || node === undefined) return 'null';
  if (isMap(node)) return 'object';
  if (isSeq(node)) return 'array';
  if (isScalar(node)) {
    if (mode === 'kubectl' && node.type === Scalar.PLAIN && typeof node.source === 'string' && !node.tag) return plainType11(node.source);
    return readScalar(node, mode).type;
  }
  return 'null';
}

/** True when a scalar is written between quotes or as a block (so it is a string whatever it looks like). */
export function isQuoted(node: Scalar): boolean {
  return node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
}
