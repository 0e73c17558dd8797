// Valid alternative: the keys of the resource and of its metadata written in reverse order (order does not matter).
import { isMap } from 'yaml';
import { nodeAt, wholeResourceRewrites } from '../ast';
import type { Mutation } from '../types';

export const reorderKeys: Mutation = {
  id: 'cles-reordonnees',
  nature: 'alternative',
  kinds: ['*'],
  fields: ['*'],
  title: { fr: 'clés dans un autre ordre', en: 'keys in another order' },
  find: (file, text) => wholeResourceRewrites(file, text, (fresh) => {
    fresh.root.items.reverse();
    for (const p of [['metadata'], ['spec']]) {
      const m = nodeAt(fresh.root, p);
      if (isMap(m)) m.items.reverse();
    }
  }),
};
