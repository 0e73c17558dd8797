// Looks up French (or English) explanations of states and event reasons, with {placeholder} filling.
// Pure module: the caller passes the language (setting kubeApprenti.langue).
import { catalogueFr } from './explainCatalogFr';
import { catalogueEn } from './explainCatalogEn';
import type { EventView } from './watchTypes';

export type Lang = 'fr' | 'en';

export interface Explanation {
  /** Short label, e.g. « Redémarre en boucle ». */
  title: string;
  /** What the state or event means. */
  text: string;
  /** The likely cause, when the state is a problem. */
  cause?: string;
  /** What to do about it. */
  remedy?: string;
}

export interface ExplanationCatalogue {
  states: Record<string, Explanation>;
  events: Record<string, Explanation>;
}

const CATALOGUES: Record<Lang, ExplanationCatalogue> = { fr: catalogueFr, en: catalogueEn };

export type Args = Record<string, string | number | undefined>;

export function fill(text: string, args: Args): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (args[k] === undefined ? m : String(args[k])));
}

function filled(e: Explanation, args: Args): Explanation {
  return {
    title: fill(e.title, args),
    text: fill(e.text, args),
    cause: e.cause && fill(e.cause, args),
    remedy: e.remedy && fill(e.remedy, args),
  };
}

/** Explanation of a state key (kubectl STATUS such as CrashLoopBackOff, or a workload key such as RollingOut). */
export function explainState(lang: Lang, key: string, args: Args = {}): Explanation {
  const c = CATALOGUES[lang].states;
  const e = c[key] ?? c.unknownReason;
  return filled(e, { reason: key, ...args });
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
  return { key, ...filled(found, { reason: e.reason ?? '?' }) };
}

export function catalogueOf(lang: Lang): ExplanationCatalogue {
  return CATALOGUES[lang];
}
