// Helm charts and Kustomize overlays rendered by the real ka-render (Helm's engine, Kustomize's API) and checked by
// every rule: zero false error on the correct charts and overlays, and each seeded mistake gives its French finding
// on the line the student wrote (template, values file, base, patch, kustomization).
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { RendererClient } from '../../../core/render/client';
import { rendererCandidates } from '../../../core/render/locate';
import { renderTarget } from '../../../core/render/prepare';
import { Analyzer } from '../../../core/analysis/engine';
import { ManifestWorkspace } from '../../../core/analysis/index/workspace';
import { formatMessage } from '../../../core/analysis/messages';
import type { Finding } from '../../../core/analysis/model';
import { checkSeeded, requireRenderer, type Seeded } from './renderHarness';
import { writeBadInputs } from './badInputs';

const T = 'monsterchart/templates';
const serious = (s: Seeded) => s.list.filter((_, i) => s.findings[i].severity === 'error' || s.findings[i].severity === 'warning');

/** The finding with `code` on line `line` of `rel` (fails with the list of findings otherwise). */
function at(s: Seeded, rel: string, line: number, code: string): Finding {
  const i = s.list.indexOf(`${rel}:${line} ${code}`);
  assert.ok(i >= 0, `${code} expected on ${rel}:${line}; found: ${s.list.join(', ') || 'nothing'}`);
  return s.findings[i];
}

const fr = (f: Finding) => formatMessage(f.messageKey ?? f.code, f.args, 'fr');

describe('rendered Helm charts and Kustomize overlays (ka-render)', function () {
  this.timeout(60000);
  let s: Seeded | undefined;
  before(() => { requireRenderer(); });
  afterEach(() => { s?.cleanup(); s = undefined; });

  describe('Helm', () => {
    it('the chart of `helm create` (Helm’s own scaffolding) renders with no error nor warning', async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'ka-create-'));
      const client = new RendererClient();
      try {
        const res = await client.request({ op: 'create', name: 'monsterchart', dir });
        assert.equal(res.error, undefined);
        s = await checkSeeded(path.join(dir, 'monsterchart'));
        assert.ok(s.ws.renders.virtualUris().length >= 3, 'deployment, service and serviceaccount rendered');
        assert.deepEqual(serious(s), []);
      } finally {
        client.dispose();
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('a Service selector written with another helper than the Pods’ labels (helm create chart): KA001 on the template', async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'ka-create-'));
      const client = new RendererClient();
      try {
        await client.request({ op: 'create', name: 'web', dir });
        s = await checkSeeded(path.join(dir, 'web'), {
          'web/templates/service.yaml': (t) => t.replace('{{- include "web.selectorLabels" . | nindent 4 }}', 'app: {{ include "web.name" . }}'),
        });
        const f = at(s, 'web/templates/service.yaml', s.lineOf('web/templates/service.yaml', 'selector:'), 'KA001');
        assert.match(fr(f), /`app: web`/);
      } finally {
        client.dispose();
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('the course’s monsterchart renders with no error nor warning, names from the fullname helper', async () => {
      s = await checkSeeded('helm/monsterchart');
      assert.deepEqual(serious(s), []);
      const text = s.ws.renders.renderedText(s.ws.renders.keys()[0]);
      assert.match(text, /# Source: monsterchart\/templates\/frontend\.yaml\n/);
      assert.match(text, /name: frontend-release-name-monsterchart\n/);
      assert.match(text, /image: "tecp1\/monstericon:1\.0"/);
    });

    it('a wrong `.Values` path: nil pointer (KA110) on the template line', async () => {
      s = await checkSeeded('helm/monsterchart', { [`${T}/frontend.yaml`]: (t) => t.replace('.Values.frontend.image.name', '.Values.frontnd.image.name') });
      const f = at(s, `${T}/frontend.yaml`, s.lineOf(`${T}/frontend.yaml`, 'frontnd'), 'KA110');
      assert.equal(f.messageKey, 'KA110.nil');
      assert.match(fr(f), /`\.Values\.frontnd\.image\.name` lit `image` dans une valeur qui n’existe pas/);
    });

    it('an unknown function (`inclde`): KA111 on its line', async () => {
      s = await checkSeeded('helm/monsterchart', { [`${T}/frontend-config.yaml`]: (t) => t.replace('include', 'inclde') });
      const f = at(s, `${T}/frontend-config.yaml`, s.lineOf(`${T}/frontend-config.yaml`, 'inclde'), 'KA111');
      assert.equal(f.args.name, 'inclde');
    });

    it('an unknown function inside a define of _helpers.tpl, after a multi-line comment: KA111 on that .tpl line', async () => {
      s = await checkSeeded('helm/monsterchart', { [`${T}/_helpers.tpl`]: (t) => t.replace('helm.sh/chart: {{ include', 'helm.sh/chart: {{ inclde') });
      const f = at(s, `${T}/_helpers.tpl`, s.lineOf(`${T}/_helpers.tpl`, 'inclde'), 'KA111');
      assert.equal(f.messageKey, 'KA111.function');
      assert.match(fr(f), /La fonction `inclde` n’existe pas/);
    });

    it('a nil pointer inside a helper: KA110 on the helper’s line in _helpers.tpl, the calling `include` related', async () => {
      s = await checkSeeded('helm/monsterchart', { [`${T}/_helpers.tpl`]: (t) => t.replace('{{- if .Values.fullnameOverride }}', '{{- if .Values.fullname.override }}') });
      const f = at(s, `${T}/_helpers.tpl`, s.lineOf(`${T}/_helpers.tpl`, '.Values.fullname.override'), 'KA110');
      assert.equal(f.messageKey, 'KA110.nil');
      assert.match(fr(f), /`\.Values\.fullname\.override` lit `override` dans une valeur qui n’existe pas/);
      assert.equal(f.related?.length, 1, JSON.stringify(f.related));
      const call = f.related![0];
      const caller = s.text(path.relative(s.root, new URL(call.uri).pathname));
      assert.match(caller.slice(call.range.start, call.range.end), /^\{\{ include "monsterchart\.fullname" \. \}\}$/);
      assert.equal(formatMessage(call.messageKey, call.args, 'fr'), 'Appel (`include` ou `template`) qui mène à cette erreur');
    });

    it('an action left open (`{{ .Values.x` without `}}`): KA111 on the line that opens it', async () => {
      s = await checkSeeded('helm/monsterchart', { [`${T}/frontend-config.yaml`]: (t) => t.replace('CONTEXT: PROD', 'CONTEXT: {{ .Values.frontend.image.name') });
      const f = at(s, `${T}/frontend-config.yaml`, s.lineOf(`${T}/frontend-config.yaml`, 'CONTEXT'), 'KA111');
      assert.equal(f.messageKey, 'KA111.unclosed');
    });

    it('a value used as a map (`.Values.frontend.image.name.x`): KA110 on its line, in French', async () => {
      s = await checkSeeded('helm/monsterchart', { [`${T}/frontend-config.yaml`]: (t) => t.replace('CONTEXT: PROD', 'CONTEXT: {{ .Values.frontend.image.name.x }}') });
      const f = at(s, `${T}/frontend-config.yaml`, s.lineOf(`${T}/frontend-config.yaml`, 'CONTEXT'), 'KA110');
      assert.equal(f.messageKey, 'KA110.map');
      assert.match(fr(f), /lit le champ `x` dans une valeur qui n’est pas un dictionnaire/);
    });

    it('a values.yaml that does not parse: KA116 on its line', async () => {
      s = await checkSeeded('helm/monsterchart', { 'monsterchart/values.yaml': (t) => t.replace('  image:\n    name: tecp1/monstericon', '  image: [\n    name: tecp1/monstericon') });
      assert.ok(s.list.some((l) => /^monsterchart\/values\.yaml:\d+ KA116$/.test(l)), s.list.join(', '));
    });

    it('template labels that differ from the selector through the helper: KA002 and KA001 on the template', async () => {
      s = await checkSeeded('helm/monsterchart', { [`${T}/frontend.yaml`]: (t) => t.replace('      labels:\n        app: frontend-', '      labels:\n        app: front-') });
      at(s, `${T}/frontend.yaml`, 11, 'KA002'); // spec.selector.matchLabels.app
      const svcSelector = s.text(`${T}/frontend.yaml`).split('\n').lastIndexOf('  selector:') + 1;
      const svc = at(s, `${T}/frontend.yaml`, svcSelector, 'KA001');
      assert.match(fr(svc), /frontend-release-name-monsterchart/);
    });

    it('targetPort from values that no containerPort exposes: KA010 on the template, values.yaml in related', async () => {
      s = await checkSeeded('helm/monsterchart', {
        [`${T}/frontend.yaml`]: (t) => t.replace('containerPort: {{ .Values.frontend.service.port }}', 'containerPort: {{ .Values.frontend.containerPort }}'),
        'monsterchart/values.yaml': (t) => t.replace('frontend:\n', 'frontend:\n  containerPort: 8080\n'),
      });
      const f = at(s, `${T}/frontend.yaml`, s.lineOf(`${T}/frontend.yaml`, 'targetPort:'), 'KA010');
      const values = f.related?.find((r) => r.uri.endsWith('/values.yaml'));
      assert.ok(values, 'values.yaml in relatedInformation');
      assert.equal(s.text('monsterchart/values.yaml').slice(values.range.start, values.range.end), 'port: 5000');
      assert.equal(values.args.path, 'frontend.service.port');
    });

    it('a Secret value from values.yaml that is not base64: KA018 on the template, the values line related', async () => {
      s = await checkSeeded('helm/monsterchart', { 'monsterchart/values.yaml': (t) => t.replace('bW9uc3Rlcg==', 'monster!') });
      const f = at(s, `${T}/redis.yaml`, s.lineOf(`${T}/redis.yaml`, 'password:'), 'KA018');
      const values = f.related?.find((r) => r.uri.endsWith('/values.yaml'));
      assert.ok(values && s.text('monsterchart/values.yaml').slice(values.range.start, values.range.end).startsWith('password: monster!'));
    });

    it('an extra values file (--valeurs) wins over values.yaml and is the related place', async () => {
      s = await checkSeeded('helm/monsterchart', { 'monsterchart/values-dev.yaml': () => 'secret:\n  password: "pas du base64 !"\n' }, { values: ['monsterchart/values-dev.yaml'] });
      const f = at(s, `${T}/redis.yaml`, s.lineOf(`${T}/redis.yaml`, 'password:'), 'KA018');
      assert.ok(f.related?.some((r) => r.uri.endsWith('/values-dev.yaml')), JSON.stringify(f.related));
    });

    it('`toYaml | indent` on the key’s line: not YAML (KA112) with the rendered lines around', async () => {
      s = await checkSeeded('helm/monsterchart', {
        [`${T}/frontend.yaml`]: (t) => t.replace('  labels:\n    app: frontend-{{ include "monsterchart.fullname" . }}\nspec:', '  labels: {{ toYaml .Values.frontend.labels | indent 4 }}\nspec:'),
        'monsterchart/values.yaml': (t) => t.replace('frontend:\n', 'frontend:\n  labels:\n    tier: web\n    team: monsters\n'),
      });
      const f = at(s, `${T}/frontend.yaml`, s.lineOf(`${T}/frontend.yaml`, 'toYaml'), 'KA112');
      assert.match(String(f.args.excerpt), /→ +labels: +team: monsters/);
      assert.match(fr(f), /n’est pas du YAML valide/);
    });

    it('an endless `range`: time limit (KA113) instead of a hang, and the helper starts again', async () => {
      s = await checkSeeded('helm/monsterchart', { [`${T}/loop.yaml`]: () => '{{- range until 100000 }}{{- range until 100000 }}{{- end }}{{- end }}\n' }, { timeoutMs: 1500 });
      at(s, 'monsterchart/Chart.yaml', 1, 'KA113');
      const client = new RendererClient({ timeoutMs: 1500 });
      try {
        const slow = await client.request({ op: 'helm', chart: path.join(s.root, 'monsterchart') });
        assert.equal(slow.error?.kind, 'timeout');
        const next = await client.request({ op: 'ping' });
        assert.equal(next.error, undefined);
        assert.equal(client.starts, 2);
      } finally {
        client.dispose();
      }
    });

    it('a template that includes itself: KA110 (recursion) on the line of the include', async () => {
      s = await checkSeeded('helm/monsterchart', {
        [`${T}/_self.tpl`]: () => '{{- define "monsterchart.self" -}}\n{{ include "monsterchart.self" . }}\n{{- end -}}\n',
        [`${T}/frontend-config.yaml`]: (t) => t.replace('CONTEXT: PROD', 'CONTEXT: {{ include "monsterchart.self" . }}'),
      });
      const f = s.findings.find((x) => x.messageKey === 'KA110.recursion');
      assert.ok(f, s.list.join(', '));
      assert.match(fr(f), /s’appelle lui-même/);
    });
  });

  describe('bad input', () => {
    let dir: string;
    before(() => { dir = mkdtempSync(path.join(tmpdir(), 'ka-bad-')); writeBadInputs(dir); });
    after(() => { rmSync(dir, { recursive: true, force: true }); });

    it('a 5 MB values.yaml: the chart is rendered with it (KA018 on the template), KA101 in French on the values file', async () => {
      s = await checkSeeded(path.join(dir, 'big'));
      at(s, 'big/templates/redis.yaml', s.lineOf('big/templates/redis.yaml', 'password:'), 'KA018');
      const f = at(s, 'big/values.yaml', 1, 'KA101');
      assert.match(fr(f), /trop volumineux/);
    });

    it('a symbolic link loop in an overlay, and a link back to its own folder: KA114 in French on the resources line', async () => {
      s = await checkSeeded(path.join(dir, 'k8s'));
      const loop = at(s, 'k8s/symlink/kustomization.yaml', s.lineOf('k8s/symlink/kustomization.yaml', '- loop'), 'KA114');
      assert.equal(loop.messageKey, 'KA114.symlink');
      assert.match(fr(loop), /boucle de liens symboliques/);
      const self = at(s, 'k8s/self/kustomization.yaml', s.lineOf('k8s/self/kustomization.yaml', '- self'), 'KA114');
      assert.equal(self.messageKey, 'KA114.self');
      assert.match(fr(self), /ramène au dossier de ce kustomization\.yaml/);
    });
  });

  describe('Kustomize', () => {
    it('the course’s base and dev/prod overlays build with no error nor warning', async () => {
      s = await checkSeeded('kustomize/k8s');
      assert.deepEqual(serious(s), []);
      const keys = s.ws.renders.keys().filter((k) => k.endsWith('/k8s/dev'));
      assert.equal(keys.length, 1);
      const text = s.ws.renders.renderedText(keys[0]);
      assert.match(text, /name: frontend-dev\n/);
      assert.match(text, /name: frontend-config-dev-[a-z0-9]{10}\n/);
      assert.doesNotMatch(text, /config\.kubernetes\.io\/origin/);
    });

    it('overlays that include each other: KA114 (cycle) on the line, no hang', async () => {
      s = await checkSeeded('kustomize/k8s', {
        'k8s/dev/kustomization.yaml': (t) => t.replace('- ../base\n', '- ../base\n- ../prod\n'),
        'k8s/prod/kustomization.yaml': (t) => t.replace('- ../base\n', '- ../base\n- ../dev\n'),
      });
      const f = at(s, 'k8s/dev/kustomization.yaml', s.lineOf('k8s/dev/kustomization.yaml', '- ../prod'), 'KA114');
      assert.equal(f.messageKey, 'KA114.cycle');
    });

    it('a generator with `behavior: replace` and no base generator of that name: KA114 on its name', async () => {
      s = await checkSeeded('kustomize/k8s', { 'k8s/prod/kustomization.yaml': (t) => t.replace('name: frontend-config', 'name: frontend-configuration') });
      const f = at(s, 'k8s/prod/kustomization.yaml', s.lineOf('k8s/prod/kustomization.yaml', 'frontend-configuration'), 'KA114');
      assert.equal(f.messageKey, 'KA114.generator');
      assert.match(fr(f), /aucune base ne génère/);
    });

    it('a patch whose target matches nothing: KA115 on the target’s name', async () => {
      s = await checkSeeded('kustomize/k8s', { 'k8s/dev/kustomization.yaml': (t) => t.replace('    name: monsterstack', '    name: monsterstak') });
      const f = at(s, 'k8s/dev/kustomization.yaml', s.lineOf('k8s/dev/kustomization.yaml', 'monsterstak'), 'KA115');
      assert.deepEqual(f.args, { kind: 'Ingress', name: 'monsterstak' });
    });

    it('the course’s first trap, `- ./base` from inside dev/: KA114 on that line', async () => {
      s = await checkSeeded('kustomize/k8s', { 'k8s/dev/kustomization.yaml': (t) => t.replace('- ../base', '- ./base') });
      const f = at(s, 'k8s/dev/kustomization.yaml', s.lineOf('k8s/dev/kustomization.yaml', '- ./base'), 'KA114');
      assert.equal(f.messageKey, 'KA114.missing');
      assert.match(fr(f), /Kustomize ne trouve pas `\.\/base`/);
    });

    it('the course’s second trap, `kind`/`name` not indented under `target:`: KA114 on the overlay', async () => {
      s = await checkSeeded('kustomize/k8s', { 'k8s/dev/kustomization.yaml': (t) => t.replace('    kind: Ingress\n    name: monsterstack', '  kind: Ingress\n  name: monsterstack') });
      const f = at(s, 'k8s/dev/kustomization.yaml', s.lineOf('k8s/dev/kustomization.yaml', '  kind: Ingress'), 'KA114');
      assert.match(fr(f), /unknown field "kind"/);
    });

    it('a nameSuffix that makes invalid names: the finding lands on the `nameSuffix:` line', async () => {
      s = await checkSeeded('kustomize/k8s', { 'k8s/dev/kustomization.yaml': (t) => t.replace('nameSuffix: -dev', 'nameSuffix: -Dev') });
      const line = s.lineOf('k8s/dev/kustomization.yaml', 'nameSuffix');
      const onSuffix = s.findings.filter((_, i) => s!.list[i].startsWith(`k8s/dev/kustomization.yaml:${line} `));
      assert.ok(onSuffix.some((f) => f.severity === 'error' && /frontend-Dev/.test(fr(f))), s.list.join(', '));
      // Nothing about the rendered names lands on the base files (they do not contain the suffix).
      assert.ok(!s.findings.some((f) => f.uri.includes('/k8s/base/') && /-Dev/.test(fr(f))), s.list.join(', '));
    });

    it('a patch value of the wrong type: the schema finding on the patch line (patches alone are exempt)', async () => {
      s = await checkSeeded('kustomize/k8s', { 'k8s/prod/frontend-replicas.yaml': (t) => t.replace('replicas: 7', 'replicas: sept') });
      at(s, 'k8s/prod/frontend-replicas.yaml', s.lineOf('k8s/prod/frontend-replicas.yaml', 'replicas'), 'KA150');
    });

    it('a patched Ingress port the Service does not expose: KA007 on the patch line', async () => {
      s = await checkSeeded('kustomize/k8s', { 'k8s/dev/ingress-domain.yaml': (t) => t.replace('number: 5000', 'number: 5001') });
      at(s, 'k8s/dev/ingress-domain.yaml', s.lineOf('k8s/dev/ingress-domain.yaml', 'number: 5001'), 'KA007');
    });

    it('an Ingress patch whose backend names no Service: KA006 on the patch line', async () => {
      s = await checkSeeded('kustomize/k8s', { 'k8s/dev/ingress-domain.yaml': (t) => t.replace('name: frontend', 'name: frontend-svc') });
      at(s, 'k8s/dev/ingress-domain.yaml', s.lineOf('k8s/dev/ingress-domain.yaml', 'frontend-svc'), 'KA006');
    });

    it('an image tag set by the overlay’s `images:`: the finding on that entry of the kustomization', async () => {
      s = await checkSeeded('kustomize/k8s', { 'k8s/dev/kustomization.yaml': (t) => `${t}images:\n- name: tecp1/monstericon\n  newTag: latest\n` });
      at(s, 'k8s/dev/kustomization.yaml', s.lineOf('k8s/dev/kustomization.yaml', '- name: tecp1/monstericon'), 'KA034');
    });

    it('a reference to the generated ConfigMap with a typo: KA005 once, on the base line', async () => {
      s = await checkSeeded('kustomize/k8s', { 'k8s/base/frontend.yaml': (t) => t.replace('name: frontend-config', 'name: frontend-conf') });
      const line = s.lineOf('k8s/base/frontend.yaml', 'frontend-conf');
      assert.equal(s.list.filter((l) => l === `k8s/base/frontend.yaml:${line} KA005`).length, 1, s.list.join(', '));
    });
  });
});

describe('.Capabilities', () => {
  it('gives the Kubernetes version of the setting to the templates (`1.33` → `v1.33.0`)', async () => {
    requireRenderer();
    const dir = mkdtempSync(path.join(tmpdir(), 'ka-cap-'));
    const client = new RendererClient();
    try {
      writeFileSync(path.join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: cap\nversion: 0.1.0\n');
      mkdirSync(path.join(dir, 'templates'));
      writeFileSync(path.join(dir, 'templates', 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cap\ndata:\n  v: "{{ .Capabilities.KubeVersion.Version }}"\n  new: "{{ semverCompare ">=1.30-0" .Capabilities.KubeVersion.Version }}"\n');
      const outcome = await renderTarget(client, { kind: 'helm', dir }, { kubeVersion: '1.33' });
      assert.equal(outcome.error, undefined);
      assert.match(outcome.files[0].text, /v: "v1\.33\.0"\n {2}new: "true"/);
    } finally {
      client.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a missing renderer', () => {
  it('says so in French on Chart.yaml (KA117) with the command that builds it', async () => {
    const dir = path.join(__dirname, '..', '..', 'fixtures', 'helm', 'monsterchart');
    const client = new RendererClient({ binary: path.join(tmpdir(), 'no-such-ka-render') });
    assert.equal(client.available, false);
    const outcome = await renderTarget(client, { kind: 'helm', dir });
    const ws = new ManifestWorkspace();
    ws.renders.set(outcome);
    const chartUri = [...outcome.sources.keys()].find((u) => u.endsWith('/Chart.yaml'))!;
    const f = new Analyzer(ws).findingsFor(chartUri).find((x) => x.code === 'KA117');
    assert.ok(f);
    assert.equal(f.severity, 'information');
    assert.match(fr(f), /ka-render est introuvable\. Construisez-le avec «\u00a0bash scripts\/renderer-build\.sh\u00a0»/);
  });
});

describe('template source map (templateOutline)', () => {
  // Pure: no renderer needed.
  const { outline, findPath, valuesPathOn } = require('../../../core/render/templateOutline') as typeof import('../../../core/render/templateOutline');
  const TEMPLATE = [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: {{ .Chart.Name }}',
    '          {{- with .Values.securityContext }}',
    '          securityContext:',
    '            {{- toYaml . | nindent 12 }}',
    '          {{- end }}',
    '          ports:',
    '            - name: http',
    '              containerPort: {{ .Values.service.port }}',
    '      volumes:',
    '      - name: data',
    '        emptyDir: {}',
  ].join('\n');
  const lineOf = (path: Array<string | number>) => {
    const lines = outline(TEMPLATE);
    const r = findPath(lines, path);
    return r.line === undefined ? -1 : TEMPLATE.slice(0, lines[r.line].start).split('\n').length;
  };

  it('finds the line of a rendered path by keys and list items, ignoring action-only lines', () => {
    assert.equal(lineOf(['spec', 'template', 'spec', 'containers', 0, 'ports', 0, 'containerPort']), 14);
    assert.equal(lineOf(['spec', 'template', 'spec', 'containers', 0, 'name']), 7);
    assert.equal(lineOf(['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'runAsUser']), 9);
    assert.equal(lineOf(['spec', 'template', 'spec', 'volumes', 0, 'emptyDir']), 17);
    // A `range` renders more items than written: the last written one.
    assert.equal(lineOf(['spec', 'template', 'spec', 'containers', 3, 'ports', 0, 'containerPort']), 14);
  });

  it('reads the `.Values` path written on a line', () => {
    assert.deepEqual(valuesPathOn('containerPort: {{ .Values.service.port }}'), ['service', 'port']);
    assert.deepEqual(valuesPathOn('number: {{ $.Values.frontend.service.port }}'), ['frontend', 'service', 'port']);
    assert.equal(valuesPathOn('name: {{ .Chart.Name }}'), undefined);
  });
});

describe('where the renderer is found (rendererCandidates)', () => {
  const root = path.join(__dirname, '..', '..', '..');
  it('a platform VSIX’s binary for process.platform/arch comes before the WebAssembly fallback, which comes last', () => {
    const list = rendererCandidates([root], {});
    const exe = process.platform === 'win32' ? 'ka-render.exe' : 'ka-render';
    const own = list.indexOf(path.join(root, 'dist', 'bin', `${process.platform}-${process.arch}`, exe));
    const wasm = list.indexOf(path.join(root, 'dist', 'bin', 'ka-render.wasm'));
    assert.ok(own >= 0 && wasm > own, list.join('\n'));
    const firstWasm = list.findIndex((p) => p.endsWith('.wasm'));
    assert.ok(list.slice(firstWasm).every((p) => p.endsWith('.wasm')), list.join('\n'));
  });

  it('KUBE_APPRENTI_RENDERER_WASM=1 keeps only the WebAssembly builds; KUBE_APPRENTI_RENDERER still wins', () => {
    assert.ok(rendererCandidates([root], { KUBE_APPRENTI_RENDERER_WASM: '1' }).every((p) => p.endsWith('ka-render.wasm')));
    assert.equal(rendererCandidates([root], { KUBE_APPRENTI_RENDERER_WASM: '1', KUBE_APPRENTI_RENDERER: '/x/ka-render' })[0], '/x/ka-render');
  });
});
