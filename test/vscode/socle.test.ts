// Foundation, inside the real extension host: activation, the language server's French diagnostics on files that
// were never opened, the language setting, and the palette command.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, diagnosticsOf, waitFor, workspaceUri } from './helpers';

const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

suite('Socle : extension et serveur de langage', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  test('le Service dont le sélecteur ne correspond à aucun Pod est signalé en français, sans ouvrir le fichier', async () => {
    const uri = workspaceUri('application', 'service.yaml');
    const [d] = await diagnosticsOf(uri, 'KA001', 60000);
    assert.ok(d, 'no KA001 diagnostic on service.yaml');
    assert.ok([5, 6].includes(d.range.start.line), `diagnostic should sit on the selector (line 6 or 7), got ${d.range.start.line + 1}`);
    assert.match(d.message, /sélecteur|Pod/);
    assert.match(d.message, /webapp/, 'the closest candidate label should be named');
    const related = d.relatedInformation ?? [];
    assert.ok(related.some((r) => r.location.uri.path.endsWith('/application/deployment.yaml')), 'related information should point at the Deployment');
    assert.ok(typeof d.code === 'object' && /KA001/.test(d.code.target.toString()), 'code should link to the rule page');
  });

  test('la valeur de Secret qui n’est pas du base64 est une erreur en français', async () => {
    const uri = workspaceUri('application', 'secret.yaml');
    const ds = await diagnosticsOf(uri, 'KA018', 60000);
    assert.equal(ds.length, 1);
    assert.equal(ds[0].severity, vscode.DiagnosticSeverity.Error);
    assert.equal(ds[0].range.start.line, 7);
    assert.match(ds[0].message, /base64/);
  });

  test('le réglage kubeApprenti.langue passe les messages en anglais, puis en français', async () => {
    const uri = workspaceUri('application', 'service.yaml');
    const cfg = vscode.workspace.getConfiguration('kubeApprenti');
    const before = (await diagnosticsOf(uri, 'KA001'))[0].message;
    await cfg.update('langue', 'en', vscode.ConfigurationTarget.Workspace);
    try {
      const en = await waitFor(() => vscode.languages.getDiagnostics(uri).find((d) => codeOf(d) === 'KA001')?.message ?? '', (m) => m !== '' && m !== before, 30000);
      assert.notEqual(en, before);
      assert.match(en, /selector|match/i);
    } finally {
      await cfg.update('langue', undefined, vscode.ConfigurationTarget.Workspace);
    }
    const fr = await waitFor(() => vscode.languages.getDiagnostics(uri).find((d) => codeOf(d) === 'KA001')?.message ?? '', (m) => m === before, 30000);
    assert.equal(fr, before);
  });

  test('la commande « Vérifier tous les manifestes » compte les problèmes de l’espace de travail', async () => {
    await diagnosticsOf(workspaceUri('application', 'secret.yaml'), 'KA018');
    const report = await vscode.commands.executeCommand<{ files: number; errors: number; warnings: number }>('kubeApprenti.verifierEspace');
    assert.ok(report.files >= 2, `expected at least 2 files with problems, got ${report.files}`);
    assert.ok(report.errors >= 1);
  });
});
