// Reads a lab folder (lab.yaml + Markdown + depart/ + solution/) into a Lab, with French problems.
// No vscode import: used by the extension, the CLI and the tests.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LineCounter, parseDocument, isMap, isNode, isScalar, type Document } from 'yaml';
import schema from '../../../../schemas/lab.schema.json';
import { SchemaChecker } from './schemaCheck';
import type { Lab, LabDefinition } from './types';

export interface LabProblem {
  /** File, relative to the lab folder (lab.yaml, a Markdown file…). */
  fichier: string;
  /** 1-based line, when known. */
  ligne?: number;
  /** Path in lab.yaml, e.g. `étapes[0].vérifications[1]`. */
  chemin?: string;
  message: string;
  gravité: 'erreur' | 'avertissement';
}

export interface LoadResult {
  lab?: Lab;
  problems: LabProblem[];
}

const checker = new SchemaChecker(schema as Record<string, unknown>);
/** Limit so that a huge or binary lab.yaml cannot freeze anything. */
const MAX_LAB_YAML = 512 * 1024;

export function pathToKeys(p: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const m of p.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) keys.push(m[2] !== undefined ? Number(m[2]) : m[1]);
  return keys;
}

/** Lists files under `dir`, relative, with `/` separators; ignores dot files. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    const abs = path.join(dir, rel);
    for (const e of fs.readdirSync(abs, { withFileTypes: true })) {
      if (e.name.startsWith('.') && e.name !== '.gitignore') continue;
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else if (e.isFile()) out.push(r);
    }
  };
  if (fs.existsSync(dir) && fs.statSync(dir).isDirectory()) walk('');
  return out.sort();
}

export function parseLabYaml(text: string): { def?: LabDefinition; problems: LabProblem[] } {
  const problems: LabProblem[] = [];
  if (text.length > MAX_LAB_YAML) {
    return { problems: [{ fichier: 'lab.yaml', message: `lab.yaml est trop volumineux (${Math.round(text.length / 1024)} Ko, maximum 512 Ko).`, gravité: 'erreur' }] };
  }
  if (text.includes('\u0000')) return { problems: [{ fichier: 'lab.yaml', message: 'lab.yaml n\'est pas un fichier texte.', gravité: 'erreur' }] };
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
  for (const e of doc.errors) {
    const line = lc.linePos(e.pos[0]).line;
    problems.push({ fichier: 'lab.yaml', ligne: line, message: `YAML illisible : ${e.message.split('\n')[0]}`, gravité: 'erreur' });
  }
  if (problems.length) return { problems };
  const value: unknown = doc.toJS();
  for (const p of checker.check(value)) {
    const offset = offsetOf(doc, p.path);
    const line = offset !== undefined ? lc.linePos(offset).line : undefined;
    problems.push({ fichier: 'lab.yaml', ligne: line, chemin: p.path || undefined, message: p.message, gravité: 'erreur' });
  }
  if (problems.length) return { problems };
  return { def: value as LabDefinition, problems };
}

/** Offset of the key (or value) a problem path points at. */
function offsetOf(doc: Document.Parsed, p: string): number | undefined {
  const keys = pathToKeys(p);
  const last = keys[keys.length - 1];
  const parent = keys.length > 0 ? doc.getIn(keys.slice(0, -1), true) : undefined;
  if (typeof last === 'string' && isMap(parent)) {
    const pair = parent.items.find((it) => isScalar(it.key) && it.key.value === last);
    if (pair && isNode(pair.key) && pair.key.range) return pair.key.range[0];
  }
  const node = keys.length ? doc.getIn(keys, true) : doc.contents;
  return isNode(node) && node.range ? node.range[0] : undefined;
}

/** Loads a lab folder. Never throws: unreadable files become problems. */
export function loadLab(dir: string, origin: Lab['origin']): LoadResult {
  const file = path.join(dir, 'lab.yaml');
  let text: string;
  try {
    const st = fs.statSync(file);
    if (st.size > MAX_LAB_YAML) return { problems: [{ fichier: 'lab.yaml', message: `lab.yaml est trop volumineux (${Math.round(st.size / 1024)} Ko, maximum 512 Ko).`, gravité: 'erreur' }] };
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    return { problems: [{ fichier: 'lab.yaml', message: `lab.yaml est illisible (${(err as NodeJS.ErrnoException).code ?? String(err)}).`, gravité: 'erreur' }] };
  }
  const { def, problems } = parseLabYaml(text);
  if (!def) return { problems };
  const markdown: Record<string, string> = {};
  const solutionFiles: Record<string, string[]> = {};
  for (const step of def.étapes) {
    const md = path.join(dir, step.texte);
    try {
      markdown[step.id] = fs.readFileSync(md, 'utf8');
    } catch {
      markdown[step.id] = '';
      problems.push({ fichier: 'lab.yaml', message: `étape « ${step.id} » : le fichier de consigne « ${step.texte} » est introuvable.`, gravité: 'erreur' });
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
