// Valid alternative: label maps and selectors written in flow style (`labels: { app: redis }`).
import { isMap } from 'yaml';
import { nodeAt, podLabelsPath, resourcesOf, rewriteDocument } from '../ast';
import type { Candidate, Mutation, Path } from '../types';

export const flowStyle: Mutation = {
  id: 'style-flux',
  nature: 'alternative',
  kinds: ['*'],
  fields: ['metadata.labels', 'spec.selector', 'spec.template.metadata.labels'],
  title: { fr: 'labels et sélecteurs en style « flux » ({ clé: valeur })', en: 'labels and selectors in flow style ({ key: value })' },
  find(file, text) {
    const out: Candidate[] = [];
    resourcesOf(text).forEach((r, i) => {
      const paths: Path[] = [['metadata', 'labels'], ['spec', 'selector'], ['spec', 'selector', 'matchLabels']];
      const lp = podLabelsPath(r.kind);
      if (lp) paths.push(lp);
      const present = paths.filter((p) => { const m = nodeAt(r.root, p); return isMap(m) && !m.flow && m.items.length > 0; });
      if (present.length === 0) return;
      out.push({
        site: { file, resource: `${r.kind}/${r.name}`, path: present[0] },
        apply: () => {
          const fresh = resourcesOf(text)[i];
          for (const p of present) {
            const m = nodeAt(fresh.root, p);
            // The inner matchLabels is enough when spec.selector holds one.
            if (isMap(m) && !(p.length === 2 && p[1] === 'selector' && nodeAt(fresh.root, [...p, 'matchLabels']))) m.flow = true;
          }
          return rewriteDocument(text, fresh);
        },
      });
    });
    return out;
  },
};
