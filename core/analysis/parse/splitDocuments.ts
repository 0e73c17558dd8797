// Splits a YAML stream into its documents on `---` / `...` marker lines, without parsing it.
// YAML forbids a document marker at column 0 inside any scalar (c-forbidden), so a marker line always starts
// or ends a document: splitting here is exact, and lets us parse (and re-parse) one document at a time.

export interface DocumentChunk {
  /** Offset of the chunk's first character in the file. */
  start: number;
  /** The chunk's text: from its `---` line (if any) up to the next marker line. */
  text: string;
}

const enum Ch { Dash = 45, Dot = 46, Space = 32, Tab = 9, LF = 10, CR = 13, Hash = 35, Percent = 37 }

function isMarkerLine(text: string, i: number, c: number): boolean {
  // `---` or `...` followed by whitespace or end of line/file.
  if (text.charCodeAt(i + 1) !== c || text.charCodeAt(i + 2) !== c) return false;
  const next = text.charCodeAt(i + 3);
  return Number.isNaN(next) || next === Ch.Space || next === Ch.Tab || next === Ch.LF || next === Ch.CR;
}

/** True when the chunk holds only blank lines, comments and directives (no node). */
export function isBlankChunk(text: string): boolean {
  let i = 0;
  const n = text.length;
  while (i < n) {
    let j = i;
    while (j < n && (text.charCodeAt(j) === Ch.Space || text.charCodeAt(j) === Ch.Tab)) j++;
    const c = text.charCodeAt(j);
    if (j < n && c !== Ch.LF && c !== Ch.CR && c !== Ch.Hash && !(j === i && c === Ch.Percent)) {
      // `---` or `...` alone on its line is not content either.
      if (j === i && (c === Ch.Dash || c === Ch.Dot) && isMarkerLine(text, j, c)) {
        let k = j + 3;
        while (k < n && (text.charCodeAt(k) === Ch.Space || text.charCodeAt(k) === Ch.Tab)) k++;
        const d = text.charCodeAt(k);
        if (!(k >= n || d === Ch.LF || d === Ch.CR || d === Ch.Hash)) return false;
      } else {
        return false;
      }
    }
    const nl = text.indexOf('\n', i);
    if (nl < 0) break;
    i = nl + 1;
  }
  return true;
}

/**
 * Cuts the text before every `---` line, and after every `...` line. A leading chunk that only holds directives
 * or comments is merged into the next one, so `%YAML 1.2` stays with its document.
 */
export function splitDocuments(text: string): DocumentChunk[] {
  const cuts: number[] = [0];
  let lineStart = 0;
  const n = text.length;
  while (lineStart < n) {
    const c = text.charCodeAt(lineStart);
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? n : nl + 1;
    if (c === Ch.Dash && isMarkerLine(text, lineStart, Ch.Dash)) {
      if (lineStart !== cuts[cuts.length - 1]) cuts.push(lineStart);
    } else if (c === Ch.Dot && isMarkerLine(text, lineStart, Ch.Dot)) {
      if (lineEnd < n) cuts.push(lineEnd);
    }
    lineStart = lineEnd;
  }
  const chunks: DocumentChunk[] = [];
  let pendingStart = -1;
  for (let k = 0; k < cuts.length; k++) {
    const start = cuts[k];
    const end = k + 1 < cuts.length ? cuts[k + 1] : n;
    if (end <= start && chunks.length > 0) continue;
    const chunkText = text.slice(start, end);
    // A chunk of directives only (e.g. `%YAML 1.2`) belongs to the next document.
    if (k + 1 < cuts.length && /^%/m.test(chunkText) && isBlankChunk(chunkText) && text.charCodeAt(end) === Ch.Dash) {
      if (pendingStart < 0) pendingStart = start;
      continue;
    }
    if (pendingStart >= 0) {
      chunks.push({ start: pendingStart, text: text.slice(pendingStart, end) });
      pendingStart = -1;
    } else {
      chunks.push({ start, text: chunkText });
    }
  }
  if (chunks.length === 0) chunks.push({ start: 0, text });
  return chunks;
}
