// Reads manifests (files, folders, editor text or a selection) into documents that keep their YAML nodes, so that any
// error from the cluster can be put back on the right line. No vscode import.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMap, parseAllDocuments, type Document } from 'yaml';
import type { ApiObjectRef } from '../types';
import { MAX_NESTING, nestingExceeds } from '../../analysis/parse/limits';
import { LineIndex, type TextRange } from './lineIndex';

export const MAX_FILE_BYTES = 2 * 1024 * 1024;
const MANIFEST_EXT = /\.(ya?ml|json)$/i;

export type ManifestProblem =
  | { code: 'yamlError'; detail: string }
  | { code: 'tooDeep'; limit: number }
  | { code: 'notAnObject' }
  | { code: 'missingField'; field: 'apiVersion' | 'kind' | 'metadata.name' }
  | { code: 'tooBig'; bytes: number }
  | { code: 'binary' }
  | { code: 'unreadable'; detail: string };

export interface ManifestDoc {
  /** Absolute file path, or a label for unsaved text (an editor URI). */
  file: string;
  /** Index of the document in its file (0-based, counting empty documents too). */
  index: number;
  /** The parsed YAML document (nodes with offsets into the file text). */
  doc?: Document.Parsed;
  lines: LineIndex;
  /** Add to node offsets to get offsets in the full text (non-zero when the text is a selection). */
  offsetShift: number;
  /** Range of the whole document in the file. */
  range: TextRange;
  /** Text sent to the API server (the document as written). */
  body: string;
  object?: Record<string, unknown>;
  /** Namespace as written in the manifest (the engine fills in the default). */
  ref?: ApiObjectRef;
  problem?: ManifestProblem;
}

/** Files behind the given paths: files as is, folders' manifest files (sorted; sub-folders when `recursive`, like `kubectl -R`). */
export function collectFiles(paths: string[], recursive = false): string[] {
  const out: string[] = [];
  const walk = (dir: string, depth: number): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (recursive) walk(full, depth + 1);
      } else if (MANIFEST_EXT.test(e.name)) {
        out.push(full);
      }
    }
  };
  for (const p of paths) {
    const abs = path.resolve(p);
    let st: fs.Stats | undefined;
    try {
      st = fs.statSync(abs);
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) walk(abs, 0);
    else out.push(abs);
  }
  return [...new Set(out)];
}

/** Reads and parses files; unreadable, huge or binary files become one document carrying a problem. */
export function readManifestFiles(files: string[], fromFolder: Set<string> = new Set()): ManifestDoc[] {
  const docs: ManifestDoc[] = [];
  for (const file of files) {
    let buf: Buffer;
    try {
      const size = fs.statSync(file).size;
      if (size > MAX_FILE_BYTES) {
        docs.push(problemDoc(file, { code: 'tooBig', bytes: size }));
        continue;
      }
      buf = fs.readFileSync(file);
    } catch (err) {
      docs.push(problemDoc(file, { code: 'unreadable', detail: err instanceof Error ? err.message : String(err) }));
      continue;
    }
    if (buf.includes(0)) {
      docs.push(problemDoc(file, { code: 'binary' }));
      continue;
    }
    docs.push(...parseManifestText(buf.toString('utf8'), file, { skipNonKubernetes: fromFolder.has(file) }));
  }
  return docs;
}

export interface ParseOptions {
  /** When the text is a selection: its offset in `fullText`, so that ranges point into the whole document. */
  baseOffset?: number;
  fullText?: string;
  /** Skip documents that are clearly not Kubernetes objects (no apiVersion and no kind; Kustomization). */
  skipNonKubernetes?: boolean;
}

/** Splits a YAML text into documents with their Kubernetes identity (or a problem). Empty documents are dropped. */
export function parseManifestText(text: string, file: string, opts: ParseOptions = {}): ManifestDoc[] {
  const base = opts.baseOffset ?? 0;
  const lines = new LineIndex(opts.fullText ?? text);
  const out: ManifestDoc[] = [];
  // Nested too deep for `yaml`'s recursive composer (the diagnostics say KA105): nothing of this text is sent.
  const deep = nestingExceeds(text);
  if (deep !== -1) {
    return [{ file, index: 0, lines, offsetShift: base, range: lines.range(base + deep, base + deep + 1), body: '', problem: { code: 'tooDeep', limit: MAX_NESTING } }];
  }
  const parsed = parseAllDocuments(text, { keepSourceTokens: false, uniqueKeys: true, prettyErrors: false });
  const all = Array.isArray(parsed) ? parsed : [];
  all.forEach((doc, index) => {
    const [start, , end] = doc.range;
    const contents = doc.contents;
    const range = lines.range(base + (contents?.range ? contents.range[0] : start), base + end);
    const body = contents?.range ? text.slice(contents.range[0], contents.range[2]) : '';
    const item: ManifestDoc = { file, index, doc, lines, offsetShift: base, range, body };
    if (doc.errors.length > 0) {
      const e = doc.errors[0];
      item.range = lines.range(base + e.pos[0], base + Math.max(e.pos[1], e.pos[0] + 1));
      item.problem = { code: 'yamlError', detail: e.message.split('\n')[0] };
      out.push(item);
      return;
    }
    const value = doc.toJS({ maxAliasCount: 100 }) as unknown;
    if (value === null || value === undefined) return; // empty document or comments only
    if (!isMap(contents) || typeof value !== 'object' || Array.isArray(value)) {
      item.problem = { code: 'notAnObject' };
      out.push(item);
      return;
    }
    const obj = value as Record<string, unknown>;
    item.object = obj;
    const meta = (obj.metadata ?? {}) as Record<string, unknown>;
    if (opts.skipNonKubernetes && ((obj.apiVersion === undefined && obj.kind === undefined) || obj.kind === 'Kustomization')) return;
    const missing = typeof obj.apiVersion !== 'string' ? 'apiVersion' : typeof obj.kind !== 'string' ? 'kind'
      : typeof meta.name !== 'string' || meta.name === '' ? 'metadata.name' : undefined;
    if (missing) {
      item.problem = { code: 'missingField', field: missing };
    } else {
      item.ref = {
        apiVersion: obj.apiVersion as string, kind: obj.kind as string, name: meta.name as string,
        namespace: typeof meta.namespace === 'string' && meta.namespace ? meta.namespace : undefined,
      };
    }
    out.push(item);
  });
  return out;
}

function problemDoc(file: string, problem: ManifestProblem): ManifestDoc {
  const lines = new LineIndex('');
  return { file, index: 0, lines, offsetShift: 0, range: lines.range(0, 0), body: '', problem };
}
