// Valid alternative: one more label on the Pod template (or on the object itself): selectors still match, since a
// selector only asks for a subset of the labels.
import { isMap } from 'yaml';
import { lineStart, nodeAt, podLabelsPath, resourcesOf, splice } from '../ast';
import type { Candidate, Mutation, Path } from '../types';

export const extraLabel: Mutation = {
  id: 'label-supplementaire',
  nature: 'alternative',
  kinds: ['*'],
  fields: ['metadata.labels', 'spec.template.metadata.labels'],
  title: { fr: 'un label supplémentaire inoffensif', en: 'one extra harmless label' },
  find(file, text) {
    const out: Candidate[] = [];
    for (const r of resourcesOf(text)) {
      const path: Path = podLabelsPath(r.kind) ?? ['metadata', 'labels'];
      const m = nodeAt(r.root, path);
      if (!isMap(m) || m.items.length === 0 || !m.range) continue;
      const firstKey = m.items[0].key as { range?: [number, number, number] };
      if (!firstKey.range) continue;
      const at = firstKey.range[0];
      out.push({
        site: { file, resource: `${r.kind}/${r.name}`, path },
        apply: () => (m.flow
          ? splice(text, at, at, 'niveau-etudiant: debutant, ')
          : splice(text, at, at, `niveau-etudiant: debutant\n${' '.repeat(at - lineStart(text, at))}`)),
      });
    }
    return out;
  },
};
