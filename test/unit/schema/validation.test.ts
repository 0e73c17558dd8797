import { strict as assert } from 'node:assert';
import { parseAllDocuments } from 'yaml';
import { applyFix, schemaFindings, yaml } from './helpers';

const deploymentHead = ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: web', 'spec:'];
const podTemplate = (...containerLines: string[]) => [
  '  selector:', '    matchLabels:', '      app: web', '  template:', '    metadata:', '      labels:', '        app: web',
  '    spec:', '      containers:', ...containerLines,
];

describe('schema validation: unknown fields (KA046)', () => {
  it('suggests the closest field and fixes the key', () => {
    const text = yaml(...deploymentHead, '  replicas: 2', '  selector:', '    matchLabel:', '      app: web',
      ...podTemplate('        - name: web', '          image: nginx').slice(3));
    const [f, ...rest] = schemaFindings(text);
    assert.equal(rest.length, 0, JSON.stringify(rest.map((r) => r.message)));
    assert.equal(f.key, 'KA046.suggestion');
    assert.deepEqual([f.line, f.character, f.covered], [7, 4, 'matchLabel']);
    assert.equal(f.finding.args.suggestion, 'matchLabels');
    assert.equal(schemaFindings(applyFix(text, f.finding)).length, 0);
  });

  it('explains a field indented too far (belongs to an enclosing object)', () => {
    const text = yaml('apiVersion: batch/v1', 'kind: Job', 'metadata:', '  name: etl', 'spec:', '  template:', '    spec:',
      '      restartPolicy: Never', '      containers:', '        - name: etl', '          image: python:3.9-slim', '      backoffLimit: 4');
    const [f] = schemaFindings(text);
    assert.equal(f.key, 'KA046.up');
    assert.deepEqual([f.line, f.character, f.covered], [11, 6, 'backoffLimit']);
    assert.equal(f.finding.args.target, 'spec.backoffLimit');
    assert.equal(f.finding.args.where, 'Job.spec.template.spec');
  });

  it('explains a field not indented enough (belongs deeper)', () => {
    const text = yaml(...deploymentHead, '  containers:', '    - name: web', '      image: nginx',
      ...podTemplate('        - name: web', '          image: nginx'));
    const [f, ...rest] = schemaFindings(text);
    assert.equal(rest.length, 0);
    assert.equal(f.key, 'KA046.down');
    assert.deepEqual([f.line, f.character], [5, 2]);
    assert.equal(f.finding.args.target, 'spec.template.spec.containers');
  });

  it('finds `image` written directly under the pod spec', () => {
    const text = yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: p', 'spec:', '  image: nginx', '  containers:', '    - name: c', '      image: nginx');
    const [f] = schemaFindings(text);
    assert.equal(f.key, 'KA046.down');
    assert.equal(f.finding.args.target, 'spec.containers[].image');
  });

  it('finds a hostPath `type` written beside hostPath (seed 003)', () => {
    const text = yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: p', 'spec:', '  containers:', '    - name: c', '      image: nginx',
      '  volumes:', '    - name: data', '      hostPath:', '        path: /data', '      type: Directory');
    const [f] = schemaFindings(text);
    assert.equal(f.key, 'KA046.down');
    assert.equal(f.finding.args.target, 'spec.volumes[0].hostPath.type');
    assert.deepEqual([f.line, f.character], [12, 6]);
  });

  it('flags `replicas` on a DaemonSet (kubeconform extra_property)', () => {
    const text = yaml('apiVersion: apps/v1', 'kind: DaemonSet', 'metadata:', '  name: ds', 'spec:', '  replicas: 2', ...podTemplate('        - name: c', '          image: nginx'));
    const [f] = schemaFindings(text);
    assert.equal(f.key, 'KA046.daemonSetReplicas');
    assert.deepEqual([f.line, f.covered], [5, 'replicas']);
    const pod = schemaFindings(yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: p', 'spec:', '  replicas: 3', '  containers:', '    - name: c', '      image: nginx'));
    assert.deepEqual(pod.map((x) => x.key), ['KA046.podReplicas']);
  });

  it('ignores strategic-merge-patch directives', () => {
    const text = yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: p', '  $patch: replace', 'spec:', '  containers:', '    - name: c', '      image: nginx');
    assert.deepEqual(schemaFindings(text), []);
  });
});

describe('schema validation: wrong types (KA150)', () => {
  it('replicas: "3" → remove the quotes', () => {
    const text = yaml(...deploymentHead, '  replicas: "3"', ...podTemplate('        - name: web', '          image: nginx'));
    const [f] = schemaFindings(text);
    assert.equal(f.key, 'KA150.quoted');
    assert.deepEqual([f.line, f.character, f.covered], [5, 12, '"3"']);
    assert.match(applyFix(text, f.finding), /replicas: 3\n/);
  });

  it('env value read as a number or a YAML 1.1 boolean → quote it', () => {
    const text = yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: p', 'spec:', '  containers:', '    - name: c', '      image: redis',
      '      env:', '        - name: REDIS_PORT', '          value: 6379', '        - name: DEBUG', '          value: yes');
    const [a, b] = schemaFindings(text);
    assert.equal(a.key, 'KA150.string.number');
    assert.deepEqual([a.line, a.covered], [10, '6379']);
    assert.equal(b.key, 'KA150.string.boolean');
    assert.deepEqual([b.line, b.covered], [12, 'yes']);
    assert.equal(schemaFindings(applyFix(applyFix(text, b.finding), a.finding)).length, 0);
  });

  it('a mapping where a list is expected → add the dash (fix re-indents)', () => {
    const text = yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: p', 'spec:', '  containers:', '    name: c', '    image: nginx', '    ports:', '      - containerPort: 80');
    const [f, ...rest] = schemaFindings(text);
    assert.equal(rest.length, 0);
    assert.equal(f.key, 'KA150.array.object');
    assert.deepEqual([f.line, f.character, f.covered], [5, 2, 'containers']);
    const fixed = applyFix(text, f.finding);
    assert.match(fixed, /containers:\n {4}- name: c\n {6}image: nginx\n {6}ports:\n {8}- containerPort: 80\n/);
    assert.equal(parseAllDocuments(fixed)[0].errors.length, 0);
    assert.deepEqual(schemaFindings(fixed), []);
  });

  it('checks the fields of a mapping written instead of a list', () => {
    const text = yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: p', 'spec:', '  containers:', '    name: c', '    imag: nginx');
    assert.ok(schemaFindings(text).some((f) => f.key === 'KA046.suggestion' && f.covered === 'imag'));
  });

  it('a quoted containerPort, a string port (kubeconform multi_invalid)', () => {
    const text = yaml('apiVersion: v1', 'kind: Service', 'metadata:', '  name: s', 'spec:', '  selector:', '    app: a', '  ports:', '    - port: sds');
    const [f] = schemaFindings(text);
    assert.equal(f.key, 'KA150.integer');
    assert.deepEqual([f.line, f.covered], [8, 'sds']);
    assert.equal(f.finding.fixes, undefined);
  });

  it('accepts null values and integral floats as kubectl does', () => {
    const text = yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: p', '  creationTimestamp: null', 'spec:', '  terminationGracePeriodSeconds: 30.0',
      '  containers:', '    - name: c', '      image: nginx', '      args:', '        # nothing yet');
    assert.deepEqual(schemaFindings(text), []);
  });
});

describe('schema validation: enum values (KA041, KA151)', () => {
  it('wrong case → KA041 with the right spelling', () => {
    const text = yaml('apiVersion: v1', 'kind: Service', 'metadata:', '  name: s', 'spec:', '  type: clusterIP', '  selector:', '    app: a', '  ports:', '    - port: 80', '      protocol: tcp');
    const found = schemaFindings(text);
    assert.deepEqual(found.map((f) => [f.code, f.line, f.covered, f.finding.args.suggestion]), [['KA041', 5, 'clusterIP', 'ClusterIP'], ['KA041', 10, 'tcp', 'TCP']]);
    assert.equal(schemaFindings(applyFix(applyFix(text, found[1].finding), found[0].finding)).length, 0);
  });

  it('covers pathType, restartPolicy and imagePullPolicy', () => {
    const ing = yaml('apiVersion: networking.k8s.io/v1', 'kind: Ingress', 'metadata:', '  name: i', 'spec:', '  rules:', '    - http:', '        paths:',
      '          - path: /', '            pathType: prefix', '            backend:', '              service:', '                name: web', '                port:', '                  number: 80');
    assert.deepEqual(schemaFindings(ing).map((f) => [f.code, f.covered]), [['KA041', 'prefix']]);
    const pod = yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: p', 'spec:', '  restartPolicy: never', '  containers:', '    - name: c', '      image: nginx', '      imagePullPolicy: always');
    assert.deepEqual(schemaFindings(pod).map((f) => [f.code, f.finding.args.suggestion]), [['KA041', 'Never'], ['KA041', 'Always']]);
  });

  it('a value that is not allowed → KA151 with the closest value', () => {
    const text = yaml('apiVersion: v1', 'kind: Service', 'metadata:', '  name: s', 'spec:', '  type: NodePorts', '  selector:', '    app: a', '  ports:', '    - port: 80');
    const [f] = schemaFindings(text);
    assert.equal(f.key, 'KA151.suggestion');
    assert.equal(f.finding.args.suggestion, 'NodePort');
  });
});

describe('schema validation: required fields (KA043)', () => {
  it('a Deployment without selector: on the `spec` key', () => {
    const text = yaml(...deploymentHead, '  template:', '    metadata:', '      labels:', '        app: web', '    spec:', '      containers:', '        - name: web', '          image: nginx');
    const [f] = schemaFindings(text);
    assert.equal(f.key, 'KA043');
    assert.equal(f.finding.args.field, 'selector');
    assert.deepEqual([f.line, f.covered], [4, 'spec']);
  });

  it('metadata.name missing or empty, unless generateName', () => {
    const empty = yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name:', 'data:', '  a: b');
    const [f] = schemaFindings(empty);
    assert.equal(f.key, 'KA043.name');
    assert.deepEqual([f.line, f.covered], [3, 'name']);
    const gen = yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  generateName: cfg-', 'data:', '  a: b');
    assert.deepEqual(schemaFindings(gen), []);
  });

  it('a container without image, and with an empty name', () => {
    const text = yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: p', 'spec:', '  containers:', '    - name: ""', '    - name: b', '      image:');
    const found = schemaFindings(text).map((f) => [f.key, f.line, f.finding.args.field]);
    assert.deepEqual(found, [['KA043.empty', 6, 'name'], ['KA043', 6, 'image'], ['KA043.empty', 8, 'image']]);
  });

  it('missing apiVersion or kind', () => {
    assert.deepEqual(schemaFindings(yaml('kind: ReplicationController', 'metadata:', '  name: bob')).map((f) => [f.key, f.line, f.severity]), [['KA043.apiVersion', 0, 'error']]);
    assert.deepEqual(schemaFindings(yaml('key: value')).map((f) => [f.key, f.severity]), [['KA043.document', 'hint']]);
    assert.deepEqual(schemaFindings(yaml('metadata:', '  name: x', 'spec: {}')).map((f) => [f.key, f.severity]), [['KA043.document', 'warning']]);
  });
});

describe('schema validation: apiVersion and kind (KA042)', () => {
  it('a Deployment in v1 → apps/v1', () => {
    const text = yaml('apiVersion: v1', 'kind: Deployment', 'metadata:', '  name: web');
    const [f] = schemaFindings(text);
    assert.equal(f.key, 'KA042');
    assert.deepEqual([f.line, f.covered, f.finding.args.suggestion], [0, 'v1', 'apps/v1']);
    assert.match(applyFix(text, f.finding), /^apiVersion: apps\/v1\n/);
  });

  it('a Service in apps/v1 → v1; a CronJob in apps/v1 → batch/v1', () => {
    assert.equal(schemaFindings(yaml('apiVersion: apps/v1', 'kind: Service', 'metadata:', '  name: s'))[0].finding.args.suggestion, 'v1');
    assert.equal(schemaFindings(yaml('apiVersion: apps/v1', 'kind: CronJob', 'metadata:', '  name: c'))[0].finding.args.suggestion, 'batch/v1');
  });

  it('an unknown kind of a built-in group is a warning with a suggestion', () => {
    const [f] = schemaFindings(yaml('apiVersion: apps/v1', 'kind: Deploymnet', 'metadata:', '  name: web'));
    assert.deepEqual([f.key, f.severity, f.finding.args.suggestion], ['KA042.unknownKind.suggestion', 'warning', 'Deployment']);
    const [g] = schemaFindings(yaml('apiVersion: v1', 'kind: SkipThisKind', 'metadata:', '  name: x'));
    assert.deepEqual([g.key, g.severity, g.line], ['KA042.unknownKind', 'warning', 1]);
  });

  it('leaves custom resources, removed versions and tools alone', () => {
    assert.deepEqual(schemaFindings(yaml('apiVersion: cert-manager.io/v1', 'kind: Certificate', 'metadata:', '  name: c', 'spec:', '  anything: [1, 2]')), []);
    assert.deepEqual(schemaFindings(yaml('apiVersion: batch/v1beta1', 'kind: CronJob', 'metadata:', '  name: c', 'spec:', '  whatever: 1')), []);
    assert.deepEqual(schemaFindings(yaml('apiVersion: v1', 'kind: Config', 'clusters: []', 'users: []')), []);
    assert.deepEqual(schemaFindings(yaml('apiVersion: kustomize.config.k8s.io/v1beta1', 'kind: Kustomization', 'resources:', '  - a.yaml')), []);
  });
});

describe('schema validation: formats', () => {
  const podWith = (...lines: string[]) => yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: p', 'spec:', '  containers:', '    - name: c', '      image: nginx', ...lines);

  it('quantities: 200MB is refused with a fix, 200M and 0.5 are fine, 128m memory is suspicious', () => {
    const text = podWith('      resources:', '        limits:', '          memory: 200MB', '          cpu: 0.5', '        requests:', '          memory: 128m', '          cpu: 250m', '          ephemeral-storage: 200M');
    const found = schemaFindings(text);
    assert.deepEqual(found.map((f) => [f.key, f.line, f.severity, f.finding.args.suggestion]), [['KA152.memory', 10, 'error', '200Mi'], ['KA153', 13, 'warning', '128Mi']]);
    assert.match(applyFix(text, found[0].finding), /memory: 200Mi\n/);
  });

  it('int-or-string: quoted number in targetPort, percentage in maxSurge', () => {
    const svc = yaml('apiVersion: v1', 'kind: Service', 'metadata:', '  name: s', 'spec:', '  selector:', '    app: a', '  ports:',
      '    - port: 80', '      targetPort: "8080"', '    - name: web', '      port: 81', '      targetPort: http');
    const [f, ...rest] = schemaFindings(svc);
    assert.equal(rest.length, 0);
    assert.deepEqual([f.key, f.line, f.covered], ['KA154', 9, '"8080"']);
    const dep = yaml(...deploymentHead, '  strategy:', '    rollingUpdate:', '      maxSurge: "25"', '      maxUnavailable: 25%', ...podTemplate('        - name: web', '          image: nginx'));
    const [g] = schemaFindings(dep);
    assert.deepEqual([g.key, g.line], ['KA154.percent', 7]);
  });

  it('respects x-kubernetes-preserve-unknown-fields (CRD schemas, RawExtension)', () => {
    const crd = yaml('apiVersion: apiextensions.k8s.io/v1', 'kind: CustomResourceDefinition', 'metadata:', '  name: crontabs.example.com', 'spec:',
      '  group: example.com', '  names:', '    kind: CronTab', '    plural: crontabs', '  scope: Namespaced', '  versions:', '    - name: v1', '      served: true', '      storage: true',
      '      schema:', '        openAPIV3Schema:', '          type: object', '          x-kubernetes-preserve-unknown-fields: true', '          properties:', '            spec:',
      '              type: object', '              default: {cronSpec: "* * * * *", anything: [1, {a: b}]}', '              example: 42');
    assert.deepEqual(schemaFindings(crd), []);
    const rev = yaml('apiVersion: apps/v1', 'kind: ControllerRevision', 'metadata:', '  name: r', 'revision: 1', 'data:', '  any: {thing: [1, 2]}');
    assert.deepEqual(schemaFindings(rev), []);
  });
});

describe('schema validation: documents and lists', () => {
  it('validates each item of a v1 List with exact positions (kubeconform list_invalid)', () => {
    const text = yaml('apiVersion: v1', 'kind: List', 'items:', '- apiVersion: v1', '  kind: ReplicationController', '  metadata:', '    name: bob', '  spec:', '    replicas: asd"', '    templates: {}');
    assert.deepEqual(schemaFindings(text).map((f) => [f.code, f.line]), [['KA150', 8], ['KA046', 9]]);
  });

  it('positions stay exact in the third document of a file', () => {
    const doc = yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: c', 'data:', '  a: "1"');
    const text = `${doc}---\n${doc}---\n${doc.replace('\ndata:', '\ndta:')}`;
    const [f] = schemaFindings(text);
    assert.deepEqual([f.line, f.character, f.covered], [18, 0, 'dta']);
  });

  it('ConfigMap data values must be strings', () => {
    const [f] = schemaFindings(yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: c', 'data:', '  PORT: 8080', '  5: ok'));
    assert.deepEqual([f.key, f.line, f.covered], ['KA150.string.number', 5, '8080']);
  });
});
