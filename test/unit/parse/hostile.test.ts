// Hostile YAML through the engine: merge keys read as kubectl reads them, deep nesting gives KA105 and alias bombs
// KA106 (never a stack overflow, a hang or a silent file), and the other documents and files are still analysed.
import { strict as assert } from 'node:assert';
import { Analyzer } from '../../../core/analysis/engine';
import { getField } from '../../../core/analysis/index/fields';
import { ManifestWorkspace } from '../../../core/analysis/index/workspace';
import { formatMessage } from '../../../core/analysis/messages';
import { resolveAliasesAndMerges } from '../../../core/analysis/parse/aliases';
import { cstDepthExceeds, MAX_NESTING, nestingExceeds } from '../../../core/analysis/parse/limits';
import { parseChunk } from '../../../core/analysis/parse/parseDocument';
import { items, keyString, str } from '../../../core/analysis/util/yamlNodes';
import { Parser, parseDocument } from 'yaml';
import { analyze, ofCode, uriOf } from '../analysis/helpers';
import { aliasChain, billionLaughs, deepBlockMaps, deepBlockSeqs, deepFlow, MERGE_PROBE, mergeBomb } from '../fuzz/hostile';

const SVC = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n    - port: 80\n';

function codesOf(text: string): string[] {
  return analyze({ 'a.yaml': text }).findings.map((f) => f.code);
}

describe('hostile YAML: merge keys', () => {
  it('reads a probe that merges another one (`<<: *probe`) as complete: no unknown field, no missing action', () => {
    const r = analyze({ 'pod.yaml': MERGE_PROBE });
    const codes = r.findings.map((f) => f.code);
    assert.ok(!codes.includes('KA058'), `probe action: ${codes}`);
    assert.ok(!codes.includes('KA046'), `unknown field: ${codes}`);
    const api = r.ws.resourcesOf(uriOf('pod.yaml'))[0];
    assert.equal(getField(api, 'spec.containers.1.livenessProbe.httpGet.path')?.value, '/');
    assert.equal(getField(api, 'spec.containers.1.livenessProbe.initialDelaySeconds')?.value, 3);
  });

  it('keeps the mapping’s own keys over merged ones, earlier sources over later ones', () => {
    const { yaml } = parseChunk('a: &a {x: 1, y: 1}\nb: &b {y: 2, z: 2}\nc:\n  <<: [*a, *b]\n  x: 3\n');
    const c = (yaml.contents as { get(k: string): { items: Array<{ key: { value: string }; value: { value: number } }> } }).get('c');
    const got = Object.fromEntries(c.items.map((p) => [p.key.value, p.value.value]));
    assert.deepEqual(got, { x: 3, y: 1, z: 2 });
  });

  it('reports a finding on a merged field once, at the anchor’s definition', () => {
    const text = MERGE_PROBE.replace('periodSeconds: 5', 'periodSeconds: "5s"');
    const r = analyze({ 'pod.yaml': text });
    const onPeriod = r.findings.filter((f) => text.slice(f.range.start, f.range.end).includes('"5s"'));
    assert.equal(onPeriod.length, 1, JSON.stringify(r.findings.map((f) => [f.code, f.range])));
    assert.equal(onPeriod[0].range.start, text.indexOf('"5s"'));
  });

  it('merges without an alias (`<<: {…}`) and never leaves a `<<` key', () => {
    const { yaml, issues } = parseChunk('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  <<: {a: "1"}\n  b: "2"\n');
    assert.deepEqual(issues, []);
    const data = (yaml.contents as { get(k: string): { items: Array<{ key: unknown }> } }).get('data');
    assert.deepEqual(data.items.map((p) => keyString(p as never)), ['a', 'b']);
  });

  it('says KA039 (merge) when a merge key’s value is not a mapping', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  <<: 5\ndata: {a: b}\n';
    const f = ofCode(analyze({ 'a.yaml': text }), 'KA039');
    assert.equal(f.length, 1);
    assert.equal(f[0].messageKey, 'KA039.merge');
    assert.equal(f[0].range.start, text.indexOf('5\n'));
  });

  it('reads a merge key left in a broken document as `<<`, never as Symbol(<<)', () => {
    const doc = parseDocument('a: &a {x: 1}\nb:\n  <<: *a\n', { merge: true });
    const pair = (doc.contents as { get(k: string): { items: unknown[] } }).get('b').items[0];
    assert.equal(keyString(pair as never), '<<');
  });
});

describe('hostile YAML: nesting (KA105)', () => {
  const cases: Array<[string, string]> = [
    ['20,000 unclosed `[`', deepFlow(20000)],
    ['3,000 closed `[…]`', deepFlow(3000, true)],
    ['2,000 unclosed `{a: `', deepFlow(2000, false, '{')],
    ['600 block mappings', deepBlockMaps(600)],
    ['5,000 compact `- - -`', deepBlockSeqs(5000)],
  ];
  for (const [name, text] of cases) {
    it(`${name}: KA105 and nothing else, in French and English`, () => {
      const r = analyze({ 'deep.yaml': text, 'svc.yaml': SVC });
      const mine = r.findings.filter((f) => f.uri === uriOf('deep.yaml'));
      assert.deepEqual(mine.map((f) => f.code), ['KA105']);
      assert.equal(mine[0].severity, 'error');
      assert.match(formatMessage('KA105', mine[0].args, 'fr'), /^Imbrication trop profonde\u00a0: .* plus de 256 niveaux/);
      assert.match(formatMessage('KA105', mine[0].args, 'en'), /^Nesting too deep: .* more than 256 levels/);
      // The other file is still analysed.
      assert.ok(ofCode(r, 'KA001').some((f) => f.uri === uriOf('svc.yaml')));
    });
  }

  it('points KA105 at the bracket that passes the limit (the mapping and `a:` are the first two levels)', () => {
    const text = deepFlow(20000);
    const [f] = ofCode(analyze({ 'deep.yaml': text }), 'KA105');
    assert.equal(f.range.start, text.indexOf('[') + MAX_NESTING - 2);
    assert.ok(f.range.end > f.range.start && f.range.end <= text.indexOf('\n', f.range.start));
  });

  it('analyses the other documents of the same file', () => {
    const text = `${deepFlow(20000)}---\n${SVC}`;
    const r = analyze({ 'both.yaml': text });
    assert.deepEqual(r.findings.map((f) => f.code).sort(), ['KA001', 'KA105']);
    assert.ok(ofCode(r, 'KA001')[0].range.start > text.indexOf('---'));
  });

  it('accepts nesting up to the limit (a deep but legitimate document is analysed)', () => {
    assert.ok(!codesOf(deepFlow(MAX_NESTING - 10, true)).includes('KA105'));
    assert.ok(!codesOf(deepBlockMaps(MAX_NESTING - 10)).includes('KA105'));
    assert.ok(codesOf(deepFlow(MAX_NESTING + 10, true)).includes('KA105'));
  });

  it('follows quoted scalars across lines (a `#` inside them is no comment)', () => {
    assert.ok(nestingExceeds(`a: ["x\n #", ${'['.repeat(2000)}\n`) > 0);
    assert.equal(nestingExceeds(`a: "x\n # ${'['.repeat(2000)}"\nb: it's [1]\n`), -1);
  });

  it('takes `-"`, `?"` or `:"` for plain text, not for the start of a quoted scalar', () => {
    assert.ok(nestingExceeds(`a: -"x\nb: ${'['.repeat(2000)}\n`) > 0);
    assert.ok(nestingExceeds(`a: b:"x\nc: ${'['.repeat(2000)}\n`) > 0);
    assert.equal(nestingExceeds('a: {"k":"x #[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}\n', 60), -1);
  });

  it('skips the text of block scalars (`|`, `>`)', () => {
    assert.equal(nestingExceeds(`a: |\n  "\n  ${'['.repeat(2000)}\nb: x\n`), -1);
    assert.ok(nestingExceeds(`a: |\n  "\nb: ${'['.repeat(2000)}\n`) > 0);
  });

  it('measures the real nesting when the text scan is fooled (a quoted scalar after a tag)', () => {
    const text = `a: [!t "x #", ${'['.repeat(2_000_000)}\n`;
    assert.equal(nestingExceeds(text), -1); // the scan takes the tagged `"x` for a plain scalar, ` #"…` for a comment
    // `yaml`'s parser stops as soon as its stack passes the limit (a million `[` would cost it seconds and a gigabyte).
    const stopped = parseChunk(text);
    assert.deepEqual(stopped.issues.map((i) => i.code), ['TOO_DEEP']);
    assert.ok(stopped.issues[0].start < 1000, String(stopped.issues[0].start));
    const small = `a: [!t "x #", ${'['.repeat(2000)}\n`;
    assert.ok(cstDepthExceeds([...new Parser().parse(small)]) > 0);
  });

  it('counts nesting built through aliases (a chain of anchors)', () => {
    assert.deepEqual(codesOf(aliasChain(600)), ['KA105']);
    assert.ok(!codesOf(aliasChain(100)).includes('KA105'));
  });
});

describe('hostile YAML: alias budget (KA106)', () => {
  it('stops a billion-laughs document at the budget, on the alias that passes it', () => {
    const text = billionLaughs();
    const r = analyze({ 'lol.yaml': text, 'svc.yaml': SVC });
    const mine = r.findings.filter((f) => f.uri === uriOf('lol.yaml'));
    assert.deepEqual(mine.map((f) => f.code), ['KA106']);
    assert.equal(mine[0].severity, 'error');
    assert.ok(text.slice(mine[0].range.start).startsWith('*l'), text.slice(mine[0].range.start, mine[0].range.start + 10));
    assert.match(formatMessage('KA106', mine[0].args, 'fr'), /^Document trop complexe pour être analysé\u00a0:/);
    assert.ok(ofCode(r, 'KA001').length === 1);
  });

  it('stops nested merge keys at the budget', () => {
    assert.deepEqual(codesOf(mergeBomb()), ['KA106']);
  });

  it('resolves a few levels of aliases (well within the budget) as plain nodes', () => {
    const text = billionLaughs(3, 3);
    assert.ok(!codesOf(text).includes('KA106'));
    const { yaml } = parseChunk(text);
    const l3 = (yaml.contents as { getIn(p: string[]): unknown }).getIn(['x', 'l3']);
    assert.equal(items(items(items(items(l3)[0])[0])[0]).map(str).join(','), 'lol,lol,lol');
  });

  it('gives a large file that uses one anchor many times the room it needs (the budget grows with the text)', () => {
    const data = Array.from({ length: 20 }, (_, i) => `    k${i}: "v${i}"`).join('\n');
    const lines = ['apiVersion: v1', 'kind: List', 'items:', '- &base', '  apiVersion: v1', '  kind: ConfigMap', '  metadata: {name: cm0}', '  data:', data];
    for (let i = 1; i < 1500; i++) lines.push('- <<: *base', `  metadata: {name: cm${i}}`);
    const r = analyze({ 'list.yaml': `${lines.join('\n')}\n` });
    // (The per-document time budget, KA106.time, depends on the machine: only the alias budget is asserted.)
    assert.deepEqual(ofCode(r, 'KA106').filter((f) => f.messageKey !== 'KA106.time'), []);
    const names = r.ws.resourcesOf(uriOf('list.yaml')).map((x) => x.name);
    assert.equal(names.length, 1500);
    assert.equal(names[1499], 'cm1499');
    assert.equal(getField(r.ws.resourcesOf(uriOf('list.yaml'))[1499], 'data.k19')?.value, 'v19');
  });

  it('counts expansion in nodes: a smaller budget stops earlier', () => {
    const doc = parseDocument(billionLaughs(3, 3), { merge: true });
    assert.equal(resolveAliasesAndMerges(doc, { maxNodes: 10 }).tooComplexAt !== undefined, true);
    const again = parseDocument(billionLaughs(3, 3), { merge: true });
    assert.equal(resolveAliasesAndMerges(again).tooComplexAt, undefined);
  });
});

describe('hostile YAML: workspace updates', () => {
  it('recovers when a hostile document is edited back into a normal one', () => {
    const ws = new ManifestWorkspace();
    const analyzer = new Analyzer(ws);
    ws.setFile('file:///w/a.yaml', billionLaughs());
    assert.deepEqual(analyzer.findingsFor('file:///w/a.yaml').map((f) => f.code), ['KA106']);
    ws.setFile('file:///w/a.yaml', SVC);
    assert.deepEqual(analyzer.findingsFor('file:///w/a.yaml').map((f) => f.code), ['KA001']);
  });
});
