// The one file walker: which YAML files of a folder the language server, the CLI (`kube-apprenti check`) and the
// cluster tree look at. One skip list, one size limit, the same lab rule and the same bounds everywhere, so that the
// editor and the CLI see the same files (issue #13). It only lists: reading (and the size check, which needs a stat)
// is left to the caller, so the language server keeps reading in short synchronous slices.
// Plain Node `fs`: no vscode, no language server import.
import { existsSync, promises as fs, type Dirent } from 'node:fs';
import * as path from 'node:path';

/** Folders never entered (dependencies, build output, tool caches, version control). */
export const SKIP_DIRS: ReadonlySet<string> = new Set([
  'node_modules', '.git', '.hg', '.svn', 'dist', 'out', 'dist-vsix', '.cache', '.venv', 'venv', '__pycache__',
  '.terraform', '.idea', '.vscode-test', '.cluster', '.test-work',
]);

/**
 * A lab folder (one holding `lab.yaml`) keeps starter and solution copies of the student's manifests: listing them
 * would duplicate every resource and hide or invent cross-file diagnostics.
 */
export const LAB_COPY_DIRS: ReadonlySet<string> = new Set(['depart', 'solution']);

/** Files larger than this are not analysed (a notice says so): 5 MB. */
export const MAX_FILE_SIZE = 5 * 1024 * 1024;
export const MAX_DEPTH = 30;
export const MAX_FILES = 20000;

export function isYamlName(name: string): boolean {
  return /\.ya?ml$/i.test(name);
}

export interface WalkOptions {
  /** Deepest folder level entered below the root (default 30). */
  maxDepth?: number;
  /** At most this many files are listed (default 20000); `truncated` tells when some were left out. */
  maxFiles?: number;
}

export interface WalkResult {
  /** Absolute paths of the YAML files, sorted (by UTF-16 code units: the same order on every machine). */
  files: string[];
  /** Folders under the root that were not entered (skip list, lab copies, depth bound, unreadable): their files are unknown. */
  notListed: string[];
  /** True when the file bound stopped the walk: the root's files are not all known. */
  truncated: boolean;
}

/** Lists the YAML files under `root` (a folder). Symbolic links are followed once; a link loop is not entered twice. */
export async function listYamlFiles(root: string, options: WalkOptions = {}): Promise<WalkResult> {
  const maxDepth = options.maxDepth ?? MAX_DEPTH;
  const maxFiles = options.maxFiles ?? MAX_FILES;
  const files: string[] = [];
  const notListed: string[] = [];
  const seen = new Set<string>();
  let truncated = false;

  const enter = async (dir: string, depth: number): Promise<void> => {
    const real = await fs.realpath(dir).catch(() => undefined);
    if (real === undefined) { notListed.push(dir); return; }
    // A second path to a folder already listed (a link, maybe a loop): its files are listed under their first path only.
    if (seen.has(real)) { notListed.push(dir); return; }
    seen.add(real);
    let entries: Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      notListed.push(dir);
      return;
    }
    entries.sort((a, b) => compare(a.name, b.name));
    const isLab = entries.some((e) => e.name === 'lab.yaml' && (e.isFile() || e.isSymbolicLink()));
    for (const e of entries) {
      const p = path.join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        const st = await fs.stat(p).catch(() => undefined);
        isDir = st?.isDirectory() ?? false;
        isFile = st?.isFile() ?? false;
      }
      if (isDir) {
        if (SKIP_DIRS.has(e.name) || (isLab && LAB_COPY_DIRS.has(e.name)) || depth >= maxDepth) notListed.push(p);
        else await enter(p, depth + 1);
      } else if (isFile && isYamlName(e.name)) {
        if (files.length >= maxFiles) { truncated = true; return; }
        files.push(p);
      }
      if (truncated) return;
    }
  };

  await enter(root, 0);
  files.sort(compare);
  notListed.sort(compare);
  return { files, notListed, truncated };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * True when `listYamlFiles(root)` would list `file` (symbolic links aside): a YAML file below `root`, under no
 * skipped folder nor lab copy, within the depth bound. For files that appear after the walk (file events, a
 * document closed in the editor), so that they are taken or left exactly as the walk would.
 */
export function wouldList(root: string, file: string, options: WalkOptions = {}): boolean {
  const rel = path.relative(root, file);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return false;
  const parts = rel.split(path.sep);
  if (!isYamlName(parts[parts.length - 1])) return false;
  const dirs = parts.slice(0, -1);
  if (dirs.length > (options.maxDepth ?? MAX_DEPTH)) return false;
  let dir = root;
  for (const seg of dirs) {
    if (SKIP_DIRS.has(seg) || (LAB_COPY_DIRS.has(seg) && existsSync(path.join(dir, 'lab.yaml')))) return false;
    dir = path.join(dir, seg);
  }
  return true;
}
