// Each workspace check kind, on snapshots built by the real analysis engine (core/analysis).
import * as assert from 'node:assert/strict';
import type { CheckContext } from '../../../core/labs/checks/types';
import type { Check } from '../../../core/labs/format/types';
import { runCheck } from '../../../core/labs/runner';
import { snapshotTexts } from '../../../core/labs/workspace/snapshot';

const DEPLOY = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: redis
spec:
  replicas: 1
  selector:
    matchLabels: { app: redis }
  template:
    metadata:
      labels: { app: redis, tier: backend }
    spec:
      containers:
        - name: redis
          image: redis:7.2-alpine
          ports:
            - containerPort: 6379
`;
const SERVICE = (sel: string) => `apiVersion: v1
kind: Service
metadata:
  name: redis
spec:
  selector: { app: ${sel} }
  ports:
    - port: 6379
      targetPort: 6379
`;
const SECRET = (v: string) => `apiVersion: v1
kind: Secret
metadata:
  name: api
type: Opaque
data:
  API_TOKEN: ${v}
`;

function ctx(files: Record<string, string>): CheckContext {
  return { lang: 'fr', workspace: snapshotTexts('/tmp/lab', new Map(Object.entries(files))), clock: { startedAt: Date.now() } };
}

async function run(check: Check, files: Record<string, string>) {
  return runCheck(check, 0, ctx(files));
}

describe('labs: workspace checks (analysis engine)', () => {
  const files = { 'k8s/redis-deployment.yaml': DEPLOY, 'k8s/redis-service.yaml': SERVICE('redis') };

  it('manifeste.existe passes, and fails with the lab\'s French message', async () => {
    const ok = await run({ type: 'manifeste.existe', resource: 'Service/redis', failMessage: 'Pas de Service.' }, files);
    assert.equal(ok.status, 'passed');
    assert.equal(ok.title, 'Service/redis existe dans vos manifestes');
    const ko = await run({ type: 'manifeste.existe', resource: 'Service/frontend', failMessage: 'Le Service « frontend » manque.' }, files);
    assert.equal(ko.status, 'failed');
    assert.equal(ko.failMessage, 'Le Service « frontend » manque.');
    assert.match(ko.detail ?? '', /ne figure dans aucun manifeste/);
  });

  it('manifeste.existe restricted to one file', async () => {
    const ko = await run({ type: 'manifeste.existe', resource: 'Service/redis', file: 'k8s/redis-deployment.yaml', failMessage: 'Mauvais fichier.' }, files);
    assert.equal(ko.status, 'failed');
  });

  it('manifeste.champ: equals, regex, contains, and what was found', async () => {
    const port = { type: 'manifeste.champ', resource: 'Deployment/redis', path: 'spec.template.spec.containers[0].ports[0].containerPort', equals: 6379, failMessage: 'Port 6379 attendu.' } as const;
    assert.equal((await run(port, files)).status, 'passed');
    const ko = await run({ ...port, equals: 6380 }, files);
    assert.equal(ko.status, 'failed');
    assert.equal(ko.detail, 'Trouvé\u00a0: 6379.');
    assert.equal((await run({ type: 'manifeste.champ', resource: 'Deployment/redis', path: 'spec.template.spec.containers[0].image', matches: ':7\\.2', failMessage: 'x.....' }, files)).status, 'passed');
    assert.equal((await run({ type: 'manifeste.champ', resource: 'Deployment/redis', path: 'spec.template.metadata.labels', contains: { tier: 'backend' }, failMessage: 'x.....' }, files)).status, 'passed');
    const missing = await run({ type: 'manifeste.champ', resource: 'Deployment/redis', path: 'spec.strategy.type', equals: 'Recreate', failMessage: 'Stratégie Recreate attendue.' }, files);
    assert.equal(missing.detail, 'Trouvé\u00a0: champ absent.');
  });

  it('manifeste.champ reports a resource declared twice', async () => {
    const r = await run({ type: 'manifeste.champ', resource: 'Service/redis', path: 'spec.type', absent: true, failMessage: 'x.....' },
      { ...files, 'k8s/copie.yaml': SERVICE('redis') });
    assert.equal(r.status, 'failed');
    assert.match(r.detail ?? '', /déclaré 2 fois/);
  });

  it('manifeste.selecteur: selector matches the Pod template labels, or explains the mismatch', async () => {
    const check = { type: 'manifeste.selecteur', source: 'Service/redis', target: 'Deployment/redis', failMessage: 'Le sélecteur ne correspond pas.' } as const;
    assert.equal((await run(check, files)).status, 'passed');
    const ko = await run(check, { ...files, 'k8s/redis-service.yaml': SERVICE('rediss') });
    assert.equal(ko.status, 'failed');
    assert.equal(ko.failMessage, 'Le sélecteur ne correspond pas.');
    assert.equal(ko.detail, 'Sélecteur { app: rediss }\u00a0; labels des Pods de Deployment/redis\u00a0: { app: redis, tier: backend }.');
  });

  it('manifeste.selecteur on a Deployment\'s own selector (matchLabels ⊆ template labels)', async () => {
    const check = { type: 'manifeste.selecteur', source: 'Deployment/redis', target: 'Deployment/redis', failMessage: 'x.....' } as const;
    assert.equal((await run(check, files)).status, 'passed');
    const broken = DEPLOY.replace('matchLabels: { app: redis }', 'matchLabels: { app: redis, role: master }');
    assert.equal((await run(check, { 'k8s/d.yaml': broken })).status, 'failed');
  });

  it('manifeste.selecteur on a NetworkPolicy: spec.podSelector ({} = every Pod) and, with chemin, an ingress from-selector', async () => {
    const netpol = (podSelector: string, from: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: redis
spec:
  podSelector: ${podSelector}
  policyTypes: [Ingress]
  ingress:
    - from:
        - podSelector: ${from}
`;
    const front = DEPLOY.replace(/redis/g, 'front').replace('tier: backend', 'tier: frontend');
    const ws = (np: string) => ({ ...files, 'k8s/front.yaml': front, 'k8s/np.yaml': np });
    const own = { type: 'manifeste.selecteur', source: 'NetworkPolicy/redis', target: 'Deployment/redis', failMessage: 'x.....' } as const;
    assert.equal((await run(own, ws(netpol('{ matchLabels: { app: redis } }', '{}')))).status, 'passed');
    assert.equal((await run(own, ws(netpol('{}', '{}')))).status, 'passed', 'an empty podSelector selects every Pod');
    const ko = await run(own, ws(netpol('{ matchLabels: { app: front } }', '{}')));
    assert.equal(ko.status, 'failed');
    assert.equal(ko.detail, 'Sélecteur { app: front }\u00a0; labels des Pods de Deployment/redis\u00a0: { app: redis, tier: backend }.');
    const from = { ...own, path: 'spec.ingress[0].from[0].podSelector', target: 'Deployment/front' };
    assert.equal((await run(from, ws(netpol('{ matchLabels: { app: redis } }', '{ matchLabels: { tier: frontend } }')))).status, 'passed');
    const wrong = await run(from, ws(netpol('{ matchLabels: { app: redis } }', '{ matchLabels: { tier: backend } }')));
    assert.equal(wrong.status, 'failed');
    assert.equal(wrong.title, 'Le sélecteur de NetworkPolicy/redis (spec.ingress[0].from[0].podSelector) correspond aux labels de Deployment/front');
    const none = await run({ ...from, path: 'spec.egress[0].to[0].podSelector' }, ws(netpol('{}', '{}')));
    assert.equal(none.detail, 'NetworkPolicy/redis (spec.egress[0].to[0].podSelector) n’a pas de sélecteur.');
  });

  it('manifeste.sans-diagnostic / manifeste.diagnostic use the engine\'s codes (KA039 = broken YAML)', async () => {
    const broken = { 'k8s/job.yaml': 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: "mon-job\n' };
    const none: Check = { type: 'manifeste.sans-diagnostic', codes: ['KA039'], failMessage: 'Le fichier ne se lit pas.' };
    assert.equal((await run(none, files)).status, 'passed');
    const ko = await run(none, broken);
    assert.equal(ko.status, 'failed');
    assert.match(ko.detail ?? '', /KA039 \(k8s\/job.yaml\)/);
    const present = { type: 'manifeste.diagnostic', code: 'KA039', failMessage: 'Le diagnostic devrait apparaître.' } as const;
    assert.equal((await run(present, broken)).status, 'passed');
    assert.equal((await run(present, files)).status, 'failed');
    // No codes: no diagnostic of severity error may remain.
    assert.equal((await run({ type: 'manifeste.sans-diagnostic', failMessage: 'Il reste des erreurs.' }, broken)).status, 'failed');
    assert.equal((await run({ type: 'manifeste.sans-diagnostic', failMessage: 'Il reste des erreurs.' }, files)).status, 'passed');
  });

  it('manifeste.secret decodes base64 exactly and explains echo without -n', async () => {
    const check = { type: 'manifeste.secret', resource: 'Secret/api', key: 'API_TOKEN', value: 'my-secret-token', failMessage: 'Encodez la valeur avec echo -n.' } as const;
    assert.equal((await run(check, { 's.yaml': SECRET(Buffer.from('my-secret-token').toString('base64')) })).status, 'passed');
    const newline = await run(check, { 's.yaml': SECRET(Buffer.from('my-secret-token\n').toString('base64')) });
    assert.equal(newline.status, 'failed');
    assert.match(newline.detail ?? '', /retour à la ligne\u00a0: utilisez echo -n/);
    const clear = await run(check, { 's.yaml': SECRET('my-secret-token') });
    assert.match(clear.detail ?? '', /pas du base64 valide/);
  });

  it('fichier.existe / fichier.contient', async () => {
    const f = { '.gitignore': 'node_modules/\nk8s/secret.yaml\n', 'k8s/secret.yaml.template': 'x: y\n' };
    assert.equal((await run({ type: 'fichier.existe', file: 'k8s/secret.yaml.template', failMessage: 'Créez le modèle.' }, f)).status, 'passed');
    assert.equal((await run({ type: 'fichier.existe', file: 'k8s/autre.yaml', failMessage: 'Créez le modèle.' }, f)).status, 'failed');
    assert.equal((await run({ type: 'fichier.contient', file: '.gitignore', matches: '^k8s/secret\\.yaml$', failMessage: 'Ajoutez-le au .gitignore.' }, f)).status, 'passed');
    assert.equal((await run({ type: 'fichier.contient', file: '.gitignore', matches: '^\\*secret\\*$', failMessage: 'Ajoutez-le au .gitignore.' }, f)).status, 'failed');
  });

  it('a cluster check without a cluster is an error, not a pass', async () => {
    const r = await run({ type: 'cluster.existe', resource: 'Pod/redis', failMessage: 'Le Pod n\'existe pas.' }, files);
    assert.equal(r.status, 'error');
    assert.match(r.detail ?? '', /Pas de cluster configuré/);
  });

  it('English UI texts behind the language setting', async () => {
    const c = ctx(files);
    const r = await runCheck({ type: 'manifeste.existe', resource: 'Service/redis', failMessage: 'x.....' }, 0, { ...c, lang: 'en' });
    assert.equal(r.title, 'Service/redis exists in your manifests');
  });
});
