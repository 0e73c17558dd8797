// Benchmark of the apply engine (npm run bench apply) on the local cluster: 50 objects (ConfigMaps, Secrets, Services,
// Deployments in 5 files), side by side with `kubectl apply --server-side -f` on the same files.
//   create     = first apply into an empty namespace
//   unchanged  = apply again (nothing to do), median of ROUNDS
//   engine     = our engine in this process (dry run of all 50 + apply, per-object outcome)
//   cli        = `node dist/cli.js apply` (process start included), the peer of the kubectl process
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADMIN, KUBECTL, kubectl } from './_cluster.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const tsx = require('tsx/cjs/api');
const load = (p) => tsx.require(path.join(ROOT, p), import.meta.url);
const ROUNDS = Number(process.env.BENCH_APPLY_ROUNDS ?? 5);

const now = () => process.hrtime.bigint();
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };

/** 50 objects in 5 files, without namespace (given with -n). */
function writeManifests(dir) {
  const files = [];
  for (let f = 0; f < 5; f++) {
    const docs = [];
    for (let i = 0; i < 10; i++) {
      const n = f * 10 + i;
      const name = `obj-${n}`;
      switch (n % 5) {
        case 0: case 1: docs.push(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  labels: {app: bench}\ndata:\n  key: "value-${n}"\n  other: "x"\n`); break;
        case 2: docs.push(`apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${name}\ntype: Opaque\nstringData:\n  password: "p-${n}"\n`); break;
        case 3: docs.push(`apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  selector: {app: ${name}}\n  ports:\n    - port: 80\n      targetPort: 8080\n`); break;
        default: docs.push(`apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  replicas: 1\n  selector:\n    matchLabels: {app: ${name}}\n  template:\n    metadata:\n      labels: {app: ${name}}\n    spec:\n      containers:\n        - name: app\n          image: nginx:1.27\n          ports:\n            - containerPort: 8080\n`);
      }
    }
    const file = path.join(dir, `part-${f}.yaml`);
    writeFileSync(file, docs.join('---\n'));
    files.push(file);
  }
  return files;
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ka-bench-apply-'));
  const files = writeManifests(dir);
  const nsOurs = `bench-apply-ours-${process.pid}`;
  const nsCli = `bench-apply-cli-${process.pid}`;
  const nsKubectl = `bench-apply-kubectl-${process.pid}`;
  for (const ns of [nsOurs, nsCli, nsKubectl]) kubectl(['create', 'namespace', ns]);
  try {
    const { applyFiles } = load('core/cluster/apply/applyFiles.ts');
    const { ClusterGateway } = load('core/cluster/gateway.ts');
    const gw = ClusterGateway.connect({ kubeconfig: ADMIN, namespace: nsOurs });
    const engine = async () => {
      const t0 = now();
      const r = await applyFiles([dir], { gateway: gw, namespace: nsOurs });
      const t = ms(t0);
      if (!r.ok || r.results.length !== 50) throw new Error(`engine failed: ${JSON.stringify(r.results.find((x) => x.error)?.error)}`);
      return { t, outcomes: r.results.map((x) => x.outcome) };
    };
    const cli = (ns) => {
      const t0 = now();
      const r = spawnSync('node', [path.join(ROOT, 'dist/cli.js'), 'apply', dir, '--kubeconfig', ADMIN, '-n', ns], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`cli failed: ${r.stdout}${r.stderr}`);
      return ms(t0);
    };
    const kube = (ns) => {
      const t0 = now();
      kubectl(['apply', '--server-side', '--field-manager=bench-kubectl', '-n', ns, ...files.flatMap((f) => ['-f', f])]);
      return ms(t0);
    };

    const first = await engine();
    const createEngine = first.t;
    const createCli = cli(nsCli);
    const createKubectl = kube(nsKubectl);
    const counts = first.outcomes.reduce((a, o) => ({ ...a, [o]: (a[o] ?? 0) + 1 }), {});
    const again = { engine: [], cli: [], kubectl: [] };
    let unchanged = 0;
    for (let i = 0; i < ROUNDS; i++) {
      const e = await engine();
      unchanged = e.outcomes.filter((o) => o === 'unchanged').length;
      again.engine.push(e.t);
      again.cli.push(cli(nsCli));
      again.kubectl.push(kube(nsKubectl));
    }
    const row = (label, a, b) => `${label.padEnd(34)} ${a.toFixed(0).padStart(7)} ms   kubectl ${b.toFixed(0).padStart(6)} ms   ratio ${(a / b).toFixed(2)}`;
    console.log(`apply de 50 objets (5 fichiers), ${ROUNDS} tours ; nous faisons aussi une simulation (dry run) de chaque objet avant d'appliquer`);
    console.log(`premier apply (moteur) : ${JSON.stringify(counts)} ; réapplication : ${unchanged}/50 inchangés`);
    console.log(row('création, moteur (dans le processus)', createEngine, createKubectl));
    console.log(row('création, CLI (processus complet)', createCli, createKubectl));
    console.log(row('inchangé, moteur (médiane)', median(again.engine), median(again.kubectl)));
    console.log(row('inchangé, CLI (médiane)', median(again.cli), median(again.kubectl)));
  } finally {
    for (const ns of [nsOurs, nsCli, nsKubectl]) spawnSync(KUBECTL, ['--kubeconfig', ADMIN, 'delete', 'namespace', ns, '--wait=false'], { stdio: 'ignore' });
  }
}

main().then(() => process.exit(0), (err) => { console.error(err); process.exit(1); });
