// The hover text of one field: the curated explanation (what it does, an example, the frequent mistake) or the
// official OpenAPI description, its type, allowed values, and the equivalent `kubectl explain` path.
import type { Lang } from '../model';
import { formatText } from '../messages';
import { getK8sDescriptions } from '../schema/catalog';
import type { Segment } from '../schema/issues';
import type { K8sSchemas } from '../schema/k8sSchemas';
import { derefNamed, type FieldAt } from '../schema/schemaPath';
import type { JsonSchema } from '../schema/types';
import { curatedField } from './catalog';
import { hoverLabels } from '../../i18n/hover/labels';

export interface FieldHoverInput {
  lang: Lang;
  schemas: K8sSchemas;
  field: FieldAt;
  path: readonly Segment[];
  kind: string;
  apiVersion: string;
}

function shortName(definition: string): string {
  return definition.slice(definition.lastIndexOf('.') + 1);
}

export function typeLabel(schemas: K8sSchemas, schema: JsonSchema | undefined, lang: Lang, depth = 0): string {
  const t = hoverLabels(lang).types;
  const { schema: s, name } = derefNamed(schemas, schema);
  if (!s) return '';
  if (s.format === 'int-or-string' || s['x-kubernetes-int-or-string']) return t['int-or-string'];
  if (s.format === 'quantity') return t.quantity;
  if (s.type === 'array') return depth > 1 ? t.array : formatText(t.listOf, { item: typeLabel(schemas, s.items, lang, depth + 1) });
  if (s.type === 'object' || s.properties) {
    if (s.additionalProperties && typeof s.additionalProperties === 'object' && !s.properties) return t.map;
    return name ? `\`${shortName(name)}\`` : t.object;
  }
  const basic = s.type as keyof typeof t | undefined;
  return basic && basic in t ? t[basic] : '';
}

/** `kubectl explain deployment.spec.template.spec.containers.image` (indexes and free map keys dropped). */
export function explainCommand(schemas: K8sSchemas, kind: string, apiVersion: string, path: readonly Segment[], field: FieldAt): string {
  let names = path.filter((s): s is string => typeof s === 'string');
  if (field.mapKey) names = names.slice(0, -1);
  const preferred = schemas.apiVersionsOf(kind)[0];
  const version = preferred && preferred !== apiVersion ? ` --api-version=${apiVersion}` : '';
  return `kubectl explain ${[kind.toLowerCase(), ...names].join('.')}${version}`;
}

function officialDescription(schemas: K8sSchemas, owner: string, property: string): string | undefined {
  return getK8sDescriptions(schemas.kubernetesVersion)[owner]?.[property];
}

/** Markdown of a field hover, or undefined when the field is unknown. */
export function fieldSection(input: FieldHoverInput): string | undefined {
  const { lang, schemas, field } = input;
  const L = hoverLabels(lang);
  const owner = field.owner;
  const property = field.property;
  if (!owner || !property) return undefined;
  const ownerSchema = schemas.definition(owner);
  const propSchema = ownerSchema?.properties?.[property];
  const type = typeLabel(schemas, propSchema, lang);
  const required = ownerSchema?.required?.includes(property);
  const parts: string[] = [`**\`${property}\`**${type ? ` · *${type}*` : ''} — \`${shortName(owner)}\``];
  const curated = curatedField(lang, owner, property);
  const isTop = input.path.filter((s) => typeof s === 'string').length === 1 && (property === 'metadata' || property === 'spec' || property === 'status');
  if (curated) {
    parts.push(curated.texte);
    if (curated.exemple) parts.push(`${L.example}\n\`\`\`yaml\n${curated.exemple}\n\`\`\``);
    if (curated.erreur) parts.push(`**${L.mistake}** ${curated.erreur}`);
  } else if (isTop) {
    parts.push(L[property as 'metadata' | 'spec' | 'status']);
  } else {
    const official = officialDescription(schemas, owner, property);
    if (official) parts.push(`${official}${L.officialEnglish ? ` ${L.officialEnglish}` : ''}`);
  }
  const values = (field.schema.enum ?? derefNamed(schemas, field.schema.items).schema?.enum)?.filter((v) => v !== '');
  if (values?.length) parts.push(formatText(L.allowed, { values: values.map((v) => `\`${String(v)}\``).join(', ') }));
  if (required) parts.push(`*${L.required}*`);
  parts.push(`\`${explainCommand(schemas, input.kind, input.apiVersion, input.path, field)}\``);
  return parts.join('\n\n');
}
