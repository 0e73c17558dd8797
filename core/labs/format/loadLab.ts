// Reads a lab folder (lab.yaml + Markdown + depart/ + solution/) into a Lab, with French problems.
// No vscode import: used by the extension, the CLI and the tests.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { formatMessage } from '../../analysis/messages';
import { pathText } from '../../analysis/schema/issues';
import { labSchemaIssues } from '../../analysis/schema/labSchema';
import { labIssueReport } from '../../analysis/schema/reportIssue';
import { lt } from '../../i18n/labAuthoring';
import type { Lang } from '../../i18n';
import { labFromYaml } from './fromYaml';
import type { Lab, LabDefinition } from './types';

export type LabProblemSeverity = 'error' | 'warning';

export interface LabProblem {
  /** File, relative to the lab folder (lab.yaml, a Markdown file…). */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  /** Path in lab.yaml (its French keys), e.g. `étapes[0].vérifications[1]`. */
  path?: string;
  message: string;
  /** An error makes the lab invalid; a warning does not (the words shown come from the catalogues). */
  severity: LabProblemSeverity;
}

export interface LoadResult {
  lab?: Lab;
  problems: LabProblem[];
}

/** Limit so that a huge or binary lab.yaml cannot freeze anything. */
const MAX_LAB_YAML = 512 * 1024;

/** Dot files a lab may ship: Git's ignore list and the CI pipelines of the forges (a CI/CD lab). */
const LAB_DOT_FILES = new Set(['.gitignore', '.github', '.gitlab-ci.yml']);

/** Lists files under `dir`, relative, with `/` separators; ignores dot files but LAB_DOT_FILES. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    const abs = path.join(dir, rel);
    for (const e of fs.readdirSync(abs, { withFileTypes: true })) {
      if (e.name.startsWith('.') && !LAB_DOT_FILES.has(e.name)) continue;
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else if (e.isFile()) out.push(r);
    }
  };
  if (fs.existsSync(dir) && fs.statSync(dir).isDirectory()) walk('');
  return out.sort();
}

export function parseLabYaml(text: string, lang: Lang = 'fr'): { def?: LabDefinition; problems: LabProblem[] } {
  const problems: LabProblem[] = [];
  if (text.length > MAX_LAB_YAML) {
    return { problems: [{ file: 'lab.yaml', message: lt(lang, 'load.tooBig', { size: Math.round(text.length / 1024) }), severity: 'error' }] };
  }
  if (text.includes('\u0000')) return { problems: [{ file: 'lab.yaml', message: lt(lang, 'load.notText'), severity: 'error' }] };
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
  for (const e of doc.errors) {
    const line = lc.linePos(e.pos[0]).line;
    problems.push({ file: 'lab.yaml', line, message: lt(lang, 'load.badYaml', { error: e.message.split('\n')[0] }), severity: 'error' });
  }
  if (problems.length) return { problems };
  // The same validator and words as the editor's KA160 diagnostics (without their « lab.yaml : » prefix).
  for (const issue of labSchemaIssues(doc.contents, text)) {
    const report = labIssueReport(issue, 0, 'lab.yaml');
    const message = formatMessage(report.messageKey ?? report.code, report.args, lang).replace(/^lab\.yaml\s?:\s/u, '');
    // The key itself for an unknown key (its line), else the object or value concerned.
    const at = issue.kind === 'unknown-field' && issue.field ? [...issue.path, issue.field] : issue.path;
    problems.push({ file: 'lab.yaml', line: lc.linePos(issue.start).line, path: pathText(at) || undefined, message, severity: 'error' });
  }
  if (problems.length) return { problems };
  return { def: labFromYaml(doc.toJS()), problems };
}

/** Loads a lab folder. Never throws: unreadable files become problems. */
export function loadLab(dir: string, origin: Lab['origin'], lang: Lang = 'fr'): LoadResult {
  const file = path.join(dir, 'lab.yaml');
  let text: string;
  try {
    const st = fs.statSync(file);
    if (st.size > MAX_LAB_YAML) return { problems: [{ file: 'lab.yaml', message: lt(lang, 'load.tooBig', { size: Math.round(st.size / 1024) }), severity: 'error' }] };
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    return { problems: [{ file: 'lab.yaml', message: lt(lang, 'load.unreadable', { error: (err as NodeJS.ErrnoException).code ?? String(err) }), severity: 'error' }] };
  }
  const { def, problems } = parseLabYaml(text, lang);
  if (!def) return { problems };
  const markdown: Record<string, string> = {};
  const solutionFiles: Record<string, string[]> = {};
  for (const step of def.steps) {
    const md = path.join(dir, step.text);
    try {
      markdown[step.id] = fs.readFileSync(md, 'utf8');
    } catch {
      markdown[step.id] = '';
      problems.push({ file: 'lab.yaml', message: lt(lang, 'load.missingText', { step: step.id, file: step.text }), severity: 'error' });
    }
    solutionFiles[step.id] = listFiles(path.join(dir, 'solution', step.id));
  }
  return { lab: { dir, origin, def, markdown, startFiles: listFiles(path.join(dir, 'depart')), solutionFiles }, problems };
}

/** Finds lab folders (holding a lab.yaml) under `root`, at most `depth` levels deep, skipping node_modules and dot folders. */
export function findLabDirs(root: string, depth = 3): string[] {
  const out: string[] = [];
  const walk = (dir: string, d: number): void => {
    let entries: fs.Dirent[];
    try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
    if (entries.some((e) => e.isFile() && e.name === 'lab.yaml')) { out.push(dir); return; }
    if (d === 0) return;
    for (const e of entries) {
      if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules') walk(path.join(dir, e.name), d - 1);
    }
  };
  walk(root, depth);
  return out.sort();
}
