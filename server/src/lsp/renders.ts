// Keeps the rendered Helm charts and Kustomize overlays of the workspace up to date: after the scan, and after an
// edit of a template, a values file, Chart.yaml, a kustomization or a file an overlay uses (debounced), the target is
// rendered again by ka-render (open editors' texts included) and its findings are published on the source lines.
import * as path from 'node:path';
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

export class RenderSync {
  private client?: RendererClient;
  private timer?: NodeJS.Timeout;
  private readonly dirty = new Set<string>();
  private everything = false;
  private running?: Promise<void>;
  private idleWaiters: Array<() => void> = [];
  private lastRunEnd = -Infinity;

  private readonly renderedListeners: Array<(dirUri: string) => void> = [];

  constructor(private readonly ctx: ServerContext, private readonly publisher: DiagnosticsPublisher, private readonly choices?: RenderChoices) {
    choices?.onValuesChanged((dirUri) => { this.dirty.add(`${dirUri}/Chart.yaml`); this.arm(0); });
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

  /** The charts and overlays of the workspace. */
  targets(): RenderTarget[] {
    const paths: string[] = [];
    const uriOf = new Map<string, string>();
    for (const uri of this.ctx.workspace.uris()) {
      const p = uriToPath(uri);
      if (!p) continue;
      const posix = p.split(path.sep).join('/');
      paths.push(posix);
      uriOf.set(posix, uri);
    }
    return detectTargets(paths, (p) => this.ctx.workspace.getFile(uriOf.get(p) ?? '')?.text);
  }

  private async renderSome(all: boolean, dirty: string[]): Promise<void> {
    const { workspace } = this.ctx;
    const targets = this.targets();
    const keyOf = (t: RenderTarget) => RenderRegistry.keyOf(t.kind, pathToUri(t.dir).replace(/\/$/, ''));
    const wanted = new Map(targets.map((t) => [keyOf(t), t]));
    const touched = new Set<string>();
    // Targets that disappeared (Chart.yaml deleted…).
    for (const key of workspace.renders.keys()) {
      if (wanted.has(key)) continue;
      for (const u of workspace.renders.outcome(key)?.sources.keys() ?? []) touched.add(u);
      workspace.renders.remove(key);
    }
    const todo = targets.filter((t) => {
      const key = keyOf(t);
      if (all || !workspace.renders.outcome(key)) return true;
      const dirUri = pathToUri(t.dir).replace(/\/$/, '');
      const sources = workspace.renders.outcome(key)?.sources;
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
      const before = workspace.renders.outcome(key);
      const values = t.kind === 'helm' ? this.choices?.valuesOf(pathToUri(t.dir).replace(/\/$/, '')).map((u) => uriToPath(u)).filter((p): p is string => !!p) : undefined;
      const outcome = await renderTarget(this.client, t, { overrides, kubeVersion: this.ctx.settings().kubernetesVersion, values });
      workspace.renders.set(outcome);
      for (const u of before?.sources.keys() ?? []) touched.add(u);
      for (const u of outcome.sources.keys()) touched.add(u);
    }
    for (const u of touched) this.publisher.schedule(u);
    await this.publisher.whenIdle();
    for (const t of todo) for (const l of this.renderedListeners) l(pathToUri(t.dir).replace(/\/$/, ''));
  }
}
