// Implementation of the `lab` CLI subcommands (French output). No vscode import.
import * as path from 'node:path';
import { parseCommand, type CommandSpec } from '../args';
import { ClusterGateway } from '../../core/cluster/gateway';
import { toLabError } from '../../core/labs/cluster/gatewayReader';
import { loadCatalog, resolveLab, shippedLabsDir, type CatalogEntry } from '../../core/labs/catalog';
import { checkLabFolder } from '../../core/labs/checkLab';
import type { LabProblem } from '../../core/labs/format/loadLab';
import { ENVIRONMENTS, type Environment } from '../../core/labs/format/types';
import { verifyLab } from '../../core/labs/verifyLab';

const out = (s: string): void => { process.stdout.write(`${s}\n`); };
const errOut = (s: string): void => { process.stderr.write(`${s}\n`); };

export const LAB_LIST_SPEC = {
  name: 'lab list', synopsis: '[dossier…]', options: {},
  notes: 'liste les labs (livrés et du dossier courant, ou des dossiers indiqués)',
} as const satisfies CommandSpec;

export const LAB_CHECK_SPEC = {
  name: 'lab check', synopsis: '<dossier>…', options: {}, positionals: { min: 1 },
  notes: "vérifie les fichiers d’un lab (schéma, fichiers, solution)",
} as const satisfies CommandSpec;

export const LAB_VERIFY_SPEC = {
  name: 'lab verify',
  synopsis: '<id|dossier> --solve [options]',
  options: {
    solve: { type: 'boolean', help: 'confirme que la solution de chaque étape sera appliquée (obligatoire)' },
    kubeconfig: { type: 'string', value: 'F', help: 'fichier kubeconfig' },
    context: { type: 'string', value: 'C', help: 'contexte du kubeconfig à utiliser' },
    namespace: { type: 'string', value: 'N', help: "espace de noms à utiliser (sinon un espace neuf par étape)" },
    environnement: { type: 'string', choices: ENVIRONMENTS, default: 'local', help: 'environnement visé (local par défaut)' },
    garder: { type: 'boolean', help: 'garde les espaces de noms créés' },
    delai: { type: 'number', value: '0.5', help: 'multiplie les délais des vérifications' },
    'autoriser-commandes': { type: 'boolean', help: 'autorise les vérifications qui lancent une commande' },
  },
  positionals: { min: 1, max: 1 },
  notes: 'résout chaque étape dans un namespace neuf et lance ses vérifications',
} as const satisfies CommandSpec;

function catalog(extra: string[] = []): CatalogEntry[] {
  const roots: { dir: string; origin: 'extension' | 'espace'; depth?: number }[] = [];
  const shipped = shippedLabsDir();
  if (shipped) roots.push({ dir: shipped, origin: 'extension', depth: 1 });
  for (const d of extra) roots.push({ dir: d, origin: 'espace' });
  return loadCatalog(roots);
}

export function problemLine(p: LabProblem, dir?: string): string {
  const where = [dir ? path.join(dir, p.file) : p.file, p.line].filter((x) => x !== undefined).join(':');
  return `${p.severity === 'erreur' ? '✗' : '⚠'} ${where}${p.path ? ` (${p.path})` : ''} : ${p.message}`;
}

export async function labList(args: string[]): Promise<number> {
  const p = parseCommand(LAB_LIST_SPEC, args);
  if ('exit' in p) return p.exit;
  const positional = p.positionals;
  const entries = catalog(positional.length ? positional : [process.cwd()]);
  if (entries.length === 0) { out('Aucun lab trouvé.'); return 0; }
  for (const e of entries) {
    if (!e.lab) { out(`✗ ${e.dir} : lab illisible (${e.problems.length} problème(s), lancez « lab check »)`); continue; }
    const d = e.lab.def;
    out(`${d.id.padEnd(34)} ${d.title}`);
    out(`${''.padEnd(34)} ${d.level}, ${d.duration} min, ${d.steps.length} étapes — ${d.environments.join(', ')}${e.lab.origin === 'espace' ? ` — ${e.dir}` : ''}`);
  }
  return entries.some((e) => !e.lab) ? 1 : 0;
}

export async function labCheck(args: string[]): Promise<number> {
  const p = parseCommand(LAB_CHECK_SPEC, args);
  if ('exit' in p) return p.exit;
  const positional = p.positionals;
  let failed = false;
  for (const dir of positional) {
    const r = await checkLabFolder(path.resolve(dir));
    const errors = r.problems.filter((p) => p.severity === 'erreur');
    for (const p of r.problems) out(problemLine(p, dir));
    if (r.lab) {
      for (const s of r.steps) if (s.total > 0) out(`  étape ${s.id} : ${s.passed}/${s.total} vérification(s) de l'espace de travail réussie(s) avec la solution`);
    }
    out(errors.length === 0 ? `✓ ${dir} : lab valide${r.problems.length ? ` (${r.problems.length} avertissement(s))` : ''}.` : `✗ ${dir} : ${errors.length} erreur(s).`);
    if (errors.length) failed = true;
  }
  return failed ? 1 : 0;
}

export async function labVerify(args: string[]): Promise<number> {
  const p = parseCommand(LAB_VERIFY_SPEC, args);
  if ('exit' in p) return p.exit;
  const { positionals: positional, values: flags } = p;
  if (!flags.solve) { errOut('« lab verify » applique la solution de chaque étape : ajoutez --solve pour confirmer.'); return 2; }
  const env = flags.environnement as Environment;
  const entry = resolveLab(positional[0], catalog());
  if (!entry) { errOut(`Lab introuvable : « ${positional[0]} » (ni identifiant connu, ni dossier avec un lab.yaml).`); return 2; }
  if (!entry.lab) { for (const p of entry.problems) errOut(problemLine(p, entry.dir)); return 1; }
  let gw: ClusterGateway;
  try {
    gw = ClusterGateway.connect({
      kubeconfig: flags.kubeconfig,
      context: flags.context,
    });
  } catch (err) {
    errOut(toLabError(err, 'fr').message);
    return 1;
  }
  try {
    const report = await verifyLab(entry.lab, {
      gw, env, print: out, keep: flags.garder, allowCommands: flags['autoriser-commandes'],
      namespace: flags.namespace,
      timeoutScale: flags.delai,
    });
    return report.ok ? 0 : 1;
  } catch (err) {
    errOut(toLabError(err, 'fr').message);
    return 1;
  }
}
