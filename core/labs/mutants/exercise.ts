// `lab mutate <dossier> --graine 42 --n 3 --sortie exercices/` (« Créer un exercice »): from a working folder (or a
// lab's final solution), pick N typical mistakes with a seeded PRNG, write the broken copy (depart/), one step per
// mistake whose workspace checks catch exactly it (a diagnostic check when the mistake raises one, else a field
// check), hints drawn from the diagnostic, and the solution of each step. Same seed and language → byte-identical
// output. Every text written for the students (lab.yaml's titles, hints and messages, the step pages) comes from
// core/i18n/mutants in the language asked (`--langue`, or the extension's kubeApprenti.langue); lab.yaml's keys stay
// the format's French vocabulary.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { stringify } from 'yaml';
import { codes as engineCodes } from '../../analysis/messages';
import { type Args, type Lang, msg, typeset } from '../../i18n';
import { type MutantsKey, mt } from '../../i18n/mutants';
import { labsPanelText } from '../../i18n/labsPanel';
import { filesAfter } from '../checkLab';
import type { WorkspaceCheck } from '../format/types';
import { listFiles, loadLab } from '../format/loadLab';
import { runCheck } from '../runner';
import { snapshotTexts } from '../workspace/snapshot';
import type { WsDiagnostic } from '../checks/types';
import { MUTANTS } from './catalogue';
import { contextOf } from './evaluate';
import { pathText, siteKey, type Mutation, type MutationSite, type Path } from './types';

const YAML_FILE = /\.ya?ml$/i;

/** mulberry32: a small seeded PRNG, the same sequence on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Pick { mutation: Mutation; site: MutationSite; key: string }

export interface ChosenMistake extends Pick {
  check: WorkspaceCheck;
  /** Diagnostic code the check is built on, when there is one. */
  code?: string;
  hints: string[];
}

export interface ExerciseResult {
  dir: string;
  labId: string;
  mistakes: ChosenMistake[];
}

/** The files of a working folder, or of a lab's final solution when `dir` holds a lab.yaml. */
export function sourceFiles(dir: string, lang: Lang = 'fr'): Map<string, string> {
  if (fs.existsSync(path.join(dir, 'lab.yaml'))) {
    const { lab, problems } = loadLab(dir, 'espace', lang);
    if (!lab) throw new Error(problems.map((p) => p.message).join(mt(lang, 'exercise.problemSeparator')));
    return filesAfter(lab, lab.def.steps.length - 1);
  }
  const texts = new Map<string, string>();
  for (const rel of listFiles(dir)) texts.set(rel, fs.readFileSync(path.join(dir, rel), 'utf8'));
  return texts;
}

/** Applies `picks` in order to `texts` (each site is found again in the current text); undefined when one is gone. */
export function applyPicks(texts: Map<string, string>, picks: Pick[]): Map<string, string> | undefined {
  const cur = new Map(texts);
  for (const p of picks) {
    const text = cur.get(p.site.file);
    if (text === undefined) return undefined;
    const cand = p.mutation.find(p.site.file, text, contextOf(cur)).find((c) => siteKey(p.mutation.id, c.site) === p.key);
    if (!cand) return undefined;
    const next = cand.apply();
    if (next === text) return undefined;
    cur.set(p.site.file, next);
  }
  return cur;
}

const overlaps = (a: Path, b: Path): boolean => {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n).every((x, i) => x === b[i]);
};

const WORKDIR = '/exercice';

async function passes(check: WorkspaceCheck, texts: Map<string, string>): Promise<boolean> {
  const r = await runCheck(check, 0, { lang: 'fr', workspace: snapshotTexts(WORKDIR, texts), clock: { startedAt: 0 } });
  return r.status === 'passed';
}

const diagKey = (d: WsDiagnostic): string => `${d.code}|${d.file}`;

/** A text of the exercise in `lang`, typeset as a whole (the diagnostic's message and the rule's page included). */
const say = (lang: Lang, key: MutantsKey, args: Args = {}): string => typeset(mt(lang, key, args), lang);

let docsDir: string | undefined | null = null;
/** `docs/regles/` of the repository (next to dist/ or to the sources), when present. */
function rulesDir(): string | undefined {
  if (docsDir !== null) return docsDir;
  docsDir = undefined;
  for (let d = __dirname, i = 0; i < 6; i++, d = path.dirname(d)) {
    const c = path.join(d, 'docs', 'regles');
    if (fs.existsSync(c)) { docsDir = c; break; }
  }
  return docsDir;
}

/** First paragraph of « Comment corriger » of the rule's page (the pages are French: none in another language). */
export function howToFix(code: string, lang: Lang = 'fr'): string | undefined {
  const info = engineCodes[code];
  const dir = rulesDir();
  if (!info || !dir || lang !== 'fr') return undefined;
  try {
    const md = fs.readFileSync(path.join(dir, `${info.slug}.md`), 'utf8');
    const m = /^## Comment corriger\s*\n+([\s\S]*?)(\n\n|\n##|$)/m.exec(md);
    return m ? m[1].replace(/\s*\n\s*/g, ' ').trim() : undefined;
  } catch {
    return undefined;
  }
}

/** The check (and hints) that catches `pick` alone on the original files, its texts in `lang`. */
function checkFor(pick: Pick, original: Map<string, string>, lang: Lang): ChosenMistake | undefined {
  const broken = applyPicks(original, [pick]);
  if (!broken) return undefined;
  const before = new Set(snapshotTexts(WORKDIR, original).diagnostics.map(diagKey));
  // New diagnostics, those of the mutated file first (a missing key shows in the file that refers to it).
  const fresh = snapshotTexts(WORKDIR, broken, lang).diagnostics.filter((d) => !before.has(diagKey(d)))
    .sort((a, b) => Number(b.file === pick.site.file) - Number(a.file === pick.site.file) || a.file.localeCompare(b.file) || a.code.localeCompare(b.code));
  const d = fresh.find((x) => x.code === pick.mutation.diagnostic) ?? fresh[0];
  const code = d?.code;
  const { site, mutation } = pick;
  const where = `${site.resource}, ${pathText(site.path)}`;
  if (d && code) {
    const info = engineCodes[code];
    const title = { fr: info?.title, en: info?.titleEn }[lang] ?? code;
    const fix = howToFix(code, lang);
    const hints = [
      say(lang, 'exercise.hint.diagnostic', { code, title, file: d.file }),
      ...(d.message ? [say(lang, 'exercise.hint.editorSays', { message: d.message.replace(/\s+$/, '') })] : []),
      ...(fix ? [say(lang, 'exercise.hint.howToFix', { text: fix })] : []),
      say(lang, 'exercise.hint.lookAt', { where }),
    ];
    return {
      ...pick, code, hints,
      check: {
        type: 'manifeste.sans-diagnostic', codes: [code], file: d.file,
        failMessage: say(lang, 'exercise.fail.diagnostic', { code, title, file: d.file }),
      },
    };
  }
  const scalar = site.before !== undefined && (typeof site.before !== 'object' || site.before === null);
  const field = { resource: site.resource, path: pathText(site.path), mistake: mutation.title[lang] };
  const check: WorkspaceCheck = scalar
    ? { type: 'manifeste.champ', resource: site.resource, path: pathText(site.path), equals: site.before, file: site.file,
      failMessage: say(lang, 'exercise.fail.value', field) }
    : { type: 'manifeste.champ', resource: site.resource, path: pathText(site.path), absent: false, file: site.file,
      failMessage: say(lang, 'exercise.fail.missing', field) };
  return {
    ...pick, check,
    hints: [say(lang, 'exercise.hint.noDiagnostic', { file: site.file }), say(lang, 'exercise.hint.kind', { mistake: mutation.title[lang] }), say(lang, 'exercise.hint.lookAt', { where })],
  };
}

/** Each step k's check must fail with mistakes k..n and pass once k is fixed (mistakes k+1..n left). */
async function valid(original: Map<string, string>, chosen: ChosenMistake[]): Promise<boolean> {
  for (let k = 0; k < chosen.length; k++) {
    const before = applyPicks(original, chosen.slice(k));
    const after = applyPicks(original, chosen.slice(k + 1));
    if (!before || !after) return false;
    if (await passes(chosen[k].check, before)) return false;
    if (!(await passes(chosen[k].check, after))) return false;
  }
  return true;
}

/** Picks `n` mistakes (distinct kinds first, never two on overlapping fields) that make a valid exercise; their
 * hints and check messages in `lang` (the language does not change the mistakes picked). */
export async function pickMistakes(original: Map<string, string>, seed: number, n: number, mutations: readonly Mutation[] = MUTANTS, lang: Lang = 'fr'): Promise<ChosenMistake[]> {
  const ctx = contextOf(original);
  const all: Pick[] = [];
  for (const file of [...original.keys()].filter((f) => YAML_FILE.test(f)).sort()) {
    for (const m of mutations) for (const c of m.find(file, original.get(file)!, ctx)) all.push({ mutation: m, site: c.site, key: siteKey(m.id, c.site) });
  }
  const rand = prng(seed);
  for (let i = all.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [all[i], all[j]] = [all[j], all[i]]; }
  const chosen: ChosenMistake[] = [];
  for (const distinctKinds of [true, false]) {
    for (const p of all) {
      if (chosen.length >= n) break;
      if (chosen.some((c) => c.key === p.key)) continue;
      if (distinctKinds && chosen.some((c) => c.mutation.id === p.mutation.id)) continue;
      if (chosen.some((c) => c.site.resource === p.site.resource && overlaps(c.site.path, p.site.path))) continue;
      const m = checkFor(p, original, lang);
      if (!m) continue;
      if (await valid(original, [...chosen, m])) chosen.push(m);
    }
  }
  return chosen;
}

const slug = (s: string): string => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 30) || 'dossier';

function writeFiles(root: string, files: Map<string, string>): void {
  for (const [rel, text] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    const abs = path.join(root, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text);
  }
}

/** Writes the exercise under `<out>/<id>/`: lab.yaml, one Markdown page per step, depart/ and solution/<step>/, every
 * text for the students in `lang` (French by default). */
export async function createExercise(source: string, seed: number, n: number, out: string, lang: Lang = 'fr'): Promise<ExerciseResult> {
  const original = sourceFiles(source, lang);
  const mistakes = await pickMistakes(original, seed, n, MUTANTS, lang);
  const base = slug(path.basename(path.resolve(source)));
  const labId = `ex-${base}-g${seed}`.slice(0, 63);
  const dir = path.join(out, labId);
  fs.rmSync(dir, { recursive: true, force: true });
  const depart = applyPicks(original, mistakes)!;
  writeFiles(path.join(dir, 'depart'), depart);
  const steps: Record<string, unknown>[] = [];
  let prev = depart;
  mistakes.forEach((m, k) => {
    const id = `erreur-${k + 1}`;
    const state = applyPicks(original, mistakes.slice(k + 1))!;
    const changed = new Map([...state].filter(([f, t]) => prev.get(f) !== t));
    writeFiles(path.join(dir, 'solution', id), changed);
    prev = state;
    const md = `${String(k + 1).padStart(2, '0')}-${id}.md`;
    const page = [
      say(lang, 'exercise.page.title', { k: k + 1, n: mistakes.length }),
      say(lang, 'exercise.page.intro', { file: m.site.file }),
      `${say(lang, 'exercise.page.task', { button: msg(labsPanelText, lang, 'check') })} ${m.code ? say(lang, 'exercise.page.diagnostic', { code: m.code }) : say(lang, 'exercise.page.noDiagnostic')}`,
      `\`\`\`bash\nkubectl apply --dry-run=server -f ${m.site.file}\n\`\`\`\n`,
    ];
    fs.writeFileSync(path.join(dir, md), page.join('\n\n'));
    const c = m.check;
    const check: Record<string, unknown> = { type: c.type };
    if (c.type === 'manifeste.sans-diagnostic') { check.codes = c.codes; check.fichier = c.file; }
    if (c.type === 'manifeste.champ') {
      check.ressource = c.resource; check.chemin = c.path; check.fichier = c.file;
      if (c.equals !== undefined) check['égal'] = c.equals;
      if (c.absent !== undefined) check.absent = c.absent;
    }
    check['échec'] = c.failMessage;
    steps.push({ id, titre: say(lang, 'exercise.stepTitle', { k: k + 1, file: m.site.file }), texte: md, fichiers: [m.site.file], 'vérifications': [check], indices: m.hints, 'résoudre': ['solution'] });
  });
  const lab = {
    id: labId,
    titre: say(lang, 'exercise.title', { n: mistakes.length, folder: path.basename(path.resolve(source)), seed }),
    'résumé': say(lang, 'exercise.summary'),
    niveau: 'intermédiaire',
    'durée': Math.max(5, 10 * mistakes.length),
    environnements: ['local', 'sspcloud-lecture', 'sspcloud-edition'],
    'étapes': steps,
  };
  fs.writeFileSync(path.join(dir, 'lab.yaml'), `${say(lang, 'exercise.header', { seed })}\n${stringify(lab, { lineWidth: 0 })}`);
  return { dir, labId, mistakes };
}

