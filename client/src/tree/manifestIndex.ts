// Which workspace file defines a live object? Scans the workspace's YAML files once, then follows changes.
// Local folders are listed by the shared file walker (core/files/walker.ts): the tree points at the files the
// language server analyses (same skip list, lab copies left out); other file systems go through findFiles.
import * as vscode from 'vscode';
import { MAX_FILE_SIZE } from '../../../core/files/walker';
import { followsYaml, workspaceYamlUris, YAML_GLOB } from '../workspaceYaml';
import type { ManifestLocation } from './model/types';
import { ManifestLookup, scanManifests, type ManifestEntry } from '../../../core/files/manifestScan';


export class ManifestIndex implements vscode.Disposable {
  private readonly files = new Map<string, ManifestEntry[]>();
  private lookup = new ManifestLookup<ManifestLocation>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private timer?: ReturnType<typeof setTimeout>;

  constructor() {
    const w = vscode.workspace.createFileSystemWatcher(YAML_GLOB);
    this.disposables.push(w, this.changed,
      w.onDidCreate((u) => void this.indexFile(u)), w.onDidChange((u) => void this.indexFile(u)),
      w.onDidDelete((u) => { this.files.delete(u.toString()); this.rebuild(); }),
      vscode.workspace.onDidSaveTextDocument((d) => { if (/\.ya?ml$/.test(d.uri.path)) void this.indexFile(d.uri); }));
  }

  async scan(): Promise<void> {
    const uris = await workspaceYamlUris();
    await Promise.all(uris.map((u) => this.indexFile(u, false)));
    this.rebuild();
  }

  find(kind: string, name: string, namespace: string): ManifestLocation | undefined {
    return this.lookup.find(kind, name, namespace);
  }

  private async indexFile(uri: vscode.Uri, rebuild = true): Promise<void> {
    if (!followsYaml(uri)) return;
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
