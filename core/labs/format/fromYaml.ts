// lab.yaml's French keys (the instructors' format, schemas/lab.schema.json) → the English types of types.ts.
// One table per kind of object; only known positions are renamed: label maps (`sélecteur`) and expected values
// (`égal`, `contient`) are copied as written. Runs after the schema check, so every key is known.
import type { Check, LabDefinition, SolveAction, Step } from './types';

type Obj = Record<string, unknown>;
type KeyMap = Readonly<Record<string, string>>;

export const LAB_KEYS: KeyMap = {
  id: 'id', titre: 'title', résumé: 'summary', niveau: 'level', durée: 'duration', prérequis: 'prerequisites',
  sources: 'sources', environnements: 'environments', étapes: 'steps', mutants: 'mutants',
};

export const MUTANTS_KEYS: KeyMap = { acceptés: 'accepted' };
export const ACCEPTED_MUTANT_KEYS: KeyMap = { mutant: 'mutant', étape: 'step', ressource: 'resource', raison: 'reason' };

export const STEP_KEYS: KeyMap = {
  id: 'id', titre: 'title', texte: 'text', environnements: 'environments', fichiers: 'files', vérifications: 'checks',
  indices: 'hints', résoudre: 'solve', optionnelle: 'optional',
};

export const CHECK_KEYS: KeyMap = {
  type: 'type', échec: 'failMessage', titre: 'title', ressource: 'resource', fichier: 'file', chemin: 'path',
  égal: 'equals', correspond: 'matches', contient: 'contains', min: 'min', max: 'max', absent: 'absent',
  source: 'source', cible: 'target', codes: 'codes', code: 'code', clé: 'key', valeur: 'value', délai: 'timeout',
  sélecteur: 'selector', deployment: 'deployment', réplicas: 'replicas', service: 'service', port: 'port',
  tous: 'all', conteneur: 'container', raison: 'reason', objet: 'object', depuisEtape: 'sinceStepStart',
  commande: 'command', sortie: 'output', compte: 'serviceAccount', verbe: 'verb', groupe: 'group', autorisé: 'allowed',
  rendu: 'render', valeurs: 'values',
};

/** `résoudre` actions: the action's key, and the keys of its argument when it is a mapping. */
export const SOLVE_KEYS: Readonly<Record<string, { key: string; args?: KeyMap }>> = {
  appliquer: { key: 'apply' },
  'appliquer-rendu': { key: 'applyRender' },
  supprimer: { key: 'delete' },
  'supprimer-pods': { key: 'deletePods', args: { sélecteur: 'selector', nombre: 'count' } },
  échelle: { key: 'scale', args: { deployment: 'deployment', réplicas: 'replicas' } },
  redémarrer: { key: 'restart', args: { deployment: 'deployment' } },
  annuler: { key: 'undo', args: { deployment: 'deployment' } },
  'créer-job': { key: 'createJob', args: { cronjob: 'cronjob', job: 'job' } },
  attendre: { key: 'wait' },
};

function rename(o: Obj, keys: KeyMap): Obj {
  const out: Obj = {};
  for (const [k, v] of Object.entries(o)) out[keys[k] ?? k] = v;
  return out;
}

function solveAction(a: unknown): SolveAction {
  if (typeof a !== 'object' || a === null) return a as SolveAction;
  const [[k, v]] = Object.entries(a as Obj);
  const spec = SOLVE_KEYS[k];
  if (!spec) return a as SolveAction;
  const arg = spec.args && typeof v === 'object' && v !== null ? rename(v as Obj, spec.args) : v;
  return { [spec.key]: arg } as SolveAction;
}

function step(raw: Obj): Step {
  const s = rename(raw, STEP_KEYS);
  s.checks = ((s.checks ?? []) as Obj[]).map((c) => rename(c, CHECK_KEYS) as unknown as Check);
  if (Array.isArray(s.solve)) s.solve = s.solve.map(solveAction);
  return s as unknown as Step;
}

/** The English LabDefinition of a parsed, schema-valid lab.yaml. */
export function labFromYaml(raw: unknown): LabDefinition {
  const lab = rename(raw as Obj, LAB_KEYS);
  lab.steps = ((lab.steps ?? []) as Obj[]).map(step);
  if (lab.mutants && typeof lab.mutants === 'object') {
    const m = rename(lab.mutants as Obj, MUTANTS_KEYS);
    if (Array.isArray(m.accepted)) m.accepted = (m.accepted as Obj[]).map((a) => rename(a, ACCEPTED_MUTANT_KEYS));
    lab.mutants = m;
  }
  return lab as unknown as LabDefinition;
}

/** A `résoudre` action as written in lab.yaml (French keys), for messages that cite the file. */
export function solveActionToYaml(a: SolveAction): unknown {
  if (typeof a !== 'object') return a;
  const [[k, v]] = Object.entries(a);
  const found = Object.entries(SOLVE_KEYS).find(([, spec]) => spec.key === k);
  if (!found) return a;
  const [yamlKey, spec] = found;
  const back = spec.args ? Object.fromEntries(Object.entries(spec.args).map(([fr, en]) => [en, fr])) : undefined;
  return { [yamlKey]: back && typeof v === 'object' && v !== null ? rename(v as Obj, back) : v };
}
