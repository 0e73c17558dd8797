// A chart's helpers (`templates/_helpers.tpl`) over stdio, opened as VS Code opens them (languageId `plaintext`):
// hover, completion and go to definition on `.Values…`; a template error inside a define lands on its .tpl line in
// French and goes once fixed (unsaved); a nil pointer in a helper lands on the helper's line with the calling
// `include` related; the « Aperçu du rendu » follows the unsaved helper; closing the helper goes back to the disk;
// no YAML diagnostic on Go-template text; a `.tpl` outside any chart (Smarty…) is left alone.
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { BUILD_COMMAND, findRenderer } from '../../core/render/locate';
import { DiagnosticsClient, filesOf, messageOf, SERVER } from './diagnostics.client';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const T = 'monsterchart/templates';
const HELPERS = `${T}/_helpers.tpl`;

/** Line and column of the first occurrence of `needle` (plus `delta` characters) in `text`. */
function pos(text: string, needle: string, delta = 0): { line: number; character: number } {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, needle);
  const before = text.slice(0, at + delta);
  return { line: before.split('\n').length - 1, character: before.length - before.lastIndexOf('\n') - 1 };
}

type Hover = { contents: { value: string }; range: { start: { line: number; character: number } } } | null;
type Items = { items: Array<{ label: string }> };
type Loc = Array<{ uri: string; range: { start: { line: number } } }>;

describe('a chart’s _helpers.tpl over stdio', function () {
  this.timeout(60000);
  let c: DiagnosticsClient;
  before(() => {
    assert.ok(existsSync(SERVER), `${SERVER} missing: run node esbuild.mjs first`);
    assert.ok(findRenderer(), `ka-render is missing: run « ${BUILD_COMMAND} » first`);
  });
  afterEach(async () => { await c?.stop(); });

  const settled = () => c.conn.sendRequest('kubeApprenti/analyseTerminee');

  it('hovers, completes and goes to definition on .Values in a helper; its template errors land on its lines and follow unsaved edits', async () => {
    const files = filesOf(path.join(FIXTURES, 'helm', 'monsterchart'), 'monsterchart/');
    c = new DiagnosticsClient(files);
    await c.start();
    const tpl = files[HELPERS];
    await c.waitFor(() => c.codes(`${T}/redis.yaml`).includes('KA059'), 'the chart rendered (KA059 on the redis template)');
    await c.open(HELPERS, tpl, 'plaintext');
    await settled();
    // Go-template text: no YAML diagnostic, and no « not analysed » notice (the chart is checked through its render).
    assert.deepEqual(c.codes(HELPERS), []);

    // Hover: the value and the values.yaml line that sets it.
    const values = files['monsterchart/values.yaml'];
    const tagLine = values.split('\n').findIndex((l, i, all) => l.includes('tag: "1.0"') && all.slice(0, i).some((x) => x.startsWith('imagebackend:')));
    const at = pos(tpl, '.Values.imagebackend.image.tag', 28);
    const h = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: c.uri(HELPERS) }, position: at }) as Hover;
    assert.ok(h, 'a hover on .Values.imagebackend.image.tag');
    assert.match(h.contents.value, /^\*\*`\.Values\.imagebackend\.image\.tag`\*\*\n\nValeur\u00a0: `1\.0`\n\nDéfinie dans `values\.yaml`, ligne (\d+)\./);
    assert.equal(Number(/ligne (\d+)/.exec(h.contents.value)![1]), tagLine + 1);
    assert.deepEqual(h.range.start, pos(tpl, '.Values.imagebackend.image.tag'));

    // Go to definition: that values.yaml line.
    const defs = await c.conn.sendRequest('textDocument/definition', { textDocument: { uri: c.uri(HELPERS) }, position: at }) as Loc;
    assert.deepEqual(defs.map((d) => [d.uri, d.range.start.line]), [[c.uri('monsterchart/values.yaml'), tagLine]]);

    // Completion after `.Values.` and `.Values.imagebackend.` in a define being written (trigger character `.`).
    const typing = `${tpl}\n{{- define "monsterchart.x" -}}\n{{ .Values. }}\n{{ .Values.imagebackend. }}\n{{- end }}\n`;
    await c.change(HELPERS, typing);
    const complete = async (needle: string) => c.conn.sendRequest('textDocument/completion', {
      textDocument: { uri: c.uri(HELPERS) }, position: pos(typing, needle, needle.length), context: { triggerKind: 2, triggerCharacter: '.' },
    }) as Promise<Items>;
    assert.deepEqual((await complete('{{ .Values.')).items.map((i) => i.label), ['frontend', 'imagebackend', 'redis', 'ingress', 'secret']);
    assert.deepEqual((await complete('{{ .Values.imagebackend.')).items.map((i) => i.label), ['image']);

    // A typo in a define, after a comment over several lines: French KA111 on that .tpl line; the render is gone.
    const typo = tpl.replace('helm.sh/chart: {{ include', 'helm.sh/chart: {{ inclde');
    await c.change(HELPERS, typo);
    const typoLine = typo.split('\n').findIndex((l) => l.includes('inclde'));
    // (The unfinished `{{ .Values. }}` above was an error too, on its own line: that one must have gone.)
    await c.waitFor(() => c.of(HELPERS).some((d) => d.code === 'KA111' && d.range.start.line === typoLine), 'KA111 on the typo line of _helpers.tpl');
    const d = c.of(HELPERS).find((x) => x.code === 'KA111')!;
    assert.deepEqual(c.codes(HELPERS), ['KA111']);
    assert.match(messageOf(d), /^La fonction `inclde` n’existe pas dans les templates Helm/);
    await settled();
    assert.ok(!c.codes(`${T}/redis.yaml`).includes('KA059'), 'no rendered finding while the chart does not render');
    // Fixed without saving: the error goes, the rendered findings come back.
    await c.change(HELPERS, tpl);
    await c.waitFor(() => !c.codes(HELPERS).includes('KA111') && c.codes(`${T}/redis.yaml`).includes('KA059'), 'KA111 gone, chart rendered again');
    assert.deepEqual(c.codes(HELPERS), []);

    // A nil pointer inside the helper: on the helper's line, the `include` of imagebackend.yaml related.
    const nil = tpl.replace('{{ .Values.imagebackend.image.name }}', '{{ .Values.imagebackend.imag.name }}');
    await c.change(HELPERS, nil);
    await c.waitFor(() => c.of(HELPERS).some((x) => x.code === 'KA110'), 'KA110 on _helpers.tpl');
    const n = c.of(HELPERS).find((x) => x.code === 'KA110')!;
    assert.equal(n.range.start.line, nil.split('\n').findIndex((l) => l.includes('.imag.name')));
    assert.match(messageOf(n), /`\.Values\.imagebackend\.imag\.name` lit `name` dans une valeur qui n’existe pas \(nil pointer\)/);
    const backend = files[`${T}/imagebackend.yaml`];
    assert.deepEqual(n.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line, r.message]),
      [[c.uri(`${T}/imagebackend.yaml`), backend.split('\n').findIndex((l) => l.includes('monsterchart.imagebackendImage')), 'Appel (`include` ou `template`) qui mène à cette erreur']]);
    await settled();
    assert.ok(!c.codes(`${T}/imagebackend.yaml`).includes('KA110'), 'the error is not repeated on the calling template');

    // The preview follows the unsaved helper.
    const modified: string[] = [];
    c.conn.onNotification('kubeApprenti/rendu/modifie', (p: { dirUri: string }) => { modified.push(p.dirUri); });
    await c.change(HELPERS, tpl.replace(':{{ .Values.imagebackend.image.tag }}', ':tpl-{{ .Values.imagebackend.image.tag }}'));
    let preview = '';
    for (let i = 0; i < 100 && !preview.includes('amouat/dnmonster:tpl-1.0'); i++) {
      preview = (await c.conn.sendRequest('kubeApprenti/rendu/apercu', { uri: c.uri(HELPERS) }) as { text: string }).text;
      if (!preview.includes('amouat/dnmonster:tpl-1.0')) await new Promise((r) => setTimeout(r, 100));
    }
    assert.match(preview, /image: "amouat\/dnmonster:tpl-1\.0"/);
    assert.ok(modified.includes(c.uri('monsterchart')), JSON.stringify(modified));

    // Closed with an unsaved typo: back to the file on disk, its diagnostics follow the disk text.
    await c.change(HELPERS, typo);
    await c.waitFor(() => c.codes(HELPERS).includes('KA111'), 'KA111 again');
    await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: c.uri(HELPERS) } });
    await c.waitFor(() => c.codes(HELPERS).length === 0 && c.codes(`${T}/redis.yaml`).includes('KA059'), 'disk text rendered after close');
  });

  it('handles a new helper in a chart whatever its languageId (Neovim: helm), and leaves a .tpl outside any chart alone', async () => {
    const files = filesOf(path.join(FIXTURES, 'helm', 'monsterchart'), 'monsterchart/');
    // A helper file just created in the chart (empty on disk, as the explorer's « New File » makes it).
    files[`${T}/_extra.tpl`] = '';
    files['site/templates/page.tpl'] = '<h1>{$title}</h1>\n{if $user}: {$user.name}{/if}\nkey: [unclosed\n';
    c = new DiagnosticsClient(files);
    await c.start();
    await c.waitFor(() => c.codes(`${T}/redis.yaml`).includes('KA059'), 'the chart rendered');
    // Written with a typo (`toYmal`): Helm parses every helper, used or not.
    const extra = '{{- define "monsterchart.redisImage" -}}\n{{ .Values.redis.image.name }}:{{ toYmal .Values.redis.image.tag }}\n{{- end }}\n';
    await c.open(`${T}/_extra.tpl`, '', 'helm');
    await settled();
    assert.deepEqual(c.codes(`${T}/_extra.tpl`), [], 'an empty helper: no YAML diagnostic, no notice');
    await c.change(`${T}/_extra.tpl`, extra);
    await c.waitFor(() => c.of(`${T}/_extra.tpl`).some((d) => d.code === 'KA111' && d.range.start.line === 1), 'KA111 on line 2 of the new helper');
    const h = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: c.uri(`${T}/_extra.tpl`) }, position: pos(extra, '.Values.redis.image.name', 22) }) as Hover;
    assert.match(h!.contents.value, /Valeur\u00a0: `redis`/);

    // Smarty's templates folder: no diagnostic is ever published for it, no hover, no completion.
    const page = files['site/templates/page.tpl'];
    await c.open('site/templates/page.tpl', page, 'smarty');
    await c.change('site/templates/page.tpl', `${page}{{ .Values.x }}\n`);
    await settled();
    assert.ok(!c.diagnostics.has(c.uri('site/templates/page.tpl')), c.dump());
    assert.equal(await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: c.uri('site/templates/page.tpl') }, position: { line: 3, character: 6 } }), null);
    const items = await c.conn.sendRequest('textDocument/completion', { textDocument: { uri: c.uri('site/templates/page.tpl') }, position: { line: 3, character: 11 } }) as Items;
    assert.deepEqual(items.items, []);
    await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: c.uri('site/templates/page.tpl') } });
    await settled();
    assert.ok(!c.diagnostics.has(c.uri('site/templates/page.tpl')), c.dump());
  });
});
