// The traffic-path doctor on object snapshots: each case breaks one link of a healthy application and checks that the
// doctor names that link first (hop id and finding code), that the hops before it pass, and that it stops there.
import * as assert from 'node:assert/strict';
import { diagnose, renderText, type DoctorView, type StartRef } from '../../../core/doctor';
import * as F from './fixtures';

const first = async (view: DoctorView, start: StartRef, lang: 'fr' | 'en' = 'fr') => {
  const r = await diagnose(view, start, lang);
  const i = r.firstBroken;
  assert.ok(i !== undefined, `no broken hop:\n${renderText(r, lang)}`);
  assert.equal(i, r.hops.length - 1, 'the walk stops at the first broken link');
  assert.ok(r.hops.slice(0, i).every((h) => h.status !== 'broken'));
  assert.equal(r.verdict, 'broken');
  return { r, hop: r.hops[i] };
};
/** French typography: the catalogue writes non-breaking spaces before « : » and inside « ». */
const nb = (s: string) => s.replace(/ ([:;?!])/g, '\u00a0$1').replace(/« /g, '«\u00a0').replace(/ »/g, '\u00a0»');
const has = (actual: string, expected: string) => assert.ok(actual.includes(nb(expected)), `${JSON.stringify(actual)} does not contain ${JSON.stringify(expected)}`);
const ING: StartRef = { kind: 'Ingress', name: 'web' };
const SVC: StartRef = { kind: 'Service', name: 'web' };
const DEP: StartRef = { kind: 'Deployment', name: 'web' };

describe('doctor: healthy application', () => {
  it('every hop is ✔ from the Ingress, in chain order', async () => {
    const r = await diagnose(F.healthy(), ING);
    assert.equal(r.verdict, 'ok', renderText(r));
    assert.deepEqual(r.hops.map((h) => h.id), [
      'ingress.exists', 'ingress.backend', 'service.selector', 'service.ports', 'workload.replicas', 'workload.create',
      'pods.scheduled', 'pods.images', 'pods.config', 'pods.running', 'pods.ready', 'endpoints',
    ]);
    assert.ok(r.hops.every((h) => h.status === 'ok' && h.kubectl.startsWith('kubectl ')));
    assert.equal(r.firstBroken, undefined);
  });
  it('from a Deployment, a Pod and the Service', async () => {
    for (const start of [DEP, SVC, { kind: 'Pod', name: 'web-abc-0' } as StartRef]) {
      const r = await diagnose(F.healthy(), start);
      assert.equal(r.verdict, 'ok', renderText(r));
    }
  });
});

describe('doctor: first broken link', () => {
  it('wrong Service selector names the selector and the labels seen', async () => {
    const v = F.healthy();
    v.objects.services = [F.service('web', { selector: { app: 'wbe' } })];
    const { hop } = await first(v, SVC);
    assert.equal(hop.id, 'service.selector');
    assert.equal(hop.code, 'service.noMatch');
    assert.match(hop.seen, /app=wbe/);
    assert.match(hop.seen, /app=web/);
    assert.equal(hop.kubectl, 'kubectl get pods -l app=wbe -n demo --show-labels');
  });
  it('Service in another namespace than the Pods', async () => {
    const v = F.healthy();
    v.objects = { ...v.objects, pods: [], deployments: [], replicasets: [] };
    v.podsElsewhere = async (sel) => (sel.app === 'web' ? ['prod'] : []);
    const { hop } = await first(v, SVC);
    assert.equal(hop.code, 'service.otherNamespace');
    assert.match(hop.seen, /prod/);
  });
  it('targetPort ≠ containerPort', async () => {
    const v = F.healthy();
    v.objects.services = [F.service('web', { targetPort: 8080 })];
    const { hop } = await first(v, SVC);
    assert.equal(hop.code, 'service.targetPortNumber');
    assert.match(hop.fix!, /targetPort: 80/);
  });
  it('named targetPort missing', async () => {
    const v = F.healthy();
    v.objects.services = [F.service('web', { targetPort: 'htpp' })];
    const { hop } = await first(v, SVC);
    assert.equal(hop.code, 'service.targetPortName');
    assert.match(hop.seen, /htpp/);
  });
  it('named targetPort present passes', async () => {
    const v = F.healthy();
    v.objects.services = [F.service('web', { targetPort: 'http' })];
    assert.equal((await diagnose(v, SVC)).verdict, 'ok');
  });
  it('readiness failing, with the Unhealthy event', async () => {
    const v = F.healthy('notReady');
    v.objects.events = [F.event('Pod', 'web-abc-0', 'Unhealthy', 'Readiness probe failed: HTTP probe failed with statuscode: 503')];
    const { hop } = await first(v, SVC);
    assert.equal(hop.id, 'pods.ready');
    assert.match(hop.seen, /2 Pod\(s\) sur 2 non prêt\(s\)/);
    assert.match(hop.seen, /statuscode: 503/);
  });
  it('ImagePullBackOff', async () => {
    const { hop } = await first(F.healthy('imagePull'), ING);
    assert.equal(hop.id, 'pods.images');
    has(hop.seen, 'image « nginx:1.27 » introuvable (ImagePullBackOff) : Back-off pulling image');
  });
  it('CrashLoopBackOff: restarts, last exit code and the previous logs', async () => {
    const v = F.healthy('crash');
    v.previousLogs = async (p, c) => ({ lines: [`${p}/${c}: starting`, 'Error: DATABASE_URL is not set'] });
    const { hop } = await first(v, DEP);
    assert.equal(hop.code, 'pods.crashLoop');
    assert.match(hop.seen, /3 redémarrage\(s\), dernier code de sortie 1/);
    assert.deepEqual(hop.logs, ['web-abc-0/web: starting', 'Error: DATABASE_URL is not set']);
    assert.equal(hop.kubectl, 'kubectl logs web-abc-0 -c web --previous -n demo');
  });
  it('CrashLoopBackOff when the logs cannot be read says why', async () => {
    const v = F.healthy('crash');
    v.previousLogs = async () => ({ unavailable: 'accès refusé' });
    const { hop } = await first(v, DEP);
    assert.match(hop.logs![0], /indisponibles\u00a0: accès refusé/);
  });
  it('missing ConfigMap', async () => {
    const v = F.healthy();
    v.objects.configmaps = [];
    const { hop } = await first(v, SVC);
    assert.equal(hop.id, 'pods.config');
    assert.equal(hop.code, 'config.cmMissing');
    has(hop.seen, 'ConfigMap « app-config » absente (utilisée par variable MODE du conteneur « web »)');
  });
  it('missing Secret key', async () => {
    const v = F.healthy();
    v.objects.secrets = [F.secret('app-secret', { pass: '' })];
    const { hop } = await first(v, SVC);
    assert.equal(hop.code, 'config.secretKeyMissing');
    assert.equal(hop.seen, nb('clé « password » absente du Secret « app-secret » (clés : « pass »), utilisée par variable PASSWORD du conteneur « web »'));
  });
  it('optional references are not required', async () => {
    const v = F.healthy();
    v.objects.configmaps = [];
    const dep = F.deployment('web', { containers: [F.container({ env: [], envFrom: [{ configMapRef: { name: 'absente', optional: true } }] })] });
    const rs = F.replicaSet(dep);
    v.objects.deployments = [dep];
    v.objects.replicasets = [rs];
    v.objects.pods = [F.pod(rs, 0), F.pod(rs, 1)];
    assert.equal((await diagnose(v, SVC)).verdict, 'ok');
  });
  it('Ingress → missing Service', async () => {
    const v = F.healthy();
    v.objects.ingresses = [F.ingress('web', 'webb')];
    const { hop } = await first(v, ING);
    assert.equal(hop.code, 'ingress.serviceMissing');
    assert.equal(hop.seen, nb('Service « webb » absent (Services présents : « web »)'));
  });
  it('Ingress → wrong Service port (the container port instead of the Service port)', async () => {
    const v = F.healthy();
    v.objects.ingresses = [F.ingress('web', 'web', 80)];
    const { hop } = await first(v, ING);
    assert.equal(hop.code, 'ingress.portMissing');
    assert.match(hop.seen, /8080 \(http\)/);
  });
  it('PVC Pending: no StorageClass (from the PVC event when StorageClasses are unreadable)', async () => {
    const v = F.healthy('pending');
    const dep = v.objects.deployments![0];
    (dep.spec as { template: { spec: Record<string, unknown> } }).template.spec.volumes = [{ name: 'data', persistentVolumeClaim: { claimName: 'data' } }];
    for (const p of v.objects.pods!) (p.spec as Record<string, unknown>).volumes = [{ name: 'data', persistentVolumeClaim: { claimName: 'data' } }];
    v.objects.persistentvolumeclaims = [{ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data', namespace: F.NS }, spec: {}, status: { phase: 'Pending' } }];
    v.objects.events = [F.event('PersistentVolumeClaim', 'data', 'FailedBinding', 'no persistent volumes available for this claim and no storage class is set')];
    v.forbidden.storageclasses = 'non';
    const { hop } = await first(v, SVC);
    assert.equal(hop.code, 'pvc.pending');
    assert.equal(hop.seen, nb('PVC « data » en attente : aucune StorageClass'));
  });
  it('Pending Pod: the scheduler’s reason', async () => {
    const { hop } = await first(F.healthy('pending'), DEP);
    assert.equal(hop.id, 'pods.scheduled');
    assert.match(hop.seen, /Insufficient cpu/);
  });
  it('ResourceQuota exceeded: the ReplicaSet’s FailedCreate event', async () => {
    const v = F.healthy();
    v.objects.pods = [];
    v.objects.endpointslices = [];
    v.objects.events = [F.event('ReplicaSet', 'web-abc', 'FailedCreate', 'pods "web-abc-x" is forbidden: exceeded quota: petit, requested: pods=1, used: pods=1, limited: pods=1')];
    v.objects.resourcequotas = [{ apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'petit', namespace: F.NS }, status: { hard: { pods: '1' }, used: { pods: '1' } } }];
    const { hop } = await first(v, SVC);
    assert.equal(hop.id, 'workload.create');
    assert.equal(hop.code, 'workload.quota');
    assert.match(hop.seen, /^quota dépassé\u00a0: pods "web-abc-x" is forbidden/);
    has(hop.seen, '(quota « petit » : pods 1 utilisé sur 1)');
    assert.equal(hop.kubectl, 'kubectl describe replicaset web-abc -n demo');
  });
  it('Deployment scaled to 0', async () => {
    const v = F.healthy();
    (v.objects.deployments![0].spec as { replicas: number }).replicas = 0;
    v.objects.pods = [];
    const { hop } = await first(v, SVC);
    assert.equal(hop.code, 'workload.scaledToZero');
    assert.match(hop.fix!, /kubectl scale deployment\/web --replicas=1 -n demo/);
  });
  it('Deployment missing', async () => {
    const v = F.healthy();
    v.objects.deployments = [];
    const { hop } = await first(v, DEP);
    assert.equal(hop.code, 'workload.missing');
  });
  it('EndpointSlices not ready although the Pods are', async () => {
    const v = F.healthy();
    v.objects.endpointslices = [];
    const { hop } = await first(v, SVC);
    assert.equal(hop.id, 'endpoints');
    assert.equal(hop.seen, '0 endpoint prêt (0 non prêt(s))');
  });
  it('links a hop to the manifest line (the Pods’ hops to their Deployment)', async () => {
    const v = F.healthy('crash');
    v.manifest = (kind, name) => (kind === 'Deployment' && name === 'web' ? { uri: 'file:///w/k8s/web.yaml', label: 'k8s/web.yaml', line: 4 } : undefined);
    const { r, hop } = await first(v, SVC);
    assert.equal(hop.manifest?.label, 'k8s/web.yaml');
    assert.match(renderText(r), /Manifeste\u00a0: k8s\/web\.yaml:5/);
  });
});

describe('doctor: RBAC-limited accounts', () => {
  it('unreadable Secrets: « non vérifiable », the walk goes on', async () => {
    const v = F.healthy();
    v.objects.secrets = undefined;
    v.forbidden.secrets = 'Accès refusé.';
    const r = await diagnose(v, SVC);
    assert.equal(r.verdict, 'unknown');
    const hop = r.hops.find((h) => h.id === 'pods.config')!;
    assert.equal(hop.status, 'unknown');
    assert.equal(hop.seen, 'votre compte ne peut pas lire les Secrets\u00a0: Accès refusé.');
    assert.equal(r.hops.at(-1)!.id, 'endpoints');
  });
  it('a missing ConfigMap is still found when Secrets are unreadable', async () => {
    const v = F.healthy();
    v.objects.configmaps = [];
    v.forbidden.secrets = 'Accès refusé.';
    const { hop } = await first(v, SVC);
    assert.equal(hop.code, 'config.cmMissing');
  });
  it('unreadable EndpointSlices', async () => {
    const v = F.healthy();
    v.forbidden.endpointslices = 'Accès refusé.';
    const r = await diagnose(v, SVC);
    assert.equal(r.verdict, 'unknown');
    assert.match(r.hops.at(-1)!.seen, /^votre compte ne peut pas lire les EndpointSlices/);
    assert.match(renderText(r), /non vérifiable/);
  });
});

describe('doctor: English', () => {
  it('same verdict, English texts', async () => {
    const v = F.healthy();
    v.objects.configmaps = [];
    const { hop, r } = await first(v, SVC, 'en');
    assert.equal(hop.seen, 'ConfigMap “app-config” missing (used by variable MODE of container “web”)');
    assert.match(renderText(r, 'en'), /^Diagnosis: Service “web” \(namespace “demo”\)/);
  });
});

describe('doctor: other start points and findings', () => {
  const job = (failed: boolean): DoctorView => {
    const v = F.healthy();
    const j = {
      apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'migrate', namespace: F.NS },
      spec: { template: { metadata: { labels: { job: 'migrate' } }, spec: { restartPolicy: 'Never', containers: [F.container({ env: [] })] } } },
      status: failed ? { failed: 7, conditions: [{ type: 'Failed', status: 'True', reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' }] } : { active: 1 },
    };
    const p = F.pod(j, 0);
    p.metadata.ownerReferences = [{ kind: 'Job', name: 'migrate', controller: true }];
    v.objects.jobs = [j];
    v.objects.pods = [p];
    return v;
  };
  it('a failed Job names its backoff limit', async () => {
    const { hop } = await first(job(true), { kind: 'Job', name: 'migrate' });
    assert.equal(hop.code, 'job.failed');
    assert.match(hop.seen, /backoff limit/);
  });
  it('a running Job passes (no readiness check for Job Pods)', async () => {
    const r = await diagnose(job(false), { kind: 'Job', name: 'migrate' });
    assert.equal(r.verdict, 'ok', renderText(r));
    assert.equal(r.hops.some((h) => h.id === 'pods.ready'), false);
  });
  it('Pod creation refused by admission (not a quota)', async () => {
    const v = F.healthy();
    v.objects.pods = [];
    v.objects.events = [F.event('ReplicaSet', 'web-abc', 'FailedCreate', 'pods "web-abc-x" is forbidden: error looking up service account demo/robot: serviceaccount "robot" not found')];
    const { hop } = await first(v, DEP);
    assert.equal(hop.code, 'workload.createRefused');
    assert.match(hop.seen, /serviceaccount "robot" not found/);
  });
  it('a Deployment whose Pods are not created yet, events unreadable: « non vérifiable »', async () => {
    const v = F.healthy();
    v.objects.pods = [];
    v.forbidden.events = 'Accès refusé.';
    const r = await diagnose(v, DEP);
    assert.equal(r.verdict, 'unknown');
    assert.equal(r.hops.at(-1)!.id, 'workload.create');
  });
  it('an Ingress without any backend', async () => {
    const v = F.healthy();
    v.objects.ingresses = [{ apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'web', namespace: F.NS }, spec: {} }];
    const { hop } = await first(v, ING);
    assert.equal(hop.code, 'ingress.noBackend');
  });
  it('a missing start object: Service, Ingress, Pod', async () => {
    assert.equal((await first(F.healthy(), { kind: 'Service', name: 'nope' })).hop.code, 'service.missing');
    assert.equal((await first(F.healthy(), { kind: 'Ingress', name: 'nope' })).hop.code, 'ingress.missing');
    assert.equal((await first(F.healthy(), { kind: 'Pod', name: 'nope' })).hop.code, 'pod.missing');
  });
  it('a missing ConfigMap mounted as a volume', async () => {
    const v = F.healthy();
    for (const p of v.objects.pods!) (p.spec as Record<string, unknown>).volumes = [{ name: 'conf', configMap: { name: 'nginx-conf', items: [{ key: 'default.conf', path: 'default.conf' }] } }];
    const { hop } = await first(v, SVC);
    assert.equal(hop.code, 'config.cmMissing');
    has(hop.seen, 'ConfigMap « nginx-conf » absente (utilisée par volume « conf »)');
  });
  it('a container waiting for another reason (CreateContainerConfigError on a real kubelet)', async () => {
    const v = F.healthy();
    const cs = (v.objects.pods![0].status as { containerStatuses: Record<string, unknown>[] }).containerStatuses[0];
    cs.state = { waiting: { reason: 'RunContainerError', message: 'exec: "sh": not found' } };
    const { hop } = await first(v, SVC);
    assert.equal(hop.code, 'pods.waiting');
    assert.match(hop.seen, /RunContainerError \(exec: "sh": not found\)/);
  });
  it('the waiting reason is explained by the catalogue of states (why and fix), in French and in English', async () => {
    const v = F.healthy();
    const cs = (v.objects.pods![0].status as { containerStatuses: Record<string, unknown>[] }).containerStatuses[0];
    cs.state = { waiting: { reason: 'RunContainerError', message: 'exec: "sh": not found' } };
    const { hop } = await first(v, SVC);
    has(hop.why!, 'n’a pas pu démarrer. La commande (command/args) n’existe pas dans l’image');
    has(hop.fix!, 'Vérifiez command et args dans le manifeste.');
    const { hop: en } = await first(v, SVC, 'en');
    assert.match(en.why!, /could not start\. The command \(command\/args\) does not exist in the image/);
    assert.equal(en.fix, 'Check command and args in the manifest.');
  });
  it('a crash loop killed for memory says OOMKilled and how to fix it', async () => {
    const v = F.healthy('crash');
    for (const p of v.objects.pods!) {
      const cs = (p.status as { containerStatuses: Record<string, unknown>[] }).containerStatuses[0];
      cs.lastState = { terminated: { exitCode: 137, reason: 'OOMKilled' } };
    }
    const { hop } = await first(v, SVC);
    assert.equal(hop.code, 'pods.crashLoop');
    has(hop.seen, '3 redémarrage(s), dernier code de sortie 137 (OOMKilled)');
    has(hop.why!, 'dépassé sa limite de mémoire (resources.limits.memory)');
    has(hop.fix!, 'Augmentez la limite de mémoire');
  });
  it('a crash loop ending in a plain Error keeps the crash loop’s own why', async () => {
    const { hop } = await first(F.healthy('crash'), SVC);
    assert.doesNotMatch(hop.seen, /\(Error\)/);
    has(hop.why!, 'L’application s’arrête juste après son démarrage');
  });
  it('an evicted Pod (phase Failed): the node’s reason, explained', async () => {
    const v = F.healthy();
    const p = v.objects.pods![1];
    p.status = { phase: 'Failed', reason: 'Evicted', message: 'The node was low on resource: memory.', conditions: [{ type: 'Ready', status: 'False' }] };
    const { hop } = await first(v, SVC);
    assert.equal(hop.code, 'pods.podFailed');
    assert.equal(hop.id, 'pods.running');
    has(hop.seen, 'Pod « web-abc-1 » arrêté par son nœud : Evicted : The node was low on resource: memory.');
    has(hop.why!, 'Le Pod a été expulsé de son nœud. Le nœud manquait de mémoire ou de disque');
    assert.match(hop.kubectl, /^kubectl describe pod web-abc-1 -n demo$/);
  });
});
