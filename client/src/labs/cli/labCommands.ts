// Implementation of the `lab` CLI subcommands (French output). No vscode import.
import * as path from 'node:path';
import { ClusterGateway } from '../../cluster/gateway';
import { toLabError } from '../cluster/gatewayReader';
import { loadCatalog, resolveLab, shippedLabsDir, type CatalogEntry } from '../catalog';
import { checkLabFolder } from '../checkLab';
import type { LabProblem } from '../format/loadLab';
import { ENVIRONMENTS, type Environment } from '../format/types';
import { verifyLab } from '../verifyLab';

const out = (s: string): void => { process.stdout.write(`${s}\n`); };
const errOut = (s: string): void => { process.stderr.write(`${s}\n`); };

export interface ParsedArgs { positional: string[]; flags: Record<string, string | true> }

export function parseArgs(args: string[], valued: string[]): ParsedArgs {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith('--')) { positional.push(a); continue; }
    const [k, v] = a.slice(2).split('=', 2);
    if (v !== undefined) flags[k] = v;
    else if (valued.includes(k) && i + 1 < args.length) flags[k] = args[++i];
    else flags[k] = true;
  }
  return { positional, flags };
}

function catalog(extra: string[] = []): CatalogEntry[] {
  const roots: { dir: string; origin: 'extension' | 'espace'; depth?: number }[] = [];
  const shipped = shippedLabsDir();
  if (shipped) roots.push({ dir: shipped, origin: 'extension', depth: 1 });
  for (const d of extra) roots.push({ dir: d, origin: 'espace' });
  return loadCatalog(roots);
}

export function problemLine(p: LabProblem, dir?: string): string {
  const where = [dir ? path.join(dir, p.fichier) : p.fichier, p.ligne].filter((x) => x !== undefined).join(':');
  return `${p.gravité === 'erreur' ? '✗' : '⚠'} ${where}${p.chemin ? ` (${p.chemin})` : ''} : ${p.message}`;
}

export async function labList(args: string[]): Promise<number> {
  const { positional } = parseArgs(args, []);
  const entries = catalog(positional.length ? positional : [process.cwd()]);
  if (entries.length === 0) { out('Aucun lab trouvé.'); return 0; }
  for (const e of entries) {
    if (!e.lab) { out(`✗ ${e.dir} : lab illisible (${e.problems.length} problème(s), lancez « lab check »)`); continue; }
    const d = e.lab.def;
    out(`${d.id.padEnd(34)} ${d.titre}`);
    out(`${''.padEnd(34)} ${d.niveau}, ${d.durée} min, ${d.étapes.length} étapes — ${d.environnements.join(', ')}${e.lab.origin === 'espace' ? ` — ${e.dir}` : ''}`);
  }
  return entries.some((e) => !e.lab) ? 1 : 0;
}

export async function labCheck(args: string[]): Promise<number> {
  const { positional } = parseArgs(args, []);
  if (positional.length === 0) { errOut('Indiquez le dossier du lab : kube-apprenti lab check <dossier>'); return 2; }
  let failed = false;
  for (const dir of positional) {
    const r = await checkLabFolder(path.resolve(dir));
    const errors = r.problems.filter((p) => p.gravité === 'erreur');
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
  const { positional, flags } = parseArgs(args, ['kubeconfig', 'context', 'namespace', 'environnement', 'delai']);
  if (positional.length !== 1) { errOut('Indiquez un lab : kube-apprenti lab verify <id|dossier> --solve'); return 2; }
  if (flags.solve !== true) { errOut('« lab verify » applique la solution de chaque étape : ajoutez --solve pour confirmer.'); return 2; }
  const env = (typeof flags.environnement === 'string' ? flags.environnement : 'local') as Environment;
  if (!ENVIRONMENTS.includes(env)) { errOut(`Environnement inconnu « ${env} » (${ENVIRONMENTS.join(', ')}).`); return 2; }
  const entry = resolveLab(positional[0], catalog());
  if (!entry) { errOut(`Lab introuvable : « ${positional[0]} » (ni identifiant connu, ni dossier avec un lab.yaml).`); return 2; }
  if (!entry.lab) { for (const p of entry.problems) errOut(problemLine(p, entry.dir)); return 1; }
  let gw: ClusterGateway;
  try {
    gw = ClusterGateway.connect({
      kubeconfig: typeof flags.kubeconfig === 'string' ? flags.kubeconfig : undefined,
      context: typeof flags.context === 'string' ? flags.context : undefined,
    });
  } catch (err) {
    errOut(toLabError(err, 'fr').message);
    return 1;
  }
  try {
    const report = await verifyLab(entry.lab, {
      gw, env, print: out, keep: flags.garder === true, allowCommands: flags['autoriser-commandes'] === true,
      namespace: typeof flags.namespace === 'string' ? flags.namespace : undefined,
      timeoutScale: typeof flags.delai === 'string' ? Number(flags.delai) : undefined,
    });
    return report.ok ? 0 : 1;
  } catch (err) {
    errOut(toLabError(err, 'fr').message);
    return 1;
  }
}
