// Helpers for suites that run against the real local cluster (scripts/cluster.mjs): kubeconfig paths of the three
// users, a fresh namespace per suite (deleted afterwards), the cluster's own kubectl for cross-checks, polling.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { KubeConfig, CoreV1Api } from '@kubernetes/client-node';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CLUSTER_DIR = process.env.KA_CLUSTER_DIR || path.join(ROOT, '.cluster');
export const STUDENT_NAMESPACE = 'user-etudiant';
export type ClusterUser = 'admin' | 'etudiant' | 'lecteur';

interface ClusterState { server: string; bin: string; ready?: boolean; ports: Record<string, number> }

export function clusterState(): ClusterState {
  const f = path.join(CLUSTER_DIR, 'state.json');
  if (!existsSync(f)) throw new Error(`local cluster not started: run \`npm run cluster:up\` (${f} missing)`);
  return JSON.parse(readFileSync(f, 'utf8')) as ClusterState;
}

/** Starts the local cluster when it is not running (idempotent). */
export function ensureCluster(): void {
  const f = path.join(CLUSTER_DIR, 'state.json');
  if (existsSync(f) && (JSON.parse(readFileSync(f, 'utf8')) as ClusterState).ready) return;
  execFileSync('node', [path.join(ROOT, 'scripts/cluster.mjs'), 'up'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

export function kubeconfigPath(user: ClusterUser): string {
  return path.join(CLUSTER_DIR, `${user}.kubeconfig`);
}

export function kubeConfig(user: ClusterUser): KubeConfig {
  const kc = new KubeConfig();
  kc.loadFromFile(kubeconfigPath(user));
  return kc;
}

/** The kubectl built with the cluster (same version as the API server). Only for cross-checks in tests. */
export function kubectl(user: ClusterUser, args: string[], input?: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(path.join(clusterState().bin, 'kubectl'), ['--kubeconfig', kubeconfigPath(user), ...args], { input, encoding: 'utf8' });
  return { code: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
}

let counter = 0;
/** Creates a namespace with a unique name; call the returned cleanup in `after`. */
export async function freshNamespace(prefix = 'test'): Promise<{ name: string; cleanup: () => Promise<void> }> {
  const core = kubeConfig('admin').makeApiClient(CoreV1Api);
  const name = `${prefix}-${process.pid}-${Date.now().toString(36)}-${counter++}`.slice(0, 63);
  await core.createNamespace({ body: { metadata: { name, labels: { 'kube-apprenti.io/test': 'true' } } } });
  // pods wait for the namespace's default ServiceAccount, created by the controller-manager
  await waitFor(async () => core.readNamespacedServiceAccount({ name: 'default', namespace: name }).then(() => true, () => false), (ok) => ok, 30000);
  return { name, cleanup: async () => { await core.deleteNamespace({ name }).catch(() => undefined); } };
}

export async function waitFor<T>(get: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 30000, everyMs = 250): Promise<T> {
  const t0 = Date.now();
  let v = await get();
  while (!ok(v)) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`waitFor: condition not met after ${timeoutMs} ms (last value: ${JSON.stringify(v)?.slice(0, 400)})`);
    await new Promise((r) => setTimeout(r, everyMs));
    v = await get();
  }
  return v;
}
