// The curated hover texts of a language (the catalogues live in core/i18n/hover).
import type { Lang } from '../model';
import { fieldsEn, fieldsFr } from '../../i18n/hover/fields';
import { kindsEn } from '../../i18n/hover/kinds.en';
import { kindsFr } from '../../i18n/hover/kinds.fr';
import type { FieldDoc, FieldDocs, KindDoc } from '../../i18n/hover/types';

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
