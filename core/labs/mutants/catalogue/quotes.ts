// Valid alternative: every text value written between double quotes (`image: "redis:7.2"`). Numbers and booleans
// stay as they are: quoting them would change their type (that is the `replicas-texte` mutant).
import { isScalar, Scalar, visit } from 'yaml';
import { wholeResourceRewrites } from '../ast';
import type { Mutation } from '../types';

export const quotes: Mutation = {
  id: 'guillemets',
  nature: 'alternative',
  kinds: ['*'],
  fields: ['*'],
  title: { fr: 'valeurs textuelles entre guillemets', en: 'text values in quotes' },
  find: (file, text) => wholeResourceRewrites(file, text, (fresh) => {
    visit(fresh.document, {
      Pair(_, pair) {
        const v = pair.value;
        if (isScalar(v) && typeof v.value === 'string' && (v.type === Scalar.PLAIN || v.type === Scalar.QUOTE_SINGLE)) v.type = Scalar.QUOTE_DOUBLE;
      },
    });
  }),
};
