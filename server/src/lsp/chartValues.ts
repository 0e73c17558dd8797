// Chart values in templates, for the LSP handlers: which chart a template belongs to and the values files it reads
// (values.yaml, then the files chosen by the student). The logic is in core/render/values.ts.
import { existsSync, readFileSync } from 'node:fs';
import type { ChartContext, ValuesFile } from '../../../core/render/values';
import type { RenderChoices } from './choices';
import type { ServerContext } from './context';
import { uriToPath } from './uris';

/** The text of a file: the open document, else the model, else the disk. */
export function textOf(ctx: ServerContext, uri: string): string | undefined {
  const open = ctx.documents.get(uri);
  if (open) return open.getText();
  const f = ctx.workspace.getFile(uri);
  if (f) return f.text;
  const p = uriToPath(uri);
  try { return p && existsSync(p) ? readFileSync(p, 'utf8') : undefined; } catch { return undefined; }
}

function hasChart(ctx: ServerContext, dirUri: string): boolean {
  if (ctx.workspace.hasFile(`${dirUri}/Chart.yaml`)) return true;
  const p = uriToPath(`${dirUri}/Chart.yaml`);
  return !!p && existsSync(p);
}

/** The chart folder of a template (`…/chart/templates/x.yaml`, `_helpers.tpl`), or undefined. */
export function chartDirOfTemplate(ctx: ServerContext, uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  const i = uri.lastIndexOf('/templates/');
  if (i < 0) return undefined;
  const dir = uri.slice(0, i);
  return hasChart(ctx, dir) ? dir : undefined;
}

/**
 * A `.tpl` outside a Helm chart (a Smarty or other tool's template an editor sends because of its folder or its
 * language): the server leaves it alone (no model, no diagnostic). A `.tpl` under a chart's `templates/` is one of the
 * chart's sources, whatever language the editor gave it (`plaintext` in VS Code, `helm` in Neovim or Helix).
 */
export function isForeignTemplate(ctx: ServerContext, uri: string): boolean {
  return /\.tpl$/i.test(uri.replace(/[?#].*$/, '')) && chartDirOfTemplate(ctx, uri) === undefined;
}

/** The values a template of this chart reads. */
export function chartContext(ctx: ServerContext, choices: RenderChoices, chartDirUri: string): ChartContext {
  const files: ValuesFile[] = [];
  for (const uri of [`${chartDirUri}/values.yaml`, ...choices.valuesOf(chartDirUri)]) {
    const text = textOf(ctx, uri);
    if (text !== undefined) files.push({ uri, text });
  }
  return { chartDirUri, files };
}
