// `lab verify --solve --mutants` for every shipped lab on the local cluster (all must pass), through the CLI itself;
// then one lab as a student with the `edit` role only, and one with the read-only `view` role (SSP Cloud lecture).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { freshNamespace, kubeconfigPath, kubectl, ROOT } from './helpers';

const LABS = fs.readdirSync(path.join(ROOT, 'labs')).filter((d) => fs.existsSync(path.join(ROOT, 'labs', d, 'lab.yaml'))).sort();

/** Runs the CLI from its sources (the same code as dist/cli.js, without depending on a fresh build). */
function cli(args: string[]): { code: number; out: string } {
  const r = spawnSync(process.execPath, ['-r', 'tsx/cjs', path.join(ROOT, 'cli/main.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 600_000 });
  return { code: r.status ?? 1, out: `${r.stdout}${r.stderr}` };
}

describe('labs: lab verify --solve on the local cluster', function () {
  this.timeout(600_000);

  it('ships at least 20 labs (l14-l20: StatefulSet, NetworkPolicy, RBAC, quotas, CI/CD, Kustomize, Helm)', () => {
    assert.ok(LABS.length >= 20, LABS.join(', '));
    for (const id of ['l14-statefulset', 'l15-networkpolicy', 'l16-rbac', 'l17-quotas', 'l18-ci-cd', 'l19-kustomize-environnements', 'l20-helm-monsterchart']) assert.ok(LABS.includes(id), id);
  });

  for (const id of LABS) {
    it(`${id}: every step passes after its résoudre, and its workspace checks pass the mutation test`, () => {
      const r = cli(['lab', 'verify', id, '--solve', '--mutants', '--kubeconfig', kubeconfigPath('admin')]);
      assert.equal(r.code, 0, r.out);
      assert.match(r.out, /Lab vérifié\s: \d+ étape\(s\) réussie\(s\)\./);
      assert.match(r.out, /ni trop laxistes ni trop strictes/);
      assert.doesNotMatch(r.out, /^\s*[✗!] /m, r.out);
      // The fresh namespace is deleted afterwards.
      const ns = /namespace (verif-[a-z0-9-]+)/.exec(r.out)?.[1];
      assert.ok(ns);
      const phase = kubectl('admin', ['get', 'namespace', ns, '-o', 'jsonpath={.status.phase}']).stdout;
      assert.ok(phase === '' || phase === 'Terminating', `namespace ${ns} left behind (${phase})`);
    });
  }

  it('a lab whose solution is wrong fails with exit code 1 and the French échec message', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-casse-'));
    try {
      fs.cpSync(path.join(ROOT, 'labs', 'l01-premier-pod'), dir, { recursive: true });
      const sol = path.join(dir, 'solution', 'ecrire', 'k8s', 'redis-pod.yaml');
      fs.writeFileSync(sol, fs.readFileSync(sol, 'utf8').replace('containerPort: 6379', 'containerPort: 6380'));
      const r = cli(['lab', 'verify', dir, '--solve', '--kubeconfig', kubeconfigPath('admin')]);
      assert.equal(r.code, 1, r.out);
      assert.match(r.out, /✗ Pod\/redis\s: spec.containers\[0\].ports\[0\].containerPort = 6379/);
      assert.match(r.out, /Déclarez le port du conteneur\s: containerPort: 6379/);
      assert.match(r.out, /Échec de la vérification du lab l01-premier-pod\./);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('with the roles of SSP Cloud', () => {
    let ns: string;
    let cleanup: () => Promise<void>;
    before(async () => {
      ({ name: ns, cleanup } = await freshNamespace('labs-roles'));
      for (const [sa, role] of [['etudiant', 'edit'], ['lecteur', 'view']]) {
        const r = kubectl('admin', ['create', 'rolebinding', `${sa}-${role}`, `--clusterrole=${role}`, `--serviceaccount=user-etudiant:${sa}`, '-n', ns]);
        assert.equal(r.code, 0, r.stderr);
      }
    });
    after(async () => { await cleanup(); });

    it('a student with the edit role verifies a lab in their namespace (sspcloud-edition)', () => {
      const r = cli(['lab', 'verify', 'l07-ingress', '--solve', '--kubeconfig', kubeconfigPath('etudiant'), '--namespace', ns, '--environnement', 'sspcloud-edition', '--delai', '0.1']);
      // Step 4 waits for an Ingress controller address, which the local cluster does not have: every other step passes.
      assert.match(r.out, /✓ Étape 3\/4 «\sAppliquer dans l['’]ordre\s»/, r.out);
      assert.match(r.out, /✗ Étape 4\/4 «\sObtenir l['’]adresse publique\s»/, r.out);
      const labelled = kubectl('admin', ['get', 'deploy,svc,ingress', '-n', ns, '-l', 'kube-apprenti/lab=l07-ingress', '-o', 'name']).stdout.trim().split('\n').sort();
      assert.deepEqual(labelled, ['deployment.apps/backend', 'ingress.networking.k8s.io/application', 'service/application']);
    });

    it('a student with the view role runs the workspace-only steps, the cluster step is skipped (sspcloud-lecture)', () => {
      const r = cli(['lab', 'verify', 'l04-ports', '--solve', '--kubeconfig', kubeconfigPath('lecteur'), '--namespace', ns, '--environnement', 'sspcloud-lecture']);
      assert.equal(r.code, 0, r.out);
      assert.match(r.out, /– Étape 3\/3 «\sAppliquer et vérifier le port des endpoints\s»\s: ignorée dans l['’]environnement sspcloud-lecture/);
    });
  });
});
