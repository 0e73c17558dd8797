// Which workspace file defines a live object? Scans the workspace's YAML files once, then follows changes.
import * as vscode from 'vscode';
import type { ManifestLocation } from './model/types';
import { ManifestLookup, scanManifests, type ManifestEntry } from './manifestScan';

const GLOB = '**/*.{yaml,yml}';
const EXCLUDE = '{**/node_modules/**,**/.git/**,**/dist/**,**/.cluster/**}';
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
    const uris = await vscode.workspace.findFiles(GLOB, EXCLUDE, MAX_FILES);
    await Promise.all(uris.map((u) => this.indexFile(u, false)));
    this.rebuild();
  }

  find(kind: string, name: string, namespace: string): ManifestLocation | undefined {
    return this.lookup.find(kind, name, namespace);
  }

  private async indexFile(uri: vscode.Uri, rebuild = true): Promise<void> {
    if (uri.path.includes('/node_modules/')) return;
    try {
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
