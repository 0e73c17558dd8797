// French catalogue (source language). Keys: codes, `code.variant`, `fix.*`, `related.*`.
// Vocabulary of the courses: manifeste, label, sélecteur, « doit correspondre à », port cible (targetPort),
// conteneur, réplicas, sonde de vie (liveness) / de disponibilité (readiness). Never say a Secret is « chiffré ».
import type { MessageCatalogue } from './types';

export const fr: MessageCatalogue = {
  // H. YAML syntax
  KA039: 'Erreur de syntaxe YAML : le fichier ne peut pas être lu ({detail}). Vérifiez l’indentation et la ponctuation de cette ligne.',
  'KA039.quote': 'Guillemet non fermé : la chaîne qui commence ici n’est jamais terminée. Ajoutez le guillemet fermant à la fin de la valeur.',
  'KA039.colon': 'Il manque `:` après la clé : chaque ligne d’un bloc doit être de la forme `clé: valeur`. Si cette ligne est la suite d’un commentaire coupé en deux, ajoutez `#` au début.',
  'KA039.multiline': 'Ligne inattendue : une clé YAML doit tenir sur une seule ligne. S’agit-il d’un commentaire coupé sur deux lignes ? Ajoutez `#` au début de la ligne.',
  'KA039.indent': 'Indentation incohérente : les éléments d’un même bloc doivent commencer à la même colonne (2 espaces par niveau).',
  'KA039.flow': 'Liste `[…]` ou objet `{…}` non fermé, ou mal indenté : vérifiez qu’il se termine par `]` ou `}` et que ses lignes sont plus indentées que la clé.',
  'KA039.unexpected': 'Élément inattendu à cet endroit : la structure YAML est cassée (indentation ou `-` mal placé).',
  'KA039.escape': 'Séquence d’échappement invalide dans une chaîne entre guillemets doubles : utilisez des guillemets simples ou doublez la barre oblique inverse (`\\\\`).',
  KA040: 'YAML interdit les tabulations pour l’indentation : utilisez des espaces (2 espaces par niveau).',
  'fix.KA040': 'Remplacer la tabulation par 2 espaces',
  KA067: 'La clé `{key}` est définie deux fois dans le même bloc : kubectl refusera le fichier (sinon seule la dernière valeur serait gardée). Fusionnez les deux blocs.',
  KA069: 'Une deuxième ressource commence ici (`{key}` répété) : séparez chaque ressource par une ligne `---`.',
  'fix.KA069': 'Insérer une ligne `---` avant cette ressource',
  // Engine notices
  KA101: 'Ce fichier n’a pas été analysé : il est trop volumineux ({size} Ko, limite 5 Mo). Découpez-le en plusieurs manifestes.',
  'KA101.binary': 'Ce fichier n’a pas été analysé : son contenu n’est pas du texte (fichier binaire ?).',
  KA102: 'L’analyse de ce document a été interrompue (règle `{rule}` : {detail}). Les autres vérifications restent actives.',
};
