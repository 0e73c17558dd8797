// « Créer un exercice à partir de ce dossier » inside the real extension host: the command (prompts skipped by its
// options argument) writes lab.yaml and depart/ under exercices/ of the workspace folder, the same seed gives
// byte-identical files, and a folder without manifests is refused.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ExerciseCreated } from '../../client/src/labs/commands/createExercise';
import { activateExtension, workspaceUri } from './helpers';

const ID = 'kubeApprenti.labs.creerExercice';

/** Every file under `dir`, relative path → content. */
function readTree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const abs = path.join(d, e.name);
      if (e.isDirectory()) walk(abs); else files.set(path.relative(dir, abs), fs.readFileSync(abs, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

suite('Créer un exercice (hôte d’extensions)', () => {
  const src = () => workspaceUri('guestbook-source').fsPath;
  const out = () => workspaceUri('exercices').fsPath;
  const empty = () => workspaceUri('sans-manifeste').fsPath;

  suiteSetup(async () => {
    await activateExtension();
    const ext = vscode.extensions.getExtension('kube-apprenti.kube-apprenti')!;
    // The working application: lab l08's final solution (the lab folder itself; sourceFiles() takes its last step).
    fs.cpSync(path.join(ext.extensionPath, 'labs', 'l08-guestbook'), src(), { recursive: true });
    fs.mkdirSync(empty(), { recursive: true });
    fs.writeFileSync(path.join(empty(), 'LISEZMOI.md'), '# Rien à déployer ici\n');
  });

  suiteTeardown(() => {
    for (const d of [src(), out(), empty()]) fs.rmSync(d, { recursive: true, force: true });
  });

  test('la commande écrit lab.yaml et depart/, et la même graine redonne les mêmes fichiers', async () => {
    const run = () => vscode.commands.executeCommand<ExerciseCreated | undefined>(ID, vscode.Uri.file(src()), { seed: 42, n: 2, out: 'exercices' });
    const first = await run();
    assert.ok(first, 'the command returned nothing');
    assert.equal(first.mistakes, 2);
    assert.equal(path.dirname(first.dir), out());
    assert.equal(first.labFile, path.join(first.dir, 'lab.yaml'));
    const lab = fs.readFileSync(first.labFile, 'utf8');
    assert.match(lab, new RegExp(`^id: ${first.labId}$`, 'm'));
    assert.match(lab, /graine 42/);
    assert.ok(fs.statSync(path.join(first.dir, 'depart')).isDirectory());
    const before = readTree(first.dir);
    assert.ok([...before.keys()].some((f) => f.startsWith(`depart${path.sep}`) && f.endsWith('.yaml')), [...before.keys()].join(', '));
    const second = await run();
    assert.equal(second?.dir, first.dir);
    assert.deepEqual(readTree(first.dir), before);
    // Another seed: another exercise folder, next to the first one.
    const third = await vscode.commands.executeCommand<ExerciseCreated | undefined>(ID, vscode.Uri.file(src()), { seed: 7, n: 2, out: 'exercices' });
    assert.ok(third && third.dir !== first.dir);
    assert.ok(fs.existsSync(third.labFile));
  });

  test('avec kubeApprenti.langue = en, l’exercice est écrit en anglais (mêmes erreurs, mêmes fichiers)', async () => {
    const cfg = vscode.workspace.getConfiguration('kubeApprenti');
    await cfg.update('langue', 'en', vscode.ConfigurationTarget.Workspace);
    let en: ExerciseCreated | undefined;
    try {
      en = await vscode.commands.executeCommand<ExerciseCreated | undefined>(ID, vscode.Uri.file(src()), { seed: 42, n: 2, out: 'exercices/en' });
    } finally {
      await cfg.update('langue', undefined, vscode.ConfigurationTarget.Workspace);
    }
    assert.ok(en, 'the command returned nothing');
    const lab = fs.readFileSync(en.labFile, 'utf8');
    assert.match(lab, /^# Created by “kube-apprenti lab mutate” \(seed 42\): review it before handing it out\.$/m);
    assert.match(lab, /^titre: "Exercise: 2 mistake\(s\) to fix in guestbook-source \(seed 42\)"$/m);
    assert.doesNotMatch(lab, /graine|Regardez|\u00a0/);
    // Back to French: the same exercise in French, with the very same broken copy and solutions.
    const fr = await vscode.commands.executeCommand<ExerciseCreated | undefined>(ID, vscode.Uri.file(src()), { seed: 42, n: 2, out: 'exercices/fr' });
    assert.ok(fr);
    assert.match(fs.readFileSync(fr.labFile, 'utf8'), /^# Créé par «\u00a0kube-apprenti lab mutate\u00a0» \(graine 42\)\u00a0: relisez-le/);
    const [treeEn, treeFr] = [readTree(en.dir), readTree(fr.dir)];
    const files = [...treeFr.keys()].filter((f) => f.startsWith(`depart${path.sep}`) || f.startsWith(`solution${path.sep}`));
    assert.ok(files.length > 0);
    for (const f of files) assert.equal(treeEn.get(f), treeFr.get(f), f);
  });

  test('un dossier sans manifeste est refusé et rien n’est écrit', async () => {
    const r = await vscode.commands.executeCommand<ExerciseCreated | undefined>(ID, vscode.Uri.file(empty()), { seed: 42, n: 2, out: 'exercices' });
    assert.equal(r, undefined);
    assert.ok(!fs.existsSync(path.join(out(), 'ex-sans-manifeste-g42')));
  });
});
