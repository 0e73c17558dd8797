// Container rules the API server enforces beyond the OpenAPI schema:
// - `restartPolicy` on a regular container: the schema accepts it (since 1.28 it exists for sidecar init
//   containers, where only `Always` is allowed). Before 1.35 the API server refuses it outside `initContainers`:
//   a student who writes it there almost always meant the Pod's restartPolicy (the Job example of seed 002). Since
//   1.35 (feature ContainerRestartRules, beta and on by default) it is accepted and overrides the Pod's policy for
//   that container only: when the Pod spec sets no policy of its own, the student still most likely meant the Pod's
//   (a warning, with a fix that moves the line two levels up; a Job without it is refused, see KA044);
// - `image` is optional in the schema (for the sake of templates in other APIs) but required in a pod spec.
import { isMap, isScalar, isSeq, type Pair, type YAMLMap } from 'yaml';
import { POD_TEMPLATE_PATHS } from '../index/kinds';
import { kubernetesAtLeast } from './catalog';
import type { IssueEdit, SchemaIssue, Segment } from './issues';
import { rangeOfNode } from './validate';

function child(map: unknown, key: string): unknown {
  if (!isMap(map)) return undefined;
  const p = map.items.find((it) => isScalar(it.key) && it.key.value === key) as Pair | undefined;
  return p?.value;
}

export function containerIssues(root: YAMLMap, kind: string, text?: string): SchemaIssue[] {
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
  const overrides = kubernetesAtLeast(CONTAINER_RESTART_RULES_MINOR);
  // Since 1.35, a container's restartPolicy next to the Pod's own is a deliberate override: nothing to say.
  if (overrides && isMap(spec) && child(spec, 'restartPolicy') !== undefined) return out;
  containers.items.forEach((c, i) => {
    if (!isMap(c)) return;
    const p = c.items.find((it) => isScalar(it.key) && it.key.value === 'restartPolicy');
    const r = p ? rangeOfNode(p.key) : undefined;
    if (!p || !r) return;
    const moved = { direction: 'up' as const, path: [...podPath, 'restartPolicy'], levels: 2 };
    if (!overrides) {
      out.push({ kind: 'unknown-field', start: r[0], end: r[1], path: [...podPath, 'containers', i], field: 'restartPolicy', variant: 'container-restart-policy', moved });
      return;
    }
    const issue: SchemaIssue = {
      kind: 'unknown-field', start: r[0], end: r[1], path: [...podPath, 'containers', i], field: 'restartPolicy',
      variant: 'container-restart-policy-override', moved, value: isScalar(p.value) ? String(p.value.value ?? '') : '',
    };
    const fix = text === undefined || !isMap(spec) ? undefined : moveUpFix(text, p, spec);
    if (fix) issue.fix = fix;
    out.push(issue);
  });
  return out;
}

/** The version that accepts `restartPolicy` on a regular container (ContainerRestartRules on by default). */
const CONTAINER_RESTART_RULES_MINOR = 35;

/** Start of the line of `offset`, if only spaces precede it there. */
function lineStartBefore(text: string, offset: number): number | undefined {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ ]*$/.test(text.slice(start, offset)) ? start : undefined;
}

/**
 * Moves `restartPolicy: <value>` from the container to the Pod spec, just above `containers:` (same indentation).
 * Only for block style, with the pair alone on its line (a comment after it goes with it); otherwise no fix.
 */
function moveUpFix(text: string, p: Pair, spec: YAMLMap): IssueEdit[] | undefined {
  const key = rangeOfNode(p.key);
  const value = rangeOfNode(p.value);
  const containersKey = spec.items.find((it) => isScalar(it.key) && it.key.value === 'containers')?.key;
  const anchor = rangeOfNode(containersKey);
  if (!key || !value || !anchor || !isScalar(p.value)) return undefined;
  const from = lineStartBefore(text, key[0]);
  const at = lineStartBefore(text, anchor[0]);
  if (from === undefined || at === undefined) return undefined;
  const eol = text.indexOf('\n', value[1]);
  const lineEnd = eol < 0 ? text.length : eol + 1;
  if (!/^[ \t]*(#.*)?\r?\n?$/.test(text.slice(value[1], lineEnd))) return undefined;
  const indent = ' '.repeat(anchor[0] - at);
  const moved = `${indent}${text.slice(key[0], lineEnd).replace(/\r?\n?$/, '')}\n`;
  return [{ start: at, end: at, newText: moved }, { start: from, end: lineEnd, newText: '' }];
}
