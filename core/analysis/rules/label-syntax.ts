// Label keys ([prefix/]name, name ≤ 63 characters) and values (≤ 63, alphanumerics, `-`, `_`, `.`,
// starting and ending alphanumeric) of metadata.labels, pod template labels and selectors' matchLabels.
import { isScalar, type Node } from 'yaml';
import { rangeOf } from '../index/ranges';
import type { ManifestDoc } from '../index/types';
import { entries, get, getPath } from '../util/yamlNodes';
import { DNS1123_SUBDOMAIN } from './helpers';
import { yaml11Type } from './yaml11';
import type { DocRule, DocRuleContext } from './rule';
import { POD_TEMPLATE_PATHS } from '../index/kinds';

const NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

function keyProblem(key: string): string | undefined {
  const slash = key.indexOf('/');
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
  if (prefix !== undefined && (prefix.length > 253 || !DNS1123_SUBDOMAIN.test(prefix))) return 'prefix';
  if (name.length === 0 || name.length > 63 || !NAME.test(name)) return 'key';
  return undefined;
}

function checkMap(ctx: DocRuleContext, doc: ManifestDoc, node: Node | undefined): void {
  for (const e of entries(node)) {
    const kp = keyProblem(e.key);
    if (kp) ctx.report({ code: 'KA072', messageKey: `KA072.${kp}`, range: rangeOf(doc, e.pair.key), args: { key: e.key } });
    const v = e.value;
    if (!isScalar(v) || v.value === null) continue;
    if (typeof v.value !== 'string' || (v.type === 'PLAIN' && yaml11Type(v.value) !== 'string')) {
      const text = doc.text.slice(rangeOf(doc, v).start - doc.base, rangeOf(doc, v).end - doc.base);
      ctx.report({ code: 'KA072', messageKey: 'KA072.type', range: rangeOf(doc, v), args: { key: e.key, value: text },
        fixes: [{ titleKey: 'fix.quote', args: {}, edits: [{ uri: doc.uri, range: rangeOf(doc, v), newText: JSON.stringify(text) }], preferred: true }] });
      continue;
    }
    const value = v.value;
    if (value === '' || (value.length <= 63 && NAME.test(value))) continue;
    ctx.report({ code: 'KA072', messageKey: value.length > 63 ? 'KA072.long' : 'KA072', range: rangeOf(doc, v), args: { key: e.key, value } });
  }
}

export const labelSyntax: DocRule = {
  id: 'label-syntax',
  codes: ['KA072'],
  scope: 'document',
  check(ctx) {
    for (const res of ctx.resources) {
      if (!res.isKubernetes) continue;
      checkMap(ctx, res.doc, getPath(res.node, 'metadata.labels'));
      const tplPath = POD_TEMPLATE_PATHS[res.kind ?? ''];
      if (tplPath) checkMap(ctx, res.doc, getPath(res.node, `${tplPath}.metadata.labels`));
      if (tplPath === '') continue;
      checkMap(ctx, res.doc, get(get(get(res.node, 'spec'), 'selector'), 'matchLabels'));
    }
  },
};
