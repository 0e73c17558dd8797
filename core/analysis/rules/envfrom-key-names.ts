// With envFrom, each key of the ConfigMap/Secret becomes a variable: keys with `-`, `.` or a leading digit
// are skipped by older clusters and awkward in a shell. A hint.
import { rangeOf } from '../index/ranges';
import { entries, get } from '../util/yamlNodes';
import type { Resource } from '../index/types';
import type { WorkspaceRule } from './rule';

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Per resource (a re-parsed document gives new ones): does it read a whole ConfigMap or Secret with envFrom? */
const envFromCache = new WeakMap<Resource, boolean>();

function hasEnvFrom(res: Resource): boolean {
  let has = envFromCache.get(res);
  if (has === undefined) envFromCache.set(res, (has = res.references.some((r) => r.via === 'envFrom')));
  return has;
}

export const envFromKeyNames: WorkspaceRule = {
  id: 'envfrom-key-names',
  codes: ['KA026'],
  scope: 'workspace',
  check(ctx) {
    // envFrom reads ConfigMaps and Secrets only.
    for (const res of ctx.index.referrersOfAny(['ConfigMap', 'Secret'])) {
      if (!hasEnvFrom(res)) continue;
      ctx.memo(res, [ctx.index.topicIn(`obj:ConfigMap:`, res.namespace), ctx.index.topicIn(`obj:Secret:`, res.namespace)], () => {
        for (const ref of res.references) {
          if (ref.via !== 'envFrom' || (ref.targetKind !== 'ConfigMap' && ref.targetKind !== 'Secret')) continue;
          const target = ctx.index.findResources({ kind: ref.targetKind, name: ref.name, namespace: ref.namespace }).find((r) => r.isKubernetes);
          if (!target) continue;
          const bad = ['data', 'stringData'].flatMap((f) => entries(get(target.node, f))).map((e) => e.key).filter((k) => !ENV_NAME.test(k));
          if (bad.length === 0) continue;
          ctx.report({ uri: res.uri, code: 'KA026', range: rangeOf(res.doc, ref.nameNode), args: { key: bad[0], name: ref.name, count: bad.length } });
        }
      });
    }
  },
};
