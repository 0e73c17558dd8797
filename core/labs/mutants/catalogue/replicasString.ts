// `replicas: "3"`: a number written as text, refused by the API server (KA150, wrong value type).
import { resourcesOf, scalarCandidate } from '../ast';
import type { Candidate, Mutation } from '../types';

export const replicasString: Mutation = {
  id: 'replicas-texte',
  nature: 'mutant',
  kinds: ['Deployment', 'StatefulSet', 'ReplicaSet'],
  fields: ['spec.replicas'],
  diagnostic: 'KA150',
  title: { fr: 'nombre de réplicas écrit entre guillemets (texte)', en: 'replica count written in quotes (a string)' },
  find(file, text) {
    const out: Candidate[] = [];
    for (const r of resourcesOf(text)) {
      const v = (r.object.spec as { replicas?: unknown } | undefined)?.replicas;
      if (typeof v !== 'number') continue;
      const c = scalarCandidate(file, r, ['spec', 'replicas'], text, String(v), 'double');
      if (c) out.push(c);
    }
    return out;
  },
};
