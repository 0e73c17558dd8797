// A key missing from a ConfigMap or a Secret (`data.TITRE` forgotten): env/valueFrom refers to nothing (KA008).
import { entries, lineEnd, lineStart, resourcesOf, splice } from '../ast';
import type { Candidate, Mutation } from '../types';

export const missingKey: Mutation = {
  id: 'cle-manquante',
  nature: 'mutant',
  kinds: ['ConfigMap', 'Secret'],
  fields: ['data.*', 'stringData.*'],
  diagnostic: 'KA008',
  title: { fr: 'clé absente de la ConfigMap ou du Secret', en: 'key missing from the ConfigMap or Secret' },
  find(file, text) {
    const out: Candidate[] = [];
    for (const r of resourcesOf(text).filter((x) => x.kind === 'ConfigMap' || x.kind === 'Secret')) {
      for (const field of ['data', 'stringData']) {
        for (const e of entries(r.root, [field])) {
          const keyRange = (e.pair.key as { range?: [number, number, number] }).range;
          const end = e.value?.range?.[1] ?? keyRange?.[1];
          if (!keyRange || end === undefined) continue;
          const start = lineStart(text, keyRange[0]);
          // Only a key alone on its line(s) (block style) is removed.
          if (text.slice(start, keyRange[0]).trim() !== '') continue;
          const stop = lineEnd(text, Math.max(keyRange[0], end - 1));
          out.push({
            site: { file, resource: `${r.kind}/${r.name}`, path: [field, e.key] },
            apply: () => splice(text, start, stop, ''),
          });
        }
      }
    }
    return out;
  },
};
