// A pure `.gitignore` matcher (gitignore(5)): comments, escaped `\#` `\!` and trailing spaces, `!` negation,
// directory-only patterns (`dir/`), anchoring by a leading or middle `/`, `*`, `?`, `[a-z]` classes and `**`
// (`**/x`, `x/**`, `a/**/b`). Pure on purpose: SSPCloud pods may have no `git` binary, and the engine must run
// the same way in the language server, the CLI and the tests.

export interface IgnoreRule {
  negated: boolean;
  /** Only matches directories (pattern ended with `/`). */
  dirOnly: boolean;
  regex: RegExp;
}

/** Parses the text of a `.gitignore` (or `.git/info/exclude`) into rules, in file order. */
export function parseGitignore(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const rule = parseLine(raw);
    if (rule) rules.push(rule);
  }
  return rules;
}

function parseLine(raw: string): IgnoreRule | undefined {
  let line = trimTrailingSpaces(raw);
  if (line === '' || line.startsWith('#')) return undefined;
  let negated = false;
  if (line.startsWith('!')) {
    negated = true;
    line = line.slice(1);
  }
  let dirOnly = false;
  if (line.endsWith('/') && !line.endsWith('\\/')) {
    dirOnly = true;
    line = line.replace(/\/+$/, '');
  }
  if (line === '') return undefined;
  // A slash at the start or in the middle anchors the pattern to the .gitignore's folder.
  const anchored = line.includes('/');
  if (line.startsWith('/')) line = line.slice(1);
  const body = translate(line);
  if (body === undefined) return undefined;
  const regex = new RegExp(`^${anchored ? '' : '(?:.*/)?'}${body}$`);
  return { negated, dirOnly, regex };
}

/** Trailing spaces are ignored unless quoted with a backslash. */
function trimTrailingSpaces(line: string): string {
  let end = line.length;
  while (end > 0 && line[end - 1] === ' ' && !(end > 1 && line[end - 2] === '\\')) end--;
  return line.slice(0, end);
}

/** Glob → regular expression body (undefined for a pattern git would never match, e.g. an unclosed class). */
function translate(glob: string): string | undefined {
  const segs = glob.split('/');
  let out = '';
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    const last = i === segs.length - 1;
    if (seg === '**') {
      if (last) out += i === 0 ? '.*' : '.+'; // `**` alone: everything; `x/**`: everything inside `x`
      else out += '(?:.*/)?'; // `**/x` and `a/**/b`: zero or more folders
      continue;
    }
    const s = translateSegment(seg);
    if (s === undefined) return undefined;
    out += s + (last ? '' : '/');
  }
  return out;
}

function translateSegment(seg: string): string | undefined {
  let out = '';
  for (let i = 0; i < seg.length; i++) {
    const ch = seg[i];
    if (ch === '\\') {
      i++;
      if (i < seg.length) out += escapeRegex(seg[i]);
    } else if (ch === '*') {
      while (seg[i + 1] === '*') i++; // `a**b` is `a*b`
      out += '[^/]*';
    } else if (ch === '?') {
      out += '[^/]';
    } else if (ch === '[') {
      const end = classEnd(seg, i);
      if (end < 0) return undefined;
      let body = seg.slice(i + 1, end);
      let neg = false;
      if (body.startsWith('!') || body.startsWith('^')) { neg = true; body = body.slice(1); }
      out += `[${neg ? '^/' : ''}${body.replace(/\\/g, '\\\\').replace(/\]/g, '\\]').replace(/\[/g, '\\[')}]`;
      i = end;
    } else {
      out += escapeRegex(ch);
    }
  }
  return out;
}

/** Index of the `]` closing the class opened at `start` (a `]` right after `[` or `[!` is literal). */
function classEnd(seg: string, start: number): number {
  let i = start + 1;
  if (seg[i] === '!' || seg[i] === '^') i++;
  if (seg[i] === ']') i++;
  for (; i < seg.length; i++) if (seg[i] === ']') return i;
  return -1;
}

function escapeRegex(ch: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch;
}

/**
 * Verdict of one rule list for a path relative to the list's folder: true = ignored, false = re-included by a
 * `!` pattern, undefined = no pattern matches. The last matching pattern wins.
 */
export function matchRules(rules: readonly IgnoreRule[], relPath: string, isDir: boolean): boolean | undefined {
  let verdict: boolean | undefined;
  for (const r of rules) {
    if (r.dirOnly && !isDir) continue;
    if (r.regex.test(relPath)) verdict = !r.negated;
  }
  return verdict;
}

/** Escapes a relative path so that a `.gitignore` line matches exactly this file. */
export function gitignoreLine(relPath: string): string {
  let s = relPath.replace(/[\\*?[]/g, (c) => `\\${c}`);
  if (s.startsWith('#') || s.startsWith('!')) s = `\\${s}`;
  if (s.endsWith(' ')) s = `${s.slice(0, -1)}\\ `;
  return s;
}
