// Offsets ↔ ranges: yaml node ranges are relative to their document; these helpers give file offsets.
import type { OffsetRange } from '../model';
import type { ManifestDoc, ManifestFile } from './types';

/** File offsets of a node (its value, without trailing comment), or of the whole document when the node has no range. */
export function rangeOf(doc: ManifestDoc, node: unknown): OffsetRange {
  const r = (node as { range?: [number, number, number] } | null | undefined)?.range;
  if (!r) return { start: doc.base, end: doc.base + Math.min(doc.text.length, lineEnd(doc.text, 0)) };
  return { start: doc.base + r[0], end: doc.base + Math.max(r[1], r[0]) };
}

/** File offsets of `key: value` from the key's start to the value's end. */
export function pairRange(doc: ManifestDoc, pair: { key: unknown; value: unknown }): OffsetRange {
  const k = rangeOf(doc, pair.key);
  const v = (pair.value as { range?: unknown } | null)?.range ? rangeOf(doc, pair.value) : k;
  return { start: k.start, end: Math.max(k.end, v.end) };
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

/** Offsets where each line starts (cached on the file; derived from the previous version's after an edit). */
export function lineStarts(file: ManifestFile): number[] {
  if (file.lineStartsCache) return file.lineStartsCache;
  const p = pendingStarts.get(file);
  const starts = p ? spliceLineStarts(p.old, file.text, p.from, p.oldTo, p.delta) : computeLineStarts(file.text);
  pendingStarts.delete(file);
  file.lineStartsCache = starts;
  return starts;
}

/** Files whose line starts, when first asked for, are spliced from their previous version's. */
const pendingStarts = new WeakMap<ManifestFile, { old: readonly number[]; from: number; oldTo: number; delta: number }>();

/**
 * `next` is `prev` with `[from, oldTo)` of `prev.text` replaced: when `prev`'s line starts are known, `next`'s are
 * derived from them (lazily, on the first `lineStarts(next)`) instead of scanning the whole text again.
 */
export function inheritLineStarts(prev: ManifestFile, next: ManifestFile, from: number, oldTo: number): void {
  if (!prev.lineStartsCache) return;
  pendingStarts.set(next, { old: prev.lineStartsCache, from, oldTo, delta: next.text.length - prev.text.length });
}

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  let i = text.indexOf('\n');
  while (i >= 0) {
    starts.push(i + 1);
    i = text.indexOf('\n', i + 1);
  }
  return starts;
}

/**
 * Line starts of a text made from an old one by replacing `[from, oldTo)` with `[from, from + (oldTo - from) + delta)`,
 * from the old text's line starts: the starts before the edit are kept, those after it are shifted by `delta`, and
 * only the edited region of `text` (the new text) is scanned. Equal to `computeLineStarts(text)`; `old` itself when
 * nothing moved (never mutate the result).
 */
export function spliceLineStarts(old: readonly number[], text: string, from: number, oldTo: number, delta: number): number[] {
  // A start `s` follows the newline at `s - 1`: kept when that newline is before the edit, shifted when after it.
  const keep = upperBound(old, from); // starts <= from
  const tail = upperBound(old, oldTo); // starts <= oldTo are before or inside the edit
  const newTo = oldTo + delta;
  const mid: number[] = [];
  let i = text.indexOf('\n', from);
  while (i >= 0 && i < newTo) {
    mid.push(i + 1);
    i = text.indexOf('\n', i + 1);
  }
  // Same length and the same line breaks (an edit inside a line that keeps its length): nothing moved.
  if (delta === 0 && mid.length === tail - keep && mid.every((m, k) => m === old[keep + k])) return old as number[];
  // Block copies, then the new region's starts and the shifted tail written in place.
  let out: number[];
  if (mid.length !== tail - keep) out = old.slice(0, keep).concat(mid, old.slice(tail));
  else {
    out = old.slice();
    for (let k = 0; k < mid.length; k++) out[keep + k] = mid[k];
  }
  if (delta !== 0) for (let k = keep + mid.length; k < out.length; k++) out[k] += delta;
  return out;
}

/** Index of the first element greater than `x` in a sorted array. */
function upperBound(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** 0-based line and UTF-16 character of an offset. */
export function positionAt(starts: number[], offset: number): { line: number; character: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}

export function offsetAt(starts: number[], textLength: number, line: number, character: number): number {
  if (line >= starts.length) return textLength;
  if (line < 0) return 0;
  const next = line + 1 < starts.length ? starts[line + 1] : textLength;
  return Math.min(starts[line] + Math.max(0, character), next);
}

/** Offsets → positions of one version of a file. */
export interface LineMap {
  positionAt(offset: number): { line: number; character: number };
}

const lineMaps = new WeakMap<ManifestFile, LineMap>();
const docLineStarts = new WeakMap<ManifestDoc, number[]>();

/** Line starts of a document, relative to it (its text never changes: computed once). */
function docStarts(doc: ManifestDoc): number[] {
  let s = docLineStarts.get(doc);
  if (!s) docLineStarts.set(doc, (s = computeLineStarts(doc.text)));
  return s;
}

/**
 * Positions in a file without a table of the whole file's line starts: each document keeps its own (computed once,
 * as documents survive edits of the others), and a version of the file only needs each document's first line. An
 * edit then costs O(documents), not O(lines). Same results as `positionAt(lineStarts(file), offset)`.
 */
export function lineMap(file: ManifestFile): LineMap {
  let map = lineMaps.get(file);
  if (map) return map;
  map = file.lineStartsCache ? arrayMap(file.lineStartsCache) : docsMap(file) ?? arrayMap(lineStarts(file));
  lineMaps.set(file, map);
  return map;
}

function arrayMap(starts: number[]): LineMap {
  return { positionAt: (offset) => positionAt(starts, offset) };
}

/** Undefined when the documents do not tile the text with whole lines (then the file's line starts are used). */
function docsMap(file: ManifestFile): LineMap | undefined {
  const docs = file.docs;
  if (docs.length < 2) return undefined;
  // Bases are copied: documents are shared with later versions of the file, which move them.
  const bases: number[] = [];
  const firstLines: number[] = [];
  let end = 0;
  let line = 0;
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i];
    if (d.base !== end) return undefined;
    if (i + 1 < docs.length && d.text.charCodeAt(d.text.length - 1) !== 10) return undefined;
    bases.push(d.base);
    firstLines.push(line);
    line += docStarts(d).length - 1;
    end += d.text.length;
  }
  if (end !== file.text.length) return undefined;
  return {
    positionAt(offset) {
      const i = Math.max(0, upperBound(bases, offset) - 1);
      const p = positionAt(docStarts(docs[i]), offset - bases[i]);
      return { line: firstLines[i] + p.line, character: p.character };
    },
  };
}
