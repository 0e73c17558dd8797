// Secret `data` values: must be valid base64 (else refused); decoding to text that ends with a
// newline means `echo` without `-n`; valid base64 that decodes to binary junk under a textual key is probably a
// clear-text value. Quick fixes: encode, move to stringData, strip the newline.
import { isScalar, type Pair, type Scalar } from 'yaml';
import { pairRange, rangeOf } from '../index/ranges';
import type { ManifestDoc, Resource } from '../index/types';
import type { Fix } from '../model';
import { decodeSecretValue, encodeBase64 } from '../util/base64';
import { entries, get, getPair } from '../util/yamlNodes';
import { columnOf, isBuiltin, yamlScalar } from './helpers';
import type { DocRule, DocRuleContext } from './rule';

const TEXTUAL_KEY = /(pass|pwd|token|user|login|url|uri|host|name|secret|mail|db|database|api|key)/i;
const BINARY_KEY = /\.(jks|p12|pfx|der|bin|keystore|truststore|gz|zip|tar|png|jpg|ico)$/i;

function moveToStringDataFix(res: Resource, pair: Pair<unknown, unknown>, key: string, value: string): Fix | undefined {
  const doc = res.doc;
  const dataPair = getPair(res.node, 'data');
  if (!dataPair) return undefined;
  const dataMap = dataPair.value as { items?: unknown[] } | null;
  const onlyOne = (dataMap?.items?.length ?? 0) === 1;
  const stringData = getPair(res.node, 'stringData');
  const edits: Fix['edits'] = [];
  const keyStart = rangeOf(doc, pair.key).start;
  const indent = ' '.repeat(columnOf(doc, keyStart));
  const entry = `${yamlScalar(key)}: ${yamlScalar(value)}`;
  if (onlyOne && !stringData) {
    // Rename `data:` to `stringData:` and write the value in clear.
    edits.push({ uri: doc.uri, range: rangeOf(doc, dataPair.key), newText: 'stringData' });
    edits.push({ uri: doc.uri, range: rangeOf(doc, pair.value), newText: yamlScalar(value) });
    return { titleKey: 'fix.KA018.stringData', args: { key }, edits };
  }
  // Remove the line from data and add it under stringData (created at the end of the object when missing).
  const lineStart = keyStart - columnOf(doc, keyStart);
  const end = pairRange(doc, pair).end;
  const rel = end - doc.base;
  const nl = doc.text.indexOf('\n', rel);
  edits.push({ uri: doc.uri, range: { start: lineStart, end: nl < 0 ? end : doc.base + nl + 1 }, newText: '' });
  if (stringData && (stringData.value as { items?: unknown[] } | null)?.items?.length) {
    const first = (stringData.value as { items: Array<{ key: unknown }> }).items[0];
    const s = rangeOf(doc, first.key).start;
    edits.push({ uri: doc.uri, range: { start: s, end: s }, newText: `${entry}\n${' '.repeat(columnOf(doc, s))}` });
  } else {
    // A new `stringData:` block just before `data:` (no overlap with the removed line).
    const dataKey = rangeOf(doc, dataPair.key).start;
    const topIndent = ' '.repeat(columnOf(doc, dataKey));
    const dataLine = dataKey - columnOf(doc, dataKey);
    edits.push({ uri: doc.uri, range: { start: dataLine, end: dataLine }, newText: `${topIndent}stringData:\n${indent}${entry}\n` });
  }
  return { titleKey: 'fix.KA018.stringData', args: { key }, edits };
}

function checkValue(ctx: DocRuleContext, res: Resource, doc: ManifestDoc, key: string, pair: Pair<unknown, unknown>, node: Scalar): void {
  if (typeof node.value !== 'string') return; // numbers/booleans: schema type error
  const raw = node.value;
  const decoded = decodeSecretValue(raw);
  const range = rangeOf(doc, node);
  if (!decoded.ok) {
    // Clear text (spaces, accents…): encode it or move it to stringData. Truncated base64: no guess.
    const fixes: Fix[] = [];
    if (decoded.problem === 'characters') {
      fixes.push({ titleKey: 'fix.KA018.encode', args: { key }, edits: [{ uri: doc.uri, range, newText: encodeBase64(raw) }], preferred: true });
      const move = moveToStringDataFix(res, pair, key, raw);
      if (move) fixes.push(move);
    }
    ctx.report({ code: 'KA018', messageKey: `KA018.${decoded.problem}`, range, args: { key, value: raw.length > 40 ? `${raw.slice(0, 37)}…` : raw, length: raw.replace(/\s/g, '').length }, fixes });
    return;
  }
  if (decoded.isText && decoded.endsWithNewline && decoded.text !== undefined) {
    const clean = decoded.text.replace(/\r?\n$/, '');
    if (clean.includes('\n')) return; // multi-line content (certificates, config files) legitimately ends with \n
    ctx.report({
      code: 'KA019', range, args: { key, decoded: JSON.stringify(decoded.text).slice(1, -1) },
      fixes: [{ titleKey: 'fix.KA019', args: {}, edits: [{ uri: doc.uri, range, newText: encodeBase64(clean) }], preferred: true }],
    });
    return;
  }
  if (!decoded.isText && TEXTUAL_KEY.test(key) && !BINARY_KEY.test(key) && raw.length <= 64 && /^[A-Za-z0-9]+$/.test(raw)) {
    const fixes: Fix[] = [{ titleKey: 'fix.KA018.encode', args: { key }, edits: [{ uri: doc.uri, range, newText: encodeBase64(raw) }], preferred: true }];
    const move = moveToStringDataFix(res, pair, key, raw);
    if (move) fixes.push(move);
    ctx.report({ code: 'KA020', range, args: { key, value: raw, encoded: encodeBase64(raw) }, fixes });
  }
}

/** Other base64 (`format: byte`) fields: ConfigMap binaryData values, a CSR's request. */
function checkBytes(ctx: DocRuleContext, res: Resource, key: string, node: unknown): void {
  if (!isScalar(node) || typeof node.value !== 'string') return;
  const decoded = decodeSecretValue(node.value);
  if (decoded.ok) return;
  const raw = node.value;
  ctx.report({ code: 'KA018', messageKey: `KA018.bytes.${decoded.problem}`, range: rangeOf(res.doc, node),
    args: { key, value: raw.length > 40 ? `${raw.slice(0, 37)}…` : raw, length: raw.replace(/\s/g, '').length } });
}

export const secretData: DocRule = {
  id: 'secret-data',
  codes: ['KA018', 'KA019', 'KA020'],
  scope: 'document',
  check(ctx) {
    for (const res of ctx.resources) {
      if (isBuiltin(res, 'Secret', [''])) {
        for (const e of entries(get(res.node, 'data'))) {
          if (isScalar(e.value)) checkValue(ctx, res, res.doc, e.key, e.pair, e.value);
        }
      } else if (isBuiltin(res, 'ConfigMap', [''])) {
        for (const e of entries(get(res.node, 'binaryData'))) checkBytes(ctx, res, e.key, e.value);
      } else if (isBuiltin(res, 'CertificateSigningRequest', ['certificates.k8s.io'])) {
        checkBytes(ctx, res, 'request', get(get(res.node, 'spec'), 'request'));
      }
    }
  },
};
