// Fuzz through the server process: deterministic random workspaces of mutated manifests (test/unit/fuzz/mutate.ts,
// seeded) sent through dist/server.js over stdio: documents opened, changed (whole text or one range), closed,
// files written and deleted on disk, and hover, completion, codeAction, definition and documentSymbol requests at
// random places. The server must answer every request (the bound is a hang detector, not a speed target), publish
// diagnostics for every file opened, log no error, and stay alive.
// `KA_LSP_FUZZ_CASES` (default 16 workspaces) and `KA_LSP_FUZZ_STEPS` (default 50 operations each) make it longer.
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { BUILTIN, corpusTexts, mulberry32, mutate } from '../unit/fuzz/mutate';
import { DiagnosticsClient, SERVER } from './diagnostics.client';

const CASES = Number(process.env.KA_LSP_FUZZ_CASES ?? 16);
const STEPS = Number(process.env.KA_LSP_FUZZ_STEPS ?? 50);
/** A hang detector: generous enough for a loaded 2-core machine. */
const BOUND_MS = 20000;
const NAMES = ['deploy.yaml', 'svc.yml', 'k8s/cm.yaml', 'k8s/secret.yaml', 'kustomization.yaml', 'base/kustomization.yaml', 'base/pod.yaml', 'app/values.yaml', 'lab/lab.yaml', 'lab/depart/pod.yaml'];
const REQUESTS = ['textDocument/hover', 'textDocument/completion', 'textDocument/codeAction', 'textDocument/definition', 'textDocument/documentSymbol'] as const;

type Pos = { line: number; character: number };

function positionAt(text: string, offset: number): Pos {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function within<T>(p: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`no answer within ${BOUND_MS} ms: ${what}`)), BOUND_MS); });
  return Promise.race([p, limit]).finally(() => clearTimeout(timer));
}

describe('fuzz: random workspaces through the language server process', function () {
  this.timeout(10 * 60 * 1000);
  const base = [...BUILTIN, ...corpusTexts()];
  before(function () {
    assert.ok(existsSync(SERVER), `${SERVER} missing: run node esbuild.mjs first`);
  });

  for (let k = 0; k < CASES; k++) {
    it(`workspace ${k}: every request answered, every opened file diagnosed, no error, still alive`, async () => {
      const rnd = mulberry32(20261207 + k);
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
      const text = () => (rnd() < 0.2 ? pick(base) : mutate(pick(base), rnd));
      const disk: Record<string, string> = {};
      for (const name of NAMES) if (rnd() < 0.6) disk[name] = text();
      const c = new DiagnosticsClient(disk);
      const errors: string[] = [];
      const open = new Map<string, string>();
      const opened = new Set<string>();
      const trail: string[] = [];
      try {
        await c.start({ langue: rnd() < 0.5 ? 'fr' : 'en' });
        c.conn.onNotification('window/logMessage', (m: { type: number; message: string }) => { if (m.type === 1) errors.push(m.message); });
        for (let step = 0; step < STEPS; step++) {
          const name = pick(NAMES);
          const uri = c.uri(name);
          const op = rnd();
          if (op < 0.2 && !open.has(name)) {
            const t = rnd() < 0.5 && disk[name] !== undefined ? disk[name] : text();
            trail.push(`open ${name}`);
            await c.open(name, t);
            open.set(name, t);
            opened.add(name);
          } else if (op < 0.4 && open.has(name)) {
            const old = open.get(name)!;
            let t: string;
            if (rnd() < 0.5) {
              t = rnd() < 0.3 ? text() : mutate(old, rnd);
              trail.push(`change ${name} (whole text)`);
              await c.change(name, t);
            } else {
              // One range replaced, as editors send keystrokes.
              const a = Math.floor(rnd() * (old.length + 1));
              const b = Math.min(old.length, a + Math.floor(rnd() * 12));
              const insert = pick(['', ' ', '\n', ': ', '- ', 'x', '  ', '{{ x }}', '---\n', 'é', '"']);
              t = old.slice(0, a) + insert + old.slice(b);
              trail.push(`edit ${name} [${a},${b}) ${JSON.stringify(insert)}`);
              await c.edit(name, { start: positionAt(old, a), end: positionAt(old, b) }, insert);
            }
            open.set(name, t);
          } else if (op < 0.5 && open.has(name)) {
            trail.push(`close ${name}`);
            await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
            open.delete(name);
          } else if (op < 0.6) {
            // The disk changes under the server (a save elsewhere, a checkout, a deletion).
            if (disk[name] !== undefined && rnd() < 0.3) {
              trail.push(`delete ${name}`);
              c.remove(name);
              delete disk[name];
              await c.watched([{ rel: name, type: 3 }]);
            } else {
              const created = disk[name] === undefined;
              disk[name] = text();
              trail.push(`write ${name}`);
              c.write(name, disk[name]);
              await c.watched([{ rel: name, type: created ? 1 : 2 }]);
            }
          } else {
            const method = pick(REQUESTS);
            const t = open.get(name) ?? disk[name] ?? '';
            // Mostly inside the text, sometimes past its end (a stale position).
            const pos = rnd() < 0.9 ? positionAt(t, Math.floor(rnd() * (t.length + 1))) : { line: Math.floor(rnd() * 400), character: Math.floor(rnd() * 80) };
            const params: Record<string, unknown> = { textDocument: { uri } };
            if (method === 'textDocument/codeAction') {
              params.range = { start: pos, end: pos };
              params.context = { diagnostics: c.diagnostics.get(uri) ?? [] };
            } else if (method !== 'textDocument/documentSymbol') {
              params.position = pos;
            }
            trail.push(`${method} ${name} ${pos.line}:${pos.character}`);
            await within(c.conn.sendRequest(method, params), `${method} on ${name} at ${pos.line}:${pos.character} (after: ${trail.slice(-8).join('; ')})`);
          }
        }
        // Every file opened at some point was diagnosed (a publication, maybe empty), and the server still answers.
        await c.waitFor(() => [...opened].every((n) => c.diagnostics.has(c.uri(n))), `diagnostics of ${[...opened].join(', ')} (after: ${trail.join('; ')})`, BOUND_MS);
        await within(c.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: c.uri(NAMES[0]) } }), 'final documentSymbol');
        assert.ok(!c.exited, `the server exited\n${c.stderr}`);
        assert.deepEqual(errors, [], `errors logged by the server (after: ${trail.join('; ')})\n${c.stderr}`);
      } finally {
        await c.stop();
      }
    });
  }
});
