// A Secret value encoded with `echo` instead of `echo -n`: the decoded value ends with a newline (KA019).
import { entries, isScalarValue, resourcesOf, scalarCandidate } from '../ast';
import type { Candidate, Mutation } from '../types';

export const base64Newline: Mutation = {
  id: 'base64-retour-ligne',
  nature: 'mutant',
  kinds: ['Secret'],
  fields: ['data.*'],
  diagnostic: 'KA019',
  title: { fr: 'valeur base64 encodée avec un retour à la ligne final (echo sans -n)', en: 'base64 value encoded with a trailing newline (echo without -n)' },
  find(file, text) {
    const out: Candidate[] = [];
    for (const r of resourcesOf(text).filter((x) => x.kind === 'Secret')) {
      for (const e of entries(r.root, ['data'])) {
        const v = isScalarValue(e.value);
        if (typeof v !== 'string' || !/^[A-Za-z0-9+/]+={0,2}$/.test(v)) continue;
        const decoded = Buffer.from(v, 'base64').toString('utf8');
        if (decoded.endsWith('\n') || Buffer.from(decoded, 'utf8').toString('base64') !== v) continue;
        const c = scalarCandidate(file, r, ['data', e.key], text, Buffer.from(`${decoded}\n`, 'utf8').toString('base64'));
        if (c) out.push(c);
      }
    }
    return out;
  },
};
