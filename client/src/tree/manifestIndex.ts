// Which workspace file defines a live object? Scans the workspace's YAML files once, then follows changes.
// Local folders are listed by the shared file walker (core/files/walker.ts): the tree points at the files the
// language server analyses (same skip list, lab copies left out); other file systems go through findFiles.
import * as vscode from 'vscode';
import { isYamlName, listYamlFiles, MAX_FILE_SIZE, SKIP_DIRS } from '../../../core/files/walker';
import type { ManifestLocation } from './model/types';
import { ManifestLookup, scanManifests, type ManifestEntry } from '../../../core/files/manifestScan';

const GLOB = '**/*.{yaml,yml}';
const EXCLUDE = `{${[...SKIP_DIRS].map((d) => `**/${d}/**`).join(',')}}`;
const MAX_FILES = 3000;

export class ManifestIndex implements vscode.Disposable {
  private readonly files = new Map<string, ManifestEntry[]>();
  private lookup = new ManifestLookup<ManifestLocation>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private timer?: ReturnType<typeof setTimeout>;

  constructor() {
    const w = vscode.workspace.createFileSystemWatcher(GLOB);
    this.disposables.push(w, this.changed,
      w.onDidCreate((u) => void this.indexFile(u)), w.onDidChange((u) => void this.indexFile(u)),
      w.onDidDelete((u) => { this.files.delete(u.toString()); this.rebuild(); }),
      vscode.workspace.onDidSaveTextDocument((d) => { if (/\.ya?ml$/.test(d.uri.path)) void this.indexFile(d.uri); }));
  }

  async scan(): Promise<void> {
    const uris: vscode.Uri[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      if (folder.uri.scheme === 'file') {
        for (const p of (await listYamlFiles(folder.uri.fsPath, { maxFiles: MAX_FILES })).files) uris.push(vscode.Uri.file(p));
      } else {
        uris.push(...await vscode.workspace.findFiles(new vscode.RelativePattern(folder, GLOB), EXCLUDE, MAX_FILES));
      }
    }
    await Promise.all(uris.map((u) => this.indexFile(u, false)));
    this.rebuild();
  }

  find(kind: string, name: string, namespace: string): ManifestLocation | undefined {
    return this.lookup.find(kind, name, namespace);
  }

  private async indexFile(uri: vscode.Uri, rebuild = true): Promise<void> {
    // Folders of the skip list below the workspace folder (the path above it is the user's business).
    if (!isYamlName(uri.path) || vscode.workspace.asRelativePath(uri, false).split('/').slice(0, -1).some((seg) => SKIP_DIRS.has(seg))) return;
    try {
      if ((await vscode.workspace.fs.stat(uri)).size > MAX_FILE_SIZE) throw new Error('too large');
      const bytes = await vscode.workspace.fs.readFile(uri);
      this.files.set(uri.toString(), scanManifests(Buffer.from(bytes).toString('utf8')));
    } catch {
      this.files.delete(uri.toString());
    }
    if (rebuild) this.rebuild();
  }

  private rebuild(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const next = new ManifestLookup<ManifestLocation>();
      for (const [uri, entries] of this.files) {
        const label = vscode.workspace.asRelativePath(vscode.Uri.parse(uri), false);
        for (const e of entries) next.add(e, { uri, label, line: e.line });
      }
      this.lookup = next;
      this.changed.fire();
    }, 300);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
