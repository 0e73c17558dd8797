// A label typo in a Service's selector (`app: redsi`): the Service selects no Pod (KA001).
import { entries, scalarCandidate } from '../ast';
import { resourcesOf } from '../ast';
import type { Candidate, Mutation } from '../types';
import { typo } from '../ast';

export const selectorTypo: Mutation = {
  id: 'selecteur-service-faute',
  nature: 'mutant',
  kinds: ['Service'],
  fields: ['spec.selector.*'],
  diagnostic: 'KA001',
  title: { fr: 'faute de frappe dans un label du sélecteur du Service', en: 'typo in a label of the Service selector' },
  find(file, text) {
    const out: Candidate[] = [];
    for (const r of resourcesOf(text).filter((x) => x.kind === 'Service')) {
      for (const e of entries(r.root, ['spec', 'selector'])) {
        const c = scalarCandidate(file, r, ['spec', 'selector', e.key], text, typo(String((e.value as { value?: unknown } | null)?.value ?? '')));
        if (c) out.push(c);
      }
    }
    return out;
  },
};
