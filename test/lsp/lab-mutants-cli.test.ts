// The built CLI (`node dist/cli.js`, after `node esbuild.mjs`) as an instructor meets it: `lab verify <id> --mutants`
// (text, JSON, English; exit 1 on a lax check) and `lab mutate` (« Créer un exercice ») on the Guestbook solution.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

function cli(args: string[], cwd = ROOT): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status ?? 1, out: r.stdout, err: r.stderr };
}

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string): void => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r); else out[r] = fs.readFileSync(path.join(dir, r), 'utf8');
    }
  };
  walk('');
  return out;
}

describe('CLI: lab verify --mutants and lab mutate (built)', function () {
  this.timeout(120_000);

  before(() => assert.ok(fs.existsSync(CLI), 'run `node esbuild.mjs` first'));

  it('lab verify <id> --mutants: caught mutants with the check and its French échec, exit 0', () => {
    const r = cli(['lab', 'verify', 'l04-ports', '--mutants']);
    assert.equal(r.code, 0, r.out + r.err);
    assert.match(r.out, /test des vérifications par mutation/);
    assert.match(r.out, /Pertinence\u00a0: un mutant compte pour une étape s’il modifie un champ que la solution de l’étape change/);
    assert.match(r.out, /✓ attrapé\u00a0: port-cible-faux — Service\/application spec\.ports\[0\]\.targetPort/);
    assert.match(r.out, /par «\u00a0Service\/application\u00a0: spec\.ports\[0\]\.targetPort = 8000\u00a0»/);
    assert.match(r.out, /✓ acceptée\u00a0: variante cles-reordonnees/);
    assert.match(r.out, /ni trop laxistes ni trop strictes/);
    assert.doesNotMatch(r.out, /MANQUÉ|REFUSÉE/);
  });

  it('--format json and --langue en', () => {
    const j = cli(['lab', 'verify', 'l03-service-endpoints', '--mutants', '--format', 'json']);
    assert.equal(j.code, 0, j.err);
    const report = JSON.parse(j.out) as { ok: boolean; steps: { id: string; mutants: { status: string; mutation: string; reason?: string }[] }[] };
    assert.equal(report.ok, true);
    const accepted = report.steps.find((s) => s.id === 'casser-selecteur')!.mutants.find((m) => m.status === 'accepted')!;
    assert.equal(accepted.mutation, 'selecteur-service-faute');
    assert.match(accepted.reason!, /cassé volontairement/);
    const en = cli(['lab', 'verify', 'l03-service-endpoints', '--mutants', '--langue', 'en']);
    assert.equal(en.code, 0);
    assert.match(en.out, /mutation testing of the checks/);
    assert.match(en.out, /✓ caught: selecteur-service-faute/);
    assert.match(en.out, /~ accepted: selecteur-service-faute/);
  });

  it('a lab with a lax check exits 1 and names the missed mutant', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-laxiste-'));
    fs.cpSync(path.join(ROOT, 'labs', 'l02-deployment-auto-reparation'), dir, { recursive: true });
    const file = path.join(dir, 'lab.yaml');
    const text = fs.readFileSync(file, 'utf8');
    const tight = /      - type: manifeste\.sans-diagnostic\n        codes: \[KA150\]\n[^\n]*\n[^\n]*\n/;
    assert.match(text, tight);
    fs.writeFileSync(file, text.replace(tight, ''));
    const r = cli(['lab', 'verify', dir, '--mutants']);
    assert.equal(r.code, 1, r.out);
    assert.match(r.out, /✗ MANQUÉ\u00a0: replicas-texte — Deployment\/guestbook spec\.replicas/);
    assert.match(r.out, /aucune vérification ne l’attrape\u00a0: vérification trop laxiste/);
    assert.match(r.out, /ne sont pas acceptés dans lab\.yaml/);
  });

  it('KA160 accepts `mutants.acceptés` in lab.yaml and names a misspelt key', () => {
    const ok = cli(['check', 'labs/l03-service-endpoints/lab.yaml']);
    assert.equal(ok.code, 0, ok.out);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-typo-'));
    fs.writeFileSync(path.join(dir, 'lab.yaml'), fs.readFileSync(path.join(ROOT, 'labs', 'l03-service-endpoints', 'lab.yaml'), 'utf8').replace('      raison:', '      raisons:'));
    const bad = cli(['check', path.join(dir, 'lab.yaml')]);
    assert.equal(bad.code, 1);
    assert.match(bad.out, /KA160 lab\.yaml\s: `raisons` n’est pas un champ prévu/);
  });

  it('lab verify without --solve nor --mutants is a usage error', () => {
    const r = cli(['lab', 'verify', 'l01-premier-pod']);
    assert.equal(r.code, 2);
    assert.match(r.err, /--solve.*--mutants/);
  });

  it('lab mutate --langue en writes the exercise in English; a broken source and a bad path say so in English', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'exercises-'));
    const r = cli(['lab', 'mutate', 'labs/l08-guestbook', '--graine', '42', '--n', '3', '--sortie', out, '--langue', 'en']);
    assert.equal(r.code, 0, r.err);
    const dir = path.join(out, 'ex-l08-guestbook-g42');
    const lab = fs.readFileSync(path.join(dir, 'lab.yaml'), 'utf8');
    assert.match(lab, /^# Created by “kube-apprenti lab mutate” \(seed 42\): review it before handing it out\.\n/);
    assert.match(lab, /^titre: "Exercise: 3 mistake\(s\) to fix in l08-guestbook \(seed 42\)"$/m);
    assert.match(lab, /^ {4}titre: "Mistake 1: in k8s-resources\/[\w.-]+"$/m);
    assert.match(lab, /échec: "The diagnostic KA\d{3} \(“[^”]+”\) is still shown in /);
    assert.match(lab, /- "The editor explains: “/);
    assert.doesNotMatch(lab, /\u00a0|Regardez|Erreur \d|graine/);
    assert.match(fs.readFileSync(path.join(dir, '01-erreur-1.md'), 'utf8'), /^# Mistake 1 of 3\n\nA typical mistake slipped into `/);
    // The same mistakes and files as in French: only the texts change.
    const fr = cli(['lab', 'mutate', 'labs/l08-guestbook', '--graine', '42', '--n', '3', '--sortie', path.join(out, 'fr')]);
    assert.equal(fr.code, 0, fr.err);
    const frTree = tree(path.join(out, 'fr', 'ex-l08-guestbook-g42'));
    for (const [f, text] of Object.entries(tree(dir)).filter(([f]) => /^(depart|solution)\//.test(f))) assert.equal(text, frTree[f], f);
    assert.match(frTree['lab.yaml'], /^# Créé par «\u00a0kube-apprenti lab mutate\u00a0» \(graine 42\)\u00a0: relisez-le/);
    // The generated exercise checks out in English too.
    const c = cli(['lab', 'check', dir, '--langue', 'en']);
    assert.equal(c.code, 0, c.out);
    assert.doesNotMatch(c.out, /⚠|✗/);
    // A source lab whose lab.yaml is broken: the loader's problem in English.
    const broken = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-casse-'));
    fs.writeFileSync(path.join(broken, 'lab.yaml'), 'id: x\nétapes: [\n');
    const b = cli(['lab', 'mutate', broken, '--sortie', out, '--langue', 'en']);
    assert.equal(b.code, 1);
    assert.match(b.err, /Unreadable YAML/i);
    assert.doesNotMatch(b.err, /illisible/);
    // A bad field path (a coded error of the engine), caught by lab check and shown in the language asked.
    const badPath = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-chemin-'));
    fs.cpSync(path.join(ROOT, 'labs', 'l01-premier-pod'), badPath, { recursive: true });
    const file = path.join(badPath, 'lab.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('chemin: metadata.labels', 'chemin: metadata.labels[=]'));
    const en = cli(['lab', 'check', badPath, '--langue', 'en']);
    assert.equal(en.code, 1);
    assert.match(en.out, /^✗ .*lab\.yaml \(étapes\[\d+\]\.vérifications\[\d+\]\.chemin\): invalid path “metadata\.labels\[=\]” \(position 16\)\.$/m);
    // The check that fails with the solution is named by its path in lab.yaml (the file's own keys).
    assert.match(en.out, /\(étapes\[\d+\]\.vérifications\[\d+\]\): with the solution, the check/);
    const frOut = cli(['lab', 'check', badPath]).out;
    assert.match(frOut, /chemin invalide «\u00a0metadata\.labels\[=\]\u00a0» \(position 16\)\./);
  });

  it('lab mutate on the Guestbook: reproducible, seed-dependent, and a valid lab whose checks fail on depart/', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'exercices-'));
    const a = cli(['lab', 'mutate', 'labs/l08-guestbook', '--graine', '42', '--n', '3', '--sortie', out]);
    assert.equal(a.code, 0, a.err);
    assert.match(a.out, /Exercice «\u00a0ex-l08-guestbook-g42\u00a0» écrit dans .* \(3 erreur\(s\)\)/);
    const first = tree(path.join(out, 'ex-l08-guestbook-g42'));
    const again = cli(['lab', 'mutate', 'labs/l08-guestbook', '--graine', '42', '--n', '3', '--sortie', out]);
    assert.equal(again.code, 0);
    assert.deepEqual(tree(path.join(out, 'ex-l08-guestbook-g42')), first);
    assert.equal(cli(['lab', 'mutate', 'labs/l08-guestbook', '--graine', '7', '--n', '3', '--sortie', out]).code, 0);
    const other = tree(path.join(out, 'ex-l08-guestbook-g7'));
    const departs = (t: Record<string, string>): string => Object.keys(t).filter((k) => k.startsWith('depart/')).sort().map((k) => t[k]).join('\n');
    assert.notEqual(departs(other), departs(first));
    for (const id of ['ex-l08-guestbook-g42', 'ex-l08-guestbook-g7']) {
      const dir = path.join(out, id);
      // KA160: the generated lab.yaml is valid for the editor's checker…
      const k = cli(['check', path.join(dir, 'lab.yaml')]);
      assert.equal(k.code, 0, k.out);
      assert.match(k.out, /0 erreur/);
      // …and for `lab check`: every step passes with its solution and fails before it (no warning).
      const c = cli(['lab', 'check', dir]);
      assert.equal(c.code, 0, c.out);
      assert.match(c.out, /lab valide\./);
      assert.doesNotMatch(c.out, /⚠|réussit déjà avant sa solution/);
      // The broken copy shows the diagnostics the checks are built on.
      const codes = [...fs.readFileSync(path.join(dir, 'lab.yaml'), 'utf8').matchAll(/codes:\n\s+- (KA\d{3})/g)].map((m) => m[1]);
      const d = cli(['check', path.join(dir, 'depart'), '--format', 'json']);
      for (const code of codes) assert.ok(d.out.includes(`"${code}"`), `${id}: ${code} not shown on depart/`);
    }
  });
});
