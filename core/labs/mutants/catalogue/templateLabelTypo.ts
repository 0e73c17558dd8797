// A label typo in a workload's Pod template (`app: guestbok`): the workload's own selector (KA002) and the Services
// that select these Pods (KA001) no longer match.
import { entries, podLabelsPath, resourcesOf, scalarCandidate, typo, WORKLOADS } from '../ast';
import type { Candidate, Mutation } from '../types';

export const templateLabelTypo: Mutation = {
  id: 'label-template-faute',
  nature: 'mutant',
  kinds: [...WORKLOADS, 'CronJob'],
  fields: ['spec.template.metadata.labels.*'],
  diagnostic: 'KA002',
  title: { fr: 'faute de frappe dans un label du template de Pod', en: 'typo in a label of the Pod template' },
  find(file, text) {
    const out: Candidate[] = [];
    for (const r of resourcesOf(text)) {
      const lp = podLabelsPath(r.kind);
      if (!lp || r.kind === 'Pod') continue;
      for (const e of entries(r.root, lp)) {
        const c = scalarCandidate(file, r, [...lp, e.key], text, typo(String((e.value as { value?: unknown } | null)?.value ?? '')));
        if (c) out.push(c);
      }
    }
    return out;
  },
};
