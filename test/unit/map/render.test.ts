// The map's drawing (webviews/map/render.ts) on the model of real manifests: layers top to bottom, broken edges red with
// their reason, focusable nodes, texts escaped, « Pas encore de ressources » when empty.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildMap, fileObjects } from '../../../core/map';
import { layout, NODE_H, renderMap } from '../../../webviews/map/render';

const FIX = path.join(__dirname, '../../fixtures/map');
const graphOf = (name: string, lang: 'fr' | 'en' = 'fr') =>
  buildMap({ namespace: 'default', files: fileObjects(readFileSync(path.join(FIX, name), 'utf8'), `file:///${name}`, name) }, lang);

describe('map: drawing', () => {
  it('places layers from top to bottom, without overlaps', () => {
    const l = layout(graphOf('shop.yaml'));
    const y = (id: string) => l.placed.get(id)!.y;
    assert.ok(y('Ingress/shop') < y('Service/shop') && y('Service/shop') < y('Deployment/shop') && y('Deployment/shop') < y('ConfigMap/shop-config'));
    const boxes = [...l.placed.values()];
    for (const a of boxes) for (const b of boxes) {
      if (a === b) continue;
      assert.ok(Math.abs(a.x - b.x) >= 196 || Math.abs(a.y - b.y) >= NODE_H, `${a.node.id} overlaps ${b.node.id}`);
    }
  });

  it('wraps a 30-object layer in rows of at most 6', () => {
    const g = { namespace: 'x', nodes: Array.from({ length: 30 }, (_, i) => ({ id: `ConfigMap/c${i}`, kind: 'ConfigMap', name: `c${i}`, layer: 4 as const, origin: 'file' as const })), edges: [] };
    const l = layout(g);
    assert.equal(new Set([...l.placed.values()].map((p) => p.y)).size, 5);
    assert.ok(l.width < 1400);
  });

  it('draws broken edges red with the French reason, in the SVG tooltip and in the list', () => {
    const html = renderMap(graphOf('broken.yaml'), 'fr');
    assert.match(html, /<g class="edge broken k-selects" data-from="Service\/web" data-to="Pod\/app=wbe"/);
    assert.ok(html.includes('ne correspond à aucun Pod ni modèle de Pod'));
    assert.match(html, /<h2 class="broken-title">Liens cassés \(\d+\)<\/h2>/);
    assert.match(html, /<g class="node o-file" data-id="Service\/web" transform="[^"]+" tabindex="0" role="button" aria-label="Entrée ou clic\u00a0: ouvrir Service «\u00a0web\u00a0» — fichier seulement — ouvre le manifeste broken.yaml, ligne 25"/);
    assert.match(html, /<g class="node o-missing" data-id="Pod\/app=wbe" [^>]*role="img" aria-label="Pod «\u00a0app=wbe\u00a0» — introuvable"/);
    // a broken link is focusable and opens the object holding the reference (data-from); a sound one is not
    assert.match(html, /<g class="edge broken k-selects" data-from="Service\/web" data-to="Pod\/app=wbe" data-edge="\d+" tabindex="0" role="button" aria-label="[^"]*ne correspond à aucun Pod/);
    assert.doesNotMatch(html, /<g class="edge k-[^"]*"[^>]*tabindex/);
    assert.match(html, /<li class="broken-item" tabindex="0" role="button" data-from="Service\/web"/);
    // its ✘ mark is drawn after the nodes (above them), so it can always be clicked
    assert.ok(html.indexOf('<g class="edge-mark" data-from="Service/web"') > html.indexOf('<g class="nodes">'));
  });

  it('escapes names and says « Pas encore de ressources » when empty', () => {
    const g = { namespace: 'ns', nodes: [{ id: 'ConfigMap/<b>', kind: 'ConfigMap', name: '<b>"x"', layer: 4 as const, origin: 'cluster' as const }], edges: [] };
    assert.ok(!renderMap(g, 'fr').includes('<b>'));
    assert.equal(renderMap({ namespace: 'ns', nodes: [], edges: [] }, 'fr'),
      '<p class="empty">Pas encore de ressources dans l’espace de noms «\u00a0ns\u00a0» ni dans les fichiers de l’espace de travail.</p>');
    assert.ok(renderMap(graphOf('shop.yaml', 'en'), 'en').includes('No broken link.'));
  });

  it('shows the manifest’s problems and the first field that differs from the cluster on the node', () => {
    const g = { namespace: 'ns', nodes: [{ id: 'Service/a', kind: 'Service', name: 'a', layer: 1 as const, origin: 'both' as const, differs: true, differsAt: 'spec.selector.app', problems: 2 }], edges: [] };
    const html = renderMap(g, 'fr');
    assert.match(html, /aria-label="[^"]*— fichier et cluster, différents \(d’abord spec\.selector\.app\) — 2 problème\(s\) signalé\(s\) dans le manifeste"/);
    assert.match(html, /class="node o-differs"/);
    assert.match(html, /<g class="problems">.*>2<\/text><\/g>/);
  });
});
