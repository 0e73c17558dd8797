// `check` and `render` on a chart folder or an overlay: render with ka-render (Helm's engine, Kustomize's API),
// feed the rendered objects into the workspace model, and list the source files whose findings are shown.
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { RendererClient } from '../../core/render/client';
import { detectTargets, type RenderTarget } from '../../core/render/detect';
import { renderTarget } from '../../core/render/prepare';
import type { ManifestWorkspace } from '../../core/analysis/index/workspace';
import { isRenderedUri, RenderRegistry } from '../../core/analysis/render/renders';

export interface CliRenderOptions {
  values: string[];
  set: string[];
  kubeVersion?: string;
  /** Per-render time limit (ms); default 10 s. */
  timeoutMs?: number;
}

/** Charts and overlays among the loaded files. */
export function targetsIn(ws: ManifestWorkspace): RenderTarget[] {
  const paths: string[] = [];
  const byPath = new Map<string, string>();
  for (const uri of ws.uris()) {
    if (!uri.startsWith('file:')) continue;
    const p = fileURLToPath(uri).split(path.sep).join('/');
    paths.push(p);
    byPath.set(p, uri);
  }
  return detectTargets(paths, (p) => ws.getFile(byPath.get(p) ?? '')?.text);
}

/** Renders every target into `ws`; returns the render keys and adds the sources to `display`. */
export async function renderInto(ws: ManifestWorkspace, targets: RenderTarget[], opts: CliRenderOptions, display: Map<string, string>, cwd = process.cwd()): Promise<string[]> {
  if (targets.length === 0) return [];
  const client = new RendererClient();
  const keys: string[] = [];
  try {
    for (const t of targets) {
      const isChart = t.kind === 'helm';
      const outcome = await renderTarget(client, t, {
        values: isChart ? opts.values.map((v) => path.resolve(cwd, v)) : undefined,
        set: isChart ? opts.set : undefined,
        kubeVersion: opts.kubeVersion,
        timeoutMs: opts.timeoutMs,
      });
      ws.renders.set(outcome);
      keys.push(RenderRegistry.keyOf(t.kind, outcome.dirUri));
      for (const uri of outcome.sources.keys()) {
        if (display.has(uri) || isRenderedUri(uri)) continue;
        const file = fileURLToPath(uri);
        const rel = path.relative(cwd, file);
        display.set(uri, rel.startsWith('..') || path.isAbsolute(rel) ? file : rel);
      }
    }
  } finally {
    client.dispose();
  }
  return keys;
}

export function dirUri(p: string): string {
  return pathToFileURL(p).href.replace(/\/$/, '');
}
