// The lab panel's webview texts, as one record sent to the webview (French typography applied).
import { domain, type Lang, msg } from '..';
import { en } from './en';
import { fr, type UiKey } from './fr';

export type { UiKey } from './fr';
export type UiStrings = Record<UiKey, string>;

export const labsPanelText = domain<UiKey>('labsPanel', fr, en);

export function uiStrings(lang: Lang): UiStrings {
  const out = {} as UiStrings;
  for (const k of Object.keys(fr) as UiKey[]) out[k] = msg(labsPanelText, lang, k);
  return out;
}
