// Apply, CodeLens, cluster diagnostics, diff and rollout status inside the real extension host, against the local
// cluster (the harness sets KUBECONFIG to .cluster/admin.kubeconfig). Each run works in its own namespace.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ApplyReport } from '../../core/cluster/apply/result';
import type { DiffReport } from '../../core/cluster/apply/diff';
import { ClusterGateway } from '../../core/cluster/gateway';
import type { FollowResult } from '../../core/cluster/rollout/follow';
import { activateExtension, waitFor } from './helpers';

const ns = `inhost-apply-${Date.now().toString(36)}`;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ka-inhost-apply-'));
const gw = (): ClusterGateway => ClusterGateway.connect({ kubeconfig: process.env.KUBECONFIG });

const manifest = (image: string, port = 'containerPort'): string => `apiVersion: v1
kind: Namespace
metadata:
  name: ${ns}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: ${ns}
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: ${image}
          ports:
            - ${port}: 80
`;

async function open(name: string, text: string): Promise<vscode.TextDocument> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  await vscode.window.showTextDocument(doc);
  return doc;
}

suite('Appliquer, diff et déploiement (cluster local)', () => {
  suiteSetup(async () => {
    await activateExtension();
    const api = vscode.extensions.getExtension<{ clusterReady: Promise<void> }>('kube-apprenti.kube-apprenti')?.exports;
    await api?.clusterReady;
  });
  suiteTeardown(async () => {
    await gw().delete({ apiVersion: 'v1', kind: 'Namespace', name: ns }).catch(() => undefined);
  });

  test('« Appliquer » sur le CodeLens crée l’objet dans le cluster, puis le statut du déploiement se termine', async () => {
    const doc = await open('web.yaml', manifest('nginx:1.27'));
    const lenses = await waitFor(
      async () => (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri)) ?? [],
      (ls) => ls.some((l) => l.command?.title.includes('Statut du déploiement')), 20000);
    const titles = lenses.map((l) => l.command?.title ?? '');
    assert.ok(titles.some((t) => t.includes('Appliquer')) && titles.some((t) => t.includes('Diff')), titles.join(' | '));
    // apply the whole file from the editor (the Namespace must exist before the Deployment's own lens works)
    const report = await vscode.commands.executeCommand<ApplyReport>('kubeApprenti.appliquer');
    assert.ok(report?.ok, JSON.stringify(report?.results.map((r) => r.error)));
    assert.deepEqual(report.results.map((r) => [r.ref?.kind, r.outcome]), [['Namespace', 'created'], ['Deployment', 'created']]);
    const dep = await gw().get({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', namespace: ns });
    assert.equal(dep.metadata.name, 'web');
    // the Deployment's own CodeLens: « Appliquer » reports unchanged
    const depLens = lenses.find((l) => l.command?.title.includes('Appliquer') && l.range.start.line === 5);
    assert.ok(depLens?.command, 'a lens above the Deployment');
    const again = await vscode.commands.executeCommand<ApplyReport>(depLens.command.command, ...(depLens.command.arguments ?? []));
    assert.deepEqual(again?.results.map((r) => r.outcome), ['unchanged']);
    const statusLens = lenses.find((l) => l.command?.title.includes('Statut du déploiement'));
    const status = await vscode.commands.executeCommand<FollowResult>(statusLens!.command!.command, ...(statusLens!.command!.arguments ?? []));
    assert.equal(status?.result, 'done');
  });

  test('un champ mal orthographié devient un diagnostic « kube-apprenti (cluster) » sur sa ligne', async () => {
    const doc = await open('typo.yaml', manifest('nginx:1.27', 'contianerPort'));
    const report = await vscode.commands.executeCommand<ApplyReport>('kubeApprenti.appliquer');
    assert.equal(report?.applied, false);
    const diags = await waitFor(() => vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'kube-apprenti (cluster)'), (d) => d.length > 0, 10000);
    const line = doc.getText().split('\n').findIndex((l) => l.includes('contianerPort'));
    assert.ok(diags.some((d) => d.range.start.line === line && /Champ inconnu «\scontianerPort\s»/.test(d.message)), JSON.stringify(diags.map((d) => [d.range.start.line, d.message])));
    // fixed and applied: the diagnostic goes away
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, doc.lineAt(line).range, doc.lineAt(line).text.replace('contianerPort', 'containerPort'));
    await vscode.workspace.applyEdit(edit);
    const fixed = await vscode.commands.executeCommand<ApplyReport>('kubeApprenti.appliquer');
    assert.ok(fixed?.ok);
    assert.equal(vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'kube-apprenti (cluster)').length, 0);
  });

  test('« Diff » ouvre l’éditeur de différences avec un résumé en français', async () => {
    await open('diff.yaml', manifest('nginx:1.28'));
    const report = await vscode.commands.executeCommand<DiffReport>('kubeApprenti.diff');
    assert.equal(report?.changed, true);
    const dep = report.items.find((i) => i.result.ref?.kind === 'Deployment');
    assert.deepEqual(dep?.summary, ['Image du conteneur «\u00a0web\u00a0»\u00a0: nginx:1.27 → nginx:1.28']);
    const tabs = await waitFor(() => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputTextDiff && t.input.original.scheme === 'kube-apprenti-diff'), (t) => t.length > 0, 10000);
    assert.ok(tabs.length > 0, 'a diff editor on our read-only documents');
  });
  test('« Appliquer le rendu » sur le kustomization.yaml d’un overlay applique les objets rendus ; « Diff » ne voit alors plus rien à changer', async () => {
    const root = path.join(dir, 'kustomize');
    fs.mkdirSync(path.join(root, 'base'), { recursive: true });
    fs.mkdirSync(path.join(root, 'dev'), { recursive: true });
    // The base keeps the run's namespace: its objects must not meet the other suites' files (the workspace's
    // application/service.yaml selects app: web in the default namespace).
    fs.writeFileSync(path.join(root, 'base', 'web.yaml'), manifest('nginx:1.27').split('---\n')[1]);
    fs.writeFileSync(path.join(root, 'base', 'kustomization.yaml'), 'resources:\n- web.yaml\nconfigMapGenerator:\n- name: conf\n  literals:\n  - A=1\n');
    const doc = await open(path.join('kustomize', 'dev', 'kustomization.yaml'), `namespace: ${ns}\nnameSuffix: -dev\nresources:\n- ../base\n`);
    const lenses = await waitFor(
      async () => (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri)) ?? [],
      (ls) => ls.some((l) => l.command?.title.includes('Appliquer le rendu')), 20000);
    const lens = lenses.find((l) => l.command?.title.includes('Appliquer le rendu'));
    assert.equal(lens?.range.start.line, 0);
    const report = await vscode.commands.executeCommand<ApplyReport>(lens!.command!.command, ...(lens!.command!.arguments ?? []));
    assert.ok(report?.ok, JSON.stringify(report?.results.map((r) => r.error)));
    assert.deepEqual(report.results.map((r) => [r.ref?.kind, r.ref?.name.replace(/-[a-z0-9]{10}$/, '-<hash>'), r.outcome]).sort(),
      [['ConfigMap', 'conf-dev-<hash>', 'created'], ['Deployment', 'web-dev', 'created']]);
    const dep = await gw().get({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web-dev', namespace: ns });
    assert.equal(dep.metadata.annotations?.['config.kubernetes.io/origin'], undefined);
    const diffLens = lenses.find((l) => l.command?.command === 'kubeApprenti.diffRendu');
    const diff = await vscode.commands.executeCommand<DiffReport>(diffLens!.command!.command, ...(diffLens!.command!.arguments ?? []));
    assert.deepEqual(diff?.items.map((i) => i.state), ['same', 'same']);
    // the course's trap, unsaved: nothing rendered, nothing applied
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, doc.lineAt(3).range, '- ./base');
    await vscode.workspace.applyEdit(edit);
    const broken = await vscode.commands.executeCommand<ApplyReport | undefined>(lens!.command!.command, ...(lens!.command!.arguments ?? []));
    assert.equal(broken, undefined);
  });
});
