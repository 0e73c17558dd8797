// Topic versions: what cross-file rules depend on, summarised per namespace ("the pod templates of `default`",
// "the Services of `prod`"…). A topic's version changes only when the multiset of its fingerprints changes, so
// editing a Deployment's image keeps `tpl:default` unchanged and every cross-file result that depends on it is
// reused. `names:<kind>` changes only when an object of that kind is added, removed or renamed. Rules declare
// these versions as dependencies of their per-resource memo (engine.ts).
import { entries, get, getPath, items, num, str, stringMap } from '../util/yamlNodes';
import type { Resource } from './types';

/** Fingerprints of a resource for each topic it contributes to. */
export function fingerprints(res: Resource): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (!res.kind) return out;
  const ns = res.namespace;
  out.push([`obj:${res.kind}:${ns}`, objectFingerprint(res)]);
  out.push([`obj:${res.kind}`, `${ns}|${objectFingerprint(res)}`]);
  out.push(['ids', `${res.group}/${res.kind}/${ns}/${res.name ?? ''}/${res.isKubernetes}`]);
  // Names only: a rule that needs the names of the Services (not their ports) is not re-run when a port changes.
  out.push([`names:${res.kind}`, `${ns}|${res.name ?? ''}|${res.isKubernetes}`]);
  const tpl = res.podTemplate;
  if (tpl) {
    const containers = tpl.containers.map((c) => [c.name ?? '', c.init, c.ports.map((p) => [p.containerPort, p.name, p.protocol]), !!get(c.node, 'readinessProbe')]);
    out.push([`tpl:${ns}`, JSON.stringify([res.kind, res.name, res.isKubernetes, [...tpl.labels].sort(), containers, !!tpl.spec])]);
  }
  return out;
}

function objectFingerprint(res: Resource): string {
  const base = `${res.name ?? ''}|${res.isKubernetes}|${res.apiVersion ?? ''}`;
  switch (res.kind) {
    case 'ConfigMap':
    case 'Secret':
      return `${base}|${['data', 'stringData', 'binaryData'].flatMap((f) => entries(get(res.node, f)).map((e) => e.key)).sort().join(',')}`;
    case 'Service': {
      const spec = get(res.node, 'spec');
      const ports = items(get(spec, 'ports')).map((p) => [num(get(p, 'port')), str(get(p, 'name')), num(get(p, 'targetPort')) ?? str(get(p, 'targetPort'))]);
      return `${base}|${JSON.stringify([[...stringMap(get(spec, 'selector'))].sort(), ports, str(get(spec, 'clusterIP')), str(get(spec, 'type'))])}`;
    }
    case 'RoleBinding':
    case 'ClusterRoleBinding':
      return `${base}|${str(getPath(res.node, 'roleRef.kind'))}|${str(getPath(res.node, 'roleRef.name'))}`;
    default:
      return base;
  }
}

/** Multisets of fingerprints per topic, with a version that changes only when a multiset changes. */
export class TopicVersions {
  private readonly counts = new Map<string, Map<string, number>>();
  private readonly versions = new Map<string, number>();
  private pending = new Map<string, Map<string, number>>();
  private batchDepth = 0;

  version(topic: string): number {
    return this.versions.get(topic) ?? 0;
  }

  /** Groups changes: a remove followed by an identical add changes nothing. */
  begin(): void {
    this.batchDepth++;
  }

  end(): void {
    if (--this.batchDepth > 0) return;
    // forEach rather than for…of: no entry arrays (thousands of resources arrive in one batch during a scan).
    this.pending.forEach((delta, topic) => {
      let changed = false;
      const counts = this.counts.get(topic) ?? new Map<string, number>();
      this.counts.set(topic, counts);
      delta.forEach((d, fp) => {
        if (d === 0) return;
        changed = true;
        const n = (counts.get(fp) ?? 0) + d;
        if (n <= 0) counts.delete(fp);
        else counts.set(fp, n);
      });
      if (changed) this.versions.set(topic, this.version(topic) + 1);
    });
    if (this.pending.size > 0) this.pending = new Map();
  }

  apply(res: Resource, sign: 1 | -1): void {
    const fps = (res as { fingerprintsCache?: Array<[string, string]> }).fingerprintsCache ??= fingerprints(res);
    this.begin();
    for (const [topic, fp] of fps) {
      let delta = this.pending.get(topic);
      if (!delta) this.pending.set(topic, (delta = new Map()));
      delta.set(fp, (delta.get(fp) ?? 0) + sign);
    }
    this.end();
  }
}
