// The product's name as a message prefix, in one place: « Kube Apprenti : » (French spacing) / "Kube Apprenti: ".
import type { Lang } from './lang';

export const PRODUCT_NAME = 'Kube Apprenti';

const PREFIX: Record<Lang, string> = { fr: `${PRODUCT_NAME}\u00a0: `, en: `${PRODUCT_NAME}: ` };

/** `Kube Apprenti : <text>` in the given language. */
export function prefixed(lang: Lang, text: string): string {
  return `${PREFIX[lang]}${text}`;
}

export function productPrefix(lang: Lang): string {
  return PREFIX[lang];
}
