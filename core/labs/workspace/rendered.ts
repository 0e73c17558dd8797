// The rendered objects of a Helm chart or a Kustomize overlay of a lab's working folder, for the `rendu.*` checks and
// the `appliquer-rendu` action: rendered by ka-render (the renderer of the editor's diagnostics and of « Appliquer le
// rendu »). The checks see the snapshot's texts (unsaved editors, solutions and mutants of `lab check`): they are
// written to a temporary folder and rendered there. No vscode import.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { RendererClient } from '../../render/client';
import type { RenderTarget } from '../../render/detect';
import { renderForApply, type RenderedForApply } from '../../render/forApply';
import type { Lang } from '../../i18n';
import type { WorkspaceSnapshot, WsResource } from '../checks/types';

let client: RendererClient | undefined;

/** The renderer helper of the labs (started once, stopped with disposeLabRenderer). */
export function labRenderer(): RendererClient {
  client ??= new RendererClient();
  return client;
}

export function disposeLabRenderer(): void {
  client?.dispose();
  client = undefined;
  cache.clear();
}

/** The target of a folder: a chart (Chart.yaml) or an overlay (kustomization.yaml), on disk or among texts. */
export function targetIn(dirAbs: string, has: (file: string) => boolean): RenderTarget | undefined {
  if (has(path.join(dirAbs, 'Chart.yaml')) || has(path.join(dirAbs, 'Chart.yml'))) return { kind: 'helm', dir: dirAbs };
  if (['kustomization.yaml', 'kustomization.yml', 'Kustomization'].some((n) => has(path.join(dirAbs, n)))) return { kind: 'kustomize', dir: dirAbs };
  return undefined;
}

export interface RenderedObjects {
  resources: WsResource[];
  /** The render failed (French sentence, with the file and line of the mistake). */
  error?: string;
}

const cache = new Map<string, Promise<RenderedObjects>>();

function toResources(r: RenderedForApply, root: string): RenderedObjects {
  if (r.error) return { resources: [], error: r.error };
  return {
    resources: r.docs.filter((d) => d.ref && d.object).map((d) => ({
      kind: d.ref!.kind, name: d.ref!.name, namespace: d.ref!.namespace,
      file: path.relative(root, d.file).split(path.sep).join('/'), object: d.object!,
    })),
  };
}

/**
 * Renders the chart or overlay `dirRel` of the snapshot (`values`: extra Helm values files). A folder that is neither
 * gives an error sentence.
 */
export function renderedObjects(ws: WorkspaceSnapshot, dirRel: string, values: string[] = [], lang: Lang = 'fr', notTarget = ''): Promise<RenderedObjects> {
  const files = ws.files?.() ?? [];
  const key = createHash('sha1');
  key.update(`${dirRel}\0${values.join('\0')}\0${lang}\0`);
  for (const rel of [...files].sort()) key.update(`${rel}\0${ws.readFile(rel) ?? ''}\0`);
  const k = key.digest('hex');
  const hit = cache.get(k);
  if (hit) return hit;
  const p = (async (): Promise<RenderedObjects> => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ka-lab-rendu-'));
    try {
      for (const rel of files) {
        const text = ws.readFile(rel);
        if (text === undefined) continue;
        const abs = path.join(root, rel);
        fs.mkdirSync(path.dirname(abs), { recursive: true });
        fs.writeFileSync(abs, text);
      }
      const dir = path.join(root, dirRel.replace(/\/+$/, ''));
      const target = targetIn(dir, (f) => fs.existsSync(f));
      if (!target) return { resources: [], error: notTarget };
      const r = await renderForApply(labRenderer(), target, { values: values.map((v) => path.join(root, v)), cwd: root, lang });
      return toResources(r, root);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  })();
  cache.set(k, p);
  if (cache.size > 100) cache.delete(cache.keys().next().value as string);
  return p;
}
