// The `lab` CLI subcommands (list, check) and the `commande` check, without a cluster.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from '../../../cli/args';
import { LAB_VERIFY_SPEC, labCheck, labList, labVerify } from '../../../cli/commands/labCommands';
import type { CommandCheck } from '../../../core/labs/format/types';
import { runCheck } from '../../../core/labs/runner';

async function capture(fn: () => Promise<number>): Promise<{ code: number; out: string }> {
  let out = '';
  const w1 = process.stdout.write.bind(process.stdout);
  const w2 = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((s: string) => { out += s; return true; }) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => { out += s; return true; }) as typeof process.stderr.write;
  try {
    return { code: await fn(), out };
  } finally {
    process.stdout.write = w1;
    process.stderr.write = w2;
  }
}

const ROOT = path.join(__dirname, '..', '..', '..');

describe('labs: CLI', () => {
  it('parses flags with values', () => {
    const p = parseArgs(LAB_VERIFY_SPEC, ['l01', '--solve', '--kubeconfig', 'k.yaml', '--delai=0.5']);
    assert.deepEqual(p.positionals, ['l01']);
    assert.deepEqual({ solve: p.values.solve, kubeconfig: p.values.kubeconfig, delai: p.values.delai, environnement: p.values.environnement, garder: p.values.garder },
      { solve: true, kubeconfig: 'k.yaml', delai: 0.5, environnement: 'local', garder: false });
  });

  it('lab list shows the shipped labs with level, duration and environments', async () => {
    const r = await capture(() => labList([fs.mkdtempSync(path.join(os.tmpdir(), 'vide-'))]));
    assert.equal(r.code, 0);
    assert.match(r.out, /l01-premier-pod\s+Premier Pod : lancer Redis dans le cluster/);
    assert.match(r.out, /débutant, 20 min, 4 étapes — local, sspcloud-edition/);
    const en = await capture(() => labList([fs.mkdtempSync(path.join(os.tmpdir(), 'vide-')), '--langue', 'en']));
    assert.match(en.out, /beginner, 20 min, 4 steps — local, sspcloud-edition/);
  });

  it('lab check of a shipped lab succeeds', async () => {
    const r = await capture(() => labCheck([path.join(ROOT, 'labs', 'l06-secret-base64')]));
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /✓ .*l06-secret-base64\u00a0: lab valide/);
  });

  it('lab check of a broken lab fails with French problems and line numbers', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-casse-'));
    fs.cpSync(path.join(ROOT, 'labs', 'l01-premier-pod'), dir, { recursive: true });
    const yaml = fs.readFileSync(path.join(dir, 'lab.yaml'), 'utf8')
      .replace('texte: 02-appliquer.md', 'texte: 02-absent.md')
      .replace('égal: 6379', 'égal: 6380')
      .replace('      - appliquer: [k8s/redis-pod.yaml]', '      - appliquer: [k8s/inconnu.yaml]');
    fs.writeFileSync(path.join(dir, 'lab.yaml'), yaml);
    const r = await capture(() => labCheck([dir]));
    assert.equal(r.code, 1);
    assert.match(r.out, /le fichier de consigne «\u00a002-absent.md\u00a0» est introuvable/);
    assert.match(r.out, /«\u00a0appliquer\u00a0» cite «\u00a0k8s\/inconnu.yaml\u00a0», absent de depart\/ et des solutions/);
    assert.match(r.out, /avec la solution, la vérification «\sPod\/redis\s: spec.containers\[0\].ports\[0\].containerPort = 6380\s» échoue \(Trouvé\s: 6379\)/);
    assert.match(r.out, /✗ .*\u00a0: 3 erreur\(s\)\./);
    const en = await capture(() => labCheck([dir, '--langue', 'en']));
    assert.equal(en.code, 1);
    assert.match(en.out, /the instructions file "02-absent.md" cannot be found\./);
    assert.match(en.out, /"appliquer" names "k8s\/inconnu.yaml", missing from depart\/ and the solutions\./);
    assert.match(en.out, /with the solution, the check ".*" fails \(/);
    assert.match(en.out, /✗ .*: 3 error\(s\)\./);
    // Each problem line: `✗ file (path) : message`, a non-breaking space before « : » in French, none in English.
    assert.match(r.out, /^✗ \S*lab\.yaml(:\d+)? \([^)]+\)\u00a0: avec la solution/m);
    assert.match(en.out, /^✗ \S*lab\.yaml(:\d+)? \([^)]+\): with the solution/m);
    assert.doesNotMatch(r.out + en.out, / : /);
    fs.writeFileSync(path.join(dir, 'lab.yaml'), 'id: x\nétapes: [\n');
    const broken = await capture(() => labCheck([dir]));
    assert.equal(broken.code, 1);
    assert.match(broken.out, /lab.yaml:\d+\u00a0: YAML illisible/);
    const brokenEn = await capture(() => labCheck([dir, '--langue', 'en']));
    assert.match(brokenEn.out, /^✗ \S*lab\.yaml:\d+: \S/m);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('lab check of the Kustomize lab: rendu.* checks pass with each solution; a broken appliquer-rendu or render check is reported', async () => {
    const ok = await capture(() => labCheck([path.join(ROOT, 'labs', 'l19-kustomize-environnements')]));
    assert.equal(ok.code, 0, ok.out);
    assert.match(ok.out, /étape chemin-base\u00a0: 4\/4 vérification\(s\) de l’espace de travail réussie\(s\) avec la solution/);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-rendu-'));
    fs.cpSync(path.join(ROOT, 'labs', 'l19-kustomize-environnements'), dir, { recursive: true });
    const yaml = fs.readFileSync(path.join(dir, 'lab.yaml'), 'utf8')
      .replace('      - appliquer-rendu: k8s/dev', '      - appliquer-rendu: k8s/staging')
      .replace('égal: dev.monsterstack.local\n        échec: "L’Ingress rendu', 'égal: staging.monsterstack.local\n        échec: "L’Ingress rendu');
    fs.writeFileSync(path.join(dir, 'lab.yaml'), yaml);
    const r = await capture(() => labCheck([dir]));
    assert.equal(r.code, 1, r.out);
    assert.match(r.out, /«\u00a0appliquer-rendu\u00a0» cite «\u00a0k8s\/staging\u00a0», qui n’est ni un chart \(Chart\.yaml\) ni un overlay/);
    assert.match(r.out, /Rendu de k8s\/dev, Ingress\/monsterstack-dev\s: spec\.rules\[0\]\.host = «\sstaging\.monsterstack\.local\s»\s» échoue \(Trouvé\s: «\sdev\.monsterstack\.local\s»\)/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('lab verify refuses without --solve, and names an unknown lab', async () => {
    assert.equal((await capture(() => labVerify(['l01-premier-pod']))).code, 2);
    const r = await capture(() => labVerify(['l99-inconnu', '--solve']));
    assert.equal(r.code, 2);
    assert.match(r.out, /Lab introuvable\u00a0: «\u00a0l99-inconnu\u00a0»/);
  });

  it('lab commands speak English with --langue en (messages, lab check problems)', async () => {
    const r = await capture(() => labVerify(['l99-inconnu', '--solve', '--langue', 'en']));
    assert.equal(r.code, 2);
    assert.match(r.out, /Lab not found: "l99-inconnu" \(neither a known id nor a folder with a lab\.yaml\)\./);
    const m = await capture(() => labVerify(['l01-premier-pod', '--langue', 'en']));
    assert.match(m.out, /^"lab verify" needs --solve/m);
  });

  it('lab verify says in French when the kubeconfig is unusable', async () => {
    const r = await capture(() => labVerify(['l01-premier-pod', '--solve', '--kubeconfig', '/nonexistent/kubeconfig']));
    assert.equal(r.code, 1);
    assert.doesNotMatch(r.out, /Error:|at /);
    assert.ok(r.out.trim().length > 10, r.out);
  });

  it('commande runs only when allowed, without a shell', async () => {
    const check: CommandCheck = { type: 'commande', command: [process.execPath, '-e', 'console.log("pong")'], output: '^pong$', failMessage: 'La commande a échoué.' };
    const refused = await runCheck(check, 0, { lang: 'fr', clock: { startedAt: 0 } });
    assert.equal(refused.status, 'failed');
    assert.match(refused.detail ?? '', /Commande non exécutée/);
    const ok = await runCheck(check, 0, { lang: 'fr', clock: { startedAt: 0 }, allowCommand: async () => true, workDir: os.tmpdir() });
    assert.equal(ok.status, 'passed');
    const shell = await runCheck({ ...check, command: ['echo pong; exit 0'] }, 0, { lang: 'fr', clock: { startedAt: 0 }, allowCommand: async () => true });
    assert.equal(shell.status, 'failed');
  });
});
