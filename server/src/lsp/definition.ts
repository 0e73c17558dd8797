// Go to definition (reference → object, selector → pod templates) and find references (object → the places
// that name it, Pod labels → the selectors that match them). Logic in core/analysis/navigation/.
import type { Connection, Location, ServerCapabilities } from 'vscode-languageserver';
import { computeLineStarts, lineStarts, offsetAt } from '../../../core/analysis/index/ranges';
import { valuesDefinition } from '../../../core/render/values';
import { chartContext, chartDirOfTemplate, textOf } from './chartValues';
import { definitionAt, referencesAt, type Place } from '../../../core/analysis/navigation/definition';
import type { Model, ServerContext } from './context';
import { startsFor, toRange } from './toLsp';
import { normalizeUri } from './uris';
import { isRenderedUri } from '../../../core/analysis/render/renders';

export const capabilities: ServerCapabilities = { definitionProvider: true, referencesProvider: true };

function toLocations(ctx: Model, places: Place[]): Location[] {
  const out: Location[] = [];
  for (const p of places) {
    // An object of a rendered chart or overlay: the line of its source (template, base, patch).
    const at = isRenderedUri(p.uri) ? ctx.workspace.renders.place(p.uri, p.range.start) : p;
    if (at) out.push({ uri: at.uri, range: toRange(startsFor(ctx.workspace, at.uri), at.range) });
  }
  return out;
}

export function register(connection: Connection, ctx: ServerContext): void {
  const at = (uri: string, line: number, character: number): number | undefined => {
    const file = ctx.modelFor(uri).workspace.getFile(uri);
    return file ? offsetAt(lineStarts(file), file.text.length, line, character) : undefined;
  };
  connection.onDefinition((params): Location[] => {
    try {
      const uri = normalizeUri(params.textDocument.uri);
      const chartDir = chartDirOfTemplate(ctx, uri);
      if (chartDir) {
        // `.Values.a.b` → the line of the values file that sets it (the file that wins first).
        const text = textOf(ctx, uri) ?? '';
        const starts = computeLineStarts(text);
        const sites = valuesDefinition(text, offsetAt(starts, text.length, params.position.line, params.position.character), chartContext(ctx, ctx.choices, chartDir));
        return sites.map((s) => ({ uri: s.uri, range: toRange(computeLineStarts(textOf(ctx, s.uri) ?? ''), s.range) }));
      }
      const offset = at(uri, params.position.line, params.position.character);
      return offset === undefined ? [] : toLocations(ctx.modelFor(uri), definitionAt(ctx.modelFor(uri).workspace, uri, offset));
    } catch (err) {
      connection.console.error(`kube-apprenti: definition: ${String(err)}`);
      return [];
    }
  });
  connection.onReferences((params): Location[] => {
    try {
      const uri = normalizeUri(params.textDocument.uri);
      const offset = at(uri, params.position.line, params.position.character);
      return offset === undefined ? [] : toLocations(ctx.modelFor(uri), referencesAt(ctx.modelFor(uri).workspace, uri, offset, params.context.includeDeclaration));
    } catch (err) {
      connection.console.error(`kube-apprenti: references: ${String(err)}`);
      return [];
    }
  });
}
