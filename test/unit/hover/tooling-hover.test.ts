// Hovers on Chart.yaml and kustomization.yaml: the curated catalogue has the same keys and sections in French and
// English, every example parses, and the hover of a field is its French explanation.
import { strict as assert } from 'node:assert';
import { parseDocument } from 'yaml';
import { toolingEn } from '../../../core/i18n/hover/tooling.en';
import { toolingFr } from '../../../core/i18n/hover/tooling.fr';
import { computeHover } from '../../../core/analysis/hover/hover';
import { ManifestWorkspace } from '../../../core/analysis/index/workspace';

const CHART = 'apiVersion: v2\nname: monsterchart\nversion: 0.1.0\nappVersion: "1.0"\ntype: application\ndependencies:\n  - name: redis\n    condition: redis.enabled\n';
const KUST = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ../base\nnameSuffix: -dev\nnamePrefix: a-\nnamespace: dev\ncommonLabels:\n  env: dev\nlabels:\n  - pairs:\n      env: dev\nconfigMapGenerator:\n  - name: frontend-config\n    literals:\n      - A=b\nsecretGenerator:\n  - name: s\n    behavior: merge\nimages:\n  - name: redis\n    newTag: "7.2"\nreplicas:\n  - name: frontend\n    count: 2\nbases:\n  - ../old\ncomponents:\n  - ../c\npatches:\n  - path: p.yaml\n';

function hoverOn(text: string, name: string, word: string, lang: 'fr' | 'en' = 'fr') {
  const ws = new ManifestWorkspace();
  const uri = `file:///w/${name}`;
  ws.setFile(uri, text);
  const at = text.indexOf(word);
  assert.ok(at >= 0, word);
  return computeHover(ws, uri, at + (word.startsWith('\n') ? 2 : 1), lang)?.markdown ?? '';
}

describe('hovers: Chart.yaml and kustomization.yaml', () => {
  it('has the same keys, sections and number of code spans in French and English; examples parse', () => {
    assert.deepEqual(Object.keys(toolingEn).sort(), Object.keys(toolingFr).sort());
    const spans = (t?: string) => (t ?? '').match(/`[^`]+`/g)?.length ?? 0;
    for (const [key, fr] of Object.entries(toolingFr)) {
      const en = toolingEn[key];
      assert.equal(!!en.exemple, !!fr.exemple, `${key}: exemple`);
      assert.equal(!!en.erreur, !!fr.erreur, `${key}: erreur`);
      assert.equal(spans(en.texte), spans(fr.texte), `${key}: code spans of texte`);
      assert.equal(spans(en.erreur), spans(fr.erreur), `${key}: code spans of erreur`);
      assert.match(fr.texte, /[.)…]$/, `${key}: sentence`);
      for (const ex of [fr.exemple, en.exemple]) if (ex) assert.equal(parseDocument(ex).errors.length, 0, `${key}: example does not parse`);
    }
  });

  it('explains every Chart.yaml field of the issue in French, on the key and on a dependency entry', () => {
    for (const f of ['apiVersion', 'name', 'version', 'appVersion', 'type', 'dependencies']) {
      const md = hoverOn(CHART, 'chart/Chart.yaml', `${f}:`);
      assert.ok(md.startsWith(`**\`${f}\`** — Champ de \`Chart.yaml\``), `${f}: ${md.slice(0, 80)}`);
    }
    assert.match(hoverOn(CHART, 'chart/Chart.yaml', 'version:'), /SemVer/);
    assert.match(hoverOn(CHART, 'chart/Chart.yaml', 'condition:'), /^\*\*`condition`\*\*[\s\S]*booléenne/);
    // French typography: non-breaking space before the colon.
    assert.match(hoverOn(CHART, 'chart/Chart.yaml', 'type:'), /Erreur fréquente\u00a0:/);
  });

  it('explains every kustomization.yaml field of the issue, in French and in English', () => {
    for (const f of ['resources', 'bases', 'patches', 'configMapGenerator', 'secretGenerator', 'nameSuffix', 'namePrefix', 'labels', 'commonLabels', 'images', 'replicas', 'components', 'namespace']) {
      const md = hoverOn(KUST, 'dev/kustomization.yaml', `\n${f}:`);
      assert.ok(md.startsWith(`**\`${f}\`** — Champ de \`kustomization.yaml\``), `${f}: ${md.slice(0, 80)}`);
    }
    assert.match(hoverOn(KUST, 'dev/kustomization.yaml', 'newTag'), /nouveau tag/);
    assert.match(hoverOn(KUST, 'dev/kustomization.yaml', 'behavior'), /`merge`/);
    assert.match(hoverOn(KUST, 'dev/kustomization.yaml', '\nnameSuffix:', 'en'), /^\*\*`nameSuffix`\*\* — `kustomization.yaml` field \(Kustomize\)\n\nSuffix added/);
  });

  it('gives no tool hover on a values.yaml or on an unknown key', () => {
    assert.equal(hoverOn('name: x\n', 'chart/values.yaml', 'name'), '');
    assert.equal(hoverOn('apiVersion: v2\nfoo: 1\n', 'chart/Chart.yaml', 'foo'), '');
  });
});
