// The « Kube Apprenti » cluster tree inside the real extension host, against the local cluster (the harness sets
// KUBECONFIG to .cluster/admin.kubeconfig): after applying a Deployment, the tree provider's children include it with
// its Pods Ready; live YAML and scale work from tree items.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ClusterGateway } from '../../core/cluster/gateway';
import { activateExtension, waitFor } from './helpers';

interface NodeSnapshot { id: string; label: string; description?: string; contextValue: string; kind: string; icon?: string }

const ns = `inhost-tree-${Date.now().toString(36)}`;
const gw = (): ClusterGateway => ClusterGateway.connect({ kubeconfig: process.env.KUBECONFIG });
const snapshot = async (labels: string[]): Promise<NodeSnapshot[] | undefined> => vscode.commands.executeCommand<NodeSnapshot[] | undefined>('kubeApprenti.arbre.instantane', labels);
const deployment = (replicas: number) => ({
  apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: ns },
  spec: {
    replicas, selector: { matchLabels: { app: 'web' } },
    template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx:1.27', ports: [{ containerPort: 80 }] }] } },
  },
});

suite('Arbre du cluster (cluster local)', () => {
  let context = '';
  suiteSetup(async () => {
    await activateExtension();
    const api = vscode.extensions.getExtension<{ clusterReady: Promise<void> }>('kube-apprenti.kube-apprenti')?.exports;
    await api?.clusterReady;
    await gw().create({ apiVersion: 'v1', kind: 'Namespace' }, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
  });
  suiteTeardown(async () => {
    await gw().delete({ apiVersion: 'v1', kind: 'Namespace', name: ns }).catch(() => undefined);
  });

  test('la vue « Kube Apprenti » s’ouvre et montre le cluster du kubeconfig', async () => {
    await vscode.commands.executeCommand('workbench.view.extension.kubeApprenti');
    const roots = await waitFor(() => snapshot([]), (r) => !!r && r.length === 1 && r[0].kind === 'cluster', 30_000);
    assert.ok(roots && roots[0].kind === 'cluster', JSON.stringify(roots));
    context = roots[0].label;
    const nss = await waitFor(() => snapshot([context]), (r) => !!r && r.some((n) => n.label === ns), 30_000);
    assert.ok(nss?.some((n) => n.label === ns), `namespace ${ns} missing: ${JSON.stringify(nss?.map((n) => n.label))}`);
  });

  test('après application d’un Deployment, il apparaît avec ses Pods prêts', async () => {
    await gw().apply({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', namespace: ns }, deployment(2));
    const folder = [context, ns, 'Charges de travail', 'Deployments'];
    const deps = await waitFor(() => snapshot(folder), (r) => !!r?.some((n) => n.label === 'web' && n.description === '2/2'), 60_000);
    const web = deps?.find((n) => n.label === 'web');
    assert.equal(web?.description, '2/2', JSON.stringify(deps));
    assert.equal(web?.icon, 'pass-filled');
    assert.match(web?.contextValue ?? '', /\bka-deployment\b.*\bcan-scale\b/);
    const sets = await snapshot([...folder, 'web']);
    assert.equal(sets?.length, 1);
    const pods = await waitFor(() => snapshot([...folder, 'web', sets![0].label]), (r) => r?.length === 2 && r.every((p) => /^En cours d’exécution \(Running\) · 1\/1/.test(p.description ?? '')), 30_000);
    assert.equal(pods?.length, 2, JSON.stringify(pods));
    for (const p of pods ?? []) assert.match(p.contextValue, /\bcan-delete\b/);
  });

  test('le YAML en direct s’ouvre en lecture seule, sans managedFields', async () => {
    await vscode.commands.executeCommand('kubeApprenti.objet.yamlDirect', { ref: { resource: 'deployments', kind: 'Deployment', name: 'web', namespace: ns } });
    const editor = await waitFor(() => vscode.window.activeTextEditor, (e) => e?.document.uri.scheme === 'kube-apprenti-direct', 15_000);
    const text = editor?.document.getText() ?? '';
    assert.match(text, /^# Deployment «\sweb\s» tel qu’il est dans le cluster/);
    assert.match(text, /kind: Deployment/);
    assert.doesNotMatch(text.split('\n').slice(2).join('\n'), /managedFields/);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('changer le nombre de réplicas depuis l’arbre met l’arbre à jour', async () => {
    await vscode.commands.executeCommand('kubeApprenti.objet.mettreAEchelle', { ref: { resource: 'deployments', kind: 'Deployment', name: 'web', namespace: ns } }, 3);
    const deps = await waitFor(() => snapshot([context, ns, 'Charges de travail', 'Deployments']), (r) => !!r?.some((n) => n.label === 'web' && n.description === '3/3'), 60_000);
    assert.ok(deps?.some((n) => n.label === 'web' && n.description === '3/3'), JSON.stringify(deps));
  });
});
