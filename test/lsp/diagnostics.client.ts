// A small LSP client for the diagnostics tests: starts `node dist/server.js --stdio` (or --node-ipc) on a
// temporary multi-file workspace folder, records every publishDiagnostics, and waits for conditions on them.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection, IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter,
} from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { LspTestClient, SERVER } from './lspTestClient';

export { SERVER };

/** Diagnostic message as text (LSP 3.18 allows MarkupContent). */
/** The files of a fixture folder, keyed by `prefix` + their path below it (the workspace a test opens). */
export function filesOf(dir: string, prefix: string, out: Record<string, string> = {}): Record<string, string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) filesOf(p, `${prefix}${name}/`, out);
    else out[`${prefix}${name}`] = readFileSync(p, 'utf8');
  }
  return out;
}

export function messageOf(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

export class DiagnosticsClient extends LspTestClient {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  /** Every publication, in order (uri, count). */
  readonly log: Array<{ uri: string; count: number; at: number }> = [];
  /** Every window/logMessage of the server (its log), in order. */
  readonly logs: Array<{ type: number; message: string }> = [];
  private listeners: Array<() => void> = [];
  private versions = new Map<string, number>();

  /** `root`: an existing folder used as the workspace (never written to nor removed); else a temporary one. */
  constructor(files: Record<string, string>, root?: string) {
    super('ka-lsp-diag-', root);
    for (const [rel, text] of Object.entries(files)) this.write(rel, text);
  }

  remove(rel: string): void {
    unlinkSync(join(this.root, rel));
  }

  /**
   * Starts the server. `folders`: the workspace folders (paths relative to the temporary root; default: the root
   * itself); an empty list starts without any, for tests that add folders later (`addFolder`).
   */
  async start(initializationOptions: unknown = { langue: 'fr' }, transport: 'stdio' | 'ipc' = 'stdio', folders: string[] = ['']): Promise<{ capabilities: Record<string, unknown> }> {
    if (transport === 'ipc') {
      this.proc = fork(SERVER, ['--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
      this.conn = createMessageConnection(new IPCMessageReader(this.proc), new IPCMessageWriter(this.proc));
    } else {
      this.proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
      this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    }
    this.proc.stderr?.on('data', (d: Buffer) => { this.stderr += d.toString(); });
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p.diagnostics);
      this.log.push({ uri: p.uri, count: p.diagnostics.length, at: performance.now() });
      for (const l of this.listeners) l();
    });
    this.conn.onNotification('window/logMessage', (p: { type: number; message: string }) => { this.logs.push(p); });
    this.conn.onNotification(() => undefined);
    this.conn.onRequest(() => null);
    this.conn.listen();
    const result = await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folders.length ? pathToFileURL(join(this.root, folders[0])).href : null,
      workspaceFolders: folders.map((f) => ({ uri: pathToFileURL(join(this.root, f)).href, name: f || 'ws' })),
      capabilities: { workspace: { workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: false } }, textDocument: { publishDiagnostics: { relatedInformation: true } } },
      initializationOptions,
    });
    await this.conn.sendNotification('initialized', {});
    return result as { capabilities: Record<string, unknown> };
  }

  /** Resolves when `check` holds for the current diagnostics (checked after every publication). */
  waitFor(check: () => boolean, what: string, timeoutMs = 20000): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => { done(); reject(new Error(`timeout waiting for ${what}; diagnostics: ${this.dump()}\n${this.stderr}`)); }, timeoutMs);
      const listener = () => { if (check()) { done(); resolve(); } };
      const done = () => { clearTimeout(timer); this.listeners = this.listeners.filter((l) => l !== listener); };
      this.listeners.push(listener);
    });
  }

  of(rel: string): Diagnostic[] {
    return this.diagnostics.get(this.uri(rel)) ?? [];
  }

  codes(rel: string): string[] {
    return this.of(rel).map((d) => String(d.code));
  }

  dump(): string {
    return JSON.stringify([...this.diagnostics].map(([u, d]) => [u.slice(this.uri('').length), d.map((x) => [x.code, x.range.start.line, messageOf(x).slice(0, 50)])]));
  }

  /** `languageId`: what the editor calls the file (`plaintext` for a `.tpl` in VS Code, `helm` in Neovim). */
  async open(rel: string, text: string, languageId = 'yaml'): Promise<void> {
    this.versions.set(rel, 1);
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: this.uri(rel), languageId, version: 1, text } });
  }

  async change(rel: string, text: string): Promise<void> {
    const v = (this.versions.get(rel) ?? 1) + 1;
    this.versions.set(rel, v);
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri: this.uri(rel), version: v }, contentChanges: [{ text }] });
  }

  /** An incremental change of one range (as editors send them). */
  async edit(rel: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string): Promise<void> {
    const v = (this.versions.get(rel) ?? 1) + 1;
    this.versions.set(rel, v);
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri: this.uri(rel), version: v }, contentChanges: [{ range, text }] });
  }

  /** The editor added (or removed) a workspace folder (a path relative to the temporary root). */
  async changeFolders(added: string[], removed: string[] = []): Promise<void> {
    const f = (rel: string) => ({ uri: pathToFileURL(join(this.root, rel)).href, name: rel || 'ws' });
    await this.conn.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: added.map(f), removed: removed.map(f) } });
  }

  async watched(changes: Array<{ rel: string; type: 1 | 2 | 3 }>): Promise<void> {
    await this.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: changes.map((c) => ({ uri: this.uri(c.rel), type: c.type })) });
  }
}
