// The key read from a ConfigMap or Secret (configMapKeyRef, secretKeyRef, volume items) is not in it.
import { rangeOf } from '../index/ranges';
import type { Resource } from '../index/types';
import { formatList } from '../messages';
import { entries, get } from '../util/yamlNodes';
import { closestName, replaceValueEdit } from './helpers';
import type { WorkspaceRule } from './rule';

function keysOf(obj: Resource): Set<string> {
  const keys = new Set<string>();
  for (const field of ['data', 'binaryData', 'stringData']) for (const e of entries(get(obj.node, field))) keys.add(e.key);
  return keys;
}

/** Per resource (a re-parsed document gives new ones): does it read a key of a ConfigMap or Secret? */
const keyedCache = new WeakMap<Resource, boolean>();

function readsKeys(res: Resource): boolean {
  let has = keyedCache.get(res);
  if (has === undefined) keyedCache.set(res, (has = res.references.some((r) => r.key !== undefined)));
  return has;
}

export const referenceKeyMissing: WorkspaceRule = {
  id: 'reference-key-missing',
  codes: ['KA008'],
  scope: 'workspace',
  check(ctx) {
    // Only keys of ConfigMaps and Secrets are checked.
    for (const res of ctx.index.referrersOfAny(['ConfigMap', 'Secret'])) {
      if (!res.isKubernetes || !readsKeys(res)) continue;
      ctx.memo(res, [ctx.index.topicIn(`obj:ConfigMap:`, res.namespace), ctx.index.topicIn(`obj:Secret:`, res.namespace)], () => {
        for (const ref of res.references) {
          if (ref.key === undefined || !ref.keyNode || ref.optional) continue;
          if (ref.targetKind !== 'ConfigMap' && ref.targetKind !== 'Secret') continue;
          const targets = ctx.index.findResources({ kind: ref.targetKind, name: ref.name, namespace: ref.namespace }).filter((r) => r.isKubernetes);
          if (targets.length === 0) continue;
          const sets = targets.map(keysOf);
          if (sets.some((s) => s.has(ref.key!))) continue;
          const keys = [...sets[0]];
          const closest = closestName(ref.key, keys);
          ctx.report({
            uri: res.uri, code: 'KA008', messageKey: ref.targetKind === 'Secret' ? 'KA008.secret' : 'KA008', range: rangeOf(res.doc, ref.keyNode),
            args: { key: ref.key, name: ref.name, keys: formatList(keys) },
            related: [{ uri: targets[0].uri, range: rangeOf(targets[0].doc, get(targets[0].node, 'data') ?? get(targets[0].node, 'stringData') ?? targets[0].node), messageKey: 'related.KA008', args: { kind: ref.targetKind, name: ref.name } }],
            fixes: closest ? [{ titleKey: 'fix.rename', args: { value: closest }, edits: [replaceValueEdit(res.doc, ref.keyNode, closest)], preferred: true }] : undefined,
          });
        }
      });
    }
  },
};
