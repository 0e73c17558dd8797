// Client of the ka-render helper: started once, kept alive, one JSON request per line with an id. A request that
// exceeds its time limit is answered with a `timeout` failure; the helper exits (Go cannot stop a running template)
// and the next request starts a new one. A missing binary gives an `unavailable` failure with the way to build it.
// A `.wasm` renderer (the fallback where no native binary exists) runs in a Node process under WASI; its start takes
// seconds (Go's package initialisation), granted to the first request on top of its time limit.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { RenderRequest, RenderResponse } from './protocol';
import { BUILD_COMMAND, findRenderer } from './locate';
import type { Lang } from '../i18n';
import { renderMsg } from '../i18n/renderApply';

export interface RendererOptions {
  /** Path of the binary; default: findRenderer(). */
  binary?: string;
  /** Default per-request time limit (ms). */
  timeoutMs?: number;
}

interface Pending { resolve: (r: RenderResponse) => void; timer: NodeJS.Timeout }

/**
 * Runs a wasip1 ka-render.wasm (argv[1]) with stdin/stdout as its own, the host's files under `/`.
 *
 * V8's fast API calls are turned off first: Node's WASI functions are fast API calls, and uvwasi's allocator reports
 * its memory to V8 (AdjustAmountOfExternalAllocatedMemory), which may start a garbage collection inside such a call,
 * where V8 does not allow one (nodejs/node#46777). The heap is then corrupt, and the next collection (often the one
 * a `memory.grow` of Go's runtime starts) crashes the process: SIGSEGV or SIGABRT after a few renders, Kustomize
 * builds first (they make many file-system calls). Measured on Node 20.20, four Kustomize builds with a 3 MB unsaved
 * buffer per run: 4 runs in 8 crashed without this line, none in 8 with it (docs/mesures/2026-12.md § 10).
 */
export const WASI_RUNNER = [
  "require('node:v8').setFlagsFromString('--no-turbo-fast-api-calls');",
  "const { WASI } = require('node:wasi');",
  "const wasi = new WASI({ version: 'preview1', args: ['ka-render'], env: {}, preopens: { '/': '/' }, returnOnExit: true });",
  "const mod = new WebAssembly.Module(require('node:fs').readFileSync(process.argv[1]));",
  'process.exitCode = wasi.start(new WebAssembly.Instance(mod, wasi.getImportObject()));',
].join('\n');

/** Time granted to a helper's start before its first answer: Go's initialisation under WASI takes 2–10 s, by load. */
const START_GRACE_MS = { native: 5_000, wasm: 60_000 };

export class RendererClient {
  private child?: ChildProcessWithoutNullStreams;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private buffer = '';
  /** Number of helper processes started so far (a restart after a timeout or a crash adds one). */
  starts = 0;
  /** True once the current helper has answered (its start is over). */
  private answered = false;
  private readonly binary: string | undefined;
  private readonly timeoutMs: number;

  constructor(options: RendererOptions = {}) {
    this.binary = options.binary ?? findRenderer();
    // KUBE_APPRENTI_RENDER_TIMEOUT_MS: the default limit (tests of endless templates use a short one).
    const fromEnv = Number(process.env.KUBE_APPRENTI_RENDER_TIMEOUT_MS);
    this.timeoutMs = options.timeoutMs ?? (fromEnv > 0 ? fromEnv : 10_000);
  }

  /** True when the renderer is the WebAssembly fallback. */
  get wasm(): boolean {
    return !!this.binary && this.binary.endsWith('.wasm');
  }

  /** True when the binary was found. */
  get available(): boolean {
    return !!this.binary && existsSync(this.binary);
  }

  /** The explanation of a missing binary (French unless asked otherwise). */
  static missingMessage(lang: Lang = 'fr'): string {
    return renderMsg(lang, 'rendererMissing', { command: BUILD_COMMAND });
  }

  request(req: RenderRequest): Promise<RenderResponse> {
    const id = this.nextId++;
    if (!this.available) return Promise.resolve({ id, ms: 0, error: { kind: 'unavailable', message: RendererClient.missingMessage() } });
    const child = this.ensure();
    const limit = req.timeoutMs ?? this.timeoutMs;
    return new Promise((resolve) => {
      // The helper enforces the limit itself; this timer is the safety net (a helper stuck outside a request).
      const timer = setTimeout(() => {
        this.pending.delete(id);
        resolve({ id, ms: limit, error: { kind: 'timeout', message: `render exceeded ${limit} ms` } });
        this.kill(child);
      }, limit + 2000 + (this.answered ? 0 : START_GRACE_MS[this.wasm ? 'wasm' : 'native']));
      this.pending.set(id, { resolve, timer });
      child.stdin.write(`${JSON.stringify({ ...req, id, timeoutMs: limit })}\n`);
    });
  }

  /** Stops the helper (pending requests get an `internal` failure). */
  dispose(): void {
    if (this.child) this.kill(this.child);
  }

  private ensure(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child;
    const child = this.wasm
      ? spawn(process.execPath, ['--no-warnings', '-e', WASI_RUNNER, this.binary as string], {
        stdio: ['pipe', 'pipe', 'pipe'],
        // In an editor's extension host, process.execPath may be Electron: run it as Node.
        env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      })
      : spawn(this.binary as string, [], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.starts++;
    this.answered = false;
    this.child = child;
    this.buffer = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => this.onData(chunk));
    child.stderr.on('data', () => { /* Helm and Kustomize warnings: not shown */ });
    child.stdin.on('error', () => { /* the helper exited: handled by 'exit' */ });
    const gone = (reason: string) => {
      if (this.child !== child) return;
      this.child = undefined;
      for (const [id, p] of this.pending) {
        clearTimeout(p.timer);
        p.resolve({ id, ms: 0, error: { kind: 'internal', message: reason } });
      }
      this.pending.clear();
    };
    child.on('exit', (code, signal) => gone(`ka-render exited (${signal ?? code})`));
    child.on('error', (err) => gone(`ka-render: ${err.message}`));
    child.unref();
    (child.stdout as unknown as { unref?: () => void }).unref?.();
    (child.stderr as unknown as { unref?: () => void }).unref?.();
    (child.stdin as unknown as { unref?: () => void }).unref?.();
    return child;
  }

  private kill(child: ChildProcessWithoutNullStreams): void {
    if (this.child === child) this.child = undefined;
    try { child.kill('SIGKILL'); } catch { /* already gone */ }
  }

  private onData(chunk: string): void {
    this.buffer += chunk;
    let nl = this.buffer.indexOf('\n');
    while (nl >= 0) {
      const line = this.buffer.slice(0, nl);
      this.buffer = this.buffer.slice(nl + 1);
      nl = this.buffer.indexOf('\n');
      if (!line.trim()) continue;
      let res: RenderResponse;
      try { res = JSON.parse(line) as RenderResponse; } catch { continue; }
      this.answered = true;
      const p = this.pending.get(res.id);
      if (!p) continue;
      this.pending.delete(res.id);
      clearTimeout(p.timer);
      // After a timeout the helper exits by itself: forget it now so that the next request starts a new one.
      if (res.error?.kind === 'timeout' && this.child) this.kill(this.child);
      p.resolve(res);
    }
  }
}
