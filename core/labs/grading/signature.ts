// Signature of a student's progress export: HMAC-SHA256 over a canonical JSON form, with a key derived (HKDF-SHA256)
// from the class secret the instructor gives the students (setting `kubeApprenti.labs.cleClasse`). It detects casual
// edits of the file; it cannot stop a student who has the class secret (every student has it) from signing a forged
// file. No vscode import.
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { ExportedProgress } from '../progress';

const SALT = 'kube-apprenti';
const INFO = 'labs/progression/v2';

/**
 * Canonical JSON: object keys sorted by UTF-16 code units, no whitespace, `undefined` members dropped (as
 * JSON.stringify does), arrays kept in order. The same data gives the same text whatever the key order or indentation.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) return 'null';
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

/** The 32-byte signing key of a class secret (trimmed, Unicode NFC: the same secret typed twice gives the same key). */
export function deriveKey(classSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', classSecret.trim().normalize('NFC'), SALT, INFO, 32));
}

/** The text that is signed: the export without its `signature` member, in canonical form (any format of export). */
export function signedText(data: object): string {
  const { signature: _omit, ...rest } = data as { signature?: unknown };
  return canonicalJson(rest);
}

export function hmacHex(key: Buffer, text: string): string {
  return createHmac('sha256', key).update(text, 'utf8').digest('hex');
}

/** The export with its signature (`none` when the class secret is empty). */
export function signExport(data: ExportedProgress, classSecret: string | undefined): ExportedProgress {
  const { signature: _old, ...rest } = data;
  if (!classSecret?.trim()) return { ...rest, signature: { algorithm: 'none' } };
  return { ...rest, signature: { algorithm: 'HMAC-SHA256', value: hmacHex(deriveKey(classSecret), signedText(rest)) } };
}

export type SignatureStatus = 'valid' | 'invalid' | 'missing' | 'unchecked';

/** The HMAC of an export as written: `signature.value` (format 3) or `signature.valeur` (format 2, French keys). */
function givenHmac(data: object): string | undefined {
  const sig = (data as { signature?: unknown }).signature as { algorithm?: unknown; value?: unknown; algorithme?: unknown; valeur?: unknown } | undefined;
  if (!sig || typeof sig !== 'object') return undefined;
  if (sig.algorithm === 'HMAC-SHA256' && typeof sig.value === 'string') return sig.value;
  if (sig.algorithme === 'HMAC-SHA256' && typeof sig.valeur === 'string') return sig.valeur;
  return undefined;
}

/**
 * `valid` / `invalid` with a class secret; `missing` when the file carries no signature; `unchecked` when it is
 * signed but no secret was given to check it. `data` is the file as written (an older export keeps its French keys:
 * its signature covers them).
 */
export function verifyExport(data: object, classSecret: string | undefined): SignatureStatus {
  const hex = givenHmac(data);
  if (hex === undefined) return 'missing';
  if (!classSecret?.trim()) return 'unchecked';
  const expected = Buffer.from(hmacHex(deriveKey(classSecret), signedText(data)), 'hex');
  const given = Buffer.from(hex, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected) ? 'valid' : 'invalid';
}
