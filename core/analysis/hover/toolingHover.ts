// Hover on Helm's Chart.yaml and Kustomize's kustomization.yaml: the curated explanation of the field under the
// cursor (core/i18n/hover/tooling.{fr,en}.ts), with an example and the frequent mistake.
import type { Lang } from '../model';
import type { ManifestDoc } from '../index/types';
import { locate, nodeSpan } from '../schema/cursor';
import { hoverLabels } from '../../i18n/hover/labels';
import { toolingEn } from '../../i18n/hover/tooling.en';
import { toolingFr } from '../../i18n/hover/tooling.fr';
import type { FieldDoc } from '../../i18n/hover/types';

export type ToolingFile = 'chart' | 'kustomization';

/** Which tool file a base name is, if any. */
export function toolingFileOf(name: string): ToolingFile | undefined {
  if (/^chart\.ya?ml$/i.test(name)) return 'chart';
  if (/^kustomization\.ya?ml$/i.test(name) || name === 'Kustomization') return 'kustomization';
  return undefined;
}

/** Sub-objects of list entries, by the list's field. */
const ITEMS: Record<ToolingFile, Record<string, string>> = {
  chart: { dependencies: 'ChartDependency' },
  kustomization: { images: 'Image', patches: 'Patch', configMapGenerator: 'Generator', secretGenerator: 'Generator' },
};

/** The catalogue key of a field path (`['dependencies', 0, 'condition']` → `ChartDependency.condition`). */
export function toolingKey(file: ToolingFile, path: ReadonlyArray<string | number>): string | undefined {
  const top = file === 'chart' ? 'Chart' : 'Kustomization';
  if (path.length === 1 && typeof path[0] === 'string') return `${top}.${path[0]}`;
  if (path.length === 3 && typeof path[0] === 'string' && typeof path[1] === 'number' && typeof path[2] === 'string') {
    const owner = ITEMS[file][path[0]];
    return owner ? `${owner}.${path[2]}` : undefined;
  }
  return undefined;
}

export function toolingDoc(lang: Lang, key: string): FieldDoc | undefined {
  return { fr: toolingFr, en: toolingEn }[lang][key];
}

export function toolingHover(file: ToolingFile, doc: ManifestDoc, rel: number, lang: Lang): { markdown: string; range: { start: number; end: number } } | undefined {
  const loc = locate(doc.yaml.contents, rel);
  const span = nodeSpan(loc?.node);
  if (!loc || !span) return undefined;
  // On a key or on its value: the field; inside a list entry's field: that field.
  let path = [...loc.path];
  let key = toolingKey(file, path);
  while (!key && path.length > 1) {
    path = path.slice(0, -1);
    key = toolingKey(file, path);
  }
  const curated = key ? toolingDoc(lang, key) : undefined;
  if (!key || !curated) return undefined;
  const L = hoverLabels(lang);
  const name = String(path[path.length - 1]);
  const parts = [`**\`${name}\`** — ${file === 'chart' ? L.chartFieldOf : L.kustomizationFieldOf}`, curated.texte];
  if (curated.exemple) parts.push(`${L.example}\n\`\`\`yaml\n${curated.exemple}\n\`\`\``);
  if (curated.erreur) parts.push(`**${L.mistake}** ${curated.erreur}`);
  return { markdown: parts.join('\n\n'), range: { start: doc.base + span[0], end: doc.base + span[1] } };
}
