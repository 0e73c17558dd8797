// « Carte de l’application » inside the real extension host, against the local cluster (KUBECONFIG = admin): the map of
// a namespace shows the workspace file and the live objects together, the broken selector in red with its reason; it
// follows the editor (a fix typed, not saved) and the cluster (a Deployment deleted); a node opens its manifest line.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ClusterGateway } from '../../core/cluster/gateway';
import type { MapGraph } from '../../core/map';
import { liveWebApp, waitFor, workspaceUri } from './helpers';

const ns = `inhost-carte-${Date.now().toString(36)}`;
const gw = (): ClusterGateway => ClusterGateway.connect({ kubeconfig: process.env.KUBECONFIG });
const SERVICE = `# the web Service
apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: ${ns}
spec:
  selector:
    app: wbe
  ports:
    - port: 80
      targetPort: 80
`;
const graph = async () => vscode.commands.executeCommand<MapGraph | undefined>('kubeApprenti.carte.etat');
const edge = (g: MapGraph | undefined, from: string, to: string) => g?.edges.find((e) => e.from === from && e.to === to);

suite('Carte de l’application (cluster local)', () => {
  const file = workspaceUri('k8s-carte', 'service.yaml');
  const app = liveWebApp(ns, SERVICE, file);
  suiteSetup(() => app.setup());
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await app.teardown();
  });

  test('fichier et cluster ensemble, le sélecteur cassé en rouge avec sa raison', async () => {
    await vscode.commands.executeCommand('kubeApprenti.carte', { namespace: ns });
    const g = await waitFor(graph, (x) => !!edge(x, 'Service/web', 'Pod/app=wbe')?.broken && !!x?.nodes.some((n) => n.kind === 'Pod' && n.origin === 'cluster'), 60_000);
    const svc = g?.nodes.find((n) => n.id === 'Service/web');
    assert.equal(svc?.origin, 'both');
    assert.equal(svc?.differs, undefined);
    assert.equal(svc?.manifest?.label, 'k8s-carte/service.yaml');
    assert.equal(svc?.manifest?.line, 1);
    assert.equal(edge(g, 'Service/web', 'Pod/app=wbe')?.reason,
      'le sélecteur app=wbe de Service «\u00a0web\u00a0» ne correspond à aucun Pod ni modèle de Pod de l’espace de noms');
    assert.equal(g?.nodes.find((n) => n.id === 'Deployment/web')?.origin, 'cluster');
  });

  test('un nœud ouvre la ligne de son manifeste', async () => {
    await vscode.commands.executeCommand('kubeApprenti.carte.ouvrirNoeud', 'Service/web');
    const ed = await waitFor(() => vscode.window.activeTextEditor, (e) => e?.document.uri.path.endsWith('/k8s-carte/service.yaml') === true, 15_000);
    assert.equal(ed?.selection.active.line, 1);
  });

  test('la carte suit l’éditeur (correction non enregistrée) et le cluster (Deployment supprimé)', async () => {
    const doc = await vscode.workspace.openTextDocument(file);
    const edit = new vscode.WorkspaceEdit();
    const at = doc.getText().indexOf('app: wbe');
    edit.replace(file, new vscode.Range(doc.positionAt(at), doc.positionAt(at + 'app: wbe'.length)), 'app: web');
    assert.ok(await vscode.workspace.applyEdit(edit));
    let g = await waitFor(graph, (x) => !!edge(x, 'Service/web', 'Deployment/web') && !edge(x, 'Service/web', 'Pod/app=wbe'), 30_000);
    assert.equal(edge(g, 'Service/web', 'Deployment/web')?.broken, undefined);
    assert.equal(g?.nodes.find((n) => n.id === 'Service/web')?.differs, true, 'the file now differs from the live Service');
    assert.equal(g?.nodes.find((n) => n.id === 'Service/web')?.differsAt, 'spec.selector.app');
    await gw().delete({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', namespace: ns });
    g = await waitFor(graph, (x) => !x?.nodes.some((n) => n.id === 'Deployment/web'), 60_000);
    assert.ok(!g?.nodes.some((n) => n.id === 'Deployment/web'));
    assert.equal(edge(g, 'Service/web', 'Deployment/web'), undefined);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
