// What a cross-file rule read from the workspace, so that the engine can skip it after an edit that changed none of
// it (a one-line edit in a file of thousands of objects then re-runs only the rules that look at the edited kinds).
// Each rule gets its own views of the index and of the workspace (kept from run to run: caches keyed on them stay
// valid); they record the lookups made (`kind:<kind>`, `ref:<kind>`, `tpl`, `all`, topics, the workspace's
// versions). Anything else read from the workspace (files, Git facts, folders, renders…) is not followed: the rule
// then always runs. The lookups are accumulated over every run (a memoized result reused later was computed from
// the lookups of an earlier run), so skipping stays sound.
import type { ManifestIndex } from './index/manifestIndex';
import type { ManifestWorkspace } from './index/workspace';
import type { ResourceQuery } from './index/types';

/**
 * Workspace members a rule may read without losing the skip, with the counter that changes whenever their answer
 * may (compared like lookups): the counters themselves, and the kustomizations' patches and generated names.
 */
const COUNTERS = new Map<PropertyKey, 'brokenVersion' | 'kustomizeVersion'>([
  ['brokenVersion', 'brokenVersion'], ['kustomizeVersion', 'kustomizeVersion'],
  ['isGenerated', 'kustomizeVersion'], ['isKustomizePatch', 'kustomizeVersion'],
]);

export class RuleInputs {
  readonly index: ManifestIndex;
  readonly workspace: ManifestWorkspace;
  /** Lookups (and topics, `topic:<name>`; counters, `ws:<name>`) read so far, with their version after the last run. */
  private readonly seen = new Map<string, number>();
  /** True once the rule read something not followed here: it is never skipped. */
  untracked = false;
  /** The document cache key (rules and Kubernetes version) at the last run. */
  key: string | undefined;

  constructor(private readonly real: ManifestWorkspace) {
    const index = real.index;
    const note = (lookup: string) => { if (!this.seen.has(lookup)) this.seen.set(lookup, -1); };
    const topicNote = (name: string) => { const k = `topic:${name}`; if (!this.seen.has(k)) this.seen.set(k, -1); };
    const seenIn = new Map<string, Set<string>>();
    const view = Object.create(index) as ManifestIndex;
    Object.defineProperties(view, {
      ofKind: { value: (kind: string, namespace?: string) => { note(`kind:${kind}`); return index.ofKind(kind, namespace); } },
      findResources: { value: (q: ResourceQuery) => { note(q.kind !== undefined ? `kind:${q.kind}` : 'all'); return index.findResources(q); } },
      referrers: { value: (kind: string) => { note(`ref:${kind}`); return index.referrers(kind); } },
      referrersOfAny: { value: (kinds: readonly string[]) => { for (const k of kinds) note(`ref:${k}`); return index.referrersOfAny(kinds); } },
      kubernetesNames: { value: (kind: string) => { topicNote(`names:${kind}`); return index.kubernetesNames(kind); } },
      podTemplates: { value: (namespace?: string) => { note('tpl'); return index.podTemplates(namespace); } },
      podTemplatesMatching: { value: (selector: Map<string, string>, namespace: string) => { note('tpl'); return index.podTemplatesMatching(selector, namespace); } },
      resources: { value: () => { note('all'); return index.resources(); } },
      size: { get: () => { note('all'); return index.size; } },
      topic: { value: (name: string) => { topicNote(name); return index.topic(name); } },
      topicIn: {
        value: (prefix: string, namespace: string) => {
          // Hot (once per object in most rules): the topic's name is only built the first time.
          let spaces = seenIn.get(prefix);
          if (!spaces) seenIn.set(prefix, (spaces = new Set()));
          if (!spaces.has(namespace)) { spaces.add(namespace); topicNote(prefix + namespace); }
          return index.topicIn(prefix, namespace);
        },
      },
    });
    this.index = view;
    this.workspace = new Proxy(real, {
      get: (target, prop) => {
        if (prop === 'index') return view;
        const counter = COUNTERS.get(prop);
        if (counter) note(`ws:${counter}`);
        else this.untracked = true;
        const value: unknown = Reflect.get(target, prop, target);
        // Methods run on the workspace itself (their own reads are not the rule's).
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }

  /** After a run: the versions of everything read so far. */
  snapshot(key: string): void {
    this.key = key;
    for (const k of this.seen.keys()) this.seen.set(k, this.versionOf(k));
  }

  /** True when nothing the rule read changed since its last run (its findings are then the same). */
  unchanged(key: string): boolean {
    if (this.untracked || this.key !== key) return false;
    for (const [k, v] of this.seen) if (this.versionOf(k) !== v) return false;
    return true;
  }

  private versionOf(k: string): number {
    if (k.startsWith('topic:')) return this.real.index.topic(k.slice(6));
    if (k === 'ws:brokenVersion') return this.real.brokenVersion;
    if (k === 'ws:kustomizeVersion') return this.real.kustomizeVersion;
    return this.real.index.lookupVersion(k);
  }
}
