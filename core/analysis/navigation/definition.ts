// Go to definition and find references between objects: a reference (configMapRef, secretKeyRef, claimName,
// serviceAccountName, Ingress backend, roleRef…) → the object it names; a selector → the pod templates it
// matches; and in reverse, an object's name → every place that names it, Pod labels → the selectors matching them.
import type { OffsetRange } from '../model';
import { rangeOf } from '../index/ranges';
import type { Reference, Resource } from '../index/types';
import type { ManifestWorkspace } from '../index/workspace';
import { locate } from '../schema/cursor';
import { get, getPath, stringMap } from '../util/yamlNodes';

export interface Place {
  uri: string;
  range: OffsetRange;
}

function namePlace(res: Resource): Place {
  const node = get(get(res.node, 'metadata'), 'name') ?? res.node;
  return { uri: res.uri, range: rangeOf(res.doc, node) };
}

function templatePlace(res: Resource): Place {
  const tpl = res.podTemplate;
  const node = tpl?.labelsNode ?? tpl?.metadata ?? res.node;
  return { uri: res.uri, range: rangeOf(res.doc, node) };
}

function targetsOf(ws: ManifestWorkspace, ref: Reference): Resource[] {
  return ws.index.findResources({ kind: ref.targetKind, name: ref.name, namespace: ref.namespace || undefined });
}

function selectorAt(res: Resource, path: ReadonlyArray<string | number>): Map<string, string> | undefined {
  const s = path.map(String);
  if (res.kind === 'Service' && s[0] === 'spec' && s[1] === 'selector') return stringMap(getPath(res.node, 'spec.selector'));
  const i = s.lastIndexOf('matchLabels');
  return i >= 0 ? stringMap(getPath(res.node, s.slice(0, i + 1))) : undefined;
}

interface CursorTarget {
  res: Resource;
  path: ReadonlyArray<string | number>;
  node: unknown;
}

function cursorTarget(ws: ManifestWorkspace, uri: string, offset: number): CursorTarget | undefined {
  const res = ws.resourceAt(uri, offset);
  if (!res || !res.isKubernetes) return undefined;
  const loc = locate(res.node, offset - res.doc.base);
  return loc ? { res, path: loc.path, node: loc.node } : undefined;
}

export function definitionAt(ws: ManifestWorkspace, uri: string, offset: number): Place[] {
  const t = cursorTarget(ws, uri, offset);
  if (!t) return [];
  const ref = t.res.references.find((r) => r.nameNode === t.node || r.keyNode === t.node);
  if (ref) return targetsOf(ws, ref).map(namePlace);
  const selector = selectorAt(t.res, t.path);
  if (selector && selector.size) {
    const owners = new Set(ws.index.podTemplatesMatching(selector, t.res.namespace).map((tpl) => tpl.owner));
    return [...owners].filter((o) => o !== t.res).map(templatePlace);
  }
  return [];
}

/** Every place that names the object under the cursor (its metadata.name), or that selects the Pod labels under it. */
export function referencesAt(ws: ManifestWorkspace, uri: string, offset: number, includeDeclaration: boolean): Place[] {
  const t = cursorTarget(ws, uri, offset);
  if (!t) return [];
  const s = t.path.map(String);
  const out: Place[] = [];
  if (s.length === 2 && s[0] === 'metadata' && s[1] === 'name' && t.res.name) {
    if (includeDeclaration) out.push(namePlace(t.res));
    for (const other of ws.index.resources()) {
      for (const ref of other.references) {
        if (ref.targetKind !== t.res.kind || ref.name !== t.res.name) continue;
        if (ref.namespace && ref.namespace !== t.res.namespace) continue;
        out.push({ uri: other.uri, range: rangeOf(other.doc, ref.nameNode) });
      }
    }
    return dedupe(out);
  }
  const tpl = t.res.podTemplate;
  const labelsPath = tpl ? [...(tpl.path ? tpl.path.split('.') : []), 'metadata', 'labels'] : [];
  if (tpl && labelsPath.every((p, i) => s[i] === p) && s.length >= labelsPath.length) {
    if (includeDeclaration && tpl.labelsNode) out.push({ uri: t.res.uri, range: rangeOf(t.res.doc, tpl.labelsNode) });
    for (const other of ws.index.resources()) {
      if (!other.isKubernetes || other.namespace !== t.res.namespace) continue;
      const selectors = [getPath(other.node, other.kind === 'Service' ? 'spec.selector' : 'spec.selector.matchLabels')];
      for (const node of selectors) {
        const sel = stringMap(node);
        if (!sel.size || !node) continue;
        if ([...sel].every(([k, v]) => tpl.labels.get(k) === v)) out.push({ uri: other.uri, range: rangeOf(other.doc, node) });
      }
    }
  }
  return dedupe(out);
}

function dedupe(places: Place[]): Place[] {
  const seen = new Set<string>();
  return places.filter((p) => {
    const k = `${p.uri}#${p.range.start}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
