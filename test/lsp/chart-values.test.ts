// « Aperçu du rendu » and chart values over stdio (dist/server.js with the real ka-render): hover, completion and
// go to definition on `.Values…` in a template; the values file chosen with kubeApprenti/rendu/choisirValeurs drives
// the hover, the render and the preview; the preview follows an edit of the open template (the server notifies
// kubeApprenti/rendu/modifie); an overlay's preview names the source file of each object; French hovers on
// Chart.yaml and kustomization.yaml fields.
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { BUILD_COMMAND, findRenderer } from '../../core/render/locate';
import { DiagnosticsClient, filesOf, SERVER } from './diagnostics.client';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const T = 'monsterchart/templates';

type Hover = { contents: { value: string }; range: { start: { line: number; character: number } } } | null;
type Items = { items: Array<{ label: string; detail?: string }> };
type Loc = Array<{ uri: string; range: { start: { line: number } } }>;
type Preview = { dirUri: string; text: string };

/** Line and column of the first occurrence of `needle` (plus `delta` characters) in `text`. */
function pos(text: string, needle: string, delta = 0): { line: number; character: number } {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, needle);
  const before = text.slice(0, at + delta);
  return { line: before.split('\n').length - 1, character: before.length - before.lastIndexOf('\n') - 1 };
}

describe('chart values and the render preview over stdio', function () {
  this.timeout(60000);
  let c: DiagnosticsClient;
  before(() => {
    assert.ok(existsSync(SERVER), `${SERVER} missing: run node esbuild.mjs first`);
    assert.ok(findRenderer(), `ka-render is missing: run « ${BUILD_COMMAND} » first`);
  });
  afterEach(async () => { await c?.stop(); });

  /** Asks for the preview until it shows a rendered object (the first render follows the scan). */
  async function previewOf(rel: string, until: (text: string) => boolean): Promise<string> {
    let last = '';
    for (let i = 0; i < 100; i++) {
      last = (await c.conn.sendRequest('kubeApprenti/rendu/apercu', { uri: c.uri(rel) }) as Preview).text;
      if (until(last)) return last;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.fail(`preview never matched; last:\n${last}`);
  }

  it('hovers, completes and goes to definition on .Values in a template; the chosen values file drives hover, render and preview', async () => {
    const files = filesOf(path.join(FIXTURES, 'helm', 'monsterchart'), 'monsterchart/');
    files['monsterchart/values-dev.yaml'] = 'frontend:\n  image:\n    tag: "2.0"\nsecret:\n  password: monster!\n';
    c = new DiagnosticsClient(files);
    await c.start();
    const rel = `${T}/frontend.yaml`;
    const tpl = files[rel];
    await c.open(rel, tpl);
    const modified: string[] = [];
    c.conn.onNotification('kubeApprenti/rendu/modifie', (p: { dirUri: string }) => { modified.push(p.dirUri); });


    const hover = async () => c.conn.sendRequest('textDocument/hover', { textDocument: { uri: c.uri(rel) }, position: pos(tpl, '.Values.frontend.image.tag', 24) }) as Promise<Hover>;
    const h = (await hover())!;
    const valuesText = files['monsterchart/values.yaml'];
    const tagLine = valuesText.split('\n').findIndex((l) => l.includes('tag: "1.0"'));
    assert.match(h.contents.value, /^\*\*`\.Values\.frontend\.image\.tag`\*\*\n\nValeur\u00a0: `1\.0`\n\nDéfinie dans `values\.yaml`, ligne (\d+)\./);
    assert.equal(Number(/ligne (\d+)/.exec(h.contents.value)![1]), tagLine + 1);
    assert.deepEqual(h.range.start, pos(tpl, '.Values.frontend.image.tag'));

    // Completion after `.Values.` and `.Values.frontend.` (trigger character `.`).
    const edited = tpl.replace('replicas: 3', 'replicas: 3\n  x: {{ .Values. }}\n  y: {{ .Values.frontend. }}');
    await c.change(rel, edited);
    const complete = async (needle: string) => c.conn.sendRequest('textDocument/completion', {
      textDocument: { uri: c.uri(rel) }, position: pos(edited, needle, needle.length), context: { triggerKind: 2, triggerCharacter: '.' },
    }) as Promise<Items>;
    assert.deepEqual((await complete('{{ .Values.')).items.map((i) => i.label), ['frontend', 'imagebackend', 'redis', 'ingress', 'secret']);
    assert.deepEqual((await complete('{{ .Values.frontend.')).items.map((i) => i.label), ['image', 'service']);
    await c.change(rel, tpl);

    // Go to definition: the values.yaml line.
    const defs = await c.conn.sendRequest('textDocument/definition', { textDocument: { uri: c.uri(rel) }, position: pos(tpl, '.Values.frontend.image.tag', 24) }) as Loc;
    assert.deepEqual(defs.map((d) => [d.uri, d.range.start.line]), [[c.uri('monsterchart/values.yaml'), tagLine]]);

    // The preview: every object with its `# Source:`, the values of values.yaml.
    const before = await previewOf(rel, (t) => t.includes('kind: Deployment'));
    assert.match(before, /^# Aperçu du rendu de monsterchart \(lecture seule, mis à jour à chaque modification\)\n# Valeurs\u00a0: values\.yaml\n---\n# Source: monsterchart\/templates\/frontend-config\.yaml\n/);
    assert.match(before, /# Source: monsterchart\/templates\/frontend\.yaml\napiVersion: apps\/v1\nkind: Deployment\n/);
    assert.match(before, /image: "tecp1\/monstericon:1\.0"/);
    assert.ok(c.diagnostics.has(c.uri(`${T}/redis.yaml`)) && !c.codes(`${T}/redis.yaml`).includes('KA018'), 'values.yaml alone: the Secret value is base64');
    const target = await c.conn.sendRequest('kubeApprenti/rendu/cible', { uri: c.uri(rel) }) as { kind: string; dirUri: string; title: string; valuesCandidates: string[] };
    assert.deepEqual([target.kind, target.dirUri, target.title, target.valuesCandidates], ['helm', c.uri('monsterchart'), 'monsterchart', [c.uri('monsterchart/values-dev.yaml')]]);

    // The student chooses values-dev.yaml: hover, definition and preview follow.
    await c.conn.sendRequest('kubeApprenti/rendu/choisirValeurs', { chartDirUri: c.uri('monsterchart'), values: [c.uri('monsterchart/values-dev.yaml')] });
    const h2 = (await hover())!.contents.value;
    assert.match(h2, /Valeur\u00a0: `2\.0`\n\nDéfinie dans `values-dev\.yaml`, ligne 3\.\n\nElle remplace celle de `values\.yaml`, ligne \d+\./);
    const defs2 = await c.conn.sendRequest('textDocument/definition', { textDocument: { uri: c.uri(rel) }, position: pos(tpl, '.Values.frontend.image.tag', 24) }) as Loc;
    assert.deepEqual(defs2.map((d) => [d.uri, d.range.start.line]), [[c.uri('monsterchart/values-dev.yaml'), 2], [c.uri('monsterchart/values.yaml'), tagLine]]);
    const withDev = await previewOf(rel, (t) => t.includes('monstericon:2.0'));
    assert.match(withDev, /# Valeurs\u00a0: values\.yaml, values-dev\.yaml\n/);
    // The choice drives the diagnostics too: the Secret value of values-dev.yaml is not base64 (KA018 on the
    // template line, values-dev.yaml related), which values.yaml alone never gave.
    await c.waitFor(() => c.of(`${T}/redis.yaml`).some((d) => d.code === 'KA018'), 'KA018 from values-dev.yaml');
    const ka018 = c.of(`${T}/redis.yaml`).find((d) => d.code === 'KA018')!;
    assert.equal(ka018.range.start.line, files[`${T}/redis.yaml`].split('\n').findIndex((l) => l.includes('password:')));
    assert.ok(ka018.relatedInformation?.some((r) => r.location.uri === c.uri('monsterchart/values-dev.yaml') && r.location.range.start.line === 4), JSON.stringify(ka018.relatedInformation));

    // An edit of the open template renders again, the server says so, and the preview shows it.
    modified.length = 0;
    await c.change(rel, tpl.replace('replicas: 3', 'replicas: 5'));
    const after = await previewOf(rel, (t) => /kind: Deployment[\s\S]*replicas: 5/.test(t));
    assert.match(after, /monstericon:2\.0/);
    assert.ok(modified.includes(c.uri('monsterchart')), JSON.stringify(modified));
  });

  it('previews an overlay with the source file of each object, and explains Chart.yaml and kustomization.yaml fields in French', async () => {
    const files = { ...filesOf(path.join(FIXTURES, 'kustomize', 'k8s'), 'k8s/'), ...filesOf(path.join(FIXTURES, 'helm', 'monsterchart'), 'monsterchart/') };
    c = new DiagnosticsClient(files);
    await c.start();
    const text = await previewOf('k8s/dev/kustomization.yaml', (t) => t.includes('kind: Deployment'));
    assert.match(text, /^# Aperçu du rendu de k8s\/dev /);
    assert.match(text, /---\n# Source: \.\.\/base\/frontend\.yaml\napiVersion: apps\/v1\nkind: Deployment\nmetadata:\n  labels:\n    app: monsterstack\n  name: frontend-dev\n/);
    assert.doesNotMatch(text, /config\.kubernetes\.io\/origin/);
    // A base file is rendered by the base and by both overlays: the student may choose the one previewed.
    const base = await c.conn.sendRequest('kubeApprenti/rendu/cible', { uri: c.uri('k8s/base/frontend.yaml') }) as { dirUri: string; overlays: string[] };
    assert.equal(base.dirUri, c.uri('k8s/base'));
    assert.deepEqual([...base.overlays].sort(), [c.uri('k8s/base'), c.uri('k8s/dev'), c.uri('k8s/prod')]);
    await c.conn.sendRequest('kubeApprenti/rendu/choisirOverlay', { uri: c.uri('k8s/base/frontend.yaml'), overlayDirUri: c.uri('k8s/prod') });
    assert.match(await previewOf('k8s/base/frontend.yaml', (t) => t.includes('kind:')), /^# Aperçu du rendu de k8s\/prod /);

    const kust = files['k8s/dev/kustomization.yaml'];
    await c.open('k8s/dev/kustomization.yaml', kust);
    const hk = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: c.uri('k8s/dev/kustomization.yaml') }, position: pos(kust, 'nameSuffix', 2) }) as Hover;
    assert.match(hk!.contents.value, /^\*\*`nameSuffix`\*\* — Champ de `kustomization\.yaml` \(Kustomize\)\n\nSuffixe ajouté au nom de chaque objet/);
    const chart = files['monsterchart/Chart.yaml'];
    const hc = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: c.uri('monsterchart/Chart.yaml') }, position: pos(chart, 'appVersion', 2) }) as Hover;
    assert.match(hc!.contents.value, /^\*\*`appVersion`\*\* — Champ de `Chart\.yaml` \(Helm\)\n\nVersion de l’application/);
  });
});
