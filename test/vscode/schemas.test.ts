// Hovers, completion, outline and go-to-definition inside the real extension host (through VS Code's own
// provider commands, as the editor calls them).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, waitFor, workspaceUri } from './helpers';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

async function openAt(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc);
}

suite('Schémas : survols, complétion et navigation', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  test('survoler `replicas` donne l’explication française et la commande kubectl explain', async () => {
    const uri = workspaceUri('application', 'deployment.yaml');
    const editor = await openAt(uri);
    const line = editor.document.getText().split('\n').findIndex((l) => l.includes('replicas:'));
    const text = await waitFor(
      async () => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line, 4))),
      (t) => t.includes('kubectl explain'), 60000);
    assert.match(text, /Nombre de Pods identiques souhaités/);
    assert.match(text, /kubectl explain deployment\.spec\.replicas/);
  });

  test('la complétion propose les objets du cours dans un fichier vide, et le Deployment + Service inséré est valide', async () => {
    const uri = workspaceUri('application', 'nouveau.yaml');
    await vscode.workspace.fs.writeFile(uri, new Uint8Array());
    const editor = await openAt(uri);
    const list = await waitFor(
      async () => vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(0, 0)),
      (l) => (l?.items.length ?? 0) > 0, 60000);
    const pair = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'Deployment + Service');
    assert.ok(pair, 'snippet « Deployment + Service » missing');
    const body = pair.insertText instanceof vscode.SnippetString ? pair.insertText : new vscode.SnippetString(String(pair.insertText ?? ''));
    assert.ok(await editor.insertSnippet(body, new vscode.Position(0, 0)));
    await editor.document.save();
    const text = editor.document.getText();
    assert.match(text, /kind: Deployment[\s\S]*kind: Service/);
    // The file the snippet produced is valid for the schema rules (no KA04x / KA15x diagnostic).
    await new Promise((r) => setTimeout(r, 1500));
    const schemaDiags = vscode.languages.getDiagnostics(uri).filter((d) => /^KA(04[1236]|15\d)$/.test(String(typeof d.code === 'object' ? d.code.value : d.code)));
    assert.deepEqual(schemaDiags.map((d) => d.message), []);
    const fields = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri,
      new vscode.Position(text.split('\n').findIndex((l) => l.includes('- name:')) + 1, 10));
    assert.ok(fields.items.some((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'env'), 'container fields offered');
  });

  test('le plan du fichier liste une entrée par objet, avec ses conteneurs', async () => {
    const uri = workspaceUri('application', 'deployment.yaml');
    const symbols = await waitFor(
      async () => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri),
      (s) => (s?.length ?? 0) > 0, 60000);
    assert.equal(symbols[0].name, 'Deployment/frontend');
    assert.deepEqual(symbols[0].children.map((c) => c.name), ['frontend']);
  });

  test('aller à la définition depuis le sélecteur d’un Service mène au template du Deployment', async () => {
    const uri = workspaceUri('application', 'service-webapp.yaml');
    const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: webapp\nspec:\n  selector:\n    app: webapp\n  ports:\n    - port: 80\n      targetPort: http\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    await vscode.workspace.openTextDocument(uri);
    const locs = await waitFor(
      async () => vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', uri, new vscode.Position(6, 5)),
      (l) => (l?.length ?? 0) > 0, 60000);
    const target = locs[0];
    const targetUri = 'uri' in target ? target.uri : target.targetUri;
    const range = 'range' in target ? target.range : target.targetRange;
    assert.ok(targetUri.path.endsWith('/application/deployment.yaml'), targetUri.path);
    assert.equal(range.start.line, 14, 'the template labels of the Deployment');
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const f of ['nouveau.yaml', 'service-webapp.yaml']) {
      await vscode.workspace.fs.delete(workspaceUri('application', f)).then(undefined, () => undefined);
    }
  });
});
