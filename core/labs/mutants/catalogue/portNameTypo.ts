// A typo in a port name: a Service's named targetPort, or a container port name that something refers to (KA011).
import { containerPaths, itemsAt, resourcesOf, scalarCandidate, typo } from '../ast';
import type { Candidate, Mutation } from '../types';

/** Port names referred to by Services (targetPort) and probes, across the folder. */
function referencedNames(ctx: Parameters<Mutation['find']>[2]): Set<string> {
  const names = new Set<string>();
  const visit = (v: unknown, key?: string): void => {
    if (Array.isArray(v)) { v.forEach((x) => visit(x)); return; }
    if (v && typeof v === 'object') { for (const [k, x] of Object.entries(v)) visit(x, k); return; }
    if ((key === 'targetPort' || key === 'port') && typeof v === 'string') names.add(v);
  };
  for (const { resource } of ctx.resources) visit(resource.object);
  return names;
}

export const portNameTypo: Mutation = {
  id: 'nom-port-faute',
  nature: 'mutant',
  kinds: ['Service', 'Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'Job'],
  fields: ['spec.ports[*].targetPort', 'spec.template.spec.containers[*].ports[*].name'],
  diagnostic: 'KA011',
  title: { fr: 'faute de frappe dans le nom d’un port', en: 'typo in a port name' },
  find(file, text, ctx) {
    const out: Candidate[] = [];
    const used = referencedNames(ctx);
    for (const r of resourcesOf(text)) {
      if (r.kind === 'Service') {
        itemsAt(r.root, ['spec', 'ports']).forEach((_, i) => {
          const v = (r.object.spec as { ports?: { targetPort?: unknown }[] }).ports?.[i]?.targetPort;
          if (typeof v !== 'string') return;
          const c = scalarCandidate(file, r, ['spec', 'ports', i, 'targetPort'], text, typo(v));
          if (c) out.push(c);
        });
        continue;
      }
      for (const cp of containerPaths(r)) {
        itemsAt(r.root, [...cp, 'ports']).forEach((_, i) => {
          const c0 = (r.object as Record<string, unknown>);
          let cur: unknown = c0;
          for (const k of [...cp, 'ports', i, 'name']) cur = (cur as Record<string | number, unknown> | undefined)?.[k];
          if (typeof cur !== 'string' || !used.has(cur)) return;
          const c = scalarCandidate(file, r, [...cp, 'ports', i, 'name'], text, typo(cur));
          if (c) out.push(c);
        });
      }
    }
    return out;
  },
};
