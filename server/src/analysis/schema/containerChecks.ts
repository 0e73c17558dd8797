// `restartPolicy` on a regular container: the schema accepts it (since 1.28 it exists for sidecar init
// containers, where only `Always` is allowed), but the API server refuses it outside `initContainers`. A student
// who writes it there almost always meant the Pod's restartPolicy (D46: the Job example of seed 002).
import { isMap, isScalar, isSeq, type Pair, type YAMLMap } from 'yaml';
import { POD_TEMPLATE_PATHS } from '../index/kinds';
import type { SchemaIssue, Segment } from './issues';
import { rangeOfNode } from './validate';

function child(map: unknown, key: string): unknown {
  if (!isMap(map)) return undefined;
  const p = map.items.find((it) => isScalar(it.key) && it.key.value === key) as Pair | undefined;
  return p?.value;
}

export function containerRestartPolicyIssues(root: YAMLMap, kind: string): SchemaIssue[] {
  const tpl = POD_TEMPLATE_PATHS[kind];
  if (tpl === undefined) return [];
  const podPath: Segment[] = tpl === '' ? ['spec'] : [...tpl.split('.'), 'spec'];
  let spec: unknown = root;
  for (const seg of podPath) spec = child(spec, seg as string);
  const containers = child(spec, 'containers');
  if (!isSeq(containers)) return [];
  const out: SchemaIssue[] = [];
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
