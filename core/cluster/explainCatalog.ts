// Looks up French (or English) explanations of states and event reasons, with {placeholder} filling.
// Pure module: the caller passes the language (setting kubeApprenti.langue).
import { type Args, format, type Lang } from '../i18n';
import { en as catalogueEn } from '../i18n/explain/en';
import { fr as catalogueFr } from '../i18n/explain/fr';
import type { Explanation, ExplanationCatalogue } from '../i18n/explain/types';
import type { EventView } from './watchTypes';

export type { Lang } from '../i18n';
export type { Explanation, ExplanationCatalogue } from '../i18n/explain/types';

const CATALOGUES: Record<Lang, ExplanationCatalogue> = { fr: catalogueFr, en: catalogueEn };

function filled(e: Explanation, args: Args, lang: Lang): Explanation {
  return {
    title: format(e.title, args, lang),
    text: format(e.text, args, lang),
    cause: e.cause && format(e.cause, args, lang),
    remedy: e.remedy && format(e.remedy, args, lang),
  };
}

/** Explanation of a state key (kubectl STATUS such as CrashLoopBackOff, or a workload key such as RollingOut). */
export function explainState(lang: Lang, key: string, args: Args = {}): Explanation {
  const c = CATALOGUES[lang].states;
  const e = c[key] ?? c.unknownReason;
  return filled(e, { reason: key, ...args }, lang);
}

export function hasStateExplanation(key: string): boolean {
  return Object.prototype.hasOwnProperty.call(catalogueFr.states, key);
}

/** The catalogue key that best explains an event: BackOff and Failed are refined from their message. */
export function eventKey(e: Pick<EventView, 'reason' | 'message'>): string {
  const reason = e.reason ?? '';
  const msg = e.message ?? '';
  if (reason === 'BackOff') {
    if (/pulling image/i.test(msg)) return 'ImagePullBackOff';
    if (/restarting failed container/i.test(msg)) return 'CrashLoopBackOff';
  }
  if (reason === 'Failed') {
    if (/ImagePullBackOff/.test(msg)) return 'ImagePullBackOff';
    if (/ErrImagePull|Failed to pull image|pull access denied|not found/i.test(msg)) return 'ErrImagePull';
    if (/InvalidImageName/i.test(msg)) return 'ErrImagePull';
  }
  if (reason === 'Killing' && /OOM/i.test(msg)) return 'OOMKilled';
  return reason;
}

/** Explanation of an event, keyed by its (refined) reason. */
export function explainEvent(lang: Lang, e: Pick<EventView, 'reason' | 'message'>): Explanation & { key: string } {
  const key = eventKey(e);
  const c = CATALOGUES[lang].events;
  const found = c[key] ?? c.unknownReason;
  return { key, ...filled(found, { reason: e.reason ?? '?' }, lang) };
}

export function catalogueOf(lang: Lang): ExplanationCatalogue {
  return CATALOGUES[lang];
}
