// A volumeMount must name a volume declared in spec.volumes (the API server refuses it otherwise).
import { rangeOf } from '../index/ranges';
import { formatList } from '../messages';
import { get, items, str } from '../util/yamlNodes';
import { closestName, podObjects, replaceValueEdit } from './helpers';
import type { DocRule } from './rule';

export const volumeMountMissing: DocRule = {
  id: 'volume-mount-missing',
  codes: ['KA017'],
  scope: 'document',
  check(ctx) {
    for (const { res, tpl } of podObjects(ctx.resources)) {
      const volumes = items(get(tpl.spec, 'volumes')).map((v) => str(get(v, 'name'))).filter((n): n is string => !!n);
      // StatefulSet claim templates are volumes too.
      if (res.kind === 'StatefulSet') {
        for (const t of items(get(get(res.node, 'spec'), 'volumeClaimTemplates'))) {
          const n = str(get(get(t, 'metadata'), 'name'));
          if (n) volumes.push(n);
        }
      }
      for (const c of tpl.containers) {
        for (const list of ['volumeMounts', 'volumeDevices']) {
          for (const m of items(get(c.node, list))) {
            const node = get(m, 'name');
            const name = str(node);
            if (!name || !node || volumes.includes(name)) continue;
            const closest = closestName(name, volumes);
            ctx.report({
              code: 'KA017', messageKey: volumes.length ? 'KA017' : 'KA017.none', range: rangeOf(res.doc, node),
              args: { name, volumes: formatList(volumes), container: c.name ?? '' },
              fixes: closest ? [{ titleKey: 'fix.rename', args: { value: closest }, edits: [replaceValueEdit(res.doc, node, closest)], preferred: true }] : undefined,
            });
          }
        }
      }
    }
  },
};
