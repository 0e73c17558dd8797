// Valid alternative: comments added (a line before each top-level key, one at the end of the first line). The
// comments are YAML content the checks must ignore, never shown to anyone: plain English, one non-ASCII character.
import { isScalar } from 'yaml';
import { lineEnd, lineStart, resourcesOf } from '../ast';
import type { Candidate, Mutation } from '../types';

export const comments: Mutation = {
  id: 'commentaires',
  nature: 'alternative',
  kinds: ['*'],
  fields: ['*'],
  title: { fr: 'commentaires ajoutés', en: 'comments added' },
  find(file, text) {
    const out: Candidate[] = [];
    for (const r of resourcesOf(text)) {
      const starts = r.root.items.map((p) => (isScalar(p.key) && p.key.range ? p.key.range[0] : -1)).filter((s) => s >= 0 && text.slice(lineStart(text, s), s).trim() === '');
      if (starts.length === 0) continue;
      out.push({
        site: { file, resource: `${r.kind}/${r.name}`, path: [] },
        apply: () => {
          const first = Math.min(...starts);
          const eol = lineEnd(text, first);
          const edits: [number, string][] = starts.map((s) => [lineStart(text, s), `${' '.repeat(s - lineStart(text, s))}# student’s comment\n`]);
          edits.push([text[eol - 1] === '\n' ? eol - 1 : eol, '  # end of line']);
          // From the end, so that earlier offsets stay valid.
          let t = text;
          for (const [at, ins] of edits.sort((a, b) => b[0] - a[0])) t = t.slice(0, at) + ins + t.slice(at);
          return t;
        },
      });
    }
    return out;
  },
};
