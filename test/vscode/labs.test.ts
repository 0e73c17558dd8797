// Guided labs inside the real extension host (code-server), against the local cluster (KUBECONFIG = admin, namespace
// `default`): the panel opens, a lab starts in the workspace, checks run through the command API and see unsaved
// editor text, a cluster step passes after « Appliquer », progress is exported, a workspace lab appears without restart.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ClusterGateway } from '../../core/cluster/gateway';
import type { CheckResult } from '../../core/labs/checks/types';
import type { ExportedProgress } from '../../core/labs/progress';
import type { StepRun } from '../../core/labs/runner';
import { activateExtension, waitFor, workspaceUri } from './helpers';

const LAB = 'l01-premier-pod';
const gw = (): ClusterGateway => ClusterGateway.connect({ kubeconfig: process.env.KUBECONFIG });
const verify = (stepId: string) => vscode.commands.executeCommand<StepRun>('kubeApprenti.labs.verifier', { labId: LAB, stepId });
const byStatus = (rs: CheckResult[], s: CheckResult['status']) => rs.filter((r) => r.status === s);

function labPanelOpen(): boolean {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('kubeApprenti.labs'));
}

suite('Labs guidés (hôte d’extensions)', () => {
  const workDir = () => workspaceUri(LAB).fsPath;

  suiteSetup(async () => {
    await activateExtension();
    await vscode.extensions.getExtension<{ clusterReady: Promise<void> }>('kube-apprenti.kube-apprenti')?.exports?.clusterReady;
  });

  suiteTeardown(async () => {
    const pod = await gw().getOrNull({ apiVersion: 'v1', kind: 'Pod', name: 'redis', namespace: 'default' }).catch(() => undefined);
    if (pod?.metadata.labels?.app === 'redis') await gw().delete({ apiVersion: 'v1', kind: 'Pod', name: 'redis', namespace: 'default' }).catch(() => undefined);
    fs.rmSync(workDir(), { recursive: true, force: true });
    fs.rmSync(workspaceUri('mon-lab').fsPath, { recursive: true, force: true });
  });

  test('« Ouvrir les labs guidés » ouvre le panneau et les labs livrés sont chargés', async () => {
    await vscode.commands.executeCommand('kubeApprenti.labs.ouvrir');
    assert.ok(await waitFor(labPanelOpen, (v) => v, 10000), 'no lab webview tab');
    const ids = await vscode.commands.executeCommand<string[]>('kubeApprenti.labs.recharger');
    assert.ok(ids.length >= 12, ids.join(', '));
    assert.ok(ids.includes(LAB));
  });

  test('démarrer un lab copie ses fichiers de départ dans l’espace de travail', async () => {
    const ok = await vscode.commands.executeCommand<boolean>('kubeApprenti.labs.demarrer', LAB);
    assert.equal(ok, true);
    const file = path.join(workDir(), 'k8s', 'redis-pod.yaml');
    assert.ok(fs.existsSync(file));
    assert.match(fs.readFileSync(file, 'utf8'), /kind: Pod/);
    assert.ok(fs.existsSync(path.join(workDir(), '.kube-apprenti-lab.json')));
  });

  test('l’étape 1 échoue avec les messages français, puis réussit après la correction faite dans l’éditeur', async () => {
    const first = await verify('ecrire');
    assert.equal(first.passed, false);
    const failed = byStatus(first.results, 'failed');
    assert.ok(failed.some((r) => r.failMessage === 'Aucun Pod nommé « redis » dans vos manifestes : vérifiez metadata.name.'), JSON.stringify(failed));
    // Fix the file in the editor without saving: the check reads the editor's text.
    const uri = vscode.Uri.file(path.join(workDir(), 'k8s', 'redis-pod.yaml'));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const solution = fs.readFileSync(path.join(vscode.extensions.getExtension('kube-apprenti.kube-apprenti')!.extensionPath, 'labs', LAB, 'solution', 'ecrire', 'k8s', 'redis-pod.yaml'), 'utf8');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), solution);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(doc.isDirty);
    const second = await verify('ecrire');
    assert.equal(second.passed, true, JSON.stringify(second.results));
    assert.equal(byStatus(second.results, 'passed').length, 5);
    await doc.save();
  });

  test('l’étape 2 (cluster) échoue avant d’appliquer, réussit après « Appliquer »', async () => {
    const before = await verify('appliquer');
    assert.equal(before.passed, false);
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(workDir(), 'k8s', 'redis-pod.yaml')));
    await vscode.window.showTextDocument(doc);
    const report = await vscode.commands.executeCommand<{ ok: boolean }>('kubeApprenti.appliquer');
    assert.ok(report?.ok, JSON.stringify(report));
    const after = await verify('appliquer');
    assert.equal(after.passed, true, JSON.stringify(after.results));
  });

  test('la progression est exportée en JSON pour le formateur', async () => {
    const file = path.join(workspaceUri().fsPath, 'progression.json');
    const data = await vscode.commands.executeCommand<ExportedProgress>('kubeApprenti.labs.exporterProgression', file);
    const lab = data.labs.find((l) => l.id === LAB);
    assert.ok(lab);
    assert.equal(lab.stepsPassed, 2);
    assert.ok(lab.details[0].passedAt && lab.details[0].attempts >= 2);
    assert.deepEqual(JSON.parse(fs.readFileSync(file, 'utf8')).labs[0].id, data.labs[0].id);
    // No class key in this workspace: written anyway, marked unsigned; the CSV is written next to it.
    assert.deepEqual(data.signature, { algorithm: 'none' });
    const csv = file.replace(/\.json$/, '.csv');
    assert.match(fs.readFileSync(csv, 'utf8'), /^# non signé/m);
    fs.rmSync(file);
    fs.rmSync(csv);
  });

  test('un dossier de l’espace de travail avec un lab.yaml apparaît sans redémarrer', async () => {
    const dir = workspaceUri('mon-lab').fsPath;
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, '01.md'), '# Première étape\n\nCréez le fichier `notes.txt` dans le dossier du lab.\n');
    fs.writeFileSync(path.join(dir, 'lab.yaml'), [
      'id: mon-lab-perso', 'titre: Mon lab de formateur', 'niveau: débutant', 'durée: 5', 'environnements: [local]', 'étapes:',
      '  - id: notes', '    titre: Prendre des notes', '    texte: 01.md', '    vérifications:',
      '      - type: fichier.existe', '        fichier: notes.txt', '        échec: Créez le fichier notes.txt.', '',
    ].join('\n'));
    // No explicit reload: the file watcher must pick the new lab up.
    const open = () => Promise.resolve(vscode.commands.executeCommand<{ labId?: string }>('kubeApprenti.labs.ouvrir', 'mon-lab-perso')).then((r) => r.labId, () => undefined);
    assert.equal(await waitFor(open, (id) => id === 'mon-lab-perso', 15000), 'mon-lab-perso');
    const run = await vscode.commands.executeCommand<StepRun>('kubeApprenti.labs.verifier', { labId: 'mon-lab-perso', stepId: 'notes' });
    assert.equal(run.passed, false);
    assert.equal(run.results[0].failMessage, 'Créez le fichier notes.txt.');
  });
});
