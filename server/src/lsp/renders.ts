// Keeps the rendered Helm charts and Kustomize overlays of the workspace up to date: after the scan, and after an
// edit of a template, a values file, Chart.yaml, a kustomization or a file an overlay uses (debounced), the target is
// rendered again by ka-render (open editors' texts included) and its findings are published on the source lines.
// A chart or overlay OUTSIDE every workspace folder (opened from elsewhere) is rendered and analysed in a model of its
// own: its bases and rendered objects only give diagnostics to its own files (outside the folders), and never feed
// the cross-file rules of the workspace's files, nor the workspace's objects its rules.
import * as path from 'node:path';
import { Analyzer } from '../../../core/analysis/engine';
import { ManifestWorkspace } from '../../../core/analysis/index/workspace';
import type { RenderOutcome } from '../../../core/render/outcome';
import { MAX_FILE_SIZE } from '../../../core/files/walker';
import { RendererClient } from '../../../core/render/client';
import { detectTargets, isKustomizationPath, type RenderTarget } from '../../../core/render/detect';
import { renderTarget } from '../../../core/render/prepare';
import { RenderRegistry } from '../../../core/analysis/render/renders';
import type { RenderChoices } from './choices';
import type { ServerContext } from './context';
import type { DiagnosticsPublisher } from './diagnostics';
import { logFailure } from './log';
import { normalizeUri, pathToUri, uriToPath } from './uris';

/** Wait after the last keystroke before rendering again. */
const DEBOUNCE_MS = 150;

/** A chart or overlay outside every workspace folder, with the model its render is analysed in. */
export interface IsolatedRender {
  readonly workspace: ManifestWorkspace;
  readonly analyzer: Analyzer;
  readonly outcome: RenderOutcome;
}

export class RenderSync {
  private client?: RendererClient;
  private timer?: NodeJS.Timeout;
  private readonly dirty = new Set<string>();
  private everything = false;
  private running?: Promise<void>;
  private idleWaiters: Array<() => void> = [];
  private lastRunEnd = -Infinity;

  private readonly renderedListeners: Array<(dirUri: string) => void> = [];

  /** Charts and overlays outside every workspace folder, by registry key. */
  private readonly isolated = new Map<string, IsolatedRender>();

  constructor(private readonly ctx: ServerContext, private readonly publisher: DiagnosticsPublisher, private readonly choices?: RenderChoices) {
    choices?.onValuesChanged((dirUri) => { this.dirty.add(`${dirUri}/Chart.yaml`); this.arm(0); });
    publisher.isolateWith((uri) => this.isolatedOf(uri), (uri) => this.keptOut(uri));
  }

  /** True when `uri` lies in one of the workspace folders. */
  insideWorkspace(uri: string): boolean {
    return this.ctx.workspaceFolders().some((f) => {
      const root = normalizeUri(f).replace(/\/+$/, '');
      return uri === root || uri.startsWith(`${root}/`);
    });
  }

  /** The isolated render that reads `uri`, a file outside every workspace folder (its diagnostics come from there). */
  isolatedOf(uri: string): IsolatedRender | undefined {
    if (this.isolated.size === 0 || this.insideWorkspace(uri)) return undefined;
    for (const r of this.isolated.values()) if (r.outcome.sources.has(uri)) return r;
    return undefined;
  }

  /**
   * True for a file of an isolated render: it stays out of the workspace model even while open in the editor (its
   * objects, and a kustomization's generated names and patches, would feed the workspace's rules).
   */
  private keptOut(uri: string): boolean {
    return this.isolatedOf(uri) !== undefined;
  }

  /** The last render of a chart or overlay (of the workspace, or isolated). */
  outcome(key: string): RenderOutcome | undefined {
    return this.ctx.workspace.renders.outcome(key) ?? this.isolated.get(key)?.outcome;
  }

  /** Called after each render of a chart or overlay (the preview refreshes). */
  onRendered(listener: (dirUri: string) => void): void {
    this.renderedListeners.push(listener);
  }

  /** Everything is rendered again (after the scan or a settings change). */
  refreshAll(): void {
    this.everything = true;
    this.arm(0);
  }

  /** A file changed (edit, save, creation, deletion). */
  noteChanged(rawUri: string): void {
    const uri = normalizeUri(rawUri);
    if (!uri.startsWith('file:')) return;
    this.dirty.add(uri);
    // Leading edge: a lone edit renders at once; the edits of a burst (typing) wait for a pause.
    const quiet = !this.timer && !this.running && performance.now() - this.lastRunEnd >= DEBOUNCE_MS;
    this.arm(quiet ? 0 : DEBOUNCE_MS);
  }

  /** No render is running or waiting. */
  get idle(): boolean {
    return !this.timer && !this.running;
  }

  /** Resolves when no render is pending (tests). */
  whenIdle(): Promise<void> {
    if (!this.timer && !this.running) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  dispose(): void {
    this.client?.dispose();
  }

  private arm(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => { this.timer = undefined; void this.run(); }, ms);
  }

  private async run(): Promise<void> {
    if (this.running) { await this.running; if (this.timer) return; }
    const all = this.everything;
    const dirty = [...this.dirty];
    this.everything = false;
    this.dirty.clear();
    this.running = this.renderSome(all, dirty).catch((err: unknown) => {
      logFailure(this.ctx, 'renderFailed', err);
    });
    await this.running;
    this.running = undefined;
    this.lastRunEnd = performance.now();
    if (!this.timer) { const w = this.idleWaiters; this.idleWaiters = []; for (const f of w) f(); }
  }

  /** The charts and overlays of the workspace, and those open in the editor from outside its folders. */
  targets(): RenderTarget[] {
    const paths: string[] = [];
    const uriOf = new Map<string, string>();
    const opened = new Map<string, string>();
    const add = (uri: string) => {
      const p = uriToPath(uri);
      if (!p) return;
      const posix = p.split(path.sep).join('/');
      if (uriOf.has(posix)) return;
      paths.push(posix);
      uriOf.set(posix, uri);
    };
    for (const uri of this.ctx.workspace.uris()) add(uri);
    // Files of an isolated render are kept out of the workspace model: an open kustomization or Chart.yaml outside
    // the folders is still a target.
    for (const d of this.ctx.documents.all()) {
      const uri = normalizeUri(d.uri);
      if (this.ctx.workspace.hasFile(uri) || !uri.startsWith('file:') || this.insideWorkspace(uri)) continue;
      opened.set(uri, d.getText());
      add(uri);
    }
    return detectTargets(paths, (p) => { const u = uriOf.get(p) ?? ''; return this.ctx.workspace.getFile(u)?.text ?? opened.get(u); });
  }

  private async renderSome(all: boolean, dirty: string[]): Promise<void> {
    const { workspace } = this.ctx;
    const targets = this.targets();
    const keyOf = (t: RenderTarget) => RenderRegistry.keyOf(t.kind, pathToUri(t.dir).replace(/\/$/, ''));
    const wanted = new Map(targets.map((t) => [keyOf(t), t]));
    const touched = new Set<string>();
    // Targets that disappeared (Chart.yaml deleted…).
    const dirUriOf = (t: RenderTarget) => pathToUri(t.dir).replace(/\/$/, '');
    for (const key of workspace.renders.keys()) {
      const t = wanted.get(key);
      // Gone, or no longer in a workspace folder (its folder was removed): it leaves the workspace model.
      if (t && this.insideWorkspace(dirUriOf(t))) continue;
      for (const u of workspace.renders.outcome(key)?.sources.keys() ?? []) touched.add(u);
      workspace.renders.remove(key);
    }
    for (const [key, r] of [...this.isolated]) {
      const t = wanted.get(key);
      if (t && !this.insideWorkspace(dirUriOf(t))) continue;
      this.isolated.delete(key);
      for (const u of r.outcome.sources.keys()) touched.add(u);
    }
    const todo = targets.filter((t) => {
      const key = keyOf(t);
      if (all || !this.outcome(key)) return true;
      const dirUri = dirUriOf(t);
      const sources = this.outcome(key)?.sources;
      return dirty.some((u) => u.startsWith(`${dirUri}/`) || sources?.has(u) || (t.kind === 'kustomize' && isKustomizationPath(u)));
    });
    if (todo.length === 0 && touched.size === 0) return;
    this.client ??= new RendererClient();
    const overrides = new Map<string, string>();
    for (const d of this.ctx.documents.all()) {
      const p = uriToPath(normalizeUri(d.uri));
      if (p) overrides.set(p, d.getText());
    }
    for (const t of todo) {
      const key = keyOf(t);
      const before = this.outcome(key);
      const values = t.kind === 'helm' ? this.choices?.valuesOf(dirUriOf(t)).map((u) => uriToPath(u)).filter((p): p is string => !!p) : undefined;
      const outcome = await renderTarget(this.client, t, { overrides, kubeVersion: this.ctx.settings().kubernetesVersion, values });
      if (this.insideWorkspace(dirUriOf(t))) {
        workspace.renders.set(outcome);
      } else {
        // A model of its own, made anew for each render (its bases are read again, as the render read them).
        const own = new ManifestWorkspace({ maxFileSize: MAX_FILE_SIZE });
        own.renders.set(outcome);
        this.isolated.set(key, { workspace: own, analyzer: new Analyzer(own), outcome });
        for (const u of outcome.sources.keys()) if (this.keptOut(u) && workspace.removeFile(u)) touched.add(u);
      }
      for (const u of before?.sources.keys() ?? []) touched.add(u);
      for (const u of outcome.sources.keys()) touched.add(u);
    }
    // Files no longer kept out (their overlay was closed) that are still open come back into the workspace model.
    const open = new Map(this.ctx.documents.all().map((d) => [normalizeUri(d.uri), d] as const));
    for (const u of touched) {
      const doc = open.get(u);
      if (doc && !workspace.hasFile(u) && !this.keptOut(u)) this.publisher.schedule(u, () => doc.getText());
      else this.publisher.schedule(u);
    }
    await this.publisher.whenIdle();
    for (const t of todo) for (const l of this.renderedListeners) l(pathToUri(t.dir).replace(/\/$/, ''));
  }
}
