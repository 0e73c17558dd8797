// The analysis engine: runs the registered rules over the workspace model and returns findings with file
// offsets. Document rules are cached per parsed document (an edit re-runs them on the edited document only);
// workspace rules run over the index after any change and are cheap (indexed lookups).
import { codes } from './messages';
import type { Finding, OffsetRange } from './model';
import { rules as registry } from './rules/registry';
import { activeKubernetesVersion, activeTargetVersion, loadingMs } from './schema/catalog';
import type { DocRule, Report, Rule, WorkspaceRule } from './rules/rule';
import type { ManifestDoc, ManifestFile } from './index/types';
import { baseName } from './parse/fileKind';
import type { ManifestWorkspace } from './index/workspace';
import { isRenderedUri, placeFindings } from './render/renders';
import { RuleInputs } from './ruleInputs';

/** Codes that do not apply to partial objects (Kustomize patches). */
const PATCH_EXEMPT = new Set(['KA002', 'KA043', 'KA044', 'KA017', 'KA053', 'KA058', 'KA150', 'KA151', 'KA152', 'KA153',
  // A patch is merged into a base object: what it references may come from the base.
  'KA001', 'KA005', 'KA006', 'KA007', 'KA008', 'KA009', 'KA010', 'KA011', 'KA015', 'KA050', 'KA076', 'KA077', 'KA078', 'KA100', 'KA103']);

/** The notice of an open file that gets no Kubernetes rule (see `Analyzer.openFileNotice`). */
const NOT_ANALYSED_NOTICE = 'KA104';

/**
 * Codes shown by editors on open files only: they never come out of `findingsFor`/`analyzeAll`, hence never out of
 * the CLI. The rule pages say so (test/unit/docs/rulePages.test.ts checks them against this set).
 */
export const EDITOR_ONLY_CODES: ReadonlySet<string> = new Set([NOT_ANALYSED_NOTICE]);

/**
 * A per-document time budget: past it, the remaining rules are skipped and KA106 says so (as a notice: how long a
 * rule takes depends on the machine, so it never counts as an error of the manifest). It is spent only
 * when both the wall clock AND this process's CPU time exceed it: a machine busy with other processes must not
 * change the diagnostics (the editor and the CLI would then disagree on the same file), while a rule that really
 * burns time still hits it. One-time schema loading is left out (see `loadingMs`).
 */
const DOC_BUDGET_MS = 250;

/** CPU time used by this process (all threads, ms); the wall clock where the runtime does not tell. */
const cpuMs: () => number = typeof process !== 'undefined' && typeof process.cpuUsage === 'function'
  ? () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; }
  : () => performance.now();

/**
 * The CPU clock is read for a document only once its rules have run this long (wall clock): reading it is a system
 * call that sums every thread of the process, and on a virtual machine it costs 1 to 2 ms while the garbage
 * collector's threads run (a quarter of the first analysis of a large file when it was read at every document's
 * start). The CPU time counted is the time from that reading on: the CPU time of these first milliseconds (at most
 * a few ms, plus the rule that crossed the mark) is left out, so the budget can only be reached later, never sooner.
 */
const CPU_CLOCK_AFTER_MS = 20;

export class Analyzer {
  private readonly docRules: DocRule[];
  private readonly wsRules: WorkspaceRule[];
  private readonly rulesKey: string;
  private wsCache?: { version: number; byUri: Map<string, Finding[]> };
  /** Per cross-file rule: what it read (see ruleInputs.ts) and its findings at its last run. */
  private readonly ruleInputs = new Map<string, RuleInputs>();
  private readonly ruleOutputs = new Map<string, MemoEntry>();
  /** Per cross-file rule and slot: memoized findings per key (see WorkspaceRuleContext.memo). */
  private readonly memos = new Map<string, Map<string, WeakMap<object, MemoEntry>>>();
  /** Rule failures caught so far (`rule: message`), for tests and logs; a failing rule never stops the others. */
  readonly failures: string[] = [];
  /** Codes of the schema validation, whose generic findings give way to a specific rule on the same node. */
  private readonly schemaCodes: Set<string>;

  constructor(private readonly workspace: ManifestWorkspace, rules: readonly Rule[] = registry) {
    this.docRules = rules.filter((r): r is DocRule => r.scope === 'document');
    this.wsRules = rules.filter((r): r is WorkspaceRule => r.scope === 'workspace');
    this.rulesKey = rules.map((r) => r.id).join(',');
    this.schemaCodes = new Set(rules.filter((r) => r.id === 'schema-validation').flatMap((r) => r.codes));
  }

  /**
   * Every finding of one file: its documents' findings plus the cross-file findings that land in it, plus, for the
   * sources of a rendered chart or overlay, the findings of the rendered objects placed on the lines that made them.
   */
  findingsFor(uri: string): Finding[] {
    if (isRenderedUri(uri)) return [];
    const own = this.ownFindings(uri);
    const renders = this.workspace.renders;
    if (renders.keys().length === 0) return own;
    const placed = this.renderedFindings().get(uri);
    const out = own.map((f) => (f.related?.some((p) => isRenderedUri(p.uri)) ? this.mapRelated(f) : f));
    if (!placed || placed.length === 0) return out;
    // A rendered finding on the same place as the file's own (a base also checked as a plain manifest): shown once.
    const overlaps = (a: Finding, b: Finding) => a.code === b.code && a.range.start <= Math.max(b.range.end, b.range.start + 1) && b.range.start <= Math.max(a.range.end, a.range.start + 1);
    for (const f of placed) if (!own.some((g) => overlaps(f, g))) out.push(f);
    out.sort((a, b) => a.range.start - b.range.start || a.code.localeCompare(b.code));
    return out;
  }

  /** Findings of the rendered objects, placed on their sources (recomputed when the workspace changed). */
  renderedFindings(): Map<string, Finding[]> {
    if (this.renderCache && this.renderCache.version === this.workspace.version) return this.renderCache.byUri;
    const virtual = new Map<string, Finding[]>();
    for (const v of this.workspace.renders.virtualUris()) virtual.set(v, this.ownFindings(v));
    const byUri = placeFindings(this.workspace.renders, virtual);
    this.renderCache = { version: this.workspace.version, byUri };
    return byUri;
  }
  private renderCache?: { version: number; byUri: Map<string, Finding[]> };

  private mapRelated(f: Finding): Finding {
    const related = (f.related ?? []).flatMap((p) => {
      if (!isRenderedUri(p.uri)) return [p];
      const q = this.workspace.renders.place(p.uri, p.range.start);
      return q ? [{ ...p, uri: q.uri, range: q.range }] : [];
    });
    return { ...f, related };
  }

  /** The findings computed on a file itself (a virtual file of a render included). */
  ownFindings(uri: string): Finding[] {
    const file = this.workspace.getFile(uri);
    if (!file) return [];
    const out: Finding[] = [];
    if (file.skipped) {
      const kb = Math.round((file.skippedSize ?? file.text.length) / 1024);
      out.push(finding({ code: 'KA101', messageKey: file.skipped === 'binary' ? 'KA101.binary' : 'KA101', range: { start: 0, end: 0 }, args: { size: kb } }, uri));
      return out;
    }
    const patch = this.workspace.isKustomizePatch(uri);
    const key = this.docCacheKey();
    for (let d = 0; d < file.docs.length; d++) {
      const found = this.documentFindings(file, file.docs[d], key);
      for (let i = 0; i < found.length; i++) {
        const f = found[i];
        if (patch && PATCH_EXEMPT.has(f.code)) continue;
        out.push(f);
      }
    }
    const ws = this.workspaceFindings().get(uri);
    if (ws) for (const f of ws) if (!(patch && PATCH_EXEMPT.has(f.code))) out.push(f);
    const kept = focusRemovedApis(file, dropSchemaDuplicates(out, this.schemaCodes));
    kept.sort((a, b) => a.range.start - b.range.start || a.code.localeCompare(b.code));
    return kept;
  }

  /**
   * The notice of a file that gets no Kubernetes rule (a Helm template, a Compose file, a workflow…): KA104, at the
   * top of the file. Not part of `findingsFor`: editors show it on the files open there only (the CLI and the
   * workspace scan would otherwise report every tooling file of a repository).
   */
  openFileNotice(uri: string): Finding | undefined {
    const file = this.workspace.getFile(uri);
    if (!file || file.skipped || !file.reason || file.reason === 'lab') return undefined;
    // A chart's own files are checked through its render: saying « not analysed » there would be wrong.
    if (file.reason.startsWith('helm-') && this.workspace.renders.inRenderedChart(uri)) return undefined;
    const cached = this.notices.get(file);
    if (cached) return cached;
    const notice = finding({ code: NOT_ANALYSED_NOTICE, messageKey: `${NOT_ANALYSED_NOTICE}.${file.reason}`, range: { start: 0, end: 0 }, args: { name: baseName(uri) } }, uri);
    this.notices.set(file, notice);
    return notice;
  }
  /** One notice object per file version (the LSP adapter reuses its conversion while the object is the same). */
  private readonly notices = new WeakMap<ManifestFile, Finding>();

  /** Findings of every file of the workspace. */
  analyzeAll(): Map<string, Finding[]> {
    const out = new Map<string, Finding[]>();
    for (const uri of this.workspace.uris()) out.set(uri, this.findingsFor(uri));
    return out;
  }

  /** The schemas of the chosen Kubernetes version are part of the document cache's key: a version switch re-runs the rules. */
  private docCacheKey(): string {
    const version = `${activeKubernetesVersion()}/${activeTargetVersion()}`;
    if (this.lastKey?.version !== version) this.lastKey = { version, key: `${this.rulesKey}@${version}` };
    return this.lastKey.key;
  }
  private lastKey?: { version: unknown; key: string };

  /** Findings of the document rules on one document (cached until its text changes; shifted when it moves). */
  documentFindings(file: ManifestFile, doc: ManifestDoc, key = this.docCacheKey()): Finding[] {
    const cache = doc.cache;
    // The same string object every time (docCacheKey): the comparison does not walk the long key.
    if (cache && cache.key === key) {
      if (cache.base === doc.base && sameUri(cache.findings, file.uri)) return cache.findings;
      const delta = doc.base - cache.base;
      const moved = cache.findings.map((f) => shiftFinding(f, delta, file.uri));
      doc.cache = { findings: moved, base: doc.base, key };
      return moved;
    }
    const found: Finding[] = [];
    const startedAt = performance.now() - loadingMs();
    let startedCpu: number | undefined;
    // One context for every rule of this document (rules only read it).
    const ctx = { file, doc, resources: doc.resources, report: (r: Report) => { found.push(finding(r, file.uri)); } };
    const rules = this.docRules;
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r];
      try {
        rule.check(ctx);
      } catch (err) {
        this.noteFailure(rule.id, err);
        found.push(finding({ code: 'KA102', range: { start: doc.base, end: doc.base }, args: { rule: rule.id, detail: errorText(err) } }, file.uri));
      }
      const elapsed = performance.now() - loadingMs() - startedAt;
      if (elapsed <= CPU_CLOCK_AFTER_MS) continue;
      if (startedCpu === undefined) startedCpu = cpuMs() - loadingMs();
      else if (elapsed > DOC_BUDGET_MS && cpuMs() - loadingMs() - startedCpu > DOC_BUDGET_MS) {
        found.push(finding({ code: 'KA106', messageKey: 'KA106.time', severity: 'information', range: { start: doc.base, end: doc.base }, args: { rule: rule.id, ms: DOC_BUDGET_MS } }, file.uri));
        break;
      }
    }
    // Aliases share their anchor's nodes: a finding on a shared node is found once per use, at the same place.
    const kept = doc.text.includes('*') ? withoutRepeats(found) : found;
    doc.cache = { findings: kept, base: doc.base, key };
    return kept;
  }

  /** Where each range of the findings lives (document and its offset then), to move them with their documents. */
  private anchorsOf(findings: Finding[]): Anchor[] {
    const anchors: Anchor[] = [];
    for (const f of findings) {
      for (const [uri, r] of rangesOf(f)) {
        const doc = this.workspace.docAt(uri, r.start);
        if (doc) anchors.push({ doc, base: doc.base });
        else anchors.push({ doc: NO_DOC, base: 0 });
      }
    }
    return anchors;
  }

  private noteFailure(rule: string, err: unknown): void {
    if (this.failures.length >= 100) this.failures.shift();
    this.failures.push(`${rule}: ${errorText(err)}`);
  }

  /** Findings of the cross-file rules, grouped by file (recomputed only when the workspace changed). */
  workspaceFindings(): Map<string, Finding[]> {
    if (this.wsCache && this.wsCache.version === this.workspace.version) return this.wsCache.byUri;
    const byUri = new Map<string, Finding[]>();
    const add = (f: Finding) => {
      const list = byUri.get(f.uri);
      if (list) list.push(f);
      else byUri.set(f.uri, [f]);
    };
    const key = this.docCacheKey();
    for (const rule of this.wsRules) {
      let inputs = this.ruleInputs.get(rule.id);
      if (!inputs) this.ruleInputs.set(rule.id, (inputs = new RuleInputs(this.workspace)));
      const last = this.ruleOutputs.get(rule.id);
      // Nothing the rule looked at changed (an edit elsewhere): its findings, moved with their documents.
      if (last && inputs.unchanged(key) && alive(last.anchors)) {
        const reused = rebase(last);
        for (let i = 0; i < reused.length; i++) add(reused[i]);
        continue;
      }
      const all: Finding[] = [];
      let sink: Finding[] | undefined;
      const memos = this.memos.get(rule.id) ?? new Map<string, WeakMap<object, MemoEntry>>();
      this.memos.set(rule.id, memos);
      // Most rules use one slot: its table is looked up once.
      let lastSlot: string | undefined;
      let lastTable: WeakMap<object, MemoEntry> | undefined;
      try {
        rule.check({
          workspace: inputs.workspace,
          index: inputs.index,
          report: (r) => {
            const f = finding(r, r.uri);
            if (sink) sink.push(f);
            all.push(f);
            add(f);
          },
          memo: (key, deps, compute, slot = '') => {
            let table = slot === lastSlot ? lastTable : undefined;
            if (!table) {
              table = memos.get(slot);
              if (!table) memos.set(slot, (table = new WeakMap()));
              lastSlot = slot;
              lastTable = table;
            }
            const entry = table.get(key);
            if (entry && sameDeps(entry.deps, deps) && alive(entry.anchors)) {
              if (entry.findings.length === 0) return;
              const reused = rebase(entry);
              for (let i = 0; i < reused.length; i++) { all.push(reused[i]); add(reused[i]); }
              if (sink) for (let i = 0; i < reused.length; i++) sink.push(reused[i]);
              return;
            }
            const outer = sink;
            const captured: Finding[] = [];
            sink = captured;
            try { compute(); } finally { sink = outer; }
            if (outer) outer.push(...captured);
            table.set(key, { deps: [...deps], findings: captured, anchors: this.anchorsOf(captured) });
          },
        });
        inputs.snapshot(key);
        this.ruleOutputs.set(rule.id, { deps: [], findings: all, anchors: this.anchorsOf(all) });
      } catch (err) {
        // A crashing cross-file rule must not take the others down; it is reported on no file (and re-run next time).
        this.noteFailure(rule.id, err);
        this.ruleOutputs.delete(rule.id);
      }
    }
    this.wsCache = { version: this.workspace.version, byUri };
    return byUri;
  }
}

/**
 * The schema validation and a specific rule may flag the same node (a quoted port, a missing pathType): keep the
 * specific finding, which explains more and often carries a quick fix.
 */
export function dropSchemaDuplicates(findings: Finding[], schemaCodes: Set<string>): Finding[] {
  if (schemaCodes.size === 0) return findings;
  const specific = findings.filter((f) => !schemaCodes.has(f.code) && (f.severity === 'error' || f.severity === 'warning'));
  if (specific.length === 0) return findings;
  // Two ranges overlap when each starts before the other ends (an empty range counts as one character). Specific
  // findings sorted by start, with the furthest end so far: one binary search per schema finding.
  const endOf = (f: Finding) => Math.max(f.range.end, f.range.start + 1);
  specific.sort((a, b) => a.range.start - b.range.start);
  const starts = specific.map((g) => g.range.start);
  const maxEnd: number[] = [];
  for (let i = 0; i < specific.length; i++) maxEnd.push(Math.max(i > 0 ? maxEnd[i - 1] : -Infinity, endOf(specific[i])));
  return findings.filter((f) => {
    if (!schemaCodes.has(f.code)) return true;
    // The specific findings that start before `f` ends: does one of them end after `f` starts?
    let lo = 0;
    let hi = starts.length;
    const end = endOf(f);
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < end) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 || maxEnd[lo - 1] <= f.range.start;
  });
}

/**
 * A document whose apiVersion is no longer served cannot be applied at all: until the apiVersion is fixed, only
 * errors are shown on it (the KA038 first), not warnings and hints about its content.
 */
function focusRemovedApis(file: ManifestFile, findings: Finding[]): Finding[] {
  const removed = findings.filter((f) => f.code === 'KA038' && f.severity === 'error');
  if (removed.length === 0) return findings;
  const spans = file.docs.filter((d) => removed.some((f) => f.range.start >= d.base && f.range.start < d.base + d.text.length))
    .map((d) => [d.base, d.base + d.text.length] as const);
  return findings.filter((f) => f.severity === 'error' || !spans.some(([a, b]) => f.range.start >= a && f.range.start < b));
}

interface Anchor { doc: ManifestDoc; base: number }
interface MemoEntry { deps: unknown[]; findings: Finding[]; anchors: Anchor[] }
/** Anchor of a range outside any document (e.g. offset 0 of a skipped file): never moves. */
const NO_DOC = { base: 0 } as ManifestDoc;

function alive(anchors: Anchor[]): boolean {
  for (let i = 0; i < anchors.length; i++) if (anchors[i].doc.dead) return false;
  return true;
}

function sameUri(findings: Finding[], uri: string): boolean {
  for (let i = 0; i < findings.length; i++) if (findings[i].uri !== uri) return false;
  return true;
}

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Every (uri, range) of a finding, in a fixed order: the finding, its related places, its fixes' edits. */
function rangesOf(f: Finding): Array<[string, OffsetRange]> {
  const out: Array<[string, OffsetRange]> = [[f.uri, f.range]];
  for (const p of f.related ?? []) out.push([p.uri, p.range]);
  for (const fx of f.fixes ?? []) for (const e of fx.edits) out.push([e.uri, e.range]);
  return out;
}

/** The memoized findings, moved by how much their documents moved since (same objects when nothing moved). */
function rebase(entry: MemoEntry): Finding[] {
  if (entry.anchors.every((a) => a.doc.base === a.base)) return entry.findings;
  let k = 0;
  const next = () => { const a = entry.anchors[k++]; return a ? a.doc.base - a.base : 0; };
  const moved = entry.findings.map((f) => {
    const d0 = next();
    const out: Finding = { ...f, range: shift(f.range, d0) };
    if (f.related) out.related = f.related.map((p) => ({ ...p, range: shift(p.range, next()) }));
    if (f.fixes) out.fixes = f.fixes.map((fx) => ({ ...fx, edits: fx.edits.map((e) => ({ ...e, range: shift(e.range, next()) })) }));
    return out;
  });
  // Keep the moved copies for the next reuse.
  entry.findings = moved;
  entry.anchors = entry.anchors.map((a) => ({ doc: a.doc, base: a.doc.base }));
  return moved;
}

/**
 * The findings minus repeats: same code, message, place and arguments, the path of the use aside (`where`: the
 * schema validation names `containers[0]` and `containers[1]` for the one probe both share). The first is kept.
 */
function withoutRepeats(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.code}|${f.messageKey ?? ''}|${f.range.start}|${f.range.end}|${JSON.stringify({ ...f.args, where: undefined })}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function finding(r: Report, uri: string): Finding {
  const info = codes[r.code];
  const f: Finding = {
    code: r.code,
    severity: r.severity ?? info?.severity ?? 'warning',
    uri: r.uri ?? uri,
    range: r.range,
    args: r.args ?? {},
  };
  if (r.messageKey) f.messageKey = r.messageKey;
  if (r.related?.length) f.related = r.related;
  if (r.fixes?.length) f.fixes = r.fixes;
  return f;
}

function shift(r: OffsetRange, delta: number): OffsetRange {
  return { start: r.start + delta, end: r.end + delta };
}

function shiftFinding(f: Finding, delta: number, uri: string): Finding {
  const sameFile = (u: string) => u === f.uri;
  return {
    ...f,
    uri,
    range: shift(f.range, delta),
    related: f.related?.map((p) => (sameFile(p.uri) ? { ...p, uri, range: shift(p.range, delta) } : p)),
    fixes: f.fixes?.map((fx) => ({ ...fx, edits: fx.edits.map((e) => (sameFile(e.uri) ? { ...e, uri, range: shift(e.range, delta) } : e)) })),
  };
}
