// Valid alternative: the keys of the resource and of its metadata written in reverse order (order does not matter).
import { isMap } from 'yaml';
import { nodeAt, resourcesOf, rewriteDocument } from '../ast';
import type { Candidate, Mutation } from '../types';

export const reorderKeys: Mutation = {
  id: 'cles-reordonnees',
  nature: 'alternative',
  kinds: ['*'],
  fields: ['*'],
  title: { fr: 'clés dans un autre ordre', en: 'keys in another order' },
  find(file, text) {
    const out: Candidate[] = [];
    resourcesOf(text).forEach((r, i) => {
      out.push({
        site: { file, resource: `${r.kind}/${r.name}`, path: [] },
        apply: () => {
          const fresh = resourcesOf(text)[i];
          fresh.root.items.reverse();
          for (const p of [['metadata'], ['spec']]) {
            const m = nodeAt(fresh.root, p);
            if (isMap(m)) m.items.reverse();
          }
          return rewriteDocument(text, fresh);
        },
      });
    });
    return out;
  },
};
