// Container rules the API server enforces beyond the OpenAPI schema:
// - `restartPolicy` on a regular container: the schema accepts it (since 1.28 it exists for sidecar init
//   containers, where only `Always` is allowed), but the API server refuses it outside `initContainers`. A student
//   who writes it there almost always meant the Pod's restartPolicy (the Job example of seed 002);
// - `image` is optional in the schema (for the sake of templates in other APIs) but required in a pod spec.
import { isMap, isScalar, isSeq, type Pair, type YAMLMap } from 'yaml';
import { POD_TEMPLATE_PATHS } from '../index/kinds';
import type { SchemaIssue, Segment } from './issues';
import { rangeOfNode } from './validate';

function child(map: unknown, key: string): unknown {
  if (!isMap(map)) return undefined;
  const p = map.items.find((it) => isScalar(it.key) && it.key.value === key) as Pair | undefined;
  return p?.value;
}

export function containerIssues(root: YAMLMap, kind: string): SchemaIssue[] {
  const tpl = POD_TEMPLATE_PATHS[kind];
  if (tpl === undefined) return [];
  const podPath: Segment[] = tpl === '' ? ['spec'] : [...tpl.split('.'), 'spec'];
  let spec: unknown = root;
  for (const seg of podPath) spec = child(spec, seg as string);
  const out: SchemaIssue[] = [];
  for (const key of ['containers', 'initContainers']) {
    const list = child(spec, key);
    if (!isSeq(list)) continue;
    list.items.forEach((c, i) => {
      if (!isMap(c)) return;
      const imagePair = c.items.find((it) => isScalar(it.key) && it.key.value === 'image');
      if (!imagePair) {
        const first = c.items[0];
        const r = first ? rangeOfNode(first.key) : rangeOfNode(c);
        if (r) out.push({ kind: 'missing-required', start: r[0], end: r[1], path: [...podPath, key, i], field: 'image' });
      } else if (!isScalar(imagePair.value) || imagePair.value.value === null || imagePair.value.value === '') {
        const r = rangeOfNode(imagePair.key);
        if (r && !isMap(imagePair.value) && !isSeq(imagePair.value)) {
          out.push({ kind: 'missing-required', start: r[0], end: r[1], path: [...podPath, key, i], field: 'image', value: '' });
        }
      }
    });
  }
  const containers = child(spec, 'containers');
  if (!isSeq(containers)) return out;
  containers.items.forEach((c, i) => {
    if (!isMap(c)) return;
    const p = c.items.find((it) => isScalar(it.key) && it.key.value === 'restartPolicy');
    const r = p ? rangeOfNode(p.key) : undefined;
    if (!r) return;
    out.push({
      kind: 'unknown-field', start: r[0], end: r[1], path: [...podPath, 'containers', i], field: 'restartPolicy', variant: 'container-restart-policy',
      moved: { direction: 'up', path: [...podPath, 'restartPolicy'], levels: 2 },
    });
  });
  return out;
}
