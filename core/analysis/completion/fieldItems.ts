// Completion of keys: the fields valid in the mapping at the cursor, with their French documentation, inserted
// as snippets (enum choices, the dash of a list, the required fields of a list item).
import type { Lang } from '../model';
import { curatedField } from '../hover/catalog';
import { typeLabel } from '../hover/fieldHover';
import { hoverLabels } from '../../i18n/hover/labels';
import { getK8sDescriptions } from '../schema/catalog';
import type { K8sSchemas } from '../schema/k8sSchemas';
import { derefNamed } from '../schema/schemaPath';
import type { JsonSchema } from '../schema/types';
import type { CompletionEntry } from './types';

/** Fields a beginner almost always needs first, by definition. */
const COMMON: Record<string, string[]> = {
  'io.k8s.api.core.v1.Container': ['name', 'image', 'ports', 'env', 'envFrom', 'resources', 'volumeMounts', 'readinessProbe', 'livenessProbe', 'command', 'args', 'imagePullPolicy'],
  'io.k8s.api.core.v1.PodSpec': ['containers', 'volumes', 'restartPolicy', 'initContainers', 'serviceAccountName', 'nodeSelector', 'tolerations', 'imagePullSecrets'],
  'io.k8s.api.apps.v1.DeploymentSpec': ['replicas', 'selector', 'template', 'strategy'],
  'io.k8s.api.core.v1.ServiceSpec': ['selector', 'ports', 'type'],
  'io.k8s.api.core.v1.ServicePort': ['port', 'targetPort', 'name', 'protocol', 'nodePort'],
  'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta': ['name', 'labels', 'namespace', 'annotations'],
};
/** Fields the schema marks optional but a valid object needs (the API server checks them). */
const ALSO_REQUIRED: Record<string, string[]> = { 'io.k8s.api.core.v1.Container': ['image'] };
const NEVER = new Set(['status', 'managedFields', 'resourceVersion', 'uid', 'creationTimestamp', 'generation', 'selfLink', 'deletionTimestamp', 'deletionGracePeriodSeconds']);

function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

function choice(values: unknown[]): string {
  return `\${1|${values.map((v) => String(v).replace(/[,|\\$}]/g, (c) => `\\${c}`)).join(',')}|}`;
}

function requiredOf(schemas: K8sSchemas, s: JsonSchema, def: string | undefined): string[] {
  return [...(s.required ?? []), ...(def ? ALSO_REQUIRED[def] ?? [] : [])];
}

/** Snippet of `name:` with its value part, indentation relative to the key's line. */
export function fieldSnippet(schemas: K8sSchemas, name: string, raw: JsonSchema | undefined): string {
  const { schema: s, name: def } = derefNamed(schemas, raw);
  const key = escapeSnippet(name);
  if (!s) return `${key}: $1`;
  if (s.enum?.length) return `${key}: ${choice(s.enum.filter((v) => v !== ''))}`;
  if (s.type === 'boolean') return `${key}: \${1|true,false|}`;
  if (s.type === 'array') {
    const item = derefNamed(schemas, s.items);
    if (item.schema?.enum?.length) return `${key}:\n  - ${choice(item.schema.enum.filter((v) => v !== ''))}`;
    const req = item.schema ? requiredOf(schemas, item.schema, item.name).filter((r) => item.schema?.properties?.[r]) : [];
    if (req.length && item.schema?.properties) {
      const lines = req.map((r, i) => `${i === 0 ? '- ' : '  '}${escapeSnippet(r)}: \${${i + 1}}`);
      return `${key}:\n  ${lines.join('\n  ')}`;
    }
    return `${key}:\n  - $1`;
  }
  if (def === 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector') return `${key}:\n  matchLabels:\n    $1`;
  if (s.type === 'object' || s.properties) {
    const req = requiredOf(schemas, s, def).filter((r) => s.properties?.[r] && derefNamed(schemas, s.properties[r]).schema?.type !== 'object');
    if (req.length) return `${key}:\n  ${req.map((r, i) => `${escapeSnippet(r)}: \${${i + 1}}`).join('\n  ')}`;
    return `${key}:\n  $1`;
  }
  return `${key}: $1`;
}

export function fieldDocumentation(schemas: K8sSchemas, owner: string, name: string, lang: Lang): string | undefined {
  const curated = curatedField(lang, owner, name);
  const L = hoverLabels(lang);
  if (curated) {
    const parts = [curated.texte];
    if (curated.exemple) parts.push(`\`\`\`yaml\n${curated.exemple}\n\`\`\``);
    if (curated.erreur) parts.push(`**${L.mistake}** ${curated.erreur}`);
    return parts.join('\n\n');
  }
  const official = getK8sDescriptions(schemas.kubernetesVersion)[owner]?.[name];
  return official ? `${official}${L.officialEnglish ? ` ${L.officialEnglish}` : ''}` : undefined;
}

export interface FieldItemsInput {
  schemas: K8sSchemas;
  /** Schema of the mapping at the cursor and its definition name. */
  schema: JsonSchema;
  definition?: string;
  lang: Lang;
  siblings: ReadonlySet<string>;
  range: { start: number; end: number };
  topLevel: boolean;
  /** Insert the field name only (the `:` and the value are already there). */
  keyOnly?: boolean;
}

export function fieldItems(input: FieldItemsInput): CompletionEntry[] {
  const { schemas, schema, definition, lang } = input;
  const L = hoverLabels(lang);
  const required = new Set(requiredOf(schemas, schema, definition));
  const common = definition ? COMMON[definition] ?? [] : [];
  const out: CompletionEntry[] = [];
  for (const [name, raw] of Object.entries(schema.properties ?? {})) {
    if (input.siblings.has(name) || NEVER.has(name)) continue;
    const type = typeLabel(schemas, raw, lang);
    const top = ['apiVersion', 'kind', 'metadata', 'spec', 'data', 'stringData'].indexOf(name);
    const [bucket, sub] = input.topLevel ? [top < 0 ? 8 : 0, Math.max(top, 0)]
      : required.has(name) ? [0, Math.max(common.indexOf(name), 0)] : common.includes(name) ? [1, common.indexOf(name)] : [5, 0];
    const doc = definition ? fieldDocumentation(schemas, definition, name, lang) : undefined;
    const deprecated = /deprecated|obsolete/i.test(getK8sDescriptions(schemas.kubernetesVersion)[definition ?? '']?.[name]?.slice(0, 200) ?? '');
    out.push({
      label: name,
      kind: 'field',
      insertText: input.keyOnly ? name : fieldSnippet(schemas, name, raw),
      isSnippet: !input.keyOnly,
      detail: `${type}${required.has(name) ? ` · ${L.required.replace(/\.$/, '').toLowerCase()}` : ''}`,
      documentation: doc,
      sortText: `${deprecated ? 9 : bucket}${String(sub).padStart(2, '0')}_${name}`,
      range: input.range,
    });
  }
  return out;
}
