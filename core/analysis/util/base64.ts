// Base64 checks for Secret `data` (KA018, KA019, KA020) and the decoded value shown by hovers.

export interface DecodedSecret {
  /** True when the text is valid standard base64 (padding required, as the API server decodes it). */
  ok: boolean;
  /** Why it is invalid: bad characters, length not a multiple of 4, misplaced padding. */
  problem?: 'characters' | 'length' | 'padding';
  bytes?: Uint8Array;
  /** The decoded value as UTF-8 text, when it is text. */
  text?: string;
  isText: boolean;
  endsWithNewline: boolean;
}

const B64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes a Secret `data` value (line breaks of block scalars are ignored). */
export function decodeSecretValue(value: string): DecodedSecret {
  // Like Go's base64 decoder used by the API server: line breaks are ignored, spaces are not.
  const compact = value.replace(/[\r\n]/g, '');
  if (!B64.test(compact)) return { ok: false, problem: 'characters', isText: false, endsWithNewline: false };
  if (compact.length % 4 !== 0) return { ok: false, problem: 'length', isText: false, endsWithNewline: false };
  const pad = compact.indexOf('=');
  if (pad >= 0 && pad < compact.length - 2) return { ok: false, problem: 'padding', isText: false, endsWithNewline: false };
  const bytes = Uint8Array.from(Buffer.from(compact, 'base64'));
  const text = utf8Text(bytes);
  return {
    ok: true,
    bytes,
    text,
    isText: text !== undefined,
    endsWithNewline: bytes.length > 0 && bytes[bytes.length - 1] === 0x0a,
  };
}

/** The bytes as text when they are valid UTF-8 without control characters (tabs and newlines allowed). */
export function utf8Text(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) return undefined;
  return text;
}

export function encodeBase64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}
