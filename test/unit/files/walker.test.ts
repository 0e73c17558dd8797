// The shared file walker (core/files/walker.ts): what the language server, the CLI and the cluster tree list.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { isYamlName, listYamlFiles, SKIP_DIRS, wouldList } from '../../../core/files/walker';

describe('file walker (core/files/walker.ts)', () => {
  let root: string;
  const write = (rel: string, text = 'a: 1\n') => {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  };
  const rel = (paths: string[]) => paths.map((p) => relative(root, p).split('\\').join('/'));
  beforeEach(() => { root = mkdtempSync(join(tmpdir(), 'ka-walker-')); });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('lists .yaml and .yml files of every level, sorted, and nothing else', async () => {
    for (const f of ['z.yaml', 'b/c.YML', 'a.yml', 'b/a/d.yaml', 'notes.md', 'x.json', 'b-c.yaml', 'yaml']) write(f);
    const r = await listYamlFiles(root);
    assert.deepEqual(rel(r.files), ['a.yml', 'b-c.yaml', 'b/a/d.yaml', 'b/c.YML', 'z.yaml']);
    assert.deepEqual(r.notListed, []);
    assert.equal(r.truncated, false);
    assert.ok(isYamlName('x.Yaml') && !isYamlName('x.yaml.bak'));
  });

  it('skips dependency, build and tool folders below the root (reported as not listed), not the root itself', async () => {
    for (const d of ['node_modules', '.git', 'dist', 'out', '.cluster', '.venv']) write(`${d}/x.yaml`);
    write('.github/workflows/ci.yml');
    write('k8s/app.yaml');
    const r = await listYamlFiles(root);
    assert.deepEqual(rel(r.files), ['.github/workflows/ci.yml', 'k8s/app.yaml']);
    assert.deepEqual(rel(r.notListed), ['.cluster', '.git', '.venv', 'dist', 'node_modules', 'out']);
    assert.ok(SKIP_DIRS.has('node_modules'));
    // Asked for explicitly, a skipped name is walked.
    assert.deepEqual(rel((await listYamlFiles(join(root, 'dist'))).files), ['dist/x.yaml']);
  });

  it('skips the starter and solution copies of a lab folder only', async () => {
    for (const f of ['lab1/lab.yaml', 'lab1/depart/k8s/pod.yaml', 'lab1/solution/s1/pod.yaml', 'lab1/extra/cm.yaml', 'other/depart/pod.yaml']) write(f);
    const r = await listYamlFiles(root);
    assert.deepEqual(rel(r.files), ['lab1/extra/cm.yaml', 'lab1/lab.yaml', 'other/depart/pod.yaml']);
    assert.deepEqual(rel(r.notListed), ['lab1/depart', 'lab1/solution']);
    // Opened as the root, a starter folder is listed (its lab.yaml lies above).
    assert.deepEqual(rel((await listYamlFiles(join(root, 'lab1', 'depart'))).files), ['lab1/depart/k8s/pod.yaml']);
  });

  it('stops at the depth bound and at the file bound, and says so', async () => {
    write('a/b/c/deep.yaml');
    write('a/top.yaml');
    const shallow = await listYamlFiles(root, { maxDepth: 2 });
    assert.deepEqual(rel(shallow.files), ['a/top.yaml']);
    assert.deepEqual(rel(shallow.notListed), ['a/b/c']);
    for (let i = 0; i < 5; i++) write(`m/f${i}.yaml`);
    const few = await listYamlFiles(root, { maxFiles: 3 });
    assert.equal(few.files.length, 3);
    assert.equal(few.truncated, true);
    assert.equal((await listYamlFiles(root)).truncated, false);
  });

  it('follows symbolic links to files and folders, once, even through a loop', async function () {
    write('real/pod.yaml');
    write('target.yaml');
    try {
      symlinkSync(join(root, 'real'), join(root, 'link'), 'dir');
      symlinkSync(root, join(root, 'real', 'loop'), 'dir');
      symlinkSync(join(root, 'target.yaml'), join(root, 'alias.yaml'));
      symlinkSync(join(root, 'missing.yaml'), join(root, 'broken.yaml'));
    } catch (err) {
      // Windows without the right to create links: the rest of the walker is covered above.
      if ((err as NodeJS.ErrnoException).code === 'EPERM') return;
      throw err;
    }
    const r = await listYamlFiles(root);
    // `link` is the first path met to `real` (sorted order): its files are listed under it; the loop back to the
    // root is not entered again; both second paths are reported as not listed.
    assert.deepEqual(rel(r.files), ['alias.yaml', 'link/pod.yaml', 'target.yaml']);
    assert.deepEqual(rel(r.notListed), ['link/loop', 'real']);
  });

  it('wouldList agrees with the walk for files that appear later', async () => {
    const files = ['k8s/app.yaml', 'node_modules/p/x.yaml', 'a/dist/x.yml', 'lab1/lab.yaml', 'lab1/depart/pod.yaml', 'lab1/solution/s/pod.yaml',
      'lab1/extra/cm.yaml', 'other/depart/pod.yaml', 'notes.md', 'a/b/c/deep.yaml', 'top.yml'];
    for (const f of files) write(f);
    const listed = new Set((await listYamlFiles(root, { maxDepth: 2 })).files);
    for (const f of files) assert.equal(wouldList(root, join(root, f), { maxDepth: 2 }), listed.has(join(root, f)), f);
    assert.equal(wouldList(root, join(root, '..', 'outside.yaml')), false);
    assert.equal(wouldList(root, root), false);
  });

  it('reports an unreadable or absent root as not listed', async () => {
    const r = await listYamlFiles(join(root, 'absent'));
    assert.deepEqual(r.files, []);
    assert.deepEqual(rel(r.notListed), ['absent']);
  });
});
