// The seeds' own manifests (test/fixtures/seed-manifests, see its INDEX): each seed's files form one
// workspace; every mistake of the INDEX that is in scope must be found (by code, in the right file), and every
// manifest the INDEX calls correct must get no error and no warning.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Analyzer } from '../../../core/analysis/engine';
import { ManifestWorkspace } from '../../../core/analysis/index/workspace';
import type { Finding } from '../../../core/analysis/model';

const SEEDS = process.env.KUBE_APPRENTI_SEEDS ?? join(__dirname, '..', '..', 'fixtures', 'seed-manifests');

/**
 * Where a seed file lives in its workspace. The 003 Kustomize TP describes a `k8s/` tree (base, dev, prod overlays):
 * its files are placed there, so that `./base` in k8s/dev/ is the mistake the INDEX describes (KA013). The base's
 * other resources are not in the seeds: they are stood in for by empty placeholder files.
 */
const LAYOUT: Record<string, string> = {
  '003-kustomization-base.yaml': 'k8s/base/kustomization.yaml',
  '003-ingress-monsterstack.yaml': 'k8s/base/monsterstack-ingress.yaml',
  '003-kustomization-dev.yaml': 'k8s/dev/kustomization.yaml',
  '003-ingress-patch-dev.yaml': 'k8s/dev/ingress-domain.yaml',
  '003-kustomization-prod.yaml': 'k8s/prod/kustomization.yaml',
  '003-ingress-patch-prod.yaml': 'k8s/prod/ingress-domain.yaml',
  '003-deployment-patch-frontend-replicas-prod.yaml': 'k8s/prod/frontend-replicas.yaml',
};
const PLACEHOLDERS: Record<string, string[]> = {
  '003': ['k8s/base/frontend.yaml', 'k8s/base/imagebackend.yaml', 'k8s/base/redis.yaml', 'k8s/base/redis-data-pvc.yaml'],
};

/** In-scope mistakes of the INDEX: file → mistakes, each as our codes (any of them counts). */
const MISTAKES: Record<string, string[][]> = {
  '000-configmap-configuration-application.yaml': [['KA022']],
  '000-deployment-backend.yaml': [['KA005'], ['KA034']],
  '000-pod-hello-world.yaml': [['KA049'], ['KA034'], ['KA028']],
  '000-service-application.yaml': [['KA001'], ['KA010']],
  '001-configmap-configuration-application.yaml': [['KA022']],
  '001-deployment-backend.yaml': [['KA005']],
  '001-pod-hello-world.yaml': [['KA049'], ['KA034']],
  '001-service-application.yaml': [['KA001'], ['KA010']],
  '002-job-mon-job.yaml': [['KA039']],
  '002-service-mon-service.yaml': [['KA010']],
  '002-deployment-mon-deployment.yaml': [['KA003']],
  '002-pod-mon-pod.yaml': [['KA034'], ['KA028']],
  '002-cronjob-mon-cronjob.yaml': [['KA034']],
  '003-cronjob-daily-job-v1beta1.yaml': [['KA038']],
  '003-csr-votreprenomnom.yaml': [['KA018']],
  '003-deployment-demonstration-a-completer.yaml': [['KA037'], ['KA073'], ['KA061']],
  '003-deployment-frontend-minikube.yaml': [['KA035']],
  '003-deployment-myapp-secret-volume.yaml': [['KA024'], ['KA034']],
  '003-deployment-mysql.yaml': [['KA062']],
  '003-deployment-topology-spread.yaml': [['KA002'], ['KA004'], ['KA043'], ['KA046']],
  '003-ingress-monsterstack.yaml': [['KA074'], ['KA006']],
  '003-ingress-wildcard-host.yaml': [['KA006']],
  // The INDEX calls it illustrative but notes that its Service `web` is defined nowhere: KA006 applies.
  '003-ingress-example-certmanager.yaml': [['KA006']],
  '003-kustomization-dev.yaml': [['KA013'], ['KA045']],
  '003-kustomization-prod.yaml': [['KA013'], ['KA045']],
  '003-limitrange.yaml': [['KA046']],
  '003-pod-crashing-pod.yaml': [['KA033']],
  '003-pod-gros-pod.yaml': [['KA033']],
  '003-pod-rancher-demo.yaml': [['KA055'], ['KA034']],
  '003-pod-test-pd-hostpath.yaml': [['KA046']],
  '003-role-pod-and-services.yaml': [['KA066']],
  '003-secret-my-cert.yaml': [['KA018'], ['KA052']],
  '003-service-demo-service-a-completer.yaml': [['KA037']],
  '003-service-monsterstack-a-completer.yaml': [['KA037'], ['KA070', 'KA071'], ['KA041', 'KA151']],
  '003-statefulset-cassandra.yaml': [['KA015'], ['KA046']],
  '003-statefulset-redis.yaml': [['KA039']],
  '003-skaffold-v1-frontend.yaml': [['KA039']],
  '003-argocd-app-wordpress.yaml': [['KA039']],
  '003-argocd-appproject.yaml': [['KA039']],
  '003-helm-values-wordpress.yaml': [['KA039']],
  '003-ingress-argocd-server.yaml': [['KA039']],
  '003-ingress-kuard-certmanager.yaml': [['KA039']],
  '003-kubeconfig-exemple.yaml': [['KA039']],
  '004-statefulset-web.yaml': [['KA015']],
  // KA003: the StatefulSet web and the DaemonSet share `app: nginx`; the pair is reported once, on the DaemonSet.
  '004-daemonset-nginx.yaml': [['KA003']],
  '004-pod-nginx-nodename.yaml': [['KA048']],
  '004-pod-redis.yaml': [['KA034']],
};
const SCHEMA_CODES = new Set(['KA041', 'KA042', 'KA043', 'KA046', 'KA151']);

/**
 * Mistakes of the INDEX deliberately not expected, with the reason: out of this engine's scope (cluster state,
 * platform profile, custom resources), or not detectable from the manifest alone.
 */
export const NOT_EXPECTED: Record<string, string> = {
  '000-ingress-application.yaml': 'the ingress host domain needs the SSPCloud platform profile',
  '000-secret-credentials-application.yaml': 'KA023 needs Git facts (.git, .gitignore), not given here: covered by test/unit/analysis/rules/secret-in-git.test.ts',
  '002-replicaset-template-elide.yaml': 'KA002/KA043: the template is null; a missing template is a schema finding',
  '003-argocd-app-kube-prometheus-stack.yaml': 'KA045/KA046/KA074 concern an ArgoCD custom resource (never checked as a built-in kind)',
  '003-argocd-app-monsterstack.yaml': 'KA070 on a custom resource name (never checked)',
  '003-gateway-example.yaml': 'KA043 on a Gateway API custom resource',
  '003-pod-gros-pod.yaml (too big for the node; KA029)': 'a Pod too big for the node needs the cluster; 8000M is a valid quantity',
  '003-pod-nginx-scheduling.yaml': 'a nodeSelector that no node matches needs the cluster (node labels)',
  '003-pod-ssd-pod.yaml': 'a nodeSelector that no node matches needs the cluster',
  '003-pvc-pvc-claim-2.yaml': 'a missing StorageClass needs the cluster (StorageClasses)',
  '003-yaml-exemple-marche.yaml': '4-space indentation is style, not an error',
  '003-deployment-topology-spread.yaml (KA034)': 'its containers are dedented to spec.spec, so there is no pod spec to read the image from',
  '004-deployment-guestbook.yaml': 'KA016 is lab-specific (a missing REDIS_URL variable), KA059 needs a Service selecting it',
  '004-pod-nginx-nodeselector.yaml': 'a nodeSelector that no node matches needs the cluster; KA050 (same Pod name) is reported as a hint',
  '004-service-frontend.yaml': 'a LoadBalancer Service on SSPCloud needs a platform profile',
};

/** Manifests the INDEX calls correct (OK, valid, parses): no error and no warning allowed. */
const CORRECT = [
  '000-ingress-application.yaml', '000-secret-credentials-application.yaml',
  '001-ingress-application.yaml',
  '002-configmap-mon-configmap.yaml', '002-cronjob-mon-cronjob.yaml', '002-namespace-mon-namespace.yaml', '002-pod-mon-pod.yaml', '002-secret-mon-secret.yaml',
  '003-argo-analysistemplate-success-rate.yaml', '003-certmanager-certificate.yaml', '003-certmanager-clusterissuer-prod.yaml',
  '003-certmanager-clusterissuer-selfsigned.yaml', '003-certmanager-clusterissuer-tp.yaml', '003-certmanager-issuer-staging.yaml',
  '003-configmap-frontend-config.yaml', '003-configmap-mysql-config.yaml', '003-configmap-redis-config.yaml',
  '003-deployment-nginx-deployment.yaml', '003-deployment-patch-frontend-replicas-prod.yaml', '003-ingress-patch-dev.yaml',
  '003-ingress-patch-prod.yaml', '003-kustomization-base.yaml', '003-resourcequota.yaml', '003-rolebinding-pods-and-services.yaml',
  '003-service-kubernetes-dashboard.yaml', '003-services-redis.yaml', '003-skaffold-v2beta20-kustomize.yaml',
  '003-skaffold-v2beta5-helm.yaml', '003-yaml-exemple-marche.yaml', '003-helm-values-monsterchart.yaml',
  '004-configmap-example-configmap.yaml', '004-cronjob-example-cronjob.yaml', '004-deployment-redis.yaml',
  '004-job-example-job.yaml', '004-pod-guestbook.yaml', '004-pod-redis.yaml', '004-pod-using-configmap.yaml',
  '004-secret-example-secret.yaml', '004-service-frontend.yaml', '004-service-redis.yaml', '004-pod-nginx-tolerations.yaml',
];

const ROOT = 'file:///seeds';

function seedWorkspace(seed: string): { byFile: Map<string, Finding[]> } {
  const ws = new ManifestWorkspace();
  ws.addRoot(`${ROOT}/${seed}`);
  const uriOf = new Map<string, string>();
  for (const f of readdirSync(SEEDS).filter((n) => n.startsWith(`${seed}-`) && n.endsWith('.yaml'))) {
    const uri = `${ROOT}/${seed}/${LAYOUT[f] ?? f}`;
    uriOf.set(f, uri);
    ws.setFile(uri, readFileSync(join(SEEDS, f), 'utf8'));
  }
  for (const p of PLACEHOLDERS[seed] ?? []) ws.setFile(`${ROOT}/${seed}/${p}`, '# Fichier du TP absent des seeds (remplaçant vide).\n');
  const analyzer = new Analyzer(ws);
  const byFile = new Map<string, Finding[]>();
  for (const [f, uri] of uriOf) byFile.set(f, analyzer.findingsFor(uri));
  return { byFile };
}

describe('seed manifests (INDEX mistakes found, correct manifests clean)', function () {
  before(function () {
    assert.ok(existsSync(SEEDS), `seed manifests missing: ${SEEDS}`);
  });
  for (const seed of ['000', '001', '002', '003', '004']) {
    describe(`seed ${seed}`, () => {
      let byFile: Map<string, Finding[]>;
      before(() => { byFile = seedWorkspace(seed).byFile; });
      for (const [file, mistakes] of Object.entries(MISTAKES).filter(([f]) => f.startsWith(`${seed}-`))) {
        for (const codes of mistakes) {
          const d = codes.join('/');
          const schema = codes.every((c) => SCHEMA_CODES.has(c));
          it(`${file}: ${d} found${schema ? ' [schema]' : ''}`, function () {
            const got = byFile.get(file) ?? [];
            assert.ok(got.some((g) => codes.includes(g.code)), `${d} not found in ${file}: ${JSON.stringify(got.map((g) => g.messageKey ?? g.code))}`);
          });
        }
      }
      for (const file of CORRECT.filter((f) => f.startsWith(`${seed}-`))) {
        it(`${file}: no error or warning`, () => {
          const bad = (byFile.get(file) ?? []).filter((g) => g.severity === 'error' || g.severity === 'warning');
          assert.deepEqual(bad.map((g) => [g.messageKey ?? g.code, g.args]), []);
        });
      }
    });
  }
});
