// « Pourquoi ça ne marche pas ? » on the real local cluster: a table of broken applications (and a healthy one), each
// with the first broken link the doctor must name, run with the `etudiant` account (edit) and again with `lecteur`
// (view: same verdicts where it can read; Secrets are « non vérifiable »). Then the built CLI on two of them.
import * as assert from 'node:assert/strict';
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { diagnose, renderText, type DoctorReport, type StartRef } from '../../core/doctor';
import { ClusterGateway } from '../../core/cluster/gateway';
import { readDoctorView } from '../../core/doctor/readView';
import { doctorWatchKeys, hubCache, warmDoctorWatches } from '../../core/doctor/cache';
import { ClusterSession } from '../../client/src/connection/session';
import { ROOT, STUDENT_NAMESPACE, freshNamespace, kubeconfigPath, kubectl, waitFor, type ClusterUser } from './helpers';

const uid = `${process.pid.toString(36)}${Date.now().toString(36).slice(-4)}`;
const OTHER = `doc-ailleurs-${uid}`; // the app whose Pods live in user-etudiant while its Service is in the test namespace

interface AppOpts {
  labels?: Record<string, string>; replicas?: number; image?: string; annotations?: Record<string, string>;
  ports?: string; env?: string; volumes?: string; mounts?: string; namespace?: string; resources?: string;
}
function deployment(name: string, o: AppOpts = {}): string {
  const labels = o.labels ?? { app: name };
  const lbl = Object.entries(labels).map(([k, v]) => `${k}: ${v}`).join(', ');
  return `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}${o.namespace ? `, namespace: ${o.namespace}` : ''}}
spec:
  replicas: ${o.replicas ?? 1}
  selector: {matchLabels: {${lbl}}}
  template:
    metadata:
      labels: {${lbl}}
      annotations: ${JSON.stringify(o.annotations ?? {})}
    spec:
      containers:
      - name: web
        image: ${o.image ?? 'nginx:1.27'}
        ports: ${o.ports ?? '[{containerPort: 80, name: http}]'}
        env: ${o.env ?? '[]'}
        volumeMounts: ${o.mounts ?? '[]'}
        resources: ${o.resources ?? '{}'}
      volumes: ${o.volumes ?? '[]'}
`;
}
const service = (name: string, selector: string, targetPort: string | number = 'http', port = 80): string => `apiVersion: v1
kind: Service
metadata: {name: ${name}}
spec:
  selector: {${selector}}
  ports: [{name: http, port: ${port}, targetPort: ${typeof targetPort === 'number' ? targetPort : JSON.stringify(targetPort)}}]
`;
const ingress = (name: string, svc: string, port: number): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: ${name}}
spec:
  rules:
  - host: ${name}.local
    http:
      paths: [{path: /, pathType: Prefix, backend: {service: {name: ${svc}, port: {number: ${port}}}}}]
`;
const app = (name: string, o: AppOpts = {}, targetPort: string | number = 'http') => [deployment(name, o), service(name, `app: ${name}`, targetPort)];

/** The fault table: manifests (applied in the test namespace), start point, first broken link (hop id and finding). */
interface Fault {
  name: string;
  manifests: string[];
  start: StartRef;
  hop?: string;
  code?: string;
  seen?: RegExp;
  /** What `lecteur` (view, no Secrets) sees instead, when it differs. */
  lecteur?: { verdict: 'unknown'; hop: string };
  /** Runs in the quota namespace. */
  quota?: boolean;
}

const FAULTS: Fault[] = [
  {
    name: 'healthy application (all ✔)', start: { kind: 'Ingress', name: 'sain' },
    manifests: [...app('sain', { env: '[{name: MODE, valueFrom: {configMapKeyRef: {name: sain-config, key: mode}}}]' }), ingress('sain', 'sain', 80),
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: sain-config}\ndata: {mode: prod}\n'],
  },
  { name: 'wrong Service selector', start: { kind: 'Service', name: 'selecteur' }, hop: 'service.selector', code: 'service.noMatch', seen: /app=selecteur\b/,
    manifests: [deployment('selecteur'), service('selecteur', 'app: selecteu')] },
  { name: 'targetPort ≠ containerPort', start: { kind: 'Service', name: 'port-num' }, hop: 'service.ports', code: 'service.targetPortNumber', seen: /targetPort 8080/,
    manifests: app('port-num', {}, 8080) },
  { name: 'named targetPort missing', start: { kind: 'Service', name: 'port-nom' }, hop: 'service.ports', code: 'service.targetPortName', seen: /« web »/,
    manifests: app('port-nom', {}, 'web') },
  { name: 'readiness failing', start: { kind: 'Service', name: 'non-pret' }, hop: 'pods.ready', code: 'pods.notReady', seen: /Readiness probe failed/,
    manifests: app('non-pret', { annotations: { 'kube-apprenti.io/simuler': 'non-pret' } }) },
  { name: 'ImagePullBackOff', start: { kind: 'Service', name: 'image' }, hop: 'pods.images', code: 'pods.imagePull', seen: /nginx:1\.99-inexistant/,
    manifests: app('image', { image: 'nginx:1.99-inexistant' }) },
  { name: 'CrashLoopBackOff', start: { kind: 'Deployment', name: 'crash' }, hop: 'pods.running', code: 'pods.crashLoop', seen: /redémarrage\(s\), dernier code de sortie 1/,
    manifests: app('crash', { annotations: { 'kube-apprenti.io/simuler': 'crashloop' } }) },
  { name: 'missing ConfigMap', start: { kind: 'Service', name: 'cm-absente' }, hop: 'pods.config', code: 'config.cmMissing', seen: /ConfigMap « cm-absente-config » absente/,
    manifests: app('cm-absente', { env: '[{name: MODE, valueFrom: {configMapKeyRef: {name: cm-absente-config, key: mode}}}]' }) },
  { name: 'missing Secret key', start: { kind: 'Service', name: 'cle-secret' }, hop: 'pods.config', code: 'config.secretKeyMissing', seen: /clé « password » absente du Secret « cle-secret »/,
    lecteur: { verdict: 'unknown', hop: 'pods.config' },
    manifests: [...app('cle-secret', { env: '[{name: PASSWORD, valueFrom: {secretKeyRef: {name: cle-secret, key: password}}}]' }),
      'apiVersion: v1\nkind: Secret\nmetadata: {name: cle-secret}\nstringData: {user: etudiant}\n'] },
  { name: 'Ingress → missing Service', start: { kind: 'Ingress', name: 'ing-svc' }, hop: 'ingress.backend', code: 'ingress.serviceMissing', seen: /Service « ing-svc-absent » absent/,
    manifests: [ingress('ing-svc', 'ing-svc-absent', 80)] },
  { name: 'Ingress → wrong Service port', start: { kind: 'Ingress', name: 'ing-port' }, hop: 'ingress.backend', code: 'ingress.portMissing', seen: /n’a pas de port 8080/,
    manifests: [...app('ing-port'), ingress('ing-port', 'ing-port', 8080)] },
  { name: 'PVC Pending (no StorageClass)', start: { kind: 'Service', name: 'pvc' }, hop: 'pods.storage', code: 'pvc.pending', seen: /PVC « pvc-data » en attente : aucune StorageClass/,
    manifests: [...app('pvc', { volumes: '[{name: data, persistentVolumeClaim: {claimName: pvc-data}}]', mounts: '[{name: data, mountPath: /data}]' }),
      'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: pvc-data}\nspec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}\n'] },
  { name: 'ResourceQuota exceeded (ReplicaSet FailedCreate)', start: { kind: 'Service', name: 'quota' }, hop: 'workload.create', code: 'workload.quota', seen: /quota dépassé : .*exceeded quota: petit/,
    quota: true, manifests: app('quota') },
  { name: 'Pending Pod (requests too large: the scheduler’s reason)', start: { kind: 'Deployment', name: 'trop-gros' }, hop: 'pods.scheduled',
    code: 'pods.unschedulable', seen: /en attente de placement : 0\/2 nodes are available: .*Insufficient cpu/,
    manifests: app('trop-gros', { resources: '{requests: {cpu: "500"}}' }) },
  { name: 'Deployment scaled to 0', start: { kind: 'Service', name: 'zero' }, hop: 'workload.replicas', code: 'workload.scaledToZero', seen: /0 réplica demandé/,
    manifests: app('zero', { replicas: 0 }) },
  { name: 'Service in another namespace than the Pods', start: { kind: 'Service', name: 'ailleurs' }, hop: 'service.selector', code: 'service.otherNamespace',
    seen: new RegExp(`dans l’espace de noms « ${STUDENT_NAMESPACE} »`),
    manifests: [service('ailleurs', `app: ${OTHER}`)] },
];

function apply(ns: string, docs: string[]): void {
  const r = kubectl('admin', ['apply', '-n', ns, '-f', '-'], docs.join('---\n'));
  assert.equal(r.code, 0, r.stderr);
}

function bindings(ns: string): string[] {
  return [['etudiant', 'edit'], ['lecteur', 'view']].map(([user, role]) => `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: ${user}-${role}}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: ${role}}
subjects: [{kind: ServiceAccount, name: ${user}, namespace: ${STUDENT_NAMESPACE}}]
`);
}

async function run(user: ClusterUser, ns: string, start: StartRef): Promise<DoctorReport> {
  const gw = ClusterGateway.connect({ kubeconfig: kubeconfigPath(user), namespace: ns });
  return diagnose(await readDoctorView(gw, ns, { lang: 'fr' }), start, 'fr');
}

describe('doctor: fault table on the local cluster', function () {
  this.timeout(10 * 60_000);
  let main: { name: string; cleanup: () => Promise<void> };
  let quota: { name: string; cleanup: () => Promise<void> };
  const nsOf = (f: Fault) => (f.quota ? quota.name : main.name);

  before(async () => {
    main = await freshNamespace('doctor');
    quota = await freshNamespace('doctor-quota');
    for (const ns of [main.name, quota.name]) apply(ns, bindings(ns));
    // the quota first, and counted by the quota controller, so that the Deployment's ReplicaSet is refused
    apply(quota.name, ['apiVersion: v1\nkind: ResourceQuota\nmetadata: {name: petit}\nspec: {hard: {pods: "0"}}\n']);
    await waitFor(async () => kubectl('admin', ['get', 'resourcequota', 'petit', '-n', quota.name, '-o', 'jsonpath={.status.hard.pods}']).stdout, (v) => v === '0', 30_000);
    apply(STUDENT_NAMESPACE, [deployment(OTHER)]);
    for (const f of FAULTS) apply(nsOf(f), f.manifests);
  });
  after(async () => {
    kubectl('admin', ['delete', 'deployment', OTHER, '-n', STUDENT_NAMESPACE, '--wait=false']);
    await main.cleanup();
    await quota.cleanup();
  });

  for (const user of ['etudiant', 'lecteur'] as const) {
    describe(`as ${user}`, () => {
      for (const f of FAULTS) {
        const alt = user === 'lecteur' ? f.lecteur : undefined;
        it(`${f.name} → ${alt ? `${alt.hop} non vérifiable` : f.hop ?? 'all ✔'}`, async () => {
          // The cluster converges (controllers, KWOK stages, events): ask again until the verdict settles.
          const want = (r: DoctorReport) => (alt
            ? r.verdict === alt.verdict
            : f.hop ? r.firstBroken !== undefined && r.hops[r.firstBroken].code === f.code : r.verdict === 'ok');
          const r = await waitFor(() => run(user, nsOf(f), f.start), want, 90_000, 1000).catch(async (e: Error) => {
            const last = await run(user, nsOf(f), f.start);
            throw new Error(`${e.message.slice(0, 80)}\n${renderText(last)}`);
          });
          const text = renderText(r);
          if (alt) {
            const hop = r.hops.find((h) => h.id === alt.hop)!;
            assert.equal(hop.status, 'unknown', text);
            assert.match(hop.seen, /^votre compte ne peut pas lire les Secrets\u00a0: /);
            assert.doesNotMatch(text, /\bat \w+ \(|Error:|\{"kind"/, 'no stack trace or JSON');
            assert.equal(r.hops.some((h) => h.status === 'broken'), false, text);
            return;
          }
          if (!f.hop) {
            assert.ok(r.hops.length >= 10 && r.hops.every((h) => h.status === 'ok'), text);
            return;
          }
          const hop = r.hops[r.firstBroken!];
          assert.equal(hop.id, f.hop, text);
          assert.equal(r.firstBroken, r.hops.length - 1, 'stops at the first broken link');
          assert.ok(r.hops.slice(0, -1).every((h) => h.status !== 'broken'));
          // French typography (non-breaking spaces) is checked on the catalogue; here the facts are compared with plain spaces.
          if (f.seen) assert.match(hop.seen.replace(/\u00a0/g, ' '), f.seen, text);
          assert.ok(hop.why && hop.fix && hop.kubectl.startsWith('kubectl '), text);
          if (f.code === 'pods.crashLoop') assert.ok(hop.logs?.length, 'the previous logs, or why they are unavailable');
        });
      }
    });
  }

  // The editor reads the tree's warm watch cache instead of listing: same verdicts, hop by hop, on the whole table
  // (after the table above has settled, so each application is compared in its expected state).
  describe('from the warm watch cache', () => {
    for (const user of ['etudiant', 'lecteur'] as const) {
      it(`as ${user}: the warm watch cache gives the same hops as fresh lists on every application of the table`, async () => {
        const session = ClusterSession.open({ kubeconfig: kubeconfigPath(user), namespace: main.name }, { hub: { lingerMs: 5_000 } });
        try {
          for (const ns of [main.name, quota.name]) await warmDoctorWatches(session.hub, `test-${ns}`, ns, 30_000);
          const shape = (r: DoctorReport) => `${r.verdict}: ${r.hops.map((h) => `${h.id}/${h.code}/${h.status}`).join(' → ')}`;
          for (const f of FAULTS) {
            const ns = nsOf(f);
            const listed = await run(user, ns, f.start);
            // a watch event may trail the list by a moment: compare until both agree (they must, within 15 s)
            const fromCache = async () => {
              const view = await readDoctorView(session.gateway, ns, { lang: 'fr', cache: hubCache(session.hub, ns) });
              return { view, report: await diagnose(view, f.start, 'fr') };
            };
            const c = await waitFor(fromCache, (x) => shape(x.report) === shape(listed), 15_000, 200).catch(async (e: Error) => {
              const last = await fromCache();
              throw new Error(`${f.name}: ${e.message.slice(0, 60)}\nlists: ${shape(listed)}\ncache: ${shape(last.report)}`);
            });
            assert.equal(shape(c.report), shape(listed), f.name);
            // and that shared verdict is the table's expected one
            const alt = user === 'lecteur' ? f.lecteur : undefined;
            if (alt) assert.equal(c.report.verdict, alt.verdict, f.name);
            else if (f.hop) assert.equal(c.report.hops[c.report.firstBroken!]?.code, f.code, f.name);
            else assert.equal(c.report.verdict, 'ok', f.name);
            // watched types came from the cache, the others (StorageClasses, ResourceQuotas) from lists
            assert.equal(c.view.sources?.pods, 'cache');
            assert.equal(c.view.sources?.services, 'cache');
            assert.equal(c.view.sources?.endpointslices, 'cache');
            assert.equal(c.view.sources?.resourcequotas, 'list');
            assert.equal(c.view.sources?.storageclasses, 'list');
            assert.equal(doctorWatchKeys(ns).some((k) => k.resource === 'resourcequotas' as string), false);
            // `lecteur` (view) cannot watch Secrets: listed, refused, said in French
            if (user === 'lecteur') {
              assert.equal(c.view.sources?.secrets, 'list');
              assert.match(c.view.forbidden.secrets ?? '', /^Accès refusé/);
            } else assert.equal(c.view.sources?.secrets, 'cache');
          }
        } finally {
          session.dispose();
        }
      });
    }
  });

  describe('the built CLI', () => {
    const bundle = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ka-doctor-cli-')), 'cli.js');
    const cli = (args: string[]) => {
      const r = spawnSync(process.execPath, [bundle, 'doctor', ...args], { encoding: 'utf8', timeout: 120_000 });
      return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
    };
    before(async () => {
      await esbuild.build({ entryPoints: [path.join(ROOT, 'cli/main.ts')], outfile: bundle, bundle: true, platform: 'node', format: 'cjs',
        target: 'node20', mainFields: ['module', 'main'], external: ['vscode'], logLevel: 'error' });
    });
    it('doctor svc/selecteur --manifestes: exit 1, the selector named in French, the manifest line', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ka-doctor-manifests-'));
      const file = path.join(dir, 'app.yaml');
      fs.writeFileSync(file, `${deployment('selecteur')}---\n${service('selecteur', 'app: selecteu')}`);
      const r = cli(['svc/selecteur', '-n', main.name, '--kubeconfig', kubeconfigPath('etudiant'), '--manifestes', dir]);
      assert.equal(r.code, 1, r.out + r.err);
      assert.match(r.out, /^Premier maillon cassé\u00a0: Le sélecteur app=selecteu du Service désigne des Pods$/m);
      assert.match(r.out, /Pour le voir vous-même\u00a0: kubectl get pods -l app=selecteu -n doctor-/);
      const line = deployment('selecteur').split('\n').length + 1; // 1-based: the Service starts after the Deployment and `---`
      assert.ok(r.out.includes(`Manifeste\u00a0: ${file}:${line}\n`), r.out);
      assert.equal(cli(['svc/selecteur', '-n', main.name, '--manifestes', path.join(dir, 'absent')]).code, 2);
    });
    it('doctor ing/sain: exit 0; --format json --langue en', () => {
      const r = cli(['ing/sain', '-n', main.name, '--kubeconfig', kubeconfigPath('lecteur')]);
      assert.equal(r.code, 0, r.out + r.err);
      assert.match(r.out, /Tout le chemin est en bon état/);
      const j = cli(['ingress/sain', '-n', main.name, '--kubeconfig', kubeconfigPath('etudiant'), '--format', 'json', '--langue', 'en']);
      assert.equal(j.code, 0, j.err);
      const report = JSON.parse(j.out) as DoctorReport;
      assert.equal(report.verdict, 'ok');
      assert.equal(report.hops[0].checked, 'Ingress “sain” exists');
    });
    it('doctor deploy/crash with lecteur: exit 1, restarts and why the previous logs are missing; a usage error exits 2', () => {
      const r = cli(['deploy/crash', '-n', main.name, '--kubeconfig', kubeconfigPath('lecteur')]);
      assert.equal(r.code, 1, r.out + r.err);
      assert.match(r.out, /^Premier maillon cassé\u00a0: Les conteneurs tournent sans redémarrer en boucle$/m);
      assert.match(r.out, /redémarrage\(s\), dernier code de sortie 1/);
      // KWOK nodes have no kubelet: the report says the logs are unavailable and why, in French, without a stack trace
      assert.match(r.out, /Dernières lignes du conteneur précédent\u00a0:\n {6}\| journaux du conteneur précédent indisponibles\u00a0: /);
      assert.match(r.out, /Pour le voir vous-même\u00a0: kubectl logs crash-[a-z0-9-]+ -c web --previous -n doctor-/);
      assert.doesNotMatch(r.out + r.err, /\n\s+at \S+ \(/);
      assert.equal(cli(['configmap/x', '-n', main.name]).code, 2);
    });
  });
});
