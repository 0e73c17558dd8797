// A minimal LSP client over stdio for the feature tests: starts `node dist/server.js --stdio` on a temporary
// workspace folder, opens documents and sends requests.
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { LspTestClient, SERVER } from './lspTestClient';

export { SERVER };

export class FeatureClient extends LspTestClient {
  readonly texts = new Map<string, string>();

  constructor(files: Record<string, string>) {
    super('ka-lsp-features-');
    for (const [rel, text] of Object.entries(files)) {
      this.write(rel, text);
      this.texts.set(this.uri(rel), text);
    }
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
}
