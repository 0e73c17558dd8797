// Two manifests define the same object (kind, namespace, name): applying both makes the
// second overwrite the first. A hint, since alternative files of an example often repeat an object.
import { rangeOf } from '../index/ranges';
import type { Resource } from '../index/types';
import { get } from '../util/yamlNodes';
import { worldOf } from '../render/renders';
import type { WorkspaceRule, WorkspaceRuleContext } from './rule';

export const duplicateObject: WorkspaceRule = {
  id: 'duplicate-object',
  codes: ['KA050'],
  scope: 'workspace',
  check(ctx) {
    // Only the identities (kind, namespace, name) matter: recomputed when one is added or removed.
    ctx.memo(KEY, [ctx.index.topic('ids'), ctx.workspace.kustomizeVersion], () => checkAll(ctx));
  },
};

const KEY = {};

function checkAll(ctx: WorkspaceRuleContext): void {
  const groups = new Map<string, Resource[]>();
  for (const r of ctx.index.resources()) {
    if (!r.isKubernetes || !r.name || r.kind === 'List') continue;
    // A Kustomize patch restates the name of the object it changes: not a second definition.
    if (ctx.workspace.isKustomizePatch(r.uri)) continue;
    // A rendered chart or overlay is compared with itself only (a base and its overlay define the same objects).
    const key = `${worldOf(r.uri)}/${r.group}/${r.kind}/${r.namespace}/${r.name}`;
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    for (const r of list) {
      const other = list.find((o) => o !== r)!;
      const nameNode = get(get(r.node, 'metadata'), 'name') ?? r.node;
      ctx.report({
        uri: r.uri, code: 'KA050', range: rangeOf(r.doc, nameNode), severity: 'information',
        args: { kind: r.kind ?? '', name: r.name ?? '', namespace: r.namespace || '—', count: list.length },
        related: [{ uri: other.uri, range: rangeOf(other.doc, get(get(other.node, 'metadata'), 'name') ?? other.node), messageKey: 'related.KA050', args: {} }],
      });
    }
  }
}
