// Texts of `lab verify --mutants` (core/labs/mutants/format.ts), in French.
export const fr = {
  head: 'Lab « {title} » ({id}) — test des vérifications par mutation',
  step: 'Étape {n}/{total} « {title} »',
  noCheck: 'aucune vérification de l’espace de travail (les vérifications du cluster sont prouvées par --solve)',
  noChange: 'la solution de l’étape ne modifie aucun manifeste : aucun mutant pertinent',
  solutionFails: 'la solution ne réussit pas les vérifications de l’étape (lancez « lab check »)',
  changed: 'champs modifiés par l’étape',
  caught: 'attrapé',
  missed: 'MANQUÉ',
  accepted: 'accepté',
  passed: 'acceptée',
  rejected: 'REFUSÉE',
  by: 'par',
  lax: 'aucune vérification ne l’attrape : vérification trop laxiste',
  strict: 'variante valide refusée : vérification trop stricte',
  reason: 'raison',
  alt: 'variante',
  none: 'aucun mutant ni variante pertinent',
  total: 'Bilan : {c} mutant(s) attrapé(s), {m} manqué(s), {a} accepté(s) avec une raison ; variantes valides : {p} acceptée(s), {r} refusée(s).',
  unused: '⚠ acceptation sans objet dans lab.yaml : mutant {m}{step} n’est plus ni manqué ni refusé ; retirez-la.',
  unusedStep: ' (étape {step})',
  ok: 'Les vérifications de l’espace de travail ne sont ni trop laxistes ni trop strictes.',
  ko: 'Des mutants manqués ou des variantes refusées ne sont pas acceptés dans lab.yaml (clé « mutants: { acceptés: … } »).',
  sep: ' : ',
  quote: '« {x} »',
};

export type MutantsKey = keyof typeof fr;
