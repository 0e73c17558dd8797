// Chart values seen from a template: the `.Values.a.b` under the cursor, its value once the values files are
// coalesced as Helm does (values.yaml first, each `-f` file on top, maps merged, the last scalar wins) and the line
// that sets it; the keys offered after `.Values.` and `.Values.a.`. Transport-free (no LSP, no vscode): the language
// server adapts hover, completion and definition (server/src/lsp/chartValues.ts).
import { isMap, isPair, isScalar, parseDocument, stringify, type Document } from 'yaml';
import type { OffsetRange } from '../analysis/model';
import type { CompletionEntry } from '../analysis/completion/types';
import { format, type Lang } from '../i18n';
import { hv } from '../i18n/helmValues';
import { nodeAtPath, startOf, endOf } from './yamlPath';

export interface ValuesFile {
  uri: string;
  text: string;
}

/** A `.Values.a.b` expression of a template. */
export interface ValuesRef {
  path: string[];
  /** Offsets of the whole expression (`.Values.a.b`). */
  range: OffsetRange;
}

/** Where a values path is set. */
export interface ValueSite {
  uri: string;
  /** Range of the key (what go to definition selects). */
  range: OffsetRange;
  /** 1-based line of the key. */
  line: number;
}

export interface ResolvedValue {
  found: boolean;
  /** The coalesced value (JS), when found. */
  value?: unknown;
  /** The sites that set the path, first file first (the last one wins). */
  sites: ValueSite[];
}

const IDENT = /[A-Za-z_][\w]*/y;

/** The `.Values.a.b` (or `$.Values.a.b`) expression at `offset` of a template text, cut after the segment under the cursor. */
export function valuesRefAt(text: string, offset: number): ValuesRef | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd);
  const re = /\.Values((?:\.[A-Za-z_][\w]*)+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) {
    const start = lineStart + m.index;
    const end = start + m[0].length;
    if (offset < start || offset > end) continue;
    // Segments up to the one under the cursor (hovering `a` in `.Values.a.b` means `.Values.a`).
    const path: string[] = [];
    let pos = start + '.Values'.length;
    for (const seg of m[1].slice(1).split('.')) {
      path.push(seg);
      pos += 1 + seg.length;
      if (offset <= pos && offset > start + '.Values'.length) break;
    }
    return { path, range: { start, end: Math.min(pos, end) } };
  }
  return undefined;
}

/** After `.Values.` or `.Values.a.b.` (possibly with a partial key typed): the parent path and the typed word's range. */
export function valuesCompletionContext(text: string, offset: number): { parent: string[]; range: OffsetRange } | undefined {
  const before = text.slice(Math.max(0, text.lastIndexOf('\n', offset - 1) + 1), offset);
  const m = /\.Values((?:\.[A-Za-z_]\w*)*)\.(\w*)$/.exec(before);
  if (!m) return undefined;
  const parent = m[1] ? m[1].slice(1).split('.') : [];
  return { parent, range: { start: offset - m[2].length, end: offset } };
}

function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

interface Parsed { file: ValuesFile; doc: Document }

function parseAll(files: ValuesFile[]): Parsed[] {
  const out: Parsed[] = [];
  for (const file of files) {
    try {
      out.push({ file, doc: parseDocument(file.text) });
    } catch { /* a file that does not parse sets nothing */ }
  }
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** Helm's coalescing of two values trees: maps merge, anything else from `top` wins, `null` deletes the key. */
function coalesce(base: unknown, top: unknown): unknown {
  if (!isObject(base) || !isObject(top)) return top === undefined ? base : top;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(top)) {
    if (v === null) delete out[k];
    else out[k] = coalesce(out[k], v);
  }
  return out;
}

function coalesced(parsed: Parsed[]): unknown {
  let acc: unknown = {};
  for (const p of parsed) {
    let js: unknown;
    try { js = p.doc.toJS(); } catch { continue; }
    if (isObject(js)) acc = coalesce(acc, js);
  }
  return acc;
}

function getPath(root: unknown, path: string[]): { found: boolean; value?: unknown } {
  let cur: unknown = root;
  for (const seg of path) {
    if (!isObject(cur) || !Object.prototype.hasOwnProperty.call(cur, seg)) return { found: false };
    cur = cur[seg];
  }
  return { found: true, value: cur };
}

/** The coalesced value of `path` and the lines that set it. */
export function resolveValue(files: ValuesFile[], path: string[]): ResolvedValue {
  const parsed = parseAll(files);
  const { found, value } = getPath(coalesced(parsed), path);
  const sites: ValueSite[] = [];
  for (const { file, doc } of parsed) {
    const at = nodeAtPath(doc.contents, path);
    if (at.depth !== path.length || !at.key) continue;
    const start = startOf(at.key) ?? 0;
    sites.push({ uri: file.uri, range: { start, end: endOf(at.key) ?? start }, line: lineOf(file.text, start) });
  }
  return { found, value, sites };
}

/** The keys set under `parent` (every values file), with their coalesced value and first site. */
export function valueKeys(files: ValuesFile[], parent: string[]): Array<{ key: string; value: unknown; site?: ValueSite }> {
  const parsed = parseAll(files);
  const { value } = getPath(coalesced(parsed), parent);
  if (!isObject(value)) return [];
  return Object.keys(value).map((key) => ({ key, value: value[key], site: resolveValue(files, [...parent, key]).sites.at(-1) }));
}

/** A file name relative to the chart folder (`values-dev.yaml`, `env/prod.yaml`). */
export function relativeName(chartDirUri: string, uri: string): string {
  const name = uri.startsWith(`${chartDirUri}/`) ? uri.slice(chartDirUri.length + 1) : uri.slice(uri.lastIndexOf('/') + 1);
  try { return decodeURIComponent(name); } catch { return name; }
}

function inline(value: unknown): string | undefined {
  if (value === null) return undefined;
  if (typeof value === 'string') return JSON.stringify(value).length === value.length + 2 && !/^\s|\s$|^$/.test(value) ? value : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.length === 0) return '[]';
  if (isObject(value) && Object.keys(value).length === 0) return '{}';
  return undefined;
}

function block(value: unknown): string {
  const lines = stringify(value, { lineWidth: 0 }).trimEnd().split('\n');
  return (lines.length > 20 ? [...lines.slice(0, 20), '# …'] : lines).join('\n');
}

/** The language's typography on a whole text (French: non-breaking spaces; code spans untouched). */
function typeset(text: string, lang: Lang): string {
  return format(text, {}, lang);
}

export interface ChartContext {
  /** URI of the chart folder (no trailing slash). */
  chartDirUri: string;
  /** values.yaml then the chosen files, in order. */
  files: ValuesFile[];
}

/** Hover on a `.Values…` of a template: the value, where it is set and what it overrides. */
export function valuesHover(text: string, offset: number, chart: ChartContext, lang: Lang): { markdown: string; range: OffsetRange } | undefined {
  const ref = valuesRefAt(text, offset);
  if (!ref) return undefined;
  const dotted = `.Values.${ref.path.join('.')}`;
  const names = chart.files.map((f) => `\`${relativeName(chart.chartDirUri, f.uri)}\``).join(', ');
  const r = resolveValue(chart.files, ref.path);
  const parts = [`**\`${dotted}\`**`];
  if (!r.found) {
    parts.push(hv(lang, 'hover.unset', { files: names, path: dotted }));
  } else {
    const one = inline(r.value);
    if (r.value === null) parts.push(`${hv(lang, 'hover.valueBlock')} ${hv(lang, 'hover.nullValue')}`);
    else if (one !== undefined) parts.push(hv(lang, 'hover.value', { value: one }));
    else parts.push(`${hv(lang, 'hover.valueBlock')}\n\`\`\`yaml\n${block(r.value)}\n\`\`\``);
    const last = r.sites.at(-1);
    if (last) parts.push(hv(lang, 'hover.setIn', { file: relativeName(chart.chartDirUri, last.uri), line: last.line }));
    const previous = r.sites.length > 1 ? r.sites[r.sites.length - 2] : undefined;
    if (previous && isObject(r.value) === false) parts.push(hv(lang, 'hover.overrides', { file: relativeName(chart.chartDirUri, previous.uri), line: previous.line }));
    if (chart.files.length > 1) parts.push(hv(lang, 'hover.files', { files: names }));
  }
  const markdown = parts.join('\n\n');
  return { markdown: typeset(markdown, lang), range: ref.range };
}

/** Go to definition from a `.Values…`: the key line of the file that wins (then the others). */
export function valuesDefinition(text: string, offset: number, chart: ChartContext): ValueSite[] {
  const ref = valuesRefAt(text, offset);
  if (!ref) return [];
  return resolveValue(chart.files, ref.path).sites.reverse();
}

/** Completion after `.Values.` / `.Values.a.`: the keys of the coalesced values. */
export function valuesCompletion(text: string, offset: number, chart: ChartContext, lang: Lang): CompletionEntry[] {
  const ctx = valuesCompletionContext(text, offset);
  if (!ctx) return [];
  return valueKeys(chart.files, ctx.parent).map(({ key, value, site }) => {
    const one = inline(value);
    const detail = isObject(value) && Object.keys(value).length > 0 ? hv(lang, 'completion.detailMap') : hv(lang, 'completion.detail', { value: one ?? 'null' });
    const where = site ? hv(lang, 'hover.setIn', { file: relativeName(chart.chartDirUri, site.uri), line: site.line }) : undefined;
    const doc = [one === undefined && value !== null ? `\`\`\`yaml\n${block(value)}\n\`\`\`` : undefined, where].filter(Boolean).join('\n\n');
    return {
      label: key,
      kind: isObject(value) ? 'field' : 'value',
      insertText: key,
      isSnippet: false,
      detail: typeset(detail, lang),
      documentation: doc ? typeset(doc, lang) : undefined,
      range: ctx.range,
    } satisfies CompletionEntry;
  });
}

/** True when the map keys of a values text are usable (used to ignore files that are not values files). */
export function isValuesText(text: string): boolean {
  try {
    const c = parseDocument(text).contents;
    return c === null || (isMap(c) && c.items.every((p) => isPair(p) && isScalar(p.key)));
  } catch {
    return false;
  }
}
