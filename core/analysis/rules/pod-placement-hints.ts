// nodeName bypasses the scheduler; a bare Pod is not recreated; application objects placed in
// kube-system (reserved for Kubernetes' own components).
import { rangeOf } from '../index/ranges';
import { get, getPair } from '../util/yamlNodes';
import { podObjects } from './helpers';
import type { DocRule } from './rule';

const APP_KINDS = new Set(['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob', 'Service', 'ConfigMap', 'Secret', 'Ingress', 'PersistentVolumeClaim']);

export const podPlacementHints: DocRule = {
  id: 'pod-placement-hints',
  codes: ['KA048', 'KA049', 'KA051'],
  scope: 'document',
  check(ctx) {
    for (const { res, tpl } of podObjects(ctx.resources)) {
      const nodeName = getPair(tpl.spec, 'nodeName');
      if (nodeName?.value) ctx.report({ code: 'KA048', range: rangeOf(res.doc, nodeName.key), args: { node: String((nodeName.value as { value?: unknown }).value ?? '') } });
      if (res.kind === 'Pod' && res.group === '') {
        const kindPair = getPair(res.node, 'kind');
        ctx.report({ code: 'KA049', range: rangeOf(res.doc, kindPair?.value ?? res.node), args: { name: res.name ?? '' } });
      }
    }
    for (const res of ctx.resources) {
      if (!res.isKubernetes || res.explicitNamespace !== 'kube-system' || !APP_KINDS.has(res.kind ?? '')) continue;
      const ns = getPair(get(res.node, 'metadata'), 'namespace');
      if (ns?.value) ctx.report({ code: 'KA051', range: rangeOf(res.doc, ns.value), args: { kind: res.kind ?? '' } });
    }
  },
};
