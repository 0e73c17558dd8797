// Publishes diagnostics. After any change, the changed files are re-analysed first, then every other file
// whose cross-file findings may have changed (dependents); a file is re-sent only when its diagnostics differ.
import type { Diagnostic } from 'vscode-languageserver';
import type { ServerContext } from './context';
import { startsFor, toDiagnostic } from './toLsp';

export class DiagnosticsPublisher {
  private readonly published = new Map<string, string>();
  private lastCrossFile = new Map<string, string>();
  private readonly pending = new Set<string>();
  private everything = false;
  private scheduled = false;
  /** Resolvers waiting for the next flush (tests and the CLI-like `flush()` callers). */
  private waiters: Array<() => void> = [];

  constructor(private readonly ctx: ServerContext) {}

  /** Re-check `uri` (and dependents) soon; several calls in the same tick are merged. */
  schedule(uri?: string): void {
    if (uri) this.pending.add(uri);
    else this.everything = true;
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
    this.schedule();
  }

  whenIdle(): Promise<void> {
    if (!this.scheduled) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private flush(): void {
    this.scheduled = false;
    const first = [...this.pending];
    this.pending.clear();
    const all = this.everything;
    this.everything = false;
    try {
      for (const uri of first) this.publish(uri);
      // Dependents: the cross-file findings are recomputed once; files whose share of them changed are re-sent.
      const done = new Set(first);
      const changed = this.crossFileChanges();
      for (const uri of all ? this.ctx.workspace.uris() : changed) {
        if (done.has(uri)) continue;
        this.publish(uri);
      }
    } catch (err) {
      this.ctx.connection.console.error(`kube-apprenti: échec de l'analyse : ${err instanceof Error ? err.stack : String(err)}`);
    }
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  /** Files whose cross-file findings differ from the last flush. */
  private crossFileChanges(): string[] {
    const now = this.ctx.analyzer.workspaceFindings();
    const changed: string[] = [];
    const next = new Map<string, string>();
    for (const [uri, list] of now) next.set(uri, JSON.stringify(list));
    for (const [uri, key] of next) if (this.lastCrossFile.get(uri) !== key) changed.push(uri);
    for (const uri of this.lastCrossFile.keys()) if (!next.has(uri)) changed.push(uri);
    this.lastCrossFile = next;
    return changed.filter((u) => this.ctx.workspace.hasFile(u));
  }

  private publish(uri: string): void {
    const { workspace, analyzer } = this.ctx;
    const settings = this.ctx.settings();
    let diagnostics: Diagnostic[] = [];
    if (settings.diagnosticsEnabled && workspace.hasFile(uri)) {
      const starts = startsFor(workspace, uri);
      diagnostics = analyzer.findingsFor(uri).map((f) => toDiagnostic(f, workspace, settings.langue, starts));
    }
    const key = JSON.stringify(diagnostics);
    if (this.published.get(uri) === key) return;
    this.published.set(uri, key);
    void this.ctx.connection.sendDiagnostics({ uri, diagnostics });
  }
}
