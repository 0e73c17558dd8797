// Publishes diagnostics. After any change, the changed files are re-analysed first, then every other file
// whose cross-file findings may have changed (dependents); a file is re-sent only when its diagnostics differ.
import type { Diagnostic } from 'vscode-languageserver';
import type { ServerContext } from './context';
import type { Analyzer } from '../../../core/analysis/engine';
import type { ManifestWorkspace } from '../../../core/analysis/index/workspace';
import type { Finding, OffsetRange } from '../../../core/analysis/model';
import type { LineMap } from '../../../core/analysis/index/ranges';
import { linesFor, toDiagnostic } from './toLsp';
import { isRenderedUri } from '../../../core/analysis/render/renders';
import { logFailure, logTrace } from './log';
import { normalizeUri } from './uris';

/** True when a position still denotes the same offset in this version of the file. */
function same(lines: LineMap, p: { line: number; character: number }, offset: number): boolean {
  const q = lines.positionAt(offset);
  return q.line === p.line && q.character === p.character;
}

function sameRange(lines: LineMap, r: { start: { line: number; character: number }; end: { line: number; character: number } }, o: OffsetRange): boolean {
  return same(lines, r.start, o.start) && same(lines, r.end, Math.max(o.start, o.end));
}

/** A converted diagnostic is reusable when its positions still match the finding's offsets (lines may have moved). */
function stillAt(d: Diagnostic, f: Finding, starts: LineMap, startsOf: (uri: string) => LineMap): boolean {
  if (!sameRange(starts, d.range, f.range)) return false;
  const rel = d.relatedInformation ?? [];
  for (let i = 0; i < rel.length; i++) {
    const p = f.related?.[i];
    if (!p || !sameRange(p.uri === f.uri ? starts : startsOf(p.uri), rel[i].location.range, p.range)) return false;
  }
  return true;
}

/** A list as sent, with its JSON once computed. */
interface Sent<T> { list: T[]; json?: string }

/** Same elements (the same objects: nothing to serialise), else the same JSON. */
function sameContent<T>(a: Sent<T>, b: Sent<T>): boolean {
  if (a.list.length !== b.list.length) return false;
  let same = true;
  for (let i = 0; i < a.list.length && same; i++) same = a.list[i] === b.list[i];
  if (same) return true;
  a.json ??= JSON.stringify(a.list);
  b.json ??= JSON.stringify(b.list);
  return a.json === b.json;
}

/** `KUBE_APPRENTI_TRACE=1`: the time of each analysis is written to the server's log. */
const TRACE = process.env.KUBE_APPRENTI_TRACE === '1';
const cpuSince = (from: NodeJS.CpuUsage | undefined): number => { const d = process.cpuUsage(from); return d.user + d.system; };

export class DiagnosticsPublisher {
  /** What was last sent per file; its JSON is computed only when a new list is not made of the same objects. */
  private readonly published = new Map<string, Sent<Diagnostic>>();
  private lastCrossFile = new Map<string, Sent<Finding>>();
  private readonly pending = new Set<string>();
  /** New texts of open documents, read at flush time. */
  private readonly texts = new Map<string, () => string>();
  /** Diagnostics already converted, per finding object and language. */
  private converted = new WeakMap<object, Diagnostic>();
  private convertedLang: string | undefined;
  private everything = false;
  private scheduled = false;
  /** Resolvers waiting for the next flush (tests and the CLI-like `flush()` callers). */
  private waiters: Array<() => void> = [];

  constructor(private readonly ctx: ServerContext) {}

  /** The model (and engine) a file outside the workspace folders is analysed in, when an isolated render reads it. */
  private isolatedOf: (uri: string) => { workspace: ManifestWorkspace; analyzer: Analyzer } | undefined = () => undefined;
  /** Open files that must stay out of the workspace model (see RenderSync). */
  private keptOut: (uri: string) => boolean = () => false;

  /** Set by the renders: charts and overlays outside every workspace folder are analysed on their own. */
  isolateWith(isolatedOf: (uri: string) => { workspace: ManifestWorkspace; analyzer: Analyzer } | undefined, keptOut: (uri: string) => boolean): void {
    this.isolatedOf = isolatedOf;
    this.keptOut = keptOut;
  }

  /** Re-check `uri` (and dependents) soon; several calls in the same tick are merged. `text` gives the file's new text. */
  schedule(uri?: string, text?: () => string): void {
    if (uri) {
      this.pending.add(uri);
      if (text) this.texts.set(uri, text);
    } else {
      this.everything = true;
    }
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  /** Forget a file (deleted): its diagnostics are cleared. */
  clear(uri: string): void {
    this.published.delete(uri);
    void this.ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Republish everything (e.g. after a language change): every message is re-rendered. */
  republishAll(): void {
    this.published.clear();
    this.converted = new WeakMap();
    this.schedule();
  }

  /** Nothing waits to be published. */
  get idle(): boolean {
    return !this.scheduled;
  }

  whenIdle(): Promise<void> {
    if (!this.scheduled) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private flush(): void {
    this.scheduled = false;
    const t0 = TRACE ? performance.now() : 0;
    const cpu0 = TRACE ? process.cpuUsage() : undefined;
    let t1 = t0;
    const first = [...this.pending];
    this.pending.clear();
    const all = this.everything;
    this.everything = false;
    const texts = [...this.texts];
    this.texts.clear();
    this.openUris = undefined;
    try {
      // One file that cannot be read must not keep the others from being analysed and published.
      for (const [uri, text] of texts) {
        try {
          if (this.keptOut(uri)) this.ctx.workspace.removeFile(uri);
          else this.ctx.workspace.setFile(uri, text());
        } catch (err) { this.logFailure(err); }
      }
      if (TRACE) t1 = performance.now();
      for (const uri of first) {
        try { this.publish(uri); } catch (err) { this.logFailure(err); }
      }
      // Dependents: the cross-file findings are recomputed once; files whose share of them changed are re-sent.
      const done = new Set(first);
      const changed = this.crossFileChanges();
      for (const uri of all ? this.ctx.workspace.uris() : changed) {
        if (done.has(uri)) continue;
        this.publish(uri);
      }
    } catch (err) {
      this.logFailure(err);
    }
    if (TRACE) {
      logTrace(this.ctx, 'trace.analysis', {
        read: (t1 - t0).toFixed(1), rules: (performance.now() - t1).toFixed(1), cpu: (cpuSince(cpu0) / 1000).toFixed(1), files: first.length,
      });
    }
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  private logFailure(err: unknown): void {
    logFailure(this.ctx, 'analysisFailed', err);
  }

  /** Files whose cross-file findings differ from the last flush. */
  private crossFileChanges(): string[] {
    const now = this.ctx.analyzer.workspaceFindings();
    const changed: string[] = [];
    const next = new Map<string, Sent<Finding>>();
    for (const [uri, list] of now) {
      const last = this.lastCrossFile.get(uri);
      const sent: Sent<Finding> = { list };
      if (!last || !sameContent(last, sent)) changed.push(uri);
      next.set(uri, sent);
    }
    for (const uri of this.lastCrossFile.keys()) if (!next.has(uri)) changed.push(uri);
    this.lastCrossFile = next;
    // Findings on a rendered object are shown on its sources (templates, values, bases, patches).
    const renders = this.ctx.workspace.renders;
    const out = new Set<string>();
    for (const u of changed) {
      if (isRenderedUri(u)) for (const s of renders.sourcesOf(u)) out.add(s);
      else out.add(u);
    }
    return [...out].filter((u) => this.ctx.workspace.hasFile(u));
  }

  private publish(uri: string): void {
    if (isRenderedUri(uri)) return;
    const { workspace, analyzer } = this.isolatedOf(uri) ?? this.ctx;
    const settings = this.ctx.settings();
    let diagnostics: Diagnostic[] = [];
    if (settings.diagnosticsEnabled && workspace.hasFile(uri)) {
      const starts = linesFor(workspace, uri);
      if (this.convertedLang !== settings.langue) { this.converted = new WeakMap(); this.convertedLang = settings.langue; }
      const findings = analyzer.findingsFor(uri);
      // A file open in the editor that gets no Kubernetes rule says so (KA104); files only scanned stay silent.
      const notice = this.isOpen(uri) ? analyzer.openFileNotice(uri) : undefined;
      diagnostics = (notice ? [notice, ...findings] : findings).map((f) => {
        let d = this.converted.get(f);
        if (!d || !stillAt(d, f, starts, (u) => linesFor(workspace, u))) this.converted.set(f, (d = toDiagnostic(f, workspace, settings.langue, starts)));
        return d;
      });
    }
    const sent: Sent<Diagnostic> = { list: diagnostics };
    const last = this.published.get(uri);
    if (last && sameContent(last, sent)) return;
    this.published.set(uri, sent);
    void this.ctx.connection.sendDiagnostics({ uri, diagnostics });
  }

  /** Normalised URIs of the documents open in the editor, computed once per flush. */
  private openUris: Set<string> | undefined;

  private isOpen(uri: string): boolean {
    this.openUris ??= new Set(this.ctx.documents.all().map((d) => normalizeUri(d.uri)));
    return this.openUris.has(uri);
  }
}
