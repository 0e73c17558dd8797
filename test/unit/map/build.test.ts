// The application map's model on real manifests (test/fixtures/map): nodes by layer and origin, every kind of edge,
// broken edges with their French reason, files compared with live objects.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildMap, fileObjects, type FileObject, type KObject, type MapGraph } from '../../../core/map';

const FIX = path.join(__dirname, '../../fixtures/map');
const files = (name: string): FileObject[] => fileObjects(readFileSync(path.join(FIX, name), 'utf8'), `file://${FIX}/${name}`, name);
const edge = (g: MapGraph, from: string, to: string) => g.edges.find((e) => e.from === from && e.to === to);
const node = (g: MapGraph, id: string) => g.nodes.find((n) => n.id === id);
const nb = (s: string) => s.replace(/ ([:;?!])/g, '\u00a0$1').replace(/« /g, '«\u00a0').replace(/ »/g, '\u00a0»');
const live = (o: Partial<KObject> & { kind: string; name: string }): KObject => {
  const { name, ...rest } = o;
  return { apiVersion: 'v1', ...rest, metadata: { name, namespace: 'shop', ...(rest.metadata ?? {}) } } as KObject;
};

describe('map: files only (healthy shop)', () => {
  const g = buildMap({ namespace: 'shop', files: files('shop.yaml') }, 'fr');

  it('reads every object with its line and puts it in its layer', () => {
    assert.equal(node(g, 'Ingress/shop')?.manifest?.line, 1);
    assert.equal(node(g, 'Service/shop')?.manifest?.line, 21);
    assert.deepEqual(g.nodes.filter((n) => n.layer === 0).map((n) => n.id), ['Ingress/shop']);
    assert.deepEqual(g.nodes.filter((n) => n.layer === 1).map((n) => n.id), ['NetworkPolicy/shop', 'Service/shop']);
    assert.deepEqual(g.nodes.filter((n) => n.layer === 2).map((n) => n.id), ['Deployment/shop', 'HorizontalPodAutoscaler/shop', 'PodDisruptionBudget/shop']);
    assert.ok(g.nodes.every((n) => n.origin === 'file'));
  });

  it('draws every reference, none broken', () => {
    const expected: [string, string, string][] = [
      ['Ingress/shop', 'Service/shop', 'routes'], ['Ingress/shop', 'Secret/shop-tls', 'tls'],
      ['Service/shop', 'Deployment/shop', 'selects'], ['NetworkPolicy/shop', 'Deployment/shop', 'selects'],
      ['PodDisruptionBudget/shop', 'Deployment/shop', 'selects'], ['HorizontalPodAutoscaler/shop', 'Deployment/shop', 'target'],
      ['Deployment/shop', 'ConfigMap/shop-config', 'configMap'], ['Deployment/shop', 'Secret/shop-db', 'secret'],
      ['Deployment/shop', 'PersistentVolumeClaim/shop-data', 'claim'], ['Deployment/shop', 'ServiceAccount/shop', 'serviceAccount'],
      ['RoleBinding/shop-reader', 'Role/shop-reader', 'roleRef'], ['RoleBinding/shop-reader', 'ServiceAccount/shop', 'subject'],
    ];
    for (const [from, to, kind] of expected) assert.equal(edge(g, from, to)?.kind, kind, `${from} → ${to}`);
    assert.deepEqual(g.edges.filter((e) => e.broken), []);
    // Keys by name: env configMapKeyRef and the projected volume's item, the Secret via env and envFrom (init container).
    assert.equal(edge(g, 'Deployment/shop', 'ConfigMap/shop-config')?.label, nb('clé « mode », clé « banner »'));
    assert.equal(edge(g, 'Deployment/shop', 'Secret/shop-db')?.label, nb('Secret, clé « password »'));
    assert.equal(edge(g, 'Ingress/shop', 'Service/shop')?.label, 'route vers le port http');
  });

  it('without a cluster, the StorageClass is not checked', () => {
    assert.equal(g.edges.find((e) => e.kind === 'storageClass'), undefined);
  });
});

describe('map: broken links (files only)', () => {
  const g = buildMap({ namespace: 'default', files: files('broken.yaml') }, 'fr');
  const reason = (from: string, to: string) => {
    const e = edge(g, from, to);
    assert.ok(e?.broken, `${from} → ${to} should be broken: ${JSON.stringify(e)}`);
    return e.reason!;
  };

  it('a Service whose selector matches nothing', () => {
    assert.equal(reason('Service/web', 'Pod/app=wbe'),
      nb('le sélecteur app=wbe de Service « web » ne correspond à aucun Pod ni modèle de Pod de l’espace de noms'));
    assert.equal(node(g, 'Pod/app=wbe')?.origin, 'missing');
  });
  it('a named targetPort no container declares', () => {
    assert.match(reason('Service/web-named', 'Deployment/web'), /port nommé «\u00a0http\u00a0»/);
  });
  it('Ingress to a missing Service, and to an existing Service on a port it does not expose', () => {
    assert.match(reason('Ingress/front', 'Service/api'), /Service «\u00a0api\u00a0», qui n’existe ni dans les fichiers ni dans le cluster/);
    assert.equal(reason('Ingress/front', 'Service/web'), nb('le Service « web » n’expose pas le port 8080 demandé par l’Ingress (ports : 80)'));
  });
  it('a missing ConfigMap key, a missing Secret, a missing PVC and ServiceAccount; optional refs are not broken', () => {
    assert.equal(reason('Deployment/web', 'ConfigMap/web-config'), nb('la ConfigMap « web-config » n’a pas de clé « colour » (clés : color)'));
    assert.match(reason('Deployment/web', 'Secret/web-secret'), /CreateContainerConfigError/);
    assert.match(reason('Deployment/web', 'PersistentVolumeClaim/web-data'), /Pending/);
    assert.match(reason('Deployment/web', 'ServiceAccount/robot'), /robot/);
    assert.equal(node(g, 'ConfigMap/optional-config'), undefined);
  });
  it('HPA target and RoleBinding role missing', () => {
    assert.match(reason('HorizontalPodAutoscaler/web', 'Deployment/webb'), /Deployment «\u00a0webb\u00a0»/);
    assert.match(reason('RoleBinding/web', 'Role/web-role'), /web-role/);
  });
  it('in English', () => {
    const en = buildMap({ namespace: 'default', files: files('broken.yaml') }, 'en');
    assert.equal(edge(en, 'Service/web', 'Pod/app=wbe')?.reason, 'the selector app=wbe of Service “web” matches no Pod nor Pod template in the namespace');
  });
});

describe('map: files and cluster together', () => {
  const dep = files('shop.yaml').find((f) => f.object.kind === 'Deployment')!.object;
  const cluster: KObject[] = [
    live({ kind: 'Deployment', name: 'shop', apiVersion: 'apps/v1', metadata: { name: 'shop', uid: 'd1' },
      spec: { ...structuredClone(dep.spec), replicas: 3, progressDeadlineSeconds: 600 }, status: { readyReplicas: 3 } }),
    live({ kind: 'ReplicaSet', name: 'shop-7d9', apiVersion: 'apps/v1', metadata: { name: 'shop-7d9', ownerReferences: [{ kind: 'Deployment', name: 'shop', controller: true }] }, spec: { replicas: 3 } }),
    live({ kind: 'ReplicaSet', name: 'shop-old', apiVersion: 'apps/v1', metadata: { name: 'shop-old', ownerReferences: [{ kind: 'Deployment', name: 'shop', controller: true }] }, spec: { replicas: 0 }, status: { replicas: 0 } }),
    live({ kind: 'Pod', name: 'shop-7d9-a', metadata: { name: 'shop-7d9-a', labels: { app: 'shop' }, ownerReferences: [{ kind: 'ReplicaSet', name: 'shop-7d9', controller: true }] },
      spec: { containers: [{ name: 'web', image: 'shop:1.0' }] }, status: { phase: 'Running' } }),
    live({ kind: 'Pod', name: 'debug', metadata: { name: 'debug', labels: { app: 'shop' } }, spec: { containers: [{ name: 'sh', image: 'busybox', envFrom: [{ configMapRef: { name: 'gone' } }] }] }, status: { phase: 'Pending' } }),
    live({ kind: 'ConfigMap', name: 'shop-config', data: { mode: 'production', banner: 'Bienvenue' } }),
    live({ kind: 'ConfigMap', name: 'kube-root-ca.crt', data: { 'ca.crt': 'x' } }),
    live({ kind: 'Service', name: 'shop', spec: { selector: { app: 'shop' }, ports: [{ name: 'http', port: 80, targetPort: 'web', protocol: 'TCP' }], clusterIP: '10.0.0.1' } }),
    live({ kind: 'Secret', name: 'shop-db', data: { password: 'czNjcmV0' } }),
    live({ kind: 'Secret', name: 'sh.helm.release.v1.shop.v1', type: 'helm.sh/release.v1', data: { release: 'x' } }),
  ];
  const g = buildMap({ namespace: 'shop', files: files('shop.yaml'), live: cluster }, 'fr');

  it('tells apart file only, cluster only, both identical and both different', () => {
    assert.equal(node(g, 'Ingress/shop')?.origin, 'file');
    assert.equal(node(g, 'Pod/debug')?.origin, 'cluster');
    assert.equal(node(g, 'Service/shop')?.origin, 'both');
    assert.equal(node(g, 'Service/shop')?.differs, undefined, 'defaults added by the API server are not differences');
    assert.equal(node(g, 'ConfigMap/shop-config')?.differs, undefined);
    assert.equal(node(g, 'Secret/shop-db')?.differs, undefined, 'stringData and data with the same keys');
    assert.equal(node(g, 'Deployment/shop')?.differs, true, 'replicas 2 in the file, 3 live');
    assert.equal(node(g, 'Deployment/shop')?.differsAt, 'spec.replicas');
    assert.equal(node(g, 'Deployment/shop')?.state, '3/3');
  });
  it('owner references, old ReplicaSets, Helm and built-in objects hidden', () => {
    assert.equal(edge(g, 'Deployment/shop', 'ReplicaSet/shop-7d9')?.kind, 'owner');
    assert.equal(edge(g, 'ReplicaSet/shop-7d9', 'Pod/shop-7d9-a')?.kind, 'owner');
    for (const id of ['ReplicaSet/shop-old', 'ConfigMap/kube-root-ca.crt', 'Secret/sh.helm.release.v1.shop.v1']) assert.equal(node(g, id), undefined, id);
  });
  it('a Service selects the workload and the bare Pod, not the Pods the workload owns', () => {
    assert.ok(edge(g, 'Service/shop', 'Deployment/shop'));
    assert.ok(edge(g, 'Service/shop', 'Pod/debug'));
    assert.equal(edge(g, 'Service/shop', 'Pod/shop-7d9-a'), undefined);
  });
  it('the bare Pod’s missing ConfigMap is broken; the cluster knows StorageClasses, so a missing one is broken', () => {
    assert.match(edge(g, 'Pod/debug', 'ConfigMap/gone')?.reason ?? '', /«\u00a0gone\u00a0» n’existe ni/);
    assert.match(edge(g, 'PersistentVolumeClaim/shop-data', 'StorageClass/standard')?.reason ?? '', /StorageClass «\u00a0standard\u00a0»/);
    const withSc = buildMap({ namespace: 'shop', files: files('shop.yaml'), live: [...cluster, { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'standard' } }] }, 'fr');
    assert.equal(edge(withSc, 'PersistentVolumeClaim/shop-data', 'StorageClass/standard')?.broken, undefined);
  });
  it('kinds the account could not list are not called broken', () => {
    const g2 = buildMap({ namespace: 'shop', files: files('broken.yaml'), live: [], liveKinds: new Set(['Service', 'Pod', 'ConfigMap']) }, 'fr');
    assert.ok(g2.edges.find((e) => e.to === 'Secret/web-secret') === undefined);
    assert.ok(g2.edges.find((e) => e.to === 'Service/api')?.broken);
  });
  it('objects of other namespaces are left out; an empty namespace gives an empty graph', () => {
    assert.equal(buildMap({ namespace: 'autre', files: [{ ...files('shop.yaml')[0], object: { ...files('shop.yaml')[0].object, metadata: { name: 'x', namespace: 'shop' } } }] }, 'fr').nodes.length, 0);
    assert.deepEqual(buildMap({ namespace: 'vide', live: [] }, 'fr'), { namespace: 'vide', nodes: [], edges: [] });
  });
});
