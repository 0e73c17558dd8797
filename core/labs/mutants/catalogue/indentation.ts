// Wrong indentation: a key written one level too far left leaves its mapping and lands in the parent one
// (`labels:` under the resource instead of `metadata:`), an unknown field for Kubernetes (KA046) or a YAML error.
import { isMap, isScalar, type Node } from 'yaml';
import { columnOf, lineEnd, lineStart, resourcesOf } from '../ast';
import type { Candidate, Mutation, Path } from '../types';

export const indentation: Mutation = {
  id: 'indentation',
  nature: 'mutant',
  kinds: ['*'],
  fields: ['*'],
  diagnostic: 'KA046',
  title: { fr: 'clé mal indentée (un niveau trop à gauche)', en: 'key indented one level too far left' },
  find(file, text) {
    const out: Candidate[] = [];
    for (const r of resourcesOf(text)) {
      // Pairs of a block mapping that is itself the value of a key of a block mapping.
      const walk = (map: Node, path: Path, parentKeyCol: number | undefined): void => {
        if (!isMap(map) || map.flow) return;
        for (const pair of map.items) {
          if (!isScalar(pair.key) || !pair.key.range) continue;
          const key = String(pair.key.value);
          const keyStart = pair.key.range[0];
          const col = columnOf(text, keyStart);
          const value = pair.value as Node | null;
          if (parentKeyCol !== undefined && text.slice(lineStart(text, keyStart), keyStart).trim() === '') {
            const shift = col - parentKeyCol;
            const end = value?.range?.[1] ?? pair.key.range[1];
            const from = lineStart(text, keyStart);
            const to = lineEnd(text, Math.max(keyStart, end - 1));
            const lines = text.slice(from, to).split('\n');
            const movable = shift > 0 && lines.every((l) => l.trim() === '' || /^ */.exec(l)![0].length >= shift);
            if (movable) {
              out.push({
                site: { file, resource: `${r.kind}/${r.name}`, path: [...path, key] },
                apply: () => text.slice(0, from) + lines.map((l) => (l.trim() === '' ? l : l.slice(shift))).join('\n') + text.slice(to),
              });
            }
          }
          if (value && isMap(value)) walk(value, [...path, key], col);
        }
      };
      walk(r.root, [], undefined);
    }
    return out;
  },
};
