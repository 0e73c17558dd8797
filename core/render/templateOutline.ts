// Finds the line of a Helm template where a rendered YAML path is written. Templates keep their keys literal
// (`containerPort: {{ .Values.port }}`), so the key path of a rendered node is matched against the template's
// indentation: key lines open blocks, `- ` lines open sequence items, lines made only of `{{ … }}` actions are
// ignored. Pure.

export type PathSegment = string | number;

interface OutlineLine {
  /** Offset of the line's first character in the template text. */
  start: number;
  /** Offset of the first non-blank character and of the end of the trimmed line. */
  from: number;
  to: number;
  /** Column of the key (after `- ` on an item line), or of the scalar on a `- value` line. */
  col: number;
  /** Column of the dash on an item line. */
  dash?: number;
  key?: string;
}

const KEY = /^(?:"([^"]*)"|'([^']*)'|([^\s#{'"][^:#]*?))[ \t]*:(?:[ \t]|$)/;

export function outline(text: string): OutlineLine[] {
  const out: OutlineLine[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).replace(/\r$/, '');
    const trimmed = line.trim();
    if (trimmed && !trimmed.startsWith('#') && !/^\{\{.*\}\}$/.test(trimmed) && trimmed !== '---') {
      let i = line.length - line.trimStart().length;
      const first = i;
      let dash: number | undefined;
      while (line[i] === '-' && (line[i + 1] === ' ' || line[i + 1] === '\t' || i + 1 === line.length)) {
        dash = i;
        i++;
        while (line[i] === ' ' || line[i] === '\t') i++;
      }
      const rest = line.slice(i);
      const m = KEY.exec(rest);
      const key = m ? (m[1] ?? m[2] ?? m[3]).trim() : undefined;
      out.push({ start, from: start + first, to: start + line.trimEnd().length, col: i, dash, key });
    }
    if (end === text.length) break;
    start = end + 1;
  }
  return out;
}

/** End (exclusive) of the block opened by line i. */
function blockEnd(lines: OutlineLine[], i: number): number {
  const l = lines[i];
  let j = i + 1;
  if (l.dash !== undefined && l.key === undefined && l.col === l.dash) return j;
  if (l.dash !== undefined && (l.key !== undefined || lines[i].col > l.dash)) {
    // A sequence item: its block is every deeper line until the next item at the same dash or a shallower line.
    while (j < lines.length && (lines[j].dash !== undefined ? lines[j].dash! > l.dash : lines[j].col > l.dash)) j++;
    return j;
  }
  // A key: deeper lines, and items whose dash is at the key's column (compact sequences).
  while (j < lines.length && (lines[j].dash !== undefined ? lines[j].dash! >= l.col : lines[j].col > l.col)) j++;
  return j;
}

/**
 * The line (index into `lines`) that writes `path`, searching lines [from, to); `depth` = how many segments were
 * matched (0: not even the first).
 */
export function findPath(lines: OutlineLine[], path: PathSegment[], from = 0, to = lines.length): { line?: number; depth: number } {
  let best: { line?: number; depth: number } = { depth: 0 };
  let scopeFrom = from;
  let scopeTo = to;
  // The key of an item line belongs to the item's mapping: `itemKeyLine` is that line while in an item's scope.
  let itemLine: number | undefined;
  for (let d = 0; d < path.length; d++) {
    const seg = path[d];
    if (typeof seg === 'number') {
      // Items of the sequence: the lines of the scope with the smallest dash column.
      let minDash = Infinity;
      for (let i = scopeFrom; i < scopeTo; i++) if (lines[i].dash !== undefined && lines[i].dash! < minDash) minDash = lines[i].dash!;
      const items: number[] = [];
      for (let i = scopeFrom; i < scopeTo; i++) if (lines[i].dash === minDash) items.push(i);
      if (items.length === 0) return best;
      // A `range` writes one item that renders many: past the written items, the last one.
      const i = items[Math.min(seg, items.length - 1)];
      best = { line: i, depth: d + 1 };
      itemLine = i;
      scopeFrom = i;
      scopeTo = blockEnd(lines, i);
      continue;
    }
    let found: number | undefined;
    let minCol = Infinity;
    for (let i = scopeFrom; i < scopeTo; i++) {
      const l = lines[i];
      if (l.key === undefined) continue;
      if (l.dash !== undefined && i !== itemLine) continue;
      if (l.col < minCol) minCol = l.col;
    }
    for (let i = scopeFrom; i < scopeTo && found === undefined; i++) {
      const l = lines[i];
      if (l.key === seg && l.col === minCol && (l.dash === undefined || i === itemLine)) found = i;
    }
    if (found === undefined) return best;
    best = { line: found, depth: d + 1 };
    itemLine = undefined;
    scopeFrom = found + 1;
    scopeTo = blockEnd(lines, found);
    // A key on an item line: its block is the item's remainder, deeper than its column.
    if (lines[found].dash !== undefined) {
      let j = found + 1;
      while (j < lines.length && j < scopeTo && (lines[j].dash !== undefined ? lines[j].dash! >= lines[found].col : lines[j].col > lines[found].col)) j++;
      scopeTo = j;
    }
  }
  return best;
}

/** Offsets [from, to) of the documents of a template (split on `---` lines). */
export function templateDocs(text: string): Array<{ from: number; to: number }> {
  const out: Array<{ from: number; to: number }> = [];
  const re = /^---[ \t]*(?:#.*)?$/gm;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push({ from: last, to: m.index });
    last = m.index + m[0].length;
  }
  out.push({ from: last, to: text.length });
  // Documents without content (a leading `---`, comments only) render to nothing.
  return out.filter((d) => /^[ \t]*[^\s#]/m.test(text.slice(d.from, d.to)));
}

/** `.Values.a.b` written on a line (the first one), as path segments. */
export function valuesPathOn(lineText: string): string[] | undefined {
  const m = /\$?\.Values((?:\.[A-Za-z_][\w-]*)+)/.exec(lineText);
  return m ? m[1].slice(1).split('.') : undefined;
}
