// Valid alternative: a Service's numeric targetPort replaced by the name of the container port that has this number
// (in the workloads the Service selects).
import { get, itemsAt, podLabelsPath, podSpecPath, resourcesOf, scalarCandidate } from '../ast';
import type { Candidate, Mutation, MutationContext } from '../types';

function portName(ctx: MutationContext, selector: Record<string, unknown>, port: number): string | undefined {
  for (const { resource: r } of ctx.resources) {
    const lp = podLabelsPath(r.kind);
    const ps = podSpecPath(r.kind);
    if (!lp || !ps) continue;
    const labels = (get(r.object, lp) ?? {}) as Record<string, unknown>;
    if (!Object.entries(selector).every(([k, v]) => String(labels[k]) === String(v))) continue;
    for (const c of (get(r.object, [...ps, 'containers']) ?? []) as { ports?: { containerPort?: unknown; name?: unknown }[] }[]) {
      const p = c?.ports?.find((x) => x?.containerPort === port && typeof x.name === 'string');
      if (p) return String(p.name);
    }
  }
  return undefined;
}

export const namedPort: Mutation = {
  id: 'port-nomme',
  nature: 'alternative',
  kinds: ['Service'],
  fields: ['spec.ports[*].targetPort'],
  title: { fr: 'port cible nommé au lieu de son numéro', en: 'named targetPort instead of its number' },
  find(file, text, ctx) {
    const out: Candidate[] = [];
    for (const r of resourcesOf(text).filter((x) => x.kind === 'Service')) {
      const selector = (get(r.object, ['spec', 'selector']) ?? {}) as Record<string, unknown>;
      if (Object.keys(selector).length === 0) continue;
      itemsAt(r.root, ['spec', 'ports']).forEach((_, i) => {
        const v = get(r.object, ['spec', 'ports', i, 'targetPort']);
        if (typeof v !== 'number') return;
        const name = portName(ctx, selector, v);
        if (!name) return;
        const c = scalarCandidate(file, r, ['spec', 'ports', i, 'targetPort'], text, name);
        if (c) out.push(c);
      });
    }
    return out;
  },
};
