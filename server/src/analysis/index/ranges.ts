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

/** Offsets where each line starts (cached on the file). */
export function lineStarts(file: ManifestFile): number[] {
  if (file.lineStartsCache) return file.lineStartsCache;
  const starts = computeLineStarts(file.text);
  file.lineStartsCache = starts;
  return starts;
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
