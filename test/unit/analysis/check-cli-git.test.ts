// `kube-apprenti check` reads `.git` and `.gitignore` from the disk like the language server: KA023 on a Secret
// manifest of a Git work tree that no .gitignore ignores.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from '../../../cli/commands/check';

async function run(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const w1 = process.stdout.write.bind(process.stdout);
  const w2 = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((s: string) => { out += s; return true; }) as typeof process.stdout.write;
  process.stderr.write = (() => true) as typeof process.stderr.write;
  try {
    return { code: await check.run(args), out };
  } finally {
    process.stdout.write = w1;
    process.stderr.write = w2;
  }
}

const SECRET = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: credentials-application\ntype: Opaque\ndata:\n  DATABASE_PASSWORD: cGFzc3dvcmQ=\n';

describe('kube-apprenti check: Secret not ignored by Git (KA023)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ka-check-git-'));
    mkdirSync(join(dir, 'k8s'));
    writeFileSync(join(dir, 'k8s', 'secret.yaml'), SECRET);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is silent outside a Git work tree', async () => {
    const r = await run([dir, '--format', 'json']);
    assert.ok(!(JSON.parse(r.out) as Array<{ code: string }>).some((f) => f.code === 'KA023'), r.out);
  });

  it('warns in a work tree (folder or file argument), then not once a .gitignore lists the file', async () => {
    mkdirSync(join(dir, '.git'));
    const r = await run([dir]);
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /k8s\/secret\.yaml:2:7: avertissement KA023 Ce fichier contient un Secret avec des valeurs et n’est pas ignoré par Git/);
    const en = await run([join(dir, 'k8s', 'secret.yaml'), '--langue', 'en']);
    assert.match(en.out, /warning KA023 This file contains a Secret with values and is not ignored by Git/);
    writeFileSync(join(dir, '.gitignore'), 'node_modules/\nk8s/secret.yaml\n');
    assert.doesNotMatch((await run([dir])).out, /KA023/);
    writeFileSync(join(dir, 'k8s', '.gitignore'), '!secret.yaml\n');
    assert.match((await run([dir])).out, /KA023/);
  });

  it('takes a `.git` file (worktree, submodule) as a work tree too', async () => {
    writeFileSync(join(dir, '.git'), 'gitdir: /elsewhere/.git/worktrees/x\n');
    assert.match((await run([dir])).out, /KA023/);
  });
});
