// Chart values seen from a template (core/render/values.ts): the `.Values…` under the cursor, its coalesced value
// and the line that sets it, the keys offered after `.Values.`, go to definition; and the preview text.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { resolveValue, valuesCompletion, valuesDefinition, valuesHover, valuesRefAt, type ChartContext } from '../../../core/render/values';
import { previewText } from '../../../core/render/preview';

const CHART = 'file:///w/monsterchart';
const VALUES = readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'helm', 'monsterchart', 'values.yaml'), 'utf8');
const DEV = 'frontend:\n  image:\n    tag: "2.0"\ningress:\n  annotations:\n    a: b\nsecret: null\n';
const base: ChartContext = { chartDirUri: CHART, files: [{ uri: `${CHART}/values.yaml`, text: VALUES }] };
const dev: ChartContext = { chartDirUri: CHART, files: [...base.files, { uri: `${CHART}/values-dev.yaml`, text: DEV }] };
const TPL = '          image: "{{ .Values.frontend.image.name }}:{{ $.Values.frontend.image.tag }}"\n            - containerPort: {{ .Values.frontend.service.port }}\n  x: {{ .Values.nope.deeper }}\n';
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('chart values from a template', () => {
  it('finds the `.Values…` under the cursor, cut after the hovered segment', () => {
    assert.deepEqual(valuesRefAt(TPL, TPL.indexOf('image.tag') + 7)?.path, ['frontend', 'image', 'tag']);
    assert.deepEqual(valuesRefAt(TPL, TPL.indexOf('frontend.image.name') + 2)?.path, ['frontend']);
    const ref = valuesRefAt(TPL, TPL.indexOf('.Values.frontend.service'))!;
    assert.equal(TPL.slice(ref.range.start, ref.range.end), '.Values.frontend.service.port');
    assert.equal(valuesRefAt(TPL, TPL.indexOf('containerPort')), undefined);
  });

  it('coalesces values files as Helm does: maps merged, the last scalar wins, null deletes', () => {
    assert.equal(resolveValue(dev.files, ['frontend', 'image', 'tag']).value, '2.0');
    assert.equal(resolveValue(dev.files, ['frontend', 'image', 'name']).value, 'tecp1/monstericon');
    assert.deepEqual(resolveValue(dev.files, ['ingress', 'annotations']).value, { a: 'b' });
    assert.equal(resolveValue(dev.files, ['secret']).found, false);
    const sites = resolveValue(dev.files, ['frontend', 'image', 'tag']).sites;
    assert.deepEqual(sites.map((s) => [s.uri.slice(CHART.length + 1), s.line]), [['values.yaml', lineOf(VALUES, 'tag: "1.0"')], ['values-dev.yaml', 3]]);
  });

  it('hovers the value and where it is set, in French, and what a values file overrides', () => {
    const h = valuesHover(TPL, TPL.indexOf('image.tag') + 8, base, 'fr')!;
    assert.match(h.markdown, /^\*\*`\.Values\.frontend\.image\.tag`\*\*\n\nValeur\u00a0: `1\.0`\n\nDéfinie dans `values\.yaml`, ligne 4\./);
    const d = valuesHover(TPL, TPL.indexOf('image.tag') + 8, dev, 'fr')!.markdown;
    assert.match(d, /Valeur\u00a0: `2\.0`/);
    assert.match(d, /Définie dans `values-dev\.yaml`, ligne 3\.\n\nElle remplace celle de `values\.yaml`, ligne 4\./);
    const map = valuesHover(TPL, TPL.indexOf('frontend.service') + 2, base, 'en')!.markdown;
    assert.match(map, /Value:\n```yaml\nimage:\n  name: tecp1\/monstericon\n  tag: "1\.0"\nservice:\n  port: 5000/);
    const none = valuesHover(TPL, TPL.indexOf('nope.deeper') + 7, base, 'fr')!.markdown;
    assert.match(none, /Aucun fichier de valeurs \(`values\.yaml`\) ne définit `\.Values\.nope\.deeper`\u00a0: le gabarit reçoit une valeur vide/);
  });

  it('completes the keys after `.Values.` and `.Values.a.`, with their value', () => {
    const t = '  image: {{ .Values. }}\n  port: {{ .Values.frontend.se }}\n';
    const top = valuesCompletion(t, t.indexOf('.Values.') + 8, base, 'fr');
    assert.deepEqual(top.map((e) => e.label), ['frontend', 'imagebackend', 'redis', 'ingress', 'secret']);
    const sub = valuesCompletion(t, t.indexOf('.se }}') + 3, base, 'fr');
    assert.deepEqual(sub.map((e) => e.label), ['image', 'service']);
    assert.equal(t.slice(sub[0].range.start, sub[0].range.end), 'se');
    const leaf = valuesCompletion('{{ .Values.frontend.service. }}', 28, dev, 'fr');
    assert.deepEqual(leaf.map((e) => [e.label, e.detail]), [['port', 'valeur du chart\u00a0: 5000'], ['type', 'valeur du chart\u00a0: ClusterIP']]);
    assert.deepEqual(valuesCompletion('{{ .Chart.Name }}', 10, base, 'fr'), []);
  });

  it('goes to the line that sets the value, the winning file first', () => {
    const sites = valuesDefinition(TPL, TPL.indexOf('image.tag') + 8, dev);
    assert.deepEqual(sites.map((s) => s.uri.slice(CHART.length + 1)), ['values-dev.yaml', 'values.yaml']);
    assert.equal(DEV.slice(sites[0].range.start, sites[0].range.end), 'tag');
  });

  it('writes the preview with the `# Source:` of each object (Helm: the template; Kustomize: the origin file)', () => {
    const helm = previewText({ kind: 'helm', dirUri: CHART, sources: new Map(), valuesUris: [`${CHART}/values.yaml`], ms: 1,
      files: [{ name: 'monsterchart/templates/a.yaml', text: 'kind: A\n---\nkind: B\n' }] }, 'monsterchart', 'fr');
    assert.equal(helm, '# Aperçu du rendu de monsterchart (lecture seule, mis à jour à chaque modification)\n# Valeurs\u00a0: values.yaml\n---\n# Source: monsterchart/templates/a.yaml\nkind: A\n---\n# Source: monsterchart/templates/a.yaml\nkind: B\n');
    const kust = previewText({ kind: 'kustomize', dirUri: 'file:///w/dev', sources: new Map(), valuesUris: [], ms: 1,
      files: [{ name: '', text: 'kind: Service\nmetadata:\n  name: a-dev\n  annotations:\n    config.kubernetes.io/origin: |\n      path: ../base/service.yaml\n' }] }, 'dev', 'en');
    assert.equal(kust, '# Render preview of dev (read-only, updated on every edit)\n---\n# Source: ../base/service.yaml\nkind: Service\nmetadata:\n  name: a-dev\n');
  });
});
