// The curated hover texts, merged, by language.
import type { Lang } from '../model';
import { configFr } from './fields/config.fr';
import { containerFr } from './fields/container.fr';
import { fieldsEn } from './fields/fields.en';
import { metaFr } from './fields/meta.fr';
import { networkFr } from './fields/network.fr';
import { podFr } from './fields/pod.fr';
import { probesFr } from './fields/probes.fr';
import { workloadsFr } from './fields/workloads.fr';
import { kindsEn } from './kinds.en';
import { kindsFr } from './kinds.fr';
import type { FieldDoc, FieldDocs, KindDoc } from './types';

const fieldsFr: FieldDocs = { ...metaFr, ...workloadsFr, ...podFr, ...containerFr, ...probesFr, ...networkFr, ...configFr };

export function curatedFields(lang: Lang): FieldDocs {
  return { fr: fieldsFr, en: fieldsEn }[lang];
}

/** Curated doc of `<definition>.<field>` in this language (undefined: use the OpenAPI description). */
export function curatedField(lang: Lang, definition: string, field: string): FieldDoc | undefined {
  return curatedFields(lang)[`${definition}.${field}`];
}

export function kindDoc(lang: Lang, kind: string): KindDoc | undefined {
  return { fr: kindsFr, en: kindsEn }[lang][kind];
}

/** Generic fields of every top-level object. */
export const TOP_LEVEL_FIELDS = ['apiVersion', 'kind', 'metadata', 'spec', 'status'] as const;
