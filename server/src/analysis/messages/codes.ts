// Every diagnostic code of the core engine: doc page slug (docs/regles/<slug>.md), default severity, titles.
// KA0NN = entry DNN of the diagnostic catalogue; KA100–KA149 = codes added by this engine.
// Codes are never renumbered nor reused.
import type { CodeInfo } from './types';

function c(slug: string, severity: CodeInfo['severity'], title: string, titleEn: string): CodeInfo {
  return { slug, severity, title, titleEn };
}

export const codes: Record<string, CodeInfo> = {
  KA039: c('KA039-syntaxe-yaml', 'error', 'Erreur de syntaxe YAML', 'YAML syntax error'),
  KA040: c('KA040-tabulations', 'error', 'Tabulation dans l’indentation', 'Tab in indentation'),
  KA067: c('KA067-cle-en-double', 'error', 'Clé en double', 'Duplicate key'),
  KA069: c('KA069-separateur-manquant', 'error', 'Séparateur `---` manquant entre deux ressources', 'Missing `---` separator between resources'),
  KA101: c('KA101-fichier-ignore', 'information', 'Fichier ignoré (binaire ou trop volumineux)', 'File skipped (binary or too large)'),
  KA102: c('KA102-analyse-interrompue', 'information', 'Analyse interrompue', 'Analysis interrupted'),
};
