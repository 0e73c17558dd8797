// Apply, dry run, diff and their errors against the real local cluster (admin, etudiant and lecteur users).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { applyFiles } from '../../core/cluster/apply/applyFiles';
import { diffDocuments } from '../../core/cluster/apply/diff';
import { readManifestFiles } from '../../core/cluster/apply/manifests';
import { describeClusterError } from '../../core/cluster/errorMessages';
import { ClusterGateway } from '../../core/cluster/gateway';
import { forbiddenHints } from '../../core/cluster/roleHints';
import { STUDENT_NAMESPACE, freshNamespace, kubeconfigPath, kubectl } from './helpers';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ka-apply-'));
let n = 0;
function manifest(text: string): string {
  const f = path.join(dir, `m${n++}.yaml`);
  fs.writeFileSync(f, text);
  return f;
}
const lineOf = (file: string, needle: string): number => fs.readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(needle));

const deployment = (name: string, ns: string, extra = ''): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  replicas: 2
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      containers:
        - name: web
          image: nginx:1.27
          ports:
            - containerPort: 80${extra}
`;

describe('apply (server-side apply against the local cluster)', function () {
  let ns: string;
  let cleanup: () => Promise<void>;
  const admin = (): ClusterGateway => ClusterGateway.connect({ kubeconfig: kubeconfigPath('admin') });

  before(async () => { ({ name: ns, cleanup } = await freshNamespace('apply')); });
  after(async () => { await cleanup(); });

  it('creates, then reports unchanged, then modified; kubectl sees the objects with our field manager', async () => {
    const f = manifest(`${deployment('web', ns)}---
apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: ${ns}
spec:
  selector:
    app: web
  ports:
    - port: 80
`);
    const first = await applyFiles([f], { gateway: admin() });
    assert.ok(first.ok && first.applied);
    assert.deepEqual(first.results.map((r) => [r.ref?.kind, r.outcome]), [['Service', 'created'], ['Deployment', 'created']], 'Service before workloads');
    const got = kubectl('admin', ['get', 'deploy/web', '-n', ns, '-o', 'jsonpath={.metadata.managedFields[*].manager}']);
    assert.match(got.stdout, /kube-apprenti/);
    const second = await applyFiles([f], { gateway: admin() });
    assert.deepEqual(second.results.map((r) => r.outcome), ['unchanged', 'unchanged']);
    fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace('replicas: 2', 'replicas: 3'));
    const third = await applyFiles([f], { gateway: admin() });
    assert.deepEqual(third.results.map((r) => r.outcome), ['unchanged', 'configured']);
    assert.equal(kubectl('admin', ['get', 'deploy/web', '-n', ns, '-o', 'jsonpath={.spec.replicas}']).stdout, '3');
    assert.match(third.command, /^kubectl apply --server-side --field-manager=kube-apprenti -f /);
  });

  it('many objects of one kind (read with one LIST): honest created / unchanged / configured per object', async () => {
    const cms = (changed: number) => [0, 1, 2, 3].map((i) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: many-${i}\n  namespace: ${ns}\ndata:\n  v: "${i === changed ? 'new' : 'old'}"\n`).join('---\n');
    const f = manifest(cms(-1));
    assert.deepEqual((await applyFiles([f], { gateway: admin() })).results.map((r) => r.outcome), ['created', 'created', 'created', 'created']);
    assert.deepEqual((await applyFiles([f], { gateway: admin() })).results.map((r) => r.outcome), ['unchanged', 'unchanged', 'unchanged', 'unchanged']);
    fs.writeFileSync(f, cms(2));
    assert.deepEqual((await applyFiles([f], { gateway: admin() })).results.map((r) => r.outcome), ['unchanged', 'unchanged', 'configured', 'unchanged']);
    assert.equal(kubectl('admin', ['get', 'configmap/many-2', '-n', ns, '-o', 'jsonpath={.data.v}']).stdout, 'new');
  });

  it('reports a misspelt field on its line and creates nothing', async () => {
    const f = manifest(deployment('typo', ns).replace('containerPort: 80', 'contianerPort: 80'));
    const r = await applyFiles([f], { gateway: admin() });
    assert.equal(r.ok, false);
    assert.equal(r.applied, false);
    const d = r.diagnostics.find((x) => x.code === 'unknownField');
    assert.ok(d, JSON.stringify(r.diagnostics));
    assert.equal(d.range.start.line, lineOf(f, 'contianerPort'));
    assert.match(d.message, /Champ inconnu «\scontianerPort\s»/);
    assert.notEqual(kubectl('admin', ['get', 'deploy/typo', '-n', ns]).code, 0, 'nothing was created');
  });

  it('applies nothing when one dry run fails, and explains each 422 cause on its line', async () => {
    const f = manifest(`apiVersion: v1
kind: ConfigMap
metadata:
  name: would-be-created
  namespace: ${ns}
data:
  a: "1"
---
${deployment('badsel', ns).replace('replicas: 2', 'replicas: -1').replace(/app: badsel\n    spec/, 'app: other\n    spec')}`);
    const r = await applyFiles([f], { gateway: admin() });
    assert.equal(r.applied, false);
    assert.deepEqual(r.results.map((x) => x.outcome).sort(), ['failed', 'notApplied']);
    assert.notEqual(kubectl('admin', ['get', 'configmap/would-be-created', '-n', ns]).code, 0, 'the valid ConfigMap was not applied');
    const lines = r.diagnostics.map((d) => d.range.start.line);
    assert.ok(lines.includes(lineOf(f, 'replicas: -1')), JSON.stringify(r.diagnostics));
    assert.ok(r.diagnostics.some((d) => /doit être supérieur ou égal à 0/.test(d.message)));
    assert.ok(r.diagnostics.some((d) => /sélecteur \(spec\.selector\) ne correspond pas/.test(d.message)));
  });

  it('dry run predicts without changing anything', async () => {
    const f = manifest(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: dry\n  namespace: ${ns}\ndata:\n  a: "1"\n`);
    const r = await applyFiles([f], { gateway: admin(), dryRun: true });
    assert.deepEqual([r.ok, r.applied, r.results[0].outcome], [true, false, 'created']);
    assert.notEqual(kubectl('admin', ['get', 'configmap/dry', '-n', ns]).code, 0);
  });

  it('creates a namespace and its objects in one go (objects wait for their namespace)', async () => {
    const other = `${ns}-b`.slice(0, 63);
    const f = manifest(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: inside\n  namespace: ${other}\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${other}\n`);
    try {
      const r = await applyFiles([f], { gateway: admin() });
      assert.ok(r.ok, JSON.stringify(r.results.map((x) => x.error)));
      assert.deepEqual(r.results.map((x) => [x.ref?.kind, x.outcome, x.deferred]), [['Namespace', 'created', undefined], ['ConfigMap', 'created', 'namespace']]);
    } finally {
      kubectl('admin', ['delete', 'namespace', other, '--wait=false']);
    }
  });

  it('explains a 409 conflict after kubectl edit, on the field\'s line, and can force it', async () => {
    const f = manifest(deployment('conflict', ns));
    assert.ok((await applyFiles([f], { gateway: admin() })).ok);
    process.env.KUBE_EDITOR = 'sed -i s/replicas:\\ 2/replicas:\\ 5/'; // a real, non-interactive `kubectl edit`
    const edit = kubectl('admin', ['edit', 'deploy/conflict', '-n', ns]);
    delete process.env.KUBE_EDITOR;
    assert.equal(edit.code, 0, edit.stderr);
    fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace('replicas: 2', 'replicas: 4'));
    const r = await applyFiles([f], { gateway: admin() });
    assert.equal(r.conflicts, true);
    const d = r.diagnostics.find((x) => x.code === 'conflict');
    assert.ok(d);
    assert.equal(d.range.start.line, lineOf(f, 'replicas: 4'));
    assert.match(d.message, /modifié par «\skubectl edit\s».*valeur actuelle dans le cluster\s: 5/);
    assert.equal(kubectl('admin', ['get', 'deploy/conflict', '-n', ns, '-o', 'jsonpath={.spec.replicas}']).stdout, '5');
    const forced = await applyFiles([f], { gateway: admin(), force: true });
    assert.ok(forced.ok);
    assert.equal(kubectl('admin', ['get', 'deploy/conflict', '-n', ns, '-o', 'jsonpath={.spec.replicas}']).stdout, '4');
  });

  it('shows admission warnings (PodSecurity in warn mode) as warnings on the object', async () => {
    kubectl('admin', ['label', 'namespace', ns, 'pod-security.kubernetes.io/warn=restricted', '--overwrite']);
    const f = manifest(deployment('warned', ns));
    const r = await applyFiles([f], { gateway: admin() });
    assert.ok(r.ok);
    const w = r.diagnostics.find((d) => d.code === 'admissionWarning');
    assert.ok(w, 'a PodSecurity warning is reported');
    assert.equal(w.severity, 'warning');
    assert.match(w.message, /Avertissement du cluster\s: would violate PodSecurity "restricted/);
  });

  it('diff shows the change with a French summary, cleaned of server fields', async () => {
    const f = manifest(deployment('diffed', ns));
    assert.ok((await applyFiles([f], { gateway: admin() })).ok);
    fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace('nginx:1.27', 'nginx:1.28'));
    const d = await diffDocuments(admin(), readManifestFiles([f]));
    assert.equal(d.changed, true);
    assert.deepEqual(d.items[0].summary, ['Image du conteneur «\u00a0web\u00a0»\u00a0: nginx:1.27 → nginx:1.28']);
    for (const y of [d.items[0].liveYaml, d.items[0].predictedYaml]) assert.doesNotMatch(y, /managedFields|resourceVersion|uid:|creationTimestamp|status:/);
    assert.notEqual(d.items[0].liveYaml, d.items[0].predictedYaml);
  });

  describe('with the student accounts', () => {
    const cmName = `ka-apply-${process.pid}-${Date.now().toString(36)}`;
    after(() => { kubectl('admin', ['delete', 'configmap', cmName, '-n', STUDENT_NAMESPACE, '--ignore-not-found']); });

    it('etudiant (edit) applies in user-etudiant and gets a French 403 elsewhere', async () => {
      const etudiant = ClusterGateway.connect({ kubeconfig: kubeconfigPath('etudiant') });
      assert.equal(etudiant.namespace, STUDENT_NAMESPACE);
      const ok = await applyFiles([manifest(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${cmName}\ndata:\n  a: "1"\n`)], { gateway: etudiant });
      assert.deepEqual(ok.results.map((r) => [r.outcome, r.ref?.namespace]), [['created', STUDENT_NAMESPACE]], 'default namespace from the context');
      const ko = await applyFiles([manifest(deployment('nope', ns))], { gateway: etudiant });
      const e = ko.results[0].error;
      assert.equal(e?.kind, 'forbidden');
      const text = describeClusterError(e!, 'fr', await forbiddenHints(etudiant, e));
      assert.match(text, new RegExp(`votre compte a le rôle \`edit\` dans \`${STUDENT_NAMESPACE}\`\\s: il faut le rôle \`edit\` ou \`admin\` dans \`${ns}\` pour créer ou modifier des Deployments\\. Travaillez plutôt dans votre espace de noms`));
    });

    it('lecteur (view) gets the French 403 naming its role and the role needed', async () => {
      const lecteur = ClusterGateway.connect({ kubeconfig: kubeconfigPath('lecteur') });
      const r = await applyFiles([manifest(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${cmName}-l\ndata:\n  a: "1"\n`)], { gateway: lecteur });
      const e = r.results[0].error;
      assert.equal(e?.kind, 'forbidden');
      // French typography (non-breaking spaces) compared as plain spaces.
      assert.equal(describeClusterError(e!, 'fr', await forbiddenHints(lecteur, e)).replace(/\u00a0/g, ' '),
        `Accès refusé : votre compte a le rôle \`view\` dans \`${STUDENT_NAMESPACE}\` : il faut le rôle \`edit\` ou \`admin\` pour créer ou modifier des ConfigMaps. Demandez ce rôle à la personne qui gère le cluster (sur SSPCloud : relancez votre service avec le rôle voulu).`);
      assert.equal(r.diagnostics[0]?.code, 'forbidden');
    });
  });

  it('an unreachable API server gives a French message, not a crash', async () => {
    const port = await new Promise<number>((resolve) => {
      const srv = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (srv.address() as net.AddressInfo).port;
        srv.close(() => resolve(p)); // a port where nothing listens any more
      });
    });
    const kc = path.join(dir, 'down.kubeconfig');
    fs.writeFileSync(kc, `apiVersion: v1\nkind: Config\ncurrent-context: down\nclusters:\n- name: down\n  cluster:\n    server: https://127.0.0.1:${port}\n    insecure-skip-tls-verify: true\nusers:\n- name: u\n  user:\n    token: x\ncontexts:\n- name: down\n  context:\n    cluster: down\n    user: u\n`);
    const r = await applyFiles([manifest(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n`)], { connection: { kubeconfig: kc } });
    const e = r.results[0].error;
    assert.equal(e?.kind, 'unreachable');
    assert.equal(describeClusterError(e!, 'fr'), `Le serveur d’API du cluster (\`https://127.0.0.1:${port}\`) ne répond pas (ECONNREFUSED). Le cluster est-il démarré\u00a0? Vérifiez le contexte choisi et votre connexion réseau.`);
  });
});
