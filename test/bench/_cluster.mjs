// The local cluster for the benches that need one (apply, doctor, tree): started by scripts/cluster.mjs when it is
// not up yet; its admin kubeconfig, and kubectl as the reference the benches compare with and prepare data through.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const STATE = path.join(ROOT, '.cluster/state.json');
const state = () => JSON.parse(readFileSync(STATE, 'utf8'));
if (!existsSync(STATE) || !state().ready) {
  spawnSync('node', [path.join(ROOT, 'scripts/cluster.mjs'), 'up'], { stdio: 'inherit' });
}

export const KUBECTL = path.join(state().bin, 'kubectl');
export const ADMIN = path.join(ROOT, '.cluster/admin.kubeconfig');

/** kubectl as the cluster's admin; throws with its stderr on failure. */
export function kubectl(args, input) {
  const r = spawnSync(KUBECTL, ['--kubeconfig', ADMIN, ...args], { input, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`kubectl ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}
