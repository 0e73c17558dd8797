// A path listed in a kustomization.yaml (resources, bases, components, patches) that does not exist,
// relative to the kustomization's folder. Only checked inside folders whose files are all known.
import { rangeOf } from '../index/ranges';
import { dirOf, resolveUri } from '../index/uris';
import { get, items, str } from '../util/yamlNodes';
import type { WorkspaceRule } from './rule';
import type { Node } from 'yaml';

function relative(fromDir: string, to: string): string {
  const a = fromDir.split('/');
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const up = a.slice(i).map(() => '..');
  return [...up, ...b.slice(i)].join('/') || '.';
}

/** A path ending in a file extension other than .yaml/.yml. */
const NOT_YAML_FILE = /\.[^/.]+\/*$(?<!\.ya?ml\/*$)/i;

export const kustomizePath: WorkspaceRule = {
  id: 'kustomize-path',
  codes: ['KA013'],
  scope: 'workspace',
  check(ctx) {
    const ws = ctx.workspace;
    for (const file of ws.files()) {
      if (file.kind !== 'kustomization' || !ws.isFullyKnown(file.uri)) continue;
      const dir = dirOf(file.uri);
      for (const doc of file.docs) {
        if (doc.broken) continue;
        const root = doc.yaml.contents;
        const paths: Node[] = [];
        for (const key of ['resources', 'bases', 'components', 'patchesStrategicMerge', 'crds']) paths.push(...items(get(root, key)));
        for (const p of items(get(root, 'patches'))) { const n = get(p, 'path'); if (n) paths.push(n); }
        for (const node of paths) {
          const p = str(node);
          if (!p || p.includes('\n') || /^[a-z]+:\/\//i.test(p) || /^(github\.com|gitlab\.com|bitbucket\.org|git@)/.test(p) || p.includes('?ref=')) continue;
          // Only YAML files are loaded: a listed `patch.json` (or any other non-YAML file) cannot be known missing.
          if (NOT_YAML_FILE.test(p)) continue;
          const target = resolveUri(dir, p);
          if (!ws.isFullyKnown(target) || ws.existsPath(target)) continue;
          // Suggest the same name one folder up, or anywhere in the workspace.
          const last = p.replace(/\/+$/, '').split('/').pop() ?? p;
          let suggestion = '';
          for (const cand of [resolveUri(dir, `../${last}`), resolveUri(dir, `../../${last}`)]) {
            if (ws.existsPath(cand)) { suggestion = relative(dir, cand); break; }
          }
          ctx.report({
            uri: file.uri, code: 'KA013', messageKey: suggestion ? 'KA013' : 'KA013.none', range: rangeOf(doc, node),
            args: { path: p, folder: decodeURIComponent(dir.split('/').slice(-2).join('/')) + '/', suggestion },
            fixes: suggestion ? [{ titleKey: 'fix.rename', args: { value: suggestion }, edits: [{ uri: file.uri, range: rangeOf(doc, node), newText: suggestion }], preferred: true }] : undefined,
          });
        }
      }
    }
  },
};
