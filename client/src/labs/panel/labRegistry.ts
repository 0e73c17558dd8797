// Labs known to the extension: the shipped `labs/` folder and every workspace folder holding a lab.yaml, reloaded when
// any of their files changes (instructors distribute labs through git: a pull is picked up without a restart).
import * as path from 'node:path';
import * as vscode from 'vscode';
import { loadCatalog, type CatalogEntry } from '../../../../core/labs/catalog';
import type { Lab } from '../../../../core/labs/format/types';

export class LabRegistry implements vscode.Disposable {
  private entries: CatalogEntry[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly shippedDir: string) {
    this.reload();
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml,md,json,template}');
    const onFile = (uri: vscode.Uri): void => { if (this.concerns(uri.fsPath)) this.schedule(); };
    this.disposables.push(watcher, watcher.onDidChange(onFile), watcher.onDidCreate(onFile), watcher.onDidDelete(onFile),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.schedule()), this.changed);
  }

  /** A lab.yaml anywhere, or any file inside a known lab folder. */
  private concerns(file: string): boolean {
    if (path.basename(file) === 'lab.yaml') return true;
    return this.entries.some((e) => file.startsWith(e.dir + path.sep));
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => { this.reload(); this.changed.fire(); }, 300);
  }

  reload(): void {
    const roots: { dir: string; origin: Lab['origin']; depth?: number }[] = [{ dir: this.shippedDir, origin: 'extension', depth: 1 }];
    for (const f of vscode.workspace.workspaceFolders ?? []) if (f.uri.scheme === 'file') roots.push({ dir: f.uri.fsPath, origin: 'espace', depth: 4 });
    this.entries = loadCatalog(roots);
  }

  all(): CatalogEntry[] {
    return this.entries;
  }

  labs(): Lab[] {
    return this.entries.flatMap((e) => (e.lab ? [e.lab] : []));
  }

  get(id: string): Lab | undefined {
    return this.labs().find((l) => l.def.id === id);
  }

  /**
   * Like get(), but rescans the folders once when the id is unknown: file watchers can miss events (inotify limit
   * reached in a code-server pod, workspace opened through a symlink, network file system), and an instructor who
   * just copied a lab folder must not have to restart the IDE.
   */
  find(id: string): Lab | undefined {
    const known = this.get(id);
    if (known) return known;
    this.reload();
    const found = this.get(id);
    if (found) this.changed.fire();
    return found;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
