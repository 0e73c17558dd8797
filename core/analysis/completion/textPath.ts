// Where the cursor is in a YAML document while the user is typing (the document is often broken then): found
// from the text alone, by indentation, like a reader of the file would. Gives the path of the mapping in which a
// key is being typed (`spec.template.spec.containers[0]`), or of the key whose value is being typed.
import type { Segment } from '../schema/issues';

export interface LineInfo {
  indent: number;
  /** Column of the `-` when the line starts a list item. */
  dash?: number;
  /** Column where the key (or the scalar) starts. */
  keyCol: number;
  key?: string;
  /** Text after `key:` (trimmed, comments included). */
  rest?: string;
  blank: boolean;
}

const KEY_RE = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{[\]}][^:#]*?)\s*:(?:\s+(.*))?$/;

export function readLine(line: string): LineInfo {
  const indent = line.length - line.replace(/^ +/, '').length;
  let col = indent;
  let dash: number | undefined;
  let body = line.slice(indent);
  while (/^-(\s|$)/.test(body)) {
    dash = dash ?? col;
    const skip = body.length > 1 ? body.length - body.slice(1).replace(/^\s+/, '').length : 1;
    col += skip;
    body = body.slice(skip);
  }
  if (body === '' || body.startsWith('#')) return { indent, dash, keyCol: col, blank: dash === undefined };
  const m = KEY_RE.exec(body.replace(/\s+$/, ''));
  if (!m) return { indent, dash, keyCol: col, blank: false };
  const key = m[1].replace(/^(["'])(.*)\1$/, '$2');
  return { indent, dash, keyCol: col, key, rest: (m[2] ?? '').trim(), blank: false };
}

/** True when a `key:` line opens a block (nothing but a comment after the colon). */
function opensBlock(info: LineInfo): boolean {
  return info.key !== undefined && (info.rest === '' || info.rest?.startsWith('#') === true || info.rest === '|' || info.rest === '>');
}

/**
 * Path of the mapping in which a key starts at column `col` of line `lineNo` (lines of one document). With
 * `itemDash`, that key starts a list item whose `-` is at that column: the path ends with the item's index.
 */
export function containerPath(lines: readonly string[], lineNo: number, col: number, itemDash?: number): Segment[] {
  const path: Segment[] = [];
  let state: { kind: 'map' | 'item'; col: number } = { kind: 'map', col };
  if (itemDash !== undefined) {
    path.unshift(itemIndex(lines, lineNo, itemDash));
    state = { kind: 'item', col: itemDash };
  }
  for (let l = lineNo - 1; l >= 0; l--) {
    const info = readLine(lines[l]);
    if (info.blank || (info.key === undefined && info.dash === undefined)) continue;
    const start = info.dash ?? info.keyCol;
    if (state.kind === 'map') {
      if (start > state.col || (info.dash === undefined && info.keyCol === state.col) || info.dash === state.col) continue;
      if (info.dash !== undefined && info.keyCol === state.col) {
        // `- name: web` above `  image:`: the first key of the list item we are in.
        path.unshift(itemIndex(lines, l, info.dash));
        state = { kind: 'item', col: info.dash };
        continue;
      }
      if (info.keyCol < state.col && info.key !== undefined && opensBlock(info)) {
        path.unshift(info.key);
        if (info.dash !== undefined) {
          path.unshift(itemIndex(lines, l, info.dash));
          state = { kind: 'item', col: info.dash };
        } else {
          state = { kind: 'map', col: info.keyCol };
        }
        continue;
      }
      break;
    } else {
      if (info.dash === state.col || start > state.col) continue;
      if (info.key !== undefined && opensBlock(info) && info.keyCol <= state.col) {
        path.unshift(info.key);
        if (info.dash !== undefined) {
          path.unshift(itemIndex(lines, l, info.dash));
          state = { kind: 'item', col: info.dash };
        } else {
          state = { kind: 'map', col: info.keyCol };
        }
        continue;
      }
      break;
    }
  }
  return path;
}

/** Index of the list item starting at line `l` (dash at `dash`): number of earlier items of the same list. */
function itemIndex(lines: readonly string[], l: number, dash: number): number {
  let n = 0;
  for (let i = l - 1; i >= 0; i--) {
    const info = readLine(lines[i]);
    if (info.blank) continue;
    const start = info.dash ?? info.keyCol;
    if (start < dash) break;
    if (info.dash === dash) n++;
  }
  return n;
}
