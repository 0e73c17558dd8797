// A workload selected by a Service has no readiness probe: during a rolling update, requests may reach
// pods that are not ready yet. A teaching hint.
import { rangeOf } from '../index/ranges';
import { get, stringMap } from '../util/yamlNodes';
import { describe, isBuiltin, mainContainers, templatesSelectedBy } from './helpers';
import type { Container, PodTemplate, Resource } from '../index/types';
import type { WorkspaceRule } from './rule';

const WORKLOADS = ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController'];

/** Per resource (a re-parsed document gives new ones): its main containers when none has a readiness probe. */
const candidates = new WeakMap<Resource, Container[] | null>();

function withoutReadiness(res: Resource, tpl: PodTemplate): Container[] | null {
  let out = candidates.get(res);
  if (out === undefined) {
    const containers = mainContainers(tpl);
    out = res.isKubernetes && containers.length > 0 && !containers.some((c) => get(c.node, 'readinessProbe')) ? containers : null;
    candidates.set(res, out);
  }
  return out;
}

export const readinessBehindService: WorkspaceRule = {
  id: 'readiness-behind-service',
  codes: ['KA059'],
  scope: 'workspace',
  check(ctx) {
    // Pod templates selected by a Service, computed only if some workload needs it (memo miss).
    let selected: Map<PodTemplate, Resource> | undefined;
    const selectedBy = (): Map<PodTemplate, Resource> => {
      if (selected) return selected;
      selected = new Map();
      for (const s of ctx.index.ofKind('Service')) {
        if (!isBuiltin(s, 'Service', [''])) continue;
        for (const t of templatesSelectedBy(ctx.index, stringMap(get(get(s.node, 'spec'), 'selector')), s.namespace)) {
          // Several Services may select it: name the first by name, whatever the order the index holds them in.
          const prev = selected.get(t);
          if (!prev || (s.name ?? '') < (prev.name ?? '')) selected.set(t, s);
        }
      }
      return selected;
    };
    for (const kind of WORKLOADS) {
      for (const res of ctx.index.ofKind(kind)) {
        const tpl = res.podTemplate;
        if (!tpl) continue;
        const containers = withoutReadiness(res, tpl);
        if (!containers) continue;
        ctx.memo(res, [ctx.index.topicIn(`obj:Service:`, res.namespace)], () => {
          const svc = selectedBy().get(tpl);
          if (!svc) return;
          ctx.report({
            uri: res.uri, code: 'KA059', range: rangeOf(res.doc, containers[0].node.items[0]?.key ?? containers[0].node),
            args: { workload: describe(res), service: svc.name ?? '' },
          });
        });
      }
    }
  },
};
