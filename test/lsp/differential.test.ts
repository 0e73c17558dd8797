// What the editor shows must be what the engine knows (issue #12): every fixture folder is diagnosed twice, by the
// CLI (`node dist/cli.js check <dossier> --format json`) and by the language server over stdio (the folder as its
// workspace folder, every YAML file opened, publications collected until settled), and the two sets of diagnostics
// (code, file, range, message, severity) must be identical. Folders: each case of test/fixtures/corpus/<part>/,
// the seed manifests grouped per seed (000…004) in a temporary folder, every other folder of test/fixtures (ws,
// ws-cluster, ws-kustomize…), and each shipped lab's starter (`depart/`) and solution (`solution/<étape>/`) folders.
//
// One difference is expected and ignored: KA104, the notice the server publishes only for a file OPEN in the editor
// that it decides not to analyse (a YAML file that is not a manifest: the editor must say why it shows nothing;
// the CLI, which lists no file it was not asked about by name, has nothing to say). Nothing else is ignored.
//
// The servers and CLIs of all folders run in the `before` hook, a few at a time; each folder then has its own test.
// The server is asked when it is done (`kubeApprenti/analyseTerminee`): no quiet period to guess under load.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { wouldList } from '../../core/files/walker';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DiagnosticsClient, messageOf, SERVER } from './diagnostics.client';

const REPO = join(__dirname, '..', '..');
const CLI = join(REPO, 'dist', 'cli.js');
const FIXTURES = join(REPO, 'test', 'fixtures');
/** The notice only the editor can give (see above). */
const EDITOR_ONLY = new Set(['KA104']);
const PARALLEL = 2;
const SEVERITY: Record<string, number> = { error: 1, warning: 2, information: 3, hint: 4 };

interface Diag { code: string; file: string; range: [number, number, number, number]; message: string; severity: number }
interface Folder { name: string; dir: string }
interface Outcome { cli: Diag[]; server: Diag[]; error?: string }

const key = (d: Diag) => JSON.stringify([d.file, d.range, d.code, d.severity, d.message]);

/** Every YAML file under `dir` (no skip list: a file the server left out would show up as a difference). */
function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...yamlFiles(p));
    else if (/\.ya?ml$/i.test(e.name)) out.push(p);
  }
  return out.sort();
}

const subdirs = (dir: string) => readdirSync(dir).filter((n) => statSync(join(dir, n)).isDirectory()).sort();

function folders(tmp: string): Folder[] {
  const out: Folder[] = [];
  const corpus = join(FIXTURES, 'corpus');
  for (const part of subdirs(corpus)) for (const c of subdirs(join(corpus, part))) out.push({ name: `corpus/${part}/${c}`, dir: join(corpus, part, c) });
  const seeds = join(FIXTURES, 'seed-manifests');
  for (const prefix of ['000', '001', '002', '003', '004']) {
    const dir = join(tmp, `seed-${prefix}`);
    rmSync(dir, { recursive: true, force: true });
    for (const f of readdirSync(seeds).filter((n) => n.startsWith(`${prefix}-`) && /\.ya?ml$/.test(n))) {
      if (!existsSync(dir)) mkdirSync(dir);
      copyFileSync(join(seeds, f), join(dir, f));
    }
    assert.ok(existsSync(dir), `no seed manifest ${prefix}-*`);
    out.push({ name: `seed-manifests/${prefix}`, dir });
  }
  // Every other folder of test/fixtures is a workspace of its own (ws, ws-cluster, ws-kustomize…).
  for (const d of subdirs(FIXTURES).filter((n) => n !== 'corpus' && n !== 'seed-manifests')) out.push({ name: d, dir: join(FIXTURES, d) });
  const labs = join(REPO, 'labs');
  for (const lab of subdirs(labs).filter((l) => existsSync(join(labs, l, 'lab.yaml')))) {
    if (existsSync(join(labs, lab, 'depart'))) out.push({ name: `labs/${lab}/depart`, dir: join(labs, lab, 'depart') });
    const sol = join(labs, lab, 'solution');
    if (existsSync(sol)) for (const step of subdirs(sol)) out.push({ name: `labs/${lab}/solution/${step}`, dir: join(sol, step) });
  }
  return out;
}

function runCli(dir: string): Promise<Diag[]> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [CLI, 'check', '.', '--format', 'json'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    p.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    p.on('error', reject);
    p.on('close', (code) => {
      if (code !== 0 && code !== 1) { reject(new Error(`CLI exit ${code}: ${err}`)); return; }
      try {
        const list = JSON.parse(out) as Array<{ file: string; line: number; column: number; endLine: number; endColumn: number; code: string; message: string; severity: string }>;
        resolve(list.map((f) => ({
          code: f.code, file: f.file.split('\\').join('/'), range: [f.line - 1, f.column - 1, f.endLine - 1, f.endColumn - 1],
          message: f.message, severity: SEVERITY[f.severity],
        })));
      } catch (e) {
        reject(new Error(`CLI output is not JSON (${String(e)}): ${out.slice(0, 500)} ${err}`));
      }
    });
  });
}

async function runServer(dir: string): Promise<Diag[]> {
  const c = new DiagnosticsClient({}, dir);
  try {
    await c.start();
    // The files the CLI reads for this folder (the shared walker's decision: a lab's `depart/` and `solution/` copies
    // are left out of a folder scan by design, in both tools); a file the server left out would still show up.
    const files = yamlFiles(dir).filter((f) => wouldList(dir, f));
    // As VS Code opens them: a UTF-8 byte order mark is not part of the document's text.
    for (const f of files) await c.open(relative(dir, f).split('\\').join('/'), readFileSync(f, 'utf8').replace(/^\uFEFF/, ''));
    const uris = files.map((f) => c.uri(relative(dir, f)));
    // Settled: the server says its scans, renders and publications are done (no timing guess), and every opened
    // file got a publication.
    assert.equal(await c.conn.sendRequest('kubeApprenti/analyseTerminee'), true, 'server did not settle');
    const missing = uris.filter((u) => !c.diagnostics.has(u));
    assert.deepEqual(missing, [], `no publication for some files; published: ${c.dump()}\n${c.stderr}`);
    const out: Diag[] = [];
    for (const [uri, list] of c.diagnostics) {
      const file = relative(dir, fileURLToPath(uri)).split('\\').join('/');
      for (const d of list) {
        out.push({ code: String(d.code), file, range: [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character], message: messageOf(d), severity: d.severity ?? 0 });
      }
    }
    return out;
  } finally {
    await c.stop();
  }
}

/** `a` minus `b`, as multisets. */
function minus(a: Diag[], b: Diag[]): Diag[] {
  const left = new Map<string, number>();
  for (const d of b) left.set(key(d), (left.get(key(d)) ?? 0) + 1);
  return a.filter((d) => {
    const n = left.get(key(d)) ?? 0;
    if (n > 0) { left.set(key(d), n - 1); return false; }
    return true;
  });
}

describe('differential: the CLI and the language server report the same diagnostics', function () {
  const tmp = mkdtempSync(join(tmpdir(), 'ka-diff-'));
  const list = folders(tmp);
  const outcomes = new Map<string, Outcome>();

  before(async function () {
    this.timeout(15 * 60 * 1000);
    assert.ok(existsSync(SERVER), `${SERVER} missing: run node esbuild.mjs first`);
    assert.ok(existsSync(CLI), `${CLI} missing: run node esbuild.mjs first`);
    let next = 0;
    const worker = async () => {
      while (next < list.length) {
        const f = list[next++];
        try {
          const [cli, server] = await Promise.all([runCli(f.dir), runServer(f.dir)]);
          outcomes.set(f.name, { cli, server });
        } catch (err) {
          outcomes.set(f.name, { cli: [], server: [], error: err instanceof Error ? err.stack ?? err.message : String(err) });
        }
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('covers every kind of fixture folder', () => {
    assert.ok(list.length > 80, `${list.length} folders`);
    for (const prefix of ['ws', 'ws-cluster', 'ws-kustomize', 'corpus/kubeconform/', 'corpus/kube-linter/', 'corpus/removed-apis/', 'corpus/valid/', 'seed-manifests/', 'labs/l08-guestbook/depart', 'labs/l08-guestbook/solution/']) {
      assert.ok(list.some((f) => (prefix.endsWith('/') ? f.name.startsWith(prefix) : f.name === prefix)), prefix);
    }
    // The comparison is not vacuous: the fixtures give both sides plenty to say.
    const total = [...outcomes.values()].reduce((n, o) => n + o.cli.length, 0);
    assert.ok(total > 100, `${total} CLI diagnostics in all`);
  });

  for (const f of list) {
    it(f.name, () => {
      const o = outcomes.get(f.name);
      assert.ok(o, 'not run');
      assert.ok(!o.error, o.error);
      const server = o.server.filter((d) => !EDITOR_ONLY.has(d.code));
      const cli = o.cli.filter((d) => !EDITOR_ONLY.has(d.code));
      const onlyServer = minus(server, cli);
      const onlyCli = minus(cli, server);
      const show = (d: Diag) => `  ${d.file}:${d.range[0] + 1}:${d.range[1] + 1}-${d.range[2] + 1}:${d.range[3] + 1} ${d.code} (${d.severity}) ${d.message}`;
      assert.ok(onlyServer.length === 0 && onlyCli.length === 0,
        `${f.name}: the editor and the CLI differ\nonly in the editor:\n${onlyServer.map(show).join('\n') || '  -'}\nonly in the CLI:\n${onlyCli.map(show).join('\n') || '  -'}`);
    });
  }
});
