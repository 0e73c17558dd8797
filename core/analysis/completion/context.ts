// What is being typed at the cursor: a key of some mapping, the value of a key, or a whole new object (empty
// document). Read from the text (the document is usually broken while typing).
import type { Segment } from '../schema/issues';
import { containerPath, readLine } from './textPath';

export interface TypingContext {
  mode: 'key' | 'value' | 'document';
  /** Path of the mapping (key mode) or of the value (value mode), from the object's root. */
  path: Segment[];
  /** The key whose value is typed (value mode). */
  key?: string;
  /** The partial word already typed, and where it starts (document-relative offset). */
  word: string;
  wordStart: number;
  /** End of the token under the cursor (document-relative). */
  wordEnd: number;
  /** Column where the key starts (key mode). */
  keyCol: number;
  /** The line starts a new list item (`- ` before the cursor). */
  newItem: boolean;
  apiVersion?: string;
  kind?: string;
  /** Keys already written in the same mapping (key mode). */
  siblings: Set<string>;
  /** The key already has its `:` after the cursor (editing a key name): insert the name only. */
  keyOnly?: boolean;
}

function lineBounds(text: string, offset: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  return { start, end: nl < 0 ? text.length : nl };
}

/** Keys of the mapping at `col`, around line `lineNo` (same block), to avoid proposing them again. */
function siblingKeys(lines: readonly string[], lineNo: number, col: number): Set<string> {
  const out = new Set<string>();
  const scan = (from: number, step: number) => {
    for (let l = from; l >= 0 && l < lines.length; l += step) {
      const info = readLine(lines[l]);
      if (info.blank) continue;
      const start = info.dash ?? info.keyCol;
      if (info.keyCol === col && info.key !== undefined) {
        out.add(info.key);
        if (info.dash !== undefined && step < 0) return; // first key of our list item: the item starts here
        continue;
      }
      if (start < col) return;
    }
  };
  scan(lineNo - 1, -1);
  scan(lineNo + 1, 1);
  return out;
}

export function typingContext(docText: string, rel: number): TypingContext | undefined {
  const { start, end } = lineBounds(docText, rel);
  const line = docText.slice(start, end);
  const col = rel - start;
  const before = line.slice(0, col);
  const lines = docText.split('\n');
  const lineNo = docText.slice(0, start).split('\n').length - 1;
  const apiVersion = /^apiVersion:[ \t]*["']?([^\s"'#]+)/m.exec(docText)?.[1];
  const kind = /^kind:[ \t]*["']?([A-Za-z0-9]+)/m.exec(docText)?.[1];
  const after = /^[^\s:#]*/.exec(line.slice(col))?.[0] ?? '';
  // Value: `key: partial` (possibly inside a list item).
  const valueMatch = /^(\s*(?:-\s+)*)((?:"[^"]*"|'[^']*'|[^\s#:"'][^:#]*?)):\s+(["']?)([^\s#"']*)$/.exec(before);
  if (valueMatch) {
    const info = readLine(before.replace(/\s+$/, '') + (before.endsWith(' ') ? '' : ''));
    const keyCol = valueMatch[1].length;
    const dash = info.dash !== undefined && info.dash < keyCol ? info.dash : undefined;
    const key = valueMatch[2].replace(/^(["'])(.*)\1$/, '$2');
    const path = [...containerPath(lines, lineNo, keyCol, dash), key];
    const word = valueMatch[4];
    return { mode: 'value', path, key, word, wordStart: rel - word.length, wordEnd: rel + after.length, keyCol, newItem: false, apiVersion, kind, siblings: new Set() };
  }
  const keyMatch = /^(\s*)((?:-\s+)*)([A-Za-z0-9_.\/-]*)$/.exec(before);
  if (!keyMatch) return undefined;
  const word = keyMatch[3];
  const keyCol = keyMatch[1].length + keyMatch[2].length;
  const newItem = keyMatch[2].length > 0;
  const dash = newItem ? keyMatch[1].length : undefined;
  const onlyLine = docText.replace(/^---.*$/m, '').trim() === line.trim();
  if (onlyLine && keyCol === 0) {
    return { mode: 'document', path: [], word, wordStart: rel - word.length, wordEnd: rel + after.length, keyCol, newItem: false, apiVersion, kind, siblings: new Set() };
  }
  const path = containerPath(lines, lineNo, keyCol, dash);
  const siblings = newItem ? new Set<string>() : siblingKeys(lines, lineNo, keyCol);
  const keyOnly = /^\s*:/.test(line.slice(col + after.length));
  return { mode: 'key', path, word, wordStart: rel - word.length, wordEnd: rel + after.length, keyCol, newItem, apiVersion, kind, siblings, keyOnly };
}
