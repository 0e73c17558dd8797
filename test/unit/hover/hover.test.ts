import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { curatedField, curatedFields } from '../../../core/analysis/hover/catalog';
import { computeHover } from '../../../core/analysis/hover/hover';
import { kindsFr } from '../../../core/i18n/hover/kinds.fr';
import { ManifestWorkspace } from '../../../core/analysis/index/workspace';
import type { Lang } from '../../../core/analysis/model';
import { activeSchemas } from '../../../core/analysis/schema/catalog';
import { fieldAt } from '../../../core/analysis/schema/schemaPath';

const DEP = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: backend
  labels:
    app: backend
spec:
  replicas: 2
  selector:
    matchLabels:
      app: backend
  template:
    metadata:
      labels:
        app: backend
    spec:
      shareProcessNamespace: false
      containers:
        - name: api
          image: monimage:1.0
          envFrom:
            - configMapRef:
                name: configuration-backend
          env:
            - name: PASSWORD
              valueFrom:
                secretKeyRef:
                  name: creds
                  key: pwd
`;
const SVC = `apiVersion: v1
kind: Service
metadata:
  name: backend
spec:
  selector:
    app: backend
  ports:
    - port: 80
      targetPort: 8000
---
apiVersion: v1
kind: Secret
metadata:
  name: creds
data:
  pwd: c2VjcmV0LXZhbHVl
  nl: bXlwYXNzCg==
`;

function workspace(): ManifestWorkspace {
  const ws = new ManifestWorkspace();
  ws.setFile('file:///w/dep.yaml', DEP);
  ws.setFile('file:///w/svc.yaml', SVC);
  return ws;
}

/** Hover at the `nth` occurrence of `needle` (+ `delta` characters). */
function hoverAt(ws: ManifestWorkspace, uri: string, text: string, needle: string, delta = 1, lang: Lang = 'fr', nth = 1) {
  let at = -1;
  for (let i = 0; i < nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, needle);
  const h = computeHover(ws, uri, at + delta, lang);
  return { h, covered: h ? text.slice(h.range.start - 0, h.range.end) : undefined };
}

describe('hovers: curated texts', () => {
  it('has at least 150 French fields, all real fields of the 1.36 schema, with parseable examples', () => {
    const fr = curatedFields('fr');
    const schemas = activeSchemas();
    assert.ok(Object.keys(fr).length >= 150, `${Object.keys(fr).length} fields`);
    for (const [key, doc] of Object.entries({ ...fr, ...curatedFields('en') })) {
      const i = key.lastIndexOf('.');
      assert.ok(schemas.definition(key.slice(0, i))?.properties?.[key.slice(i + 1)], `${key} is not a field of the schema`);
      assert.match(doc.texte, /[.!?)…]$/, `${key}: sentence`);
      if (doc.exemple) assert.equal(parseDocument(doc.exemple).errors.length, 0, `${key}: example does not parse`);
    }
  });

  it('never calls a Secret encrypted and states the real imagePullPolicy default', () => {
    for (const [key, doc] of Object.entries(curatedFields('fr'))) {
      assert.doesNotMatch(`${doc.texte} ${doc.erreur ?? ''}`, /\bchiffr(é|ée|és|ées)\b/i, key);
    }
    const ipp = curatedField('fr', 'io.k8s.api.core.v1.Container', 'imagePullPolicy');
    assert.match(ipp?.texte ?? '', /`Always` si le tag est `:latest` ou absent, `IfNotPresent` sinon/);
  });

  it('covers every field the course manifests use (seed-manifests), below the top level', function () {
    const dir = join(__dirname, '..', '..', 'fixtures', 'seed-manifests');
    assert.ok(existsSync(dir), `seed manifests missing: ${dir}`);
    const schemas = activeSchemas();
    const missing = new Set<string>();
    const walk = (node: unknown, path: Array<string | number>, def: string) => {
      if (isMap(node)) {
        for (const p of node.items) {
          if (!isScalar(p.key)) continue;
          const next = [...path, String(p.key.value)];
          const f = fieldAt(schemas, def, next);
          if (f?.owner && f.property && !f.mapKey && next.length > 1 && !curatedField('fr', f.owner, f.property)) missing.add(`${f.owner}.${f.property}`);
          walk(p.value as Node, next, def);
        }
      } else if (isSeq(node)) node.items.forEach((it, i) => walk(it, [...path, i], def));
    };
    const ws = new ManifestWorkspace();
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) ws.setFile(`file:///seeds/${f}`, readFileSync(join(dir, f), 'utf8'));
    for (const r of ws.index.resources()) {
      const found = schemas.lookup(r.apiVersion ?? '', r.kind ?? '');
      if (found) walk(r.node, [], found.definition);
    }
    assert.deepEqual([...missing], []);
  });

  it('has a French page link or an English one for the course kinds', () => {
    for (const kind of ['Pod', 'Deployment', 'Service', 'Ingress', 'ConfigMap', 'Secret', 'Job', 'CronJob', 'PersistentVolumeClaim', 'StatefulSet', 'Namespace']) {
      const doc = kindsFr[kind];
      assert.ok(doc, kind);
      assert.match(doc.url, doc.fr ? /^https:\/\/kubernetes\.io\/fr\/docs\// : /^https:\/\/kubernetes\.io\/docs\//);
      assert.equal(doc.texte.split(/(?<=[.!?])\s+(?=[A-ZÀ-Ý`])/).length, 2, `${kind}: two sentences`);
    }
  });
});

describe('hovers: content at the cursor', () => {
  const ws = workspace();

  it('explains a field in French, with example, mistake and kubectl explain, on the key range', () => {
    const { h, covered } = hoverAt(ws, 'file:///w/dep.yaml', DEP, 'replicas');
    assert.ok(h);
    assert.equal(covered, 'replicas');
    assert.match(h.markdown, /Nombre de Pods identiques/);
    assert.match(h.markdown, /```yaml\nreplicas: 3\n```/);
    assert.match(h.markdown, /Erreur fréquente/);
    assert.match(h.markdown, /`kubectl explain deployment\.spec\.replicas`/);
  });

  it('falls back to the official English description, marked as such', () => {
    const { h } = hoverAt(ws, 'file:///w/dep.yaml', DEP, 'shareProcessNamespace');
    assert.ok(h);
    assert.match(h.markdown, /\(description officielle, en anglais\)/);
    assert.match(h.markdown, /kubectl explain deployment\.spec\.template\.spec\.shareProcessNamespace/);
  });

  it('uses the English texts with kubeApprenti.langue = en', () => {
    const { h } = hoverAt(ws, 'file:///w/dep.yaml', DEP, 'replicas', 1, 'en');
    assert.match(h?.markdown ?? '', /Desired number of identical Pods/);
  });

  it('explains kind and apiVersion in two sentences with the French documentation link', () => {
    const { h, covered } = hoverAt(ws, 'file:///w/dep.yaml', DEP, 'Deployment');
    assert.equal(covered, 'Deployment');
    assert.match(h?.markdown ?? '', /Un Deployment maintient/);
    assert.match(h?.markdown ?? '', /\(https:\/\/kubernetes\.io\/fr\/docs\/concepts\/workloads\/controllers\/deployment\/\)/);
    assert.match(h?.markdown ?? '', /groupe d’API `apps`, version `v1` \(stable\)/);
  });

  it('shows which Pods a Service selector matches, and which Services select template labels', () => {
    const sel = hoverAt(ws, 'file:///w/svc.yaml', SVC, 'selector').h;
    assert.match(sel?.markdown ?? '', /Ce sélecteur correspond à\u00a0: \n- Deployment `backend` \(dep\.yaml, ligne 1\)/);
    const labels = hoverAt(ws, 'file:///w/dep.yaml', DEP, 'app: backend', 1, 'fr', 3).h;
    assert.match(labels?.markdown ?? '', /sélectionnés par\u00a0: \n- Service `backend` \(svc\.yaml, ligne 1\)/);
    const own = hoverAt(ws, 'file:///w/dep.yaml', DEP, 'app: backend', 1, 'fr', 1).h;
    assert.match(own?.markdown ?? '', /décrivent le Deployment lui-même/);
  });

  it('shows the ports of the selected Pods on a targetPort', () => {
    const h = hoverAt(ws, 'file:///w/svc.yaml', SVC, '8000').h;
    assert.match(h?.markdown ?? '', /^Les Pods sélectionnés ne déclarent aucun port/);
    ws.setFile('file:///w/dep.yaml', DEP.replace('          envFrom:', '          ports:\n            - containerPort: 80\n          envFrom:'));
    const wrong = hoverAt(ws, 'file:///w/svc.yaml', SVC, '8000').h;
    assert.match(wrong?.markdown ?? '', /^Le port cible `8000` ne correspond à aucun port déclaré par les Pods sélectionnés\u00a0:\n- `80` — api/);
    const dep = DEP.replace('          envFrom:', '          ports:\n            - containerPort: 8000\n          envFrom:');
    ws.setFile('file:///w/dep.yaml', dep);
    const ok = hoverAt(ws, 'file:///w/svc.yaml', SVC, '8000').h;
    assert.match(ok?.markdown ?? '', /^Le port cible `8000` correspond à un port des Pods sélectionnés\u00a0:\n- `8000` — api, Deployment `backend`/);
    ws.setFile('file:///w/dep.yaml', DEP);
  });

  it('shows the target of a reference, or says it is missing', () => {
    const found = hoverAt(ws, 'file:///w/dep.yaml', DEP, 'name: creds', 7).h;
    assert.match(found?.markdown ?? '', /^Désigne Secret `creds` \(svc\.yaml, ligne 12\)\.\n\nLa clé `pwd` existe/);
    const missing = hoverAt(ws, 'file:///w/dep.yaml', DEP, 'configuration-backend').h;
    assert.match(missing?.markdown ?? '', /^Aucune ConfigMap `configuration-backend` n’est définie/);
  });

  it('decodes a Secret value and reminds that base64 is not encryption', () => {
    const ok = hoverAt(ws, 'file:///w/svc.yaml', SVC, 'c2VjcmV0').h;
    assert.match(ok?.markdown ?? '', /^Valeur décodée\u00a0: `secret-value`/);
    assert.match(ok?.markdown ?? '', /base64 n’est pas un chiffrement/);
    const nl = hoverAt(ws, 'file:///w/svc.yaml', SVC, 'bXlw').h;
    assert.match(nl?.markdown ?? '', /retour à la ligne\u00a0: encodez avec `echo -n`/);
  });

  it('gives nothing outside a node or on a custom resource field', () => {
    const crd = 'apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata:\n  name: c\nspec:\n  secretName: x\n';
    ws.setFile('file:///w/crd.yaml', crd);
    assert.equal(computeHover(ws, 'file:///w/crd.yaml', crd.indexOf('secretName') + 1, 'fr'), undefined);
    const kind = computeHover(ws, 'file:///w/crd.yaml', crd.indexOf('Certificate') + 1, 'fr');
    assert.match(kind?.markdown ?? '', /ressource personnalisée \(CRD\)/);
  });

  it('describes lab.yaml fields from the lab schema', function () {
    const lab = 'id: l01-premier-pod\ntitre: Mon premier Pod\nniveau: débutant\n';
    ws.setFile('file:///w/labs/l01/lab.yaml', lab);
    const h = computeHover(ws, 'file:///w/labs/l01/lab.yaml', lab.indexOf('niveau') + 1, 'fr');
    assert.ok(h, 'no hover on a lab.yaml field');
    assert.match(h.markdown, /Valeurs possibles\u00a0: `débutant`/);
  });
});
