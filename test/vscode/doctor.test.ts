// « Diagnostiquer » inside the real extension host, against the local cluster (KUBECONFIG = admin): from a tree item
// on a broken Service the report opens with the first ✘ link and its fix on top, and « Manifeste : … » is a link to the
// workspace file that defines the Service; the manifest gets a « Diagnostiquer » CodeLens.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { liveWebApp, waitFor, workspaceUri } from './helpers';

const ns = `inhost-doctor-${Date.now().toString(36)}`;
const SERVICE = `apiVersion: v1
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

suite('Diagnostiquer (cluster local)', () => {
  const file = workspaceUri('k8s-doctor', 'service.yaml');
  const app = liveWebApp(ns, SERVICE, file);
  suiteSetup(() => app.setup());
  suiteTeardown(() => app.teardown());

  test('depuis l’arbre : le premier maillon cassé, sa correction et le lien vers le manifeste', async () => {
    const run = async () => {
      await vscode.commands.executeCommand('kubeApprenti.diagnostiquer', { ref: { resource: 'services', kind: 'Service', name: 'web', namespace: ns } });
      return vscode.window.activeTextEditor?.document;
    };
    // the workspace manifest index is rebuilt a moment after the file is written: ask again until the link is there
    const doc = await waitFor(run, (d) => d?.uri.scheme === 'kube-apprenti-diagnostic' && /Manifeste\u00a0: k8s-doctor\/service\.yaml:1/.test(d.getText()), 30_000);
    assert.equal(doc?.uri.scheme, 'kube-apprenti-diagnostic');
    const text = doc!.getText();
    const lines = text.split('\n');
    assert.equal(lines[2], 'Premier maillon cassé\u00a0: Le sélecteur app=wbe du Service désigne des Pods');
    assert.match(text, /Constat\u00a0: aucun Pod ni modèle de Pod ne porte les étiquettes app=wbe/);
    assert.match(text, /étiquettes vues\u00a0: app=web/);
    assert.match(text, /À faire\u00a0: Alignez spec\.selector du Service/);
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', doc!.uri);
    const link = links.find((l) => l.target?.path.endsWith('/k8s-doctor/service.yaml'));
    assert.ok(link, JSON.stringify(links.map((l) => l.target?.toString())));
    assert.equal(link.target?.fragment, 'L1');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('une CodeLens « Diagnostiquer » au-dessus du Service dans le manifeste', async () => {
    const doc = await vscode.workspace.openTextDocument(file);
    const lenses = await waitFor(async () => (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri)) ?? [],
      (l) => !!l?.some((x) => x.command?.command === 'kubeApprenti.diagnostiquer'), 15_000);
    const lens = lenses.find((x) => x.command?.command === 'kubeApprenti.diagnostiquer');
    assert.ok(lens, JSON.stringify(lenses.map((l) => l.command?.title)));
    assert.equal(lens.command?.title, '$(debug-alt) Diagnostiquer');
    assert.deepEqual(lens.command?.arguments, [{ kind: 'Service', name: 'web', namespace: ns }]);
    assert.equal(lens.range.start.line, 0);
  });
});
