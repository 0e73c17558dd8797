// A Secret or ConfigMap volume mounted on what looks like a file path, without subPath: the volume is a
// folder, so the file ends up at `<mountPath>/<key>`.
import { rangeOf } from '../index/ranges';
import { get, getPair, items, str } from '../util/yamlNodes';
import { columnOf, podObjects } from './helpers';
import type { DocRule } from './rule';

const FILE_EXT = /\.(pem|crt|cert|key|conf|cfg|cnf|ini|yaml|yml|json|properties|txt|env|xml|toml|sh|py|js|p12|jks)$/i;

export const volumeMountFilePath: DocRule = {
  id: 'volume-mount-file-path',
  codes: ['KA024'],
  scope: 'document',
  check(ctx) {
    for (const { res, tpl } of podObjects(ctx.resources)) {
      const kinds = new Map<string, 'Secret' | 'ConfigMap'>();
      for (const v of items(get(tpl.spec, 'volumes'))) {
        const name = str(get(v, 'name'));
        if (!name) continue;
        if (get(v, 'secret')) kinds.set(name, 'Secret');
        else if (get(v, 'configMap')) kinds.set(name, 'ConfigMap');
      }
      for (const c of tpl.containers) {
        for (const m of items(get(c.node, 'volumeMounts'))) {
          const name = str(get(m, 'name'));
          const pathNode = get(m, 'mountPath');
          const path = str(pathNode);
          if (!name || !path || !kinds.has(name) || get(m, 'subPath') || get(m, 'subPathExpr')) continue;
          const last = path.replace(/\/+$/, '').split('/').pop() ?? '';
          if (!FILE_EXT.test(last)) continue;
          const dir = path.slice(0, path.length - last.length).replace(/\/+$/, '') || '/';
          const at = rangeOf(res.doc, pathNode).end;
          const indent = ' '.repeat(columnOf(res.doc, rangeOf(res.doc, getPair(m, 'mountPath')!.key).start));
          ctx.report({
            code: 'KA024', range: rangeOf(res.doc, pathNode), args: { kind: kinds.get(name)!, path, file: last, dir },
            fixes: [{ titleKey: 'fix.KA024', args: { file: last }, edits: [{ uri: res.uri, range: { start: at, end: at }, newText: `\n${indent}subPath: ${last}` }] }],
          });
        }
      }
    }
  },
};
