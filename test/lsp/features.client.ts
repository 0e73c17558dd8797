// A minimal LSP client over stdio for the feature tests: starts `node dist/server.js --stdio` on a temporary
// workspace folder, opens documents and sends requests.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');

export class FeatureClient {
  private proc?: ChildProcess;
  conn!: MessageConnection;
  readonly root: string;
  readonly texts = new Map<string, string>();
  stderr = '';

  constructor(files: Record<string, string>) {
    this.root = mkdtempSync(join(tmpdir(), 'ka-lsp-features-'));
    for (const [rel, text] of Object.entries(files)) {
      const p = join(this.root, rel);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, text);
      this.texts.set(this.uri(rel), text);
    }
  }

  uri(rel: string): string {
    return pathToFileURL(join(this.root, rel)).href;
  }

  async start(initializationOptions: unknown = { kubeApprenti: { langue: 'fr' } }): Promise<unknown> {
    this.proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stderr!.on('data', (d: Buffer) => { this.stderr += d.toString(); });
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification(() => undefined);
    this.conn.onRequest(() => null);
    this.conn.listen();
    const result = await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(this.root).href,
      workspaceFolders: [{ uri: pathToFileURL(this.root).href, name: 'ws' }],
      capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } }, hover: { contentFormat: ['markdown'] } } },
      initializationOptions,
    });
    await this.conn.sendNotification('initialized', {});
    for (const [uri, text] of this.texts) {
      await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    }
    return result;
  }

  /** Position of the `nth` occurrence of `needle` in a file, plus `delta` characters. */
  pos(rel: string, needle: string, delta = 0, nth = 1): { line: number; character: number } {
    const text = this.texts.get(this.uri(rel))!;
    let at = -1;
    for (let i = 0; i < nth; i++) at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${needle} not found in ${rel}`);
    const before = text.slice(0, at + delta).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
  }

  request<T>(method: string, rel: string, position: { line: number; character: number }, extra: Record<string, unknown> = {}): Promise<T> {
    return this.conn.sendRequest(method, { textDocument: { uri: this.uri(rel) }, position, ...extra }) as Promise<T>;
  }

  async change(rel: string, text: string, version = 2): Promise<void> {
    this.texts.set(this.uri(rel), text);
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri: this.uri(rel), version }, contentChanges: [{ text }] });
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.conn.sendNotification('exit');
    } catch {
      // the server may already be gone
    }
    this.conn?.dispose();
    if (this.proc && this.proc.exitCode === null) this.proc.kill();
    rmSync(this.root, { recursive: true, force: true });
  }
}
