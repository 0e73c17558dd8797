// The workspace's objects for the map: every YAML file's objects (core/map/files.ts) with their line, following
// saved files and the editor's unsaved text. Created when a map opens, disposed with the last one.
import * as vscode from 'vscode';
import { followsYaml, workspaceYamlUris, YAML_GLOB } from '../workspaceYaml';
import { fileObjects, type FileObject } from '../../../core/map';


export class MapFiles implements vscode.Disposable {
  private readonly files = new Map<string, FileObject[]>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly editTimers = new Map<string, ReturnType<typeof setTimeout>>();
  readonly ready: Promise<void>;

  constructor() {
    const w = vscode.workspace.createFileSystemWatcher(YAML_GLOB);
    this.disposables.push(w, this.changed,
      w.onDidCreate((u) => void this.readFile(u)), w.onDidChange((u) => void this.readFile(u)),
      w.onDidDelete((u) => { if (this.files.delete(u.toString())) this.changed.fire(); }),
      vscode.workspace.onDidChangeTextDocument((e) => this.edited(e.document)));
    this.ready = this.scan();
  }

  /** Every object of the workspace files. */
  all(): FileObject[] {
    return [...this.files.values()].flat();
  }

  private async scan(): Promise<void> {
    const uris = await workspaceYamlUris();
    await Promise.all(uris.map((u) => this.readFile(u, false)));
    // Unsaved editor text wins over the file on disk.
    for (const d of vscode.workspace.textDocuments) if (d.isDirty && this.accepts(d.uri)) this.setText(d.uri, d.getText());
    this.changed.fire();
  }

  private accepts(uri: vscode.Uri): boolean {
    return (uri.scheme === 'file' || uri.scheme === 'vscode-remote') && !!vscode.workspace.getWorkspaceFolder(uri) && followsYaml(uri);
  }

  private setText(uri: vscode.Uri, text: string): void {
    const objects = fileObjects(text, uri.toString(), vscode.workspace.asRelativePath(uri, false));
    if (objects.length) this.files.set(uri.toString(), objects);
    else this.files.delete(uri.toString());
  }

  private async readFile(uri: vscode.Uri, fire = true): Promise<void> {
    if (!this.accepts(uri)) return;
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.isDirty);
    if (open) return; // the editor's text is followed by edited()
    try {
      this.setText(uri, Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8'));
    } catch {
      this.files.delete(uri.toString());
    }
    if (fire) this.changed.fire();
  }

  private edited(doc: vscode.TextDocument): void {
    if (!this.accepts(doc.uri)) return;
    const key = doc.uri.toString();
    clearTimeout(this.editTimers.get(key));
    this.editTimers.set(key, setTimeout(() => {
      this.editTimers.delete(key);
      this.setText(doc.uri, doc.getText());
      this.changed.fire();
    }, 300));
  }

  dispose(): void {
    for (const t of this.editTimers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
