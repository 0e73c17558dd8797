// The map's catalogue lookup, through the one i18n module (placeholders, French typography).
import { domain, msg, type Lang } from '../i18n';
import { mapEn } from '../i18n/map/en';
import { mapFr, type MapKey } from '../i18n/map/fr';

export type { MapKey };

const mapText = domain<MapKey>('map', mapFr, mapEn);

export function mt(lang: Lang, key: MapKey, params?: Record<string, string | number>): string {
  return msg(mapText, lang, key, params);
}
