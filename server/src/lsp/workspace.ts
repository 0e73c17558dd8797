// Keeps the workspace model in sync with the disk: scans the workspace folders on start and when folders are
// added (the shared file walker lists, this reads), declares them fully known to the engine (checks of relative
// paths, KA013 and KA023, look only inside such folders), and reloads files on didChangeWatchedFiles. Open
// documents win over the disk.
import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { FileChangeType, type DidChangeWatchedFilesParams } from 'vscode-languageserver';
import { GitFactsLoader } from '../../../core/files/gitFactsLoader';
import { decodeText } from '../../../core/files/readText';
import { listYamlFiles, MAX_FILE_SIZE, wouldList } from '../../../core/files/walker';
import type { ServerContext } from './context';
import type { DiagnosticsPublisher } from './diagnostics';
import { logTrace } from './log';
import { isYamlPath, normalizeUri, pathToUri, uriToPath } from './uris';

/** Longest stretch of synchronous reading during a scan before other messages are handled. */
const SLICE_MS = 20;
/** `KUBE_APPRENTI_TRACE=1`: timings in the server's log. */
const TRACE = process.env.KUBE_APPRENTI_TRACE === '1';

export class WorkspaceSync {
  /** `.git` folders and `.gitignore` texts above the loaded files, for KA023 (Secret not ignored by Git). */
  readonly git: GitFactsLoader;

  constructor(private readonly ctx: ServerContext, private readonly publisher: DiagnosticsPublisher) {
    this.git = new GitFactsLoader(ctx.workspace.git);
  }

  /**
   * Lists and loads every YAML file of the folders (URIs); resolves when all are in the model. Each folder is then
   * declared fully known (minus the sub-folders the walker did not enter), unless the walk was cut by its file bound.
   */
  async scan(folders: readonly string[]): Promise<number> {
    const files: string[] = [];
    const roots: Array<{ uri: string; notListed: string[] }> = [];
    for (const folder of folders) {
      const root = uriToPath(folder);
      if (!root) continue;
      const rootUri = pathToUri(root).replace(/\/+$/, '');
      this.removedRoots.delete(rootUri);
      const listed = await listYamlFiles(root);
      files.push(...listed.files);
      if (!listed.truncated) roots.push({ uri: rootUri, notListed: listed.notListed.map(pathToUri) });
    }
    if (TRACE) logTrace(this.ctx, 'trace.scanFound', { n: files.length });
    // Synchronous reads in slices of about 20 ms: the files are small and usually in the page cache, where a
    // synchronous read costs a few microseconds while each asynchronous one costs several thread-pool round trips;
    // yielding between slices keeps the server answering requests during a large scan.
    let next = 0;
    while (next < files.length) {
      const sliceEnd = performance.now() + SLICE_MS;
      while (next < files.length && performance.now() < sliceEnd) {
        const p = files[next++];
        this.loadFromDiskSync(pathToUri(p));
        this.git.ensureFor(p);
      }
      if (next < files.length) await new Promise((resolve) => setImmediate(resolve));
    }
    // Only now: a missing path must not be reported while the files that would resolve it are still being read.
    for (const r of roots) if (!this.removedRoots.has(r.uri)) this.ctx.workspace.addRoot(r.uri, r.notListed);
    if (TRACE) logTrace(this.ctx, 'trace.scanRead');
    this.publisher.schedule();
    return files.length;
  }

  /** A workspace folder was removed: forget its files (open documents stay) and stop treating it as fully known. */
  removeFolder(folderUri: string): void {
    const root = normalizeUri(folderUri).replace(/\/+$/, '');
    // A scan of this folder still running must not declare it afterwards.
    this.removedRoots.add(root);
    this.ctx.workspace.removeRoot(root);
    const prefix = `${root}/`;
    for (const u of this.ctx.workspace.uris()) {
      if (!u.startsWith(prefix) || this.isOpen(u)) continue;
      this.ctx.workspace.removeFile(u);
      this.publisher.clear(u);
    }
    this.publisher.schedule();
  }

  /** Folders removed while their scan may still run. */
  private readonly removedRoots = new Set<string>();

  /** (Re)loads a file from disk unless it is open in the editor. */
  async loadFromDisk(rawUri: string): Promise<boolean> {
    // Manifests are small and usually in the page cache: the synchronous read is the cheaper one (see scan).
    const loaded = this.loadFromDiskSync(rawUri);
    const p = loaded ? uriToPath(normalizeUri(rawUri)) : undefined;
    if (p) this.git.ensureFor(p);
    return loaded;
  }

  /** (Re)loads a file from disk unless it is open in the editor (synchronous read; the scan calls it in slices). */
  loadFromDiskSync(rawUri: string): boolean {
    const uri = normalizeUri(rawUri);
    if (this.isOpen(uri)) return false;
    const p = uriToPath(uri);
    if (!p) return false;
    try {
      const st = statSync(p);
      if (!st.isFile()) return false;
      if (st.size > MAX_FILE_SIZE) {
        this.ctx.workspace.setSkipped(uri, 'too-large', st.size);
        return true;
      }
      this.ctx.workspace.setFile(uri, decodeText(readFileSync(p)));
      return true;
    } catch {
      if (this.ctx.workspace.removeFile(uri)) this.publisher.clear(uri);
      return false;
    }
  }

  async onWatchedFiles(params: DidChangeWatchedFilesParams): Promise<void> {
    const refreshed = new Set<string>();
    for (const change of params.changes) {
      const uri = normalizeUri(change.uri);
      const p = uriToPath(uri);
      if (p && path.basename(p) === '.gitignore') {
        // Facts only: the cross-file rules re-run (the version changed) and the publisher re-sends what differs.
        this.git.reloadIgnoreFile(p);
      } else if (change.type === FileChangeType.Deleted) {
        if (p) this.git.forgetUnder(p);
        // A deleted folder arrives as one event for the folder: drop every file under it.
        const prefix = uri.endsWith('/') ? uri : `${uri}/`;
        for (const u of this.ctx.workspace.uris()) {
          if (u === uri || u.startsWith(prefix)) {
            if (this.isOpen(u)) continue;
            this.ctx.workspace.removeFile(u);
            this.publisher.clear(u);
          }
        }
      } else if (isYamlPath(uri)) {
        // Only the files the scan would have listed (not under node_modules, a lab's copies…): as the CLI sees them.
        if (!this.isListed(uri)) continue;
        if (p) this.git.refreshFor(p, refreshed);
        if (await this.loadFromDisk(uri)) this.publisher.schedule(uri);
      }
    }
    this.publisher.schedule();
  }

  /** True when the file walker lists this file in one of the workspace folders (the disk copy belongs in the model). */
  isListed(rawUri: string): boolean {
    const p = uriToPath(normalizeUri(rawUri));
    if (!p) return false;
    return this.ctx.workspaceFolders().some((f) => {
      const root = uriToPath(f);
      return root !== undefined && wouldList(root, p);
    });
  }

  /** A document opened in the editor (maybe outside the scanned folders, or new): read its folders' Git facts. */
  noteOpened(rawUri: string): void {
    const p = uriToPath(normalizeUri(rawUri));
    if (p) this.git.ensureFor(p);
  }

  private isOpen(uri: string): boolean {
    return this.ctx.documents.all().some((d) => normalizeUri(d.uri) === uri);
  }
}
