// Hover on lab.yaml: the French description of the field from schemas/lab.schema.json.
import type { Lang } from '../model';
import { formatText } from '../messages';
import type { ManifestDoc } from '../index/types';
import { getLabSchema } from '../schema/catalog';
import { locate, nodeSpan } from '../schema/cursor';
import type { Segment } from '../schema/issues';
import type { JsonSchema } from '../schema/types';
import { hoverLabels } from '../../i18n/hover/labels';

function resolver(root: JsonSchema) {
  return (s: JsonSchema | undefined): JsonSchema | undefined => {
    let cur = s;
    for (let i = 0; i < 16 && cur?.$ref; i++) {
      const m = /^#\/(definitions|\$defs)\/(.+)$/.exec(cur.$ref);
      cur = m ? (m[1] === 'definitions' ? root.definitions : root.$defs)?.[m[2]] : undefined;
    }
    return cur;
  };
}

/** The schema of a property, looking into allOf/oneOf/anyOf/then branches too. */
function propertyOf(s: JsonSchema, name: string, deref: (s: JsonSchema | undefined) => JsonSchema | undefined): JsonSchema | undefined {
  if (s.properties?.[name]) return s.properties[name];
  for (const branch of [...(s.allOf ?? []), ...(s.oneOf ?? []), ...(s.anyOf ?? []), ...(s.then ? [s.then] : []), ...(s.else ? [s.else] : [])]) {
    const b = deref(branch);
    const found = b && propertyOf(b, name, deref);
    if (found) return found;
  }
  return typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined;
}

export function labFieldSchema(root: JsonSchema, path: readonly Segment[]): { schema: JsonSchema; raw: JsonSchema } | undefined {
  const deref = resolver(root);
  let raw: JsonSchema = root;
  let s = deref(root);
  for (const seg of path) {
    if (!s) return undefined;
    const next = typeof seg === 'number' ? s.items : propertyOf(s, seg, deref);
    if (!next) return undefined;
    raw = next;
    s = deref(next);
  }
  return s ? { schema: s, raw } : undefined;
}

export function labHover(doc: ManifestDoc, rel: number, lang: Lang): { markdown: string; range: { start: number; end: number } } | undefined {
  const root = getLabSchema();
  const loc = locate(doc.yaml.contents, rel);
  const span = nodeSpan(loc?.node);
  if (!root || !loc || !span) return undefined;
  const found = labFieldSchema(root, loc.path);
  const description = found?.raw.description ?? found?.schema.description;
  if (!found || !description) return undefined;
  const name = [...loc.path].reverse().find((s) => typeof s === 'string');
  const L = hoverLabels(lang);
  const parts = [`**\`${String(name ?? '')}\`** — ${L.labFieldOf}`, description];
  if (found.schema.enum) parts.push(formatText(L.allowed, { values: found.schema.enum.map((v) => `\`${String(v)}\``).join(', ') }));
  return { markdown: parts.join('\n\n'), range: { start: doc.base + span[0], end: doc.base + span[1] } };
}
