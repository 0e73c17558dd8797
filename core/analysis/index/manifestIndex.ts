// Cross-file index of resources, updated incrementally: a document's resources are added when it is parsed and
// removed when it is replaced. Lookups by kind/namespace/name and pod templates by label are O(1) to O(matches).
import { TopicVersions } from './topics';
import type { PodTemplate, Resource, ResourceQuery } from './types';

function labelKey(k: string, v: string): string {
  return `${k}\u0000${v}`;
}

export class ManifestIndex {
  private readonly byKind = new Map<string, Set<Resource>>();
  private readonly byName = new Map<string, Set<Resource>>();
  private readonly templatesByLabel = new Map<string, Set<PodTemplate>>();
  private readonly templates = new Set<PodTemplate>();
  private readonly all = new Set<Resource>();
  /** Resources with at least one reference to each kind (in the order they were added, like `resources()`). */
  private readonly referrersByKind = new Map<string, Set<Resource>>();
  /** Incremented on every change; lets callers cache derived data. */
  version = 0;
  /** Versions of what cross-file rules depend on (see topics.ts): `tpl:<ns>`, `obj:<kind>:<ns>`, `obj:<kind>`. */
  readonly topics = new TopicVersions();
  /**
   * Counts of additions and removals per lookup: `kind:<kind>` (ofKind, findResources by kind), `ref:<kind>`
   * (referrers), `tpl` (pod templates). The engine skips a cross-file rule whose lookups all kept their count.
   */
  private readonly lookupChanges = new Map<string, number>();

  /** How many resources were added or removed in a lookup (see `lookupChanges`); `all` is every lookup. */
  lookupVersion(lookup: string): number {
    return lookup === 'all' ? this.version : this.lookupChanges.get(lookup) ?? 0;
  }

  private noteLookups(res: Resource): void {
    if (res.kind) this.bump(`kind:${res.kind}`);
    for (const kind of referencedKinds(res)) this.bump(`ref:${kind}`);
    if (res.podTemplate) this.bump('tpl');
  }

  private bump(lookup: string): void {
    this.lookupChanges.set(lookup, (this.lookupChanges.get(lookup) ?? 0) + 1);
  }

  /** Version of a topic; unchanged when an edit did not change anything the topic summarises. */
  topic(name: string): number {
    return this.topics.version(name);
  }

  /** `topic(`${prefix}${namespace}`)` without building the string on every call (hot in cross-file rules). */
  topicIn(prefix: string, namespace: string): number {
    let byNs = this.topicNames.get(prefix);
    if (!byNs) this.topicNames.set(prefix, (byNs = new Map()));
    let name = byNs.get(namespace);
    if (name === undefined) byNs.set(namespace, (name = prefix + namespace));
    return this.topics.version(name);
  }
  private readonly topicNames = new Map<string, Map<string, string>>();

  /** Groups the removals and additions of one file update. */
  batch<T>(fn: () => T): T {
    this.topics.begin();
    try { return fn(); } finally { this.topics.end(); }
  }

  add(res: Resource): void {
    if (this.all.has(res)) return;
    this.all.add(res);
    this.version++;
    this.noteLookups(res);
    this.topics.apply(res, 1);
    for (const kind of referencedKinds(res)) addTo(this.referrersByKind, kind, res);
    if (res.kind) addTo(this.byKind, res.kind, res);
    if (res.name) addTo(this.byName, res.name, res);
    const tpl = res.podTemplate;
    if (tpl) {
      this.templates.add(tpl);
      for (const [k, v] of tpl.labels) addTo(this.templatesByLabel, labelKey(k, v), tpl);
    }
  }

  remove(res: Resource): void {
    if (!this.all.delete(res)) return;
    this.version++;
    this.noteLookups(res);
    this.topics.apply(res, -1);
    for (const kind of referencedKinds(res)) removeFrom(this.referrersByKind, kind, res);
    if (res.kind) removeFrom(this.byKind, res.kind, res);
    if (res.name) removeFrom(this.byName, res.name, res);
    const tpl = res.podTemplate;
    if (tpl) {
      this.templates.delete(tpl);
      for (const [k, v] of tpl.labels) removeFrom(this.templatesByLabel, labelKey(k, v), tpl);
    }
  }

  get size(): number {
    return this.all.size;
  }

  /** Every resource of the workspace (Kubernetes objects and other YAML objects with a kind). */
  resources(): Iterable<Resource> {
    return this.all;
  }

  /** Resources that refer to an object of `kind` (ConfigMap, Secret…), in the order of `resources()`. */
  referrers(kind: string): Iterable<Resource> {
    return this.referrersByKind.get(kind) ?? NONE;
  }

  /** Resources that refer to an object of any of `kinds`, in the order of `resources()`. */
  referrersOfAny(kinds: readonly string[]): Resource[] {
    const sets: Array<Set<Resource>> = [];
    for (const k of kinds) { const set = this.referrersByKind.get(k); if (set) sets.push(set); }
    const out: Resource[] = [];
    if (sets.length === 0) return out;
    if (sets.length === 1) { for (const r of sets[0]) out.push(r); return out; }
    for (const r of this.all) for (const set of sets) if (set.has(r)) { out.push(r); break; }
    return out;
  }

  /**
   * `namespace|name` of the Kubernetes objects of a kind that have a name (any order; duplicates kept). A function of
   * the `names:<kind>` topic only: rules depending on the names (not the content) of a kind read them here.
   */
  kubernetesNames(kind: string): Array<{ namespace: string; name: string }> {
    const out: Array<{ namespace: string; name: string }> = [];
    for (const r of this.byKind.get(kind) ?? []) if (r.isKubernetes && r.name) out.push({ namespace: r.namespace, name: r.name });
    return out;
  }

  /** Resources matching every given field (`namespace` is the effective one: `default` when not written). */
  findResources(q: ResourceQuery): Resource[] {
    let source: Iterable<Resource>;
    if (q.name !== undefined) source = this.byName.get(q.name) ?? [];
    else if (q.kind !== undefined) source = this.byKind.get(q.kind) ?? [];
    else source = this.all;
    const out: Resource[] = [];
    for (const r of source) {
      if (q.kind !== undefined && r.kind !== q.kind) continue;
      if (q.name !== undefined && r.name !== q.name) continue;
      if (q.namespace !== undefined && r.namespace !== q.namespace) continue;
      if (q.apiVersion !== undefined && r.apiVersion !== q.apiVersion) continue;
      if (q.uri !== undefined && r.uri !== q.uri) continue;
      out.push(r);
    }
    return out;
  }

  /** Resources of a kind, optionally in one namespace. */
  ofKind(kind: string, namespace?: string): Resource[] {
    const out: Resource[] = [];
    for (const r of this.byKind.get(kind) ?? []) if (namespace === undefined || r.namespace === namespace) out.push(r);
    return out;
  }

  /** Every pod template (Pods included), optionally in one namespace. */
  podTemplates(namespace?: string): PodTemplate[] {
    const out: PodTemplate[] = [];
    for (const t of this.templates) if (namespace === undefined || t.owner.namespace === namespace) out.push(t);
    return out;
  }

  /**
   * Pod templates whose labels contain every `key: value` of `selector` (Service semantics), in `namespace`.
   * An empty selector selects nothing here (a Service without selector has manual endpoints).
   */
  podTemplatesMatching(selector: Map<string, string>, namespace: string): PodTemplate[] {
    if (selector.size === 0) return [];
    let smallest: Set<PodTemplate> | undefined;
    for (const [k, v] of selector) {
      const set = this.templatesByLabel.get(labelKey(k, v));
      if (!set) return [];
      if (!smallest || set.size < smallest.size) smallest = set;
    }
    const out: PodTemplate[] = [];
    for (const t of smallest ?? []) {
      if (t.owner.namespace !== namespace) continue;
      let ok = true;
      for (const [k, v] of selector) if (t.labels.get(k) !== v) { ok = false; break; }
      if (ok) out.push(t);
    }
    return out;
  }
}

const NONE: readonly Resource[] = [];

function referencedKinds(res: Resource): Set<string> {
  const kinds = new Set<string>();
  for (const r of res.references) kinds.add(r.targetKind);
  return kinds;
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

function removeFrom<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}
