// Reads the Git facts of the disk into the engine's `workspace.git` (see core/analysis/index/gitFacts.ts):
// for each folder above a loaded file, once, whether it holds a `.git` (folder or file), its `.gitignore` and, for a
// repository root, `.git/info/exclude`. No `git` binary (SSPCloud pods may lack one) and no vscode-languageserver
// import: the CLI (`kube-apprenti check`) uses this loader too, so both report the same KA023.
import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { GitFacts } from '../analysis/index/gitFacts';

/** A `.gitignore` larger than this is not read (treated as absent). */
const MAX_IGNORE_SIZE = 1024 * 1024;

export class GitFactsLoader {
  /** Folders (paths) already read; their ancestors up to the repository root were read too. */
  private readonly visited = new Set<string>();

  constructor(private readonly facts: GitFacts) {}

  /** Reads, once per folder, the facts of the folders above a file up to its repository root (or the disk root). */
  ensureFor(filePath: string): void {
    let dir = path.dirname(filePath);
    while (!this.visited.has(dir)) {
      this.visited.add(dir);
      if (this.readFolder(dir)) return;
      const parent = path.dirname(dir);
      if (parent === dir) return;
      dir = parent;
    }
  }

  /**
   * Reads the folders above a file again (a `git init` may have made a repository since). `done` holds the folders
   * already re-read in the same batch of events, so that a checkout of many files costs one read per folder.
   */
  refreshFor(filePath: string, done = new Set<string>()): void {
    for (let dir = path.dirname(filePath); !done.has(dir); dir = path.dirname(dir)) {
      done.add(dir);
      this.visited.add(dir);
      if (this.readFolder(dir) || path.dirname(dir) === dir) return;
    }
  }

  /** A `.gitignore` was created, changed or deleted. */
  reloadIgnoreFile(ignorePath: string): void {
    this.facts.setIgnoreFile(folderUri(path.dirname(ignorePath)), readSmall(ignorePath));
  }

  /** A folder was deleted: forget what was read under it. */
  forgetUnder(folderPath: string): void {
    const prefix = folderPath.endsWith(path.sep) ? folderPath : folderPath + path.sep;
    for (const d of [...this.visited]) if (d === folderPath || d.startsWith(prefix)) this.visited.delete(d);
    this.facts.forgetUnder(folderUri(folderPath));
  }

  /** Reads one folder's facts; true when it is a repository root. */
  private readFolder(dir: string): boolean {
    const uri = folderUri(dir);
    let git: import('node:fs').Stats | undefined;
    try {
      git = statSync(path.join(dir, '.git'));
    } catch {
      git = undefined;
    }
    this.facts.setRepository(uri, git !== undefined);
    this.facts.setIgnoreFile(uri, readSmall(path.join(dir, '.gitignore')));
    if (git?.isDirectory()) this.facts.setExclude(uri, readSmall(path.join(dir, '.git', 'info', 'exclude')));
    return git !== undefined;
  }
}

function folderUri(dir: string): string {
  return pathToFileURL(dir).href;
}

/** The text of a small regular file, or undefined (absent, unreadable, too large, a folder). */
function readSmall(p: string): string | undefined {
  try {
    const st = statSync(p);
    if (!st.isFile() || st.size > MAX_IGNORE_SIZE) return undefined;
    return readFileSync(p, 'utf8');
  } catch {
    return undefined;
  }
}
