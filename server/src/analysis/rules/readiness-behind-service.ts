// D59 — A workload selected by a Service has no readiness probe: during a rolling update, requests may reach
// pods that are not ready yet. A teaching hint.
import { rangeOf } from '../index/ranges';
import { get, stringMap } from '../util/yamlNodes';
import { describe, isBuiltin, mainContainers, templatesSelectedBy } from './helpers';
import type { WorkspaceRule } from './rule';

export const readinessBehindService: WorkspaceRule = {
  id: 'readiness-behind-service',
  codes: ['KA059'],
  scope: 'workspace',
  check(ctx) {
    const done = new Set<unknown>();
    for (const svc of ctx.index.ofKind('Service')) {
      if (!isBuiltin(svc, 'Service', [''])) continue;
      const selector = stringMap(get(get(svc.node, 'spec'), 'selector'));
      for (const tpl of templatesSelectedBy(ctx.index, selector, svc.namespace)) {
        const res = tpl.owner;
        if (done.has(tpl) || !['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController'].includes(res.kind ?? '')) continue;
        done.add(tpl);
        const containers = mainContainers(tpl);
        if (containers.length === 0 || containers.some((c) => get(c.node, 'readinessProbe'))) continue;
        ctx.report({
          uri: res.uri, code: 'KA059', range: rangeOf(res.doc, containers[0].node.items[0]?.key ?? containers[0].node),
          args: { workload: describe(res), service: svc.name ?? '' },
        });
      }
    }
  },
};
