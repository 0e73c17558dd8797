// The one language type of Kube Apprenti. French is the source language; English follows the setting
// kubeApprenti.langue (the extension), the option --langue (the CLI) or the LSP initialization option (the server).
export type Lang = 'fr' | 'en';

export const LANGS: readonly Lang[] = ['fr', 'en'];

/** Any setting value to a language: `en` is English, everything else (undefined included) is French. */
export function asLang(value: unknown): Lang {
  return value === 'en' ? 'en' : 'fr';
}
