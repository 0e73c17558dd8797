// Reads a kustomization.yaml: the files it names as patches (partial objects, exempt from completeness rules).
import { get, items, str } from '../util/yamlNodes';
import { dirOf, resolveUri } from './uris';
import type { ManifestFile } from './types';

export function kustomizePatchUris(file: ManifestFile): Set<string> {
  const out = new Set<string>();
  const dir = dirOf(file.uri);
  for (const doc of file.docs) {
    if (doc.broken) continue;
    const root = doc.yaml.contents;
    for (const key of ['patchesStrategicMerge', 'patchesJson6902', 'patches']) {
      for (const it of items(get(root, key))) {
        const p = str(it) ?? str(get(it, 'path'));
        if (p && !p.includes('\n')) out.add(resolveUri(dir, p));
      }
    }
  }
  return out;
}

/** Names of the ConfigMaps and Secrets that a kustomization generates (configMapGenerator, secretGenerator). */
export function kustomizeGeneratedNames(file: ManifestFile): { ConfigMap: Set<string>; Secret: Set<string> } {
  const out = { ConfigMap: new Set<string>(), Secret: new Set<string>() };
  for (const doc of file.docs) {
    if (doc.broken) continue;
    const root = doc.yaml.contents;
    for (const g of items(get(root, 'configMapGenerator'))) { const n = str(get(g, 'name')); if (n) out.ConfigMap.add(n); }
    for (const g of items(get(root, 'secretGenerator'))) { const n = str(get(g, 'name')); if (n) out.Secret.add(n); }
  }
  return out;
}
