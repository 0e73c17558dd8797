// A wrong apiVersion copied from an old tutorial (`extensions/v1beta1` for a Deployment) or from another kind
// (`apps/v1` for a Service): KA038 (removed version) or KA042 (version that does not serve this kind).
import { resourcesOf, scalarCandidate } from '../ast';
import type { Candidate, Mutation } from '../types';

const WRONG: Record<string, string> = {
  'apps/v1': 'extensions/v1beta1',
  v1: 'apps/v1',
  'networking.k8s.io/v1': 'extensions/v1beta1',
  'batch/v1': 'batch/v1beta1',
};

export const apiVersionWrong: Mutation = {
  id: 'apiversion-faux',
  nature: 'mutant',
  kinds: ['*'],
  fields: ['apiVersion'],
  diagnostic: 'KA038',
  title: { fr: 'mauvais apiVersion', en: 'wrong apiVersion' },
  find(file, text) {
    const out: Candidate[] = [];
    for (const r of resourcesOf(text)) {
      const wrong = WRONG[String(r.object.apiVersion)];
      if (!wrong) continue;
      const c = scalarCandidate(file, r, ['apiVersion'], text, wrong);
      if (c) out.push(c);
    }
    return out;
  },
};
