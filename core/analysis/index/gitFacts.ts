// Facts about Git that the adapters (language server, CLI) read from the disk and give to the pure engine: which
// folders hold a `.git` (folder, or file for worktrees and submodules) and the text of each `.gitignore` (and of
// `.git/info/exclude`). Design: the adapters only read files; deciding whether a file is ignored is pure code
// (util/gitignore.ts), so the server, the CLI and the tests give the same verdict, and no `git` binary is needed
// (SSPCloud pods may have none). A folder nobody looked at counts as "no .git, no .gitignore": without facts,
// a file is outside any repository and KA023 stays silent.
import { parseGitignore, matchRules, type IgnoreRule } from '../util/gitignore';

interface IgnoreList { text: string; rules: IgnoreRule[] }

interface DirFacts {
  repository?: boolean;
  ignore?: IgnoreList;
  /** `.git/info/exclude` of a repository root (lowest precedence). */
  exclude?: IgnoreList;
}

export interface GitStatus {
  /** Folder URI of the repository's work tree. */
  repository: string;
  ignored: boolean;
  /** Folder of the deepest `.gitignore` between the repository root and the file (undefined when there is none). */
  nearestIgnoreDir?: string;
}

/** Folder URI without trailing slash (`file:///` → `file://`). */
export function folderKey(uri: string): string {
  const m = /^([a-z][a-z0-9+.-]*:)\/*$/i.exec(uri);
  return m ? `${m[1]}//` : uri.replace(/\/+$/, '');
}

/** The parent folder URI, or undefined at the root. */
export function parentFolder(uri: string): string | undefined {
  const i = uri.lastIndexOf('/');
  const authority = uri.indexOf('://');
  if (i < 0 || (authority >= 0 && i <= authority + 2)) return undefined;
  return uri.slice(0, i);
}

export class GitFacts {
  /** Incremented on every change of a fact (rules that read them depend on it). */
  version = 0;
  private readonly dirs = new Map<string, DirFacts>();

  constructor(private readonly onChange: () => void = () => undefined) {}

  /** Records whether the folder holds a `.git`. */
  setRepository(folderUri: string, present: boolean): void {
    const d = this.entry(folderKey(folderUri));
    if ((d.repository === true) === present) return;
    d.repository = present;
    this.changed();
  }

  /** Text of the folder's `.gitignore` (undefined: there is none). */
  setIgnoreFile(folderUri: string, text: string | undefined): void {
    this.setList(folderKey(folderUri), 'ignore', text);
  }

  /** Text of `.git/info/exclude` of a repository root (undefined: there is none). */
  setExclude(folderUri: string, text: string | undefined): void {
    this.setList(folderKey(folderUri), 'exclude', text);
  }

  /** The known text of a `.gitignore` given by its file URI. */
  ignoreFileText(fileUri: string): string | undefined {
    if (!fileUri.endsWith('/.gitignore')) return undefined;
    return this.dirs.get(fileUri.slice(0, -'/.gitignore'.length))?.ignore?.text;
  }

  /** Forgets every fact about `uri` and the folders under it (a deleted folder). */
  forgetUnder(uri: string): void {
    const key = folderKey(uri);
    let any = false;
    for (const k of [...this.dirs.keys()]) {
      if (k === key || k.startsWith(`${key}/`)) { this.dirs.delete(k); any = true; }
    }
    if (any) this.changed();
  }

  /** The repository holding a file, the file's verdict, and its nearest `.gitignore`; undefined outside any repository. */
  status(fileUri: string): GitStatus | undefined {
    const chain: string[] = [];
    let repository: string | undefined;
    for (let d = parentFolder(fileUri); d !== undefined; d = parentFolder(d)) {
      chain.push(d);
      if (this.dirs.get(d)?.repository) { repository = d; break; }
    }
    if (!repository) return undefined;
    const segs = fileUri.slice(repository.length + 1).split('/').map(decode);
    // Folders from the root down to the file's folder, with their rule lists (exclude first: lowest precedence).
    const folders = chain.reverse();
    let nearestIgnoreDir: string | undefined;
    for (const f of folders) if (this.dirs.get(f)?.ignore) nearestIgnoreDir = f;
    for (let i = 1; i <= segs.length; i++) {
      const isDir = i < segs.length;
      let verdict: boolean | undefined;
      // Lists of the folders that contain segs[0..i): the root and its i-1 sub-folders on the path.
      for (let level = 0; level < i; level++) {
        const facts = this.dirs.get(folders[level]);
        if (!facts) continue;
        const rel = segs.slice(level, i).join('/');
        for (const list of [facts.exclude, facts.ignore]) {
          if (!list) continue;
          const v = matchRules(list.rules, rel, isDir);
          if (v !== undefined) verdict = v;
        }
      }
      // A file inside an ignored folder can never be re-included.
      if (isDir && verdict === true) return { repository, ignored: true, nearestIgnoreDir };
      if (!isDir) return { repository, ignored: verdict === true, nearestIgnoreDir };
    }
    return { repository, ignored: false, nearestIgnoreDir };
  }

  private setList(key: string, which: 'ignore' | 'exclude', text: string | undefined): void {
    const d = this.dirs.get(key);
    if ((d?.[which]?.text) === text) return;
    const e = d ?? this.entry(key);
    if (text === undefined) delete e[which];
    else e[which] = { text, rules: parseGitignore(text) };
    this.changed();
  }

  private entry(key: string): DirFacts {
    let d = this.dirs.get(key);
    if (!d) this.dirs.set(key, (d = {}));
    return d;
  }

  private changed(): void {
    this.version++;
    this.onChange();
  }
}

function decode(seg: string): string {
  try {
    return decodeURIComponent(seg);
  } catch {
    return seg;
  }
}
