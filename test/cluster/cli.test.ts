// The CLI (apply, diff, rollout, scale) as a real process: French output and the documented exit codes.
import * as assert from 'node:assert/strict';
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, STUDENT_NAMESPACE, freshNamespace, kubeconfigPath, kubectl } from './helpers';

// the CLI bundled once from the sources under test (as dist/cli.js is), then run as a real process
const BUNDLE = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ka-cli-bundle-')), 'cli.js');
function cli(args: string[], env: Record<string, string> = {}): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [BUNDLE, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

describe('CLI apply / diff / rollout / scale (real processes, local cluster)', function () {
  let ns: string;
  let cleanup: () => Promise<void>;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ka-cli-'));
  const file = path.join(dir, 'web.yaml');
  const admin = ['--kubeconfig', kubeconfigPath('admin')];
  const write = (image: string): void => fs.writeFileSync(file, `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 1
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: ${image}
`);

  before(async () => {
    await esbuild.build({ entryPoints: [path.join(ROOT, 'cli/main.ts')], outfile: BUNDLE, bundle: true, platform: 'node', format: 'cjs',
      target: 'node20', mainFields: ['module', 'main'], external: ['vscode'], logLevel: 'error' });
    ({ name: ns, cleanup } = await freshNamespace('cli'));
  });
  after(async () => { await cleanup(); });

  it('apply: 0 with the per-object result and the kubectl equivalent; diff: 1 with differences, 0 without', () => {
    write('nginx:1.27');
    const d0 = cli(['diff', file, ...admin, '-n', ns]);
    assert.equal(d0.code, 1, d0.out + d0.err);
    assert.match(d0.out, /~ deployment\.apps\/web\s: nouvel objet/);
    const a = cli(['apply', file, ...admin, '-n', ns]);
    assert.equal(a.code, 0, a.out + a.err);
    assert.match(a.out, /\+ deployment\.apps\/web \(espace de noms cli-[^)]+\)\s: créé/);
    assert.match(a.out, /Commande kubectl équivalente\s: kubectl apply --server-side --field-manager=kube-apprenti -f .*web\.yaml -n cli-/);
    assert.equal(cli(['diff', file, ...admin, '-n', ns]).code, 0);
    write('nginx:1.28');
    const d1 = cli(['diff', file, ...admin, '-n', ns]);
    assert.equal(d1.code, 1);
    assert.match(d1.out, /Image du conteneur «\sweb\s»\s: nginx:1\.27 → nginx:1\.28/);
    assert.match(d1.out, /^-\s+image: nginx:1\.27$/m);
    assert.equal(cli(['apply', file, ...admin, '-n', ns, '--langue', 'en']).out.includes('configured'), true);
  });

  it('rollout status/history/undo and scale', () => {
    const st = cli(['rollout', 'status', 'deploy/web', ...admin, '-n', ns, '--timeout', '60']);
    assert.equal(st.code, 0, st.out + st.err);
    assert.match(st.out, /Déploiement terminé\s: le Deployment «\sweb\s» tourne avec sa nouvelle version/);
    const h = cli(['rollout', 'history', 'deployment/web', ...admin, '-n', ns]);
    assert.match(h.out, /1\s+<aucune>\s+nginx:1\.27/);
    assert.match(h.out, /2\s+\*\s+<aucune>\s+nginx:1\.28/);
    const u = cli(['rollout', 'undo', 'deployment/web', ...admin, '-n', ns]);
    assert.equal(u.code, 0, u.err);
    assert.match(u.out, /Retour arrière effectué\s.* révision 1/);
    assert.equal(kubectl('admin', ['get', 'deploy/web', '-n', ns, '-o', 'jsonpath={.spec.template.spec.containers[0].image}']).stdout, 'nginx:1.27');
    const s = cli(['scale', 'deploy/web', '--replicas', '3', ...admin, '-n', ns]);
    assert.equal(s.code, 0, s.err);
    assert.match(s.out, /Deployment «\sweb\s»\s: 1 → 3 réplicas\./);
  });

  it('exit codes: 2 usage, 4 forbidden (with the role explained), 5 unreachable, 1 failure', () => {
    assert.equal(cli(['apply']).code, 2);
    assert.equal(cli(['rollout', 'status', 'pod/x', ...admin]).code, 2);
    assert.equal(cli(['apply', file, '--inconnue']).code, 2);
    const f = cli(['apply', file, '--kubeconfig', kubeconfigPath('lecteur')]);
    assert.equal(f.code, 4, f.out + f.err);
    assert.match(f.out, new RegExp(`votre compte a le rôle \`view\` dans \`${STUDENT_NAMESPACE}\`\\s: il faut le rôle \`edit\` ou \`admin\``));
    const down = path.join(dir, 'down.kubeconfig');
    fs.writeFileSync(down, 'apiVersion: v1\nkind: Config\ncurrent-context: d\nclusters:\n- name: d\n  cluster:\n    server: https://127.0.0.1:2\n    insecure-skip-tls-verify: true\nusers:\n- name: u\n  user: {token: x}\ncontexts:\n- name: d\n  context: {cluster: d, user: u}\n');
    const u = cli(['rollout', 'status', 'deploy/web', '--kubeconfig', down]);
    assert.equal(u.code, 5, u.out + u.err);
    assert.match(u.err, /ne répond pas/);
    assert.equal(cli(['apply', file, '--kubeconfig', path.join(dir, 'absent')]).code, 5);
    const bad = path.join(dir, 'bad.yaml');
    fs.writeFileSync(bad, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: [1\n');
    const b = cli(['apply', bad, ...admin, '-n', ns]);
    assert.equal(b.code, 1);
    assert.match(b.out, /YAML invalide/);
  });
});
