// The curated hover texts, merged, by language.
import type { Lang } from '../model';
import { configFr } from '../../../../core/i18n/hover/fields/config.fr';
import { containerFr } from '../../../../core/i18n/hover/fields/container.fr';
import { fieldsEn as legacyEn } from '../../../../core/i18n/hover/fields/fields.en';
import { containerEn } from '../../../../core/i18n/hover/fields/container.en';
import { metaEn } from '../../../../core/i18n/hover/fields/meta.en';
import { podEn } from '../../../../core/i18n/hover/fields/pod.en';
import { workloadsEn } from '../../../../core/i18n/hover/fields/workloads.en';
import { metaFr } from '../../../../core/i18n/hover/fields/meta.fr';
import { networkFr } from '../../../../core/i18n/hover/fields/network.fr';
import { podFr } from '../../../../core/i18n/hover/fields/pod.fr';
import { probesFr } from '../../../../core/i18n/hover/fields/probes.fr';
import { workloadsFr } from '../../../../core/i18n/hover/fields/workloads.fr';
import { kindsEn } from '../../../../core/i18n/hover/kinds.en';
import { kindsFr } from '../../../../core/i18n/hover/kinds.fr';
import type { FieldDoc, FieldDocs, KindDoc } from '../../../../core/i18n/hover/types';

const fieldsFr: FieldDocs = { ...metaFr, ...workloadsFr, ...podFr, ...containerFr, ...probesFr, ...networkFr, ...configFr };
const fieldsEn: FieldDocs = { ...legacyEn, ...metaEn, ...workloadsEn, ...podEn, ...containerEn };

export function curatedFields(lang: Lang): FieldDocs {
  return lang === 'en' ? fieldsEn : fieldsFr;
}

/** Curated doc of `<definition>.<field>` in this language (undefined: use the OpenAPI description). */
export function curatedField(lang: Lang, definition: string, field: string): FieldDoc | undefined {
  return curatedFields(lang)[`${definition}.${field}`];
}

export function kindDoc(lang: Lang, kind: string): KindDoc | undefined {
  return (lang === 'en' ? kindsEn : kindsFr)[kind];
}

/** Generic fields of every top-level object. */
export const TOP_LEVEL_FIELDS = ['apiVersion', 'kind', 'metadata', 'spec', 'status'] as const;
