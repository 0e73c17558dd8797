// Messages between the map's webview (webviews/map) and the extension host (client/src/map). Types only, plus a guard.
import type { Lang } from '../i18n';
import type { MapGraph } from './types';

export type HostToMapView =
  /** `note`: a sentence shown above the map (no cluster, forbidden kinds), already in `lang`. */
  | { type: 'graph'; graph: MapGraph; lang: Lang; note?: string; updated: string };

export type MapViewToHost =
  | { type: 'ready' }
  | { type: 'refresh' }
  | { type: 'open'; id: string };

export function isMapViewMessage(m: unknown): m is MapViewToHost {
  const x = m as { type?: unknown; id?: unknown } | null;
  return !!x && typeof x === 'object' && (x.type === 'ready' || x.type === 'refresh' || (x.type === 'open' && typeof x.id === 'string'));
}
