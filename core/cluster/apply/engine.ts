// The apply engine: server dry-run of every object first (nothing is applied if one fails), then server-side apply
// in dependency order, with an honest per-object outcome (created / configured / unchanged). No vscode import.
import { ClusterError } from '../errors';
import type { ClusterGateway } from '../gateway';
import { forbiddenHints } from '../roleHints';
import type { K8sObject } from '../types';
import { cleanObject, jsonEqual } from './clean';
import { diagnosticsFor } from './diagnostics';
import type { ManifestDoc } from './manifests';
import { kindRank, LAST_RANK, sortForApply } from './order';
import type { ApplyReport, ApplyRunOptions, ObjectResult, ResolvedRef } from './result';
import { mapLimit } from './util';

interface Item {
  doc: ManifestDoc;
  result: ObjectResult;
  ref?: ResolvedRef;
  body: string;
  deferred?: 'namespace' | 'crd';
}

/** Applies already parsed documents (see manifests.ts). Never throws for cluster errors: they are in the report. */
export async function applyDocuments(gw: ClusterGateway, docs: ManifestDoc[], opts: ApplyRunOptions = {}): Promise<ApplyReport> {
  const lang = opts.lang ?? 'fr';
  const items: Item[] = sortForApply(docs, (d) => d.ref?.kind).map((doc) => ({
    doc, body: bodyWithLabels(doc, opts.labels),
    result: { file: doc.file, index: doc.index, range: doc.range, outcome: 'notApplied', warnings: [], diagnostics: [], problem: doc.problem },
  }));
  const nsFromBatch = new Set(items.filter((i) => i.doc.ref?.kind === 'Namespace').map((i) => i.doc.ref!.name));
  const crdKinds = crdKindsOf(docs);
  const fail = (it: Item, err: unknown, phase: ObjectResult['phase']): void => {
    it.result.outcome = 'failed';
    it.result.phase = phase;
    if (err !== undefined) it.result.error = (err instanceof ClusterError ? err : new ClusterError({ kind: 'other', message: String(err) })).info;
  };

  // 1. Identity, discovery, namespace, deferrals.
  const missingNs = new Map<string, Promise<boolean>>();
  await mapLimit(items, opts.concurrency ?? 8, async (it) => {
    const ref = it.doc.ref;
    if (!ref || it.doc.problem) return fail(it, undefined, 'parse');
    if (opts.namespace && ref.namespace && ref.namespace !== opts.namespace) {
      return fail(it, new ClusterError({ kind: 'invalid', status: 400, reason: 'NamespaceMismatch', causes: [{ field: 'metadata.namespace', reason: 'NamespaceMismatch', message: `${ref.namespace}≠${opts.namespace}` }], message: 'namespace mismatch' }), 'prepare');
    }
    let resource;
    try {
      resource = await gw.discovery.tryResource(ref.apiVersion, ref.kind);
    } catch (err) {
      return fail(it, err, 'prepare');
    }
    if (!resource) {
      const group = ref.apiVersion.includes('/') ? ref.apiVersion.split('/')[0] : '';
      if (crdKinds.has(`${group}/${ref.kind}`)) {
        it.deferred = 'crd';
        it.ref = { ...ref, namespace: ref.namespace ?? opts.namespace ?? gw.namespace, namespaced: true };
        it.result.ref = it.ref;
        return;
      }
      return fail(it, new ClusterError({ kind: 'unknownKind', apiVersion: ref.apiVersion, resourceKind: ref.kind }), 'prepare');
    }
    const namespace = resource.namespaced ? ref.namespace ?? opts.namespace ?? gw.namespace : undefined;
    it.ref = { apiVersion: ref.apiVersion, kind: ref.kind, name: ref.name, namespace, namespaced: resource.namespaced };
    it.result.ref = it.ref;
    if (namespace && nsFromBatch.has(namespace) && ref.kind !== 'Namespace') {
      let p = missingNs.get(namespace);
      if (!p) {
        p = gw.getOrNull({ apiVersion: 'v1', kind: 'Namespace', name: namespace }).then((n) => !n, () => false);
        missingNs.set(namespace, p);
      }
      if (await p) it.deferred = 'namespace';
    }
  });

  // 2. Live state before (one LIST per kind and namespace when several objects share them), then a server dry run
  //    of every object that can be checked now.
  const checkable = items.filter((i) => i.ref && i.result.outcome !== 'failed' && !i.deferred);
  const live = await liveObjects(gw, checkable.map((i) => i.ref!));
  await mapLimit(checkable, opts.concurrency ?? 8, async (it) => {
    const ref = it.ref!;
    const known = live.get(liveKey(ref));
    if (known !== undefined) {
      it.result.before = known ?? undefined;
    } else {
      try {
        it.result.before = await gw.getOrNull(ref);
      } catch {
        it.result.before = undefined; // not allowed to read it: the outcome will say "applied" without more detail
        it.result.beforeUnknown = true;
      }
    }
    try {
      const ans = await gw.apply<K8sObject>(ref, it.body, { dryRun: true, force: opts.force });
      it.result.after = ans.body;
      it.result.warnings.push(...ans.warnings);
    } catch (err) {
      fail(it, err, 'dryRun');
    }
  });
  const failed = items.some((i) => i.result.outcome === 'failed');
  const report = async (applied: boolean): Promise<ApplyReport> => {
    // a 403 is explained with the role the user has (one RBAC review, only when something was refused)
    const forbidden = items.find((i) => i.result.error?.kind === 'forbidden')?.result.error;
    const hints = forbidden ? await forbiddenHints(gw, forbidden) : {};
    for (const it of items) it.result.diagnostics = diagnosticsFor(it.doc, it.result, lang, hints);
    const results = items.map((i) => i.result);
    return {
      dryRun: Boolean(opts.dryRun), force: Boolean(opts.force), applied, results,
      ok: results.every((r) => r.outcome !== 'failed'),
      conflicts: results.some((r) => r.error?.kind === 'conflict' && r.error.reason === 'fieldManager'),
      context: gw.config.context, namespace: opts.namespace ?? gw.namespace,
      diagnostics: results.flatMap((r) => r.diagnostics),
    };
  };
  if (failed || opts.dryRun) {
    for (const it of items) {
      if (it.result.outcome === 'failed') continue;
      if (failed) it.result.outcome = 'notApplied';
      else if (it.deferred) it.result.outcome = 'skipped';
      else it.result.outcome = predicted(it.result.before, it.result.after, it.result.beforeUnknown);
      it.result.deferred = it.deferred;
    }
    return report(false);
  }

  // 3. Real apply, rank by rank (the order matters: Namespace, CRD, … before what uses them); objects of one rank
  //    go in parallel. A dry run whose result is the live object as is (managedFields included) is a no-op: it is
  //    not sent again.
  const ranks = new Map<number, Item[]>();
  for (const it of items) {
    const r = (it.deferred ? LAST_RANK + 1 : 0) + kindRank(it.ref!.kind); // deferred ones after everything, in order
    ranks.set(r, [...(ranks.get(r) ?? []), it]);
  }
  for (const rank of [...ranks.keys()].sort((a, b) => a - b)) {
    await mapLimit(ranks.get(rank)!, opts.concurrency ?? 8, (it) => applyOne(gw, it, opts.force, fail));
  }
  return report(true);
}

async function applyOne(gw: ClusterGateway, it: Item, force: boolean | undefined, fail: (it: Item, err: unknown, phase: ObjectResult['phase']) => void): Promise<void> {
  if (!it.deferred && it.result.before && it.result.after && jsonEqual(it.result.before, it.result.after)) {
    it.result.outcome = 'unchanged';
    return;
  }
  if (it.deferred === 'crd') await waitForKind(gw, it.ref!);
  if (it.deferred) {
    it.result.deferred = it.deferred;
    try {
      it.result.before = await gw.getOrNull(it.ref!);
    } catch {
      it.result.beforeUnknown = true;
    }
  }
  try {
    const ans = await gw.apply<K8sObject>(it.ref!, it.body, { force });
    it.result.after = ans.body;
    it.result.warnings = [...new Set([...it.result.warnings, ...ans.warnings])];
    it.result.outcome = outcomeOf(it.result.before, ans.body, it.result.beforeUnknown);
  } catch (err) {
    fail(it, err, 'apply');
  }
}

/**
 * created when it did not exist; unchanged when the resourceVersion did not move, or when only server bookkeeping
 * moved (managedFields: e.g. the server's `before-first-apply` entry); configured otherwise.
 */
function outcomeOf(before: K8sObject | undefined, after: K8sObject, beforeUnknown?: boolean): ObjectResult['outcome'] {
  if (beforeUnknown) return 'configured';
  if (!before) return 'created';
  if (before.metadata.resourceVersion === after.metadata.resourceVersion) return 'unchanged';
  return jsonEqual(cleanObject(before), cleanObject(after)) ? 'unchanged' : 'configured';
}

/** Dry run: compare the predicted object with the live one, both cleaned of server-managed fields. */
function predicted(before: K8sObject | undefined, after: K8sObject | undefined, beforeUnknown?: boolean): ObjectResult['outcome'] {
  if (beforeUnknown) return 'configured';
  if (!before) return 'created';
  return jsonEqual(cleanObject(before), cleanObject(after)) ? 'unchanged' : 'configured';
}

const liveKey = (r: ResolvedRef): string => `${r.apiVersion}|${r.kind}|${r.namespace ?? ''}|${r.name}`;

/**
 * Live objects by key, fetched with one LIST per (kind, namespace) holding at least 3 of the objects; `null` = absent.
 * Keys missing from the map (small groups, or a LIST refused) are read one by one by the caller.
 */
async function liveObjects(gw: ClusterGateway, refs: ResolvedRef[]): Promise<Map<string, K8sObject | null>> {
  const out = new Map<string, K8sObject | null>();
  const groups = new Map<string, ResolvedRef[]>();
  for (const r of refs) {
    const g = `${r.apiVersion}|${r.kind}|${r.namespace ?? ''}`;
    groups.set(g, [...(groups.get(g) ?? []), r]);
  }
  await mapLimit([...groups.values()].filter((g) => g.length >= 3), 4, async (group) => {
    const { apiVersion, kind, namespace } = group[0];
    try {
      const list = await gw.list(apiVersion, kind, { namespace: namespace ?? '*' });
      // items of a list carry no apiVersion/kind: put them back so they compare with single GETs and dry runs
      const byName = new Map(list.items.map((o) => [o.metadata.name, Object.assign({ apiVersion, kind }, o)]));
      for (const r of group) out.set(liveKey(r), byName.get(r.name) ?? null);
    } catch {
      // listing refused (or too big to matter): the caller reads each object
    }
  });
  return out;
}

function crdKindsOf(docs: ManifestDoc[]): Set<string> {
  const out = new Set<string>();
  for (const d of docs) {
    if (d.ref?.kind !== 'CustomResourceDefinition') continue;
    const spec = (d.object?.spec ?? {}) as { group?: string; names?: { kind?: string } };
    if (spec.group && spec.names?.kind) out.add(`${spec.group}/${spec.names.kind}`);
  }
  return out;
}

async function waitForKind(gw: ClusterGateway, ref: ResolvedRef): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const res = await gw.discovery.tryResource(ref.apiVersion, ref.kind).catch(() => undefined);
    if (res) {
      if (!res.namespaced) ref.namespace = undefined;
      ref.namespaced = res.namespaced;
      return;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** The document's text, with extra labels merged into metadata.labels when asked (labs label what they create). */
function bodyWithLabels(doc: ManifestDoc, labels: Record<string, string> | undefined): string {
  if (!labels || !doc.doc || Object.keys(labels).length === 0) return doc.body;
  const copy = doc.doc.clone();
  for (const [k, v] of Object.entries(labels)) copy.setIn(['metadata', 'labels', k], v);
  return copy.toString();
}
