// Fields filled by the cluster (`kubectl get -o yaml` output) copied into a manifest: resourceVersion, uid,
// creationTimestamp, managedFields, selfLink, and a non-empty status. Quick fix: remove them.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { pairRange, rangeOf } from '../index/ranges';
import type { ManifestDoc } from '../index/types';
import type { TextEdit } from '../model';
import { get, getPair } from '../util/yamlNodes';
import { columnOf } from './helpers';
import type { DocRule } from './rule';

const FIELDS = ['resourceVersion', 'uid', 'creationTimestamp', 'managedFields', 'selfLink', 'generation'];

function hasLeaf(node: Node | null | undefined, budget = { n: 2000 }, depth = 0): boolean {
  if (!node || depth > 20 || --budget.n < 0) return false;
  if (isScalar(node)) return node.value !== null && node.value !== '';
  if (isMap(node)) return node.items.some((p) => hasLeaf(p.value as Node, budget, depth + 1));
  if (isSeq(node)) return node.items.some((i) => hasLeaf(i as Node, budget, depth + 1));
  return false;
}

function removeLines(doc: ManifestDoc, pair: { key: unknown; value: unknown }): TextEdit {
  const r = pairRange(doc, pair);
  const start = r.start - columnOf(doc, r.start);
  const nl = doc.text.indexOf('\n', r.end - doc.base);
  return { uri: doc.uri, range: { start, end: nl < 0 ? doc.base + doc.text.length : doc.base + nl + 1 }, newText: '' };
}

export const serverManagedFields: DocRule = {
  id: 'server-managed-fields',
  codes: ['KA052'],
  scope: 'document',
  check(ctx) {
    for (const res of ctx.resources) {
      if (!res.isKubernetes) continue;
      const meta = get(res.node, 'metadata');
      const found = FIELDS.map((f) => getPair(meta, f)).filter((p) => p && p.value && !(isScalar(p.value) && p.value.value === null));
      const status = getPair(res.node, 'status');
      if (status && hasLeaf(status.value)) found.push(status);
      if (found.length === 0) continue;
      found.sort((a, b) => rangeOf(res.doc, a!.key).start - rangeOf(res.doc, b!.key).start);
      const names = found.map((p) => String((p!.key as { value: unknown }).value));
      const edits = found.map((p) => removeLines(res.doc, p!));
      ctx.report({
        code: 'KA052', range: rangeOf(res.doc, found[0]!.key), args: { fields: names.map((n) => `\`${n}\``).join(', ') },
        fixes: [{ titleKey: 'fix.KA052', args: {}, edits, preferred: true }],
      });
    }
  },
};
