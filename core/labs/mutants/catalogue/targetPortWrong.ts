// A wrong numeric targetPort (6380 instead of 6379): no container listens there (KA010).
import { itemsAt, resourcesOf, scalarCandidate } from '../ast';
import type { Candidate, Mutation } from '../types';

export const targetPortWrong: Mutation = {
  id: 'port-cible-faux',
  nature: 'mutant',
  kinds: ['Service'],
  fields: ['spec.ports[*].targetPort'],
  diagnostic: 'KA010',
  title: { fr: 'mauvais numéro de port cible (targetPort)', en: 'wrong targetPort number' },
  find(file, text) {
    const out: Candidate[] = [];
    for (const r of resourcesOf(text).filter((x) => x.kind === 'Service')) {
      itemsAt(r.root, ['spec', 'ports']).forEach((_, i) => {
        const p = (r.object.spec as { ports?: { targetPort?: unknown; port?: unknown }[] }).ports?.[i];
        // Without targetPort, the port number is used: the mistake is then on `port`.
        const field = p?.targetPort !== undefined ? 'targetPort' : 'port';
        const v = p?.[field];
        if (typeof v !== 'number') return;
        const c = scalarCandidate(file, r, ['spec', 'ports', i, field], text, v + 1);
        if (c) out.push(c);
      });
    }
    return out;
  },
};
