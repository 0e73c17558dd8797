// What the LSP test clients share: a temporary workspace folder with the given files (or an existing folder), their URIs, and a clean
// shutdown of the server process (shutdown request, exit notification, kill if still alive, folder removed).
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MessageConnection } from 'vscode-jsonrpc/node';

export const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');

export abstract class LspTestClient {
  protected proc?: ChildProcess;
  conn!: MessageConnection;
  readonly root: string;
  stderr = '';

  /** True when the folder was made for this client (removed by `stop`); an existing folder given is left alone. */
  private readonly ownsRoot: boolean;

  constructor(prefix: string, existingRoot?: string) {
    this.ownsRoot = existingRoot === undefined;
    this.root = existingRoot ?? mkdtempSync(join(tmpdir(), prefix));
  }

  /** True once the server process has exited (or was never started). */
  get exited(): boolean {
    return !this.proc || this.proc.exitCode !== null || this.proc.signalCode !== null;
  }

  uri(rel: string): string {
    return pathToFileURL(join(this.root, rel)).href;
  }

  write(rel: string, text: string): void {
    const p = join(this.root, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
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
    if (this.ownsRoot) rmSync(this.root, { recursive: true, force: true });
  }
}
