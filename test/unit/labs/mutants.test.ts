// Mutation testing of labs (`lab verify --mutants`) and exercises from a working folder (`lab mutate`): each
// mutation module on a fixture, the relevance rule, every shipped lab, a lab with a lax check, and the generator.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { filesAfter } from '../../../core/labs/checkLab';
import { labCheck } from '../../../cli/commands/labCommands';
import { loadLab, parseLabYaml } from '../../../core/labs/format/loadLab';
import { isWorkspaceCheck } from '../../../core/labs/format/types';
import { runCheck } from '../../../core/labs/runner';
import { ALTERNATIVES, MUTANTS, MUTATIONS } from '../../../core/labs/mutants/catalogue';
import { contextOf, diffPaths, isRelevant, mutateLab, stepChanges } from '../../../core/labs/mutants/evaluate';
import { createExercise, pickMistakes, prng } from '../../../core/labs/mutants/exercise';
import { pathText } from '../../../core/labs/mutants/types';
import { imageTagWrong } from '../../../core/labs/mutants/catalogue/imageTagWrong';
import { formatMutationReport } from '../../../core/labs/mutants/format';
import { snapshotTexts } from '../../../core/labs/workspace/snapshot';

const ROOT = path.join(__dirname, '..', '..', '..');

const FIXTURE = new Map<string, string>([
  ['k8s/app.yaml', `# garde-moi : commentaire de tête
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web
spec:
  replicas: 2 # deux Pods
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: nginx:1.27
          ports:
            - name: http
              containerPort: 8080
          readinessProbe:
            httpGet:
              path: /
              port: 8080
          env:
            - name: TITRE
              valueFrom:
                configMapKeyRef:
                  name: config
                  key: TITRE
            - name: JETON
              valueFrom:
                secretKeyRef:
                  name: secret
                  key: JETON
          resources:
            requests: { cpu: 100m, memory: 64Mi }
            limits: { memory: 64Mi }
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - port: 80
      targetPort: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: web-nomme
spec:
  selector:
    app: web
  ports:
    - port: 80
      targetPort: http
`],
  ['k8s/config.yaml', `apiVersion: v1
kind: ConfigMap
metadata:
  name: config
data:
  # garde-moi : le titre affiché
  TITRE: "Mon API"
  AUTRE: x
---
apiVersion: v1
kind: Secret
metadata:
  name: secret
type: Opaque
data:
  JETON: c2VjcmV0
`],
  ['k8s/ingress.yaml', `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  rules:
    - host: web.example.org
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: web
                port:
                  number: 80
`],
]);

const jsDocs = (text: string): unknown[] => parseAllDocuments(text).map((d) => d.toJS());
/** Diagnostics of the whole folder as `code` (a mistake in one file may show in the file that refers to it). */
const diagSet = (texts: Map<string, string>): Set<string> => new Set(snapshotTexts('/fixture', texts).diagnostics.map((d) => `${d.code}|${d.file}`));

describe('labs: mutation modules', () => {
  const ctx = contextOf(FIXTURE);
  const baseline = diagSet(FIXTURE);

  for (const m of MUTANTS) {
    it(`mutant ${m.id}: finds its sites, changes only them, and${m.diagnostic ? ` raises ${m.diagnostic}` : ' changes the object'}`, () => {
      const found = [...FIXTURE].flatMap(([f, t]) => m.find(f, t, ctx).map((c) => ({ f, t, c })));
      assert.ok(found.length > 0, `${m.id}: no site in the fixture`);
      let raised = 0;
      for (const { f, t, c } of found) {
        const out = c.apply();
        assert.notEqual(out, t);
        for (const line of t.split('\n').filter((l) => l.includes('garde-moi'))) assert.ok(out.includes(line.trim()), `${m.id} lost a comment`);
        if (c.site.after !== undefined) assert.ok(out.includes(String(c.site.after)), `${m.id}: ${String(c.site.after)} not written`);
        const texts = new Map(FIXTURE).set(f, out);
        const fresh = [...diagSet(texts)].filter((d) => !baseline.has(d)).map((d) => d.split('|')[0]);
        if (m.diagnostic && fresh.includes(m.diagnostic)) raised++;
        // Either the engine says something new, or the object read by Kubernetes differs.
        let changed = true;
        try { changed = JSON.stringify(jsDocs(out)) !== JSON.stringify(jsDocs(t)); } catch { /* unreadable YAML: changed */ }
        assert.ok(fresh.length > 0 || changed, `${m.id} at ${c.site.path.join('.')}: nothing changed`);
      }
      if (m.diagnostic) assert.ok(raised > 0, `${m.id}: ${m.diagnostic} never raised`);
    });
  }

  it('each mutant writes the expected value', () => {
    const after = (id: string, p: string): unknown => {
      const m = MUTATIONS.find((x) => x.id === id)!;
      const c = [...FIXTURE].flatMap(([f, t]) => m.find(f, t, ctx)).find((x) => x.site.path.join('.') === p);
      return c?.site.after;
    };
    assert.equal(after('selecteur-service-faute', 'spec.selector.app'), 'webb');
    assert.equal(after('label-template-faute', 'spec.template.metadata.labels.app'), 'webb');
    assert.equal(after('port-cible-faux', 'spec.ports.0.targetPort'), 8081);
    assert.equal(after('nom-port-faute', 'spec.ports.0.targetPort'), 'htt');
    assert.equal(after('image-tag-faux', 'spec.template.spec.containers.0.image'), 'nginx:1.28');
    assert.equal(after('replicas-texte', 'spec.replicas'), '2');
    assert.equal(after('apiversion-faux', 'apiVersion'), 'extensions/v1beta1');
    assert.equal(after('base64-retour-ligne', 'data.JETON'), Buffer.from('secret\n').toString('base64'));
    assert.equal(after('ingress-port-faux', 'spec.rules.0.http.paths.0.backend.service.port.number'), 8080);
    assert.equal(after('sonde-port-non-declare', 'spec.template.spec.containers.0.readinessProbe.httpGet.port'), 8081);
  });

  for (const m of ALTERNATIVES) {
    it(`alternative ${m.id}: same objects (or the one harmless change), no new diagnostic`, () => {
      const found = [...FIXTURE].flatMap(([f, t]) => m.find(f, t, ctx).map((c) => ({ f, t, c })));
      assert.ok(found.length > 0, `${m.id}: no site in the fixture`);
      for (const { f, t, c } of found) {
        const out = c.apply();
        assert.notEqual(out, t);
        const texts = new Map(FIXTURE).set(f, out);
        assert.deepEqual([...diagSet(texts)].filter((d) => !baseline.has(d)), [], `${m.id} at ${c.site.resource}`);
        const before = jsDocs(t) as Record<string, unknown>[];
        const now = jsDocs(out) as Record<string, unknown>[];
        if (m.id === 'label-supplementaire' || m.id === 'port-nomme') {
          assert.notDeepEqual(now, before);
        } else {
          assert.deepEqual(JSON.parse(JSON.stringify(now)), JSON.parse(JSON.stringify(before)), `${m.id} changed the objects`);
        }
      }
    });
  }

  it('port-nomme uses the name of the container port with that number', () => {
    const m = ALTERNATIVES.find((x) => x.id === 'port-nomme')!;
    const [c] = m.find('k8s/app.yaml', FIXTURE.get('k8s/app.yaml')!, ctx);
    assert.equal(c.site.resource, 'Service/web');
    assert.equal(c.site.after, 'http');
  });
});

describe('labs: relevance of mutants', () => {
  it('diffPaths lists the changed leaves', () => {
    assert.deepEqual(diffPaths({ a: { b: 1, c: 2 }, d: [1] }, { a: { b: 1, c: 3 }, d: [1, 2] }), [['a', 'c'], ['d', 1]]);
    assert.deepEqual(diffPaths({ a: 1 }, { a: 1 }), []);
  });

  it('a mutant counts when it touches a field the step changes; an alternative when it rewrites a changed resource', () => {
    const before = new Map(FIXTURE);
    const after = new Map(FIXTURE).set('k8s/app.yaml', FIXTURE.get('k8s/app.yaml')!.replace('targetPort: 8080', 'targetPort: 8080 ').replace('replicas: 2', 'replicas: 3'));
    const changes = stepChanges(before, after);
    assert.deepEqual([...changes.keys()], ['Deployment/web']);
    const [selector] = MUTANTS.filter((m) => m.id === 'label-template-faute');
    const [replicas] = MUTANTS.filter((m) => m.id === 'replicas-texte');
    const [quotes] = ALTERNATIVES.filter((m) => m.id === 'guillemets');
    assert.equal(isRelevant(replicas, { file: 'k8s/app.yaml', resource: 'Deployment/web', path: ['spec', 'replicas'] }, changes), true);
    assert.equal(isRelevant(selector, { file: 'k8s/app.yaml', resource: 'Deployment/web', path: ['spec', 'template', 'metadata', 'labels', 'app'] }, changes), false);
    assert.equal(isRelevant(quotes, { file: 'k8s/app.yaml', resource: 'Deployment/web', path: [] }, changes), true);
    assert.equal(isRelevant(quotes, { file: 'k8s/app.yaml', resource: 'Service/web', path: [] }, changes), false);
  });
});

describe('labs: every shipped lab passes its mutation test', () => {
  const labs = fs.readdirSync(path.join(ROOT, 'labs')).filter((d) => fs.existsSync(path.join(ROOT, 'labs', d, 'lab.yaml')));
  it('there are shipped labs', () => assert.ok(labs.length >= 13));
  for (const id of labs) {
    it(`${id}: no unaccepted missed mutant, no rejected alternative`, async () => {
      const { lab, problems } = loadLab(path.join(ROOT, 'labs', id), 'extension');
      assert.ok(lab, JSON.stringify(problems));
      const r = await mutateLab(lab);
      const bad = r.steps.flatMap((s) => [...s.mutants, ...s.alternatives].filter((o) => o.status === 'missed' || o.status === 'rejected')
        .map((o) => `${s.id}: ${o.status} ${o.mutation} ${o.site.resource} ${o.site.path.join('.')}`));
      assert.deepEqual(bad, []);
      assert.ok(!r.steps.some((s) => s.skipped === 'solution-fails'));
      assert.equal(r.ok, true);
      assert.deepEqual(r.unusedAccepted, [], 'stale acceptances in lab.yaml');
    });
  }
});

describe('labs: a lax check is reported, and can be accepted with a reason', () => {
  function laxCopy(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-laxiste-'));
    fs.cpSync(path.join(ROOT, 'labs', 'l03-service-endpoints'), dir, { recursive: true });
    const file = path.join(dir, 'lab.yaml');
    const text = fs.readFileSync(file, 'utf8');
    const tight = /      - type: manifeste\.champ\n        ressource: Service\/redis\n        chemin: spec\.selector\.app\n[^\n]*\n[^\n]*\n/;
    assert.match(text, tight);
    fs.writeFileSync(file, text.replace(tight, ''));
    return dir;
  }

  it('without the field check, wrong indentation in the repaired selector is missed', async () => {
    const { lab } = loadLab(laxCopy(), 'espace');
    const r = await mutateLab(lab!);
    assert.equal(r.ok, false);
    const step = r.steps.find((s) => s.id === 'reparer')!;
    assert.ok(step.mutants.some((o) => o.status === 'missed' && o.mutation === 'indentation' && o.site.path.join('.') === 'spec.selector.app'));
    const text = formatMutationReport(r, 'fr').join('\n');
    assert.match(text, /✗ MANQUÉ\u00a0: indentation — Service\/redis spec\.selector\.app \(k8s\/redis-service\.yaml\)/);
    assert.match(text, /vérification trop laxiste/);
    assert.match(formatMutationReport(r, 'en').join('\n'), /✗ MISSED: indentation/);
  });

  it('an accepted mutant (with its reason) no longer fails the lab', async () => {
    const dir = laxCopy();
    fs.appendFileSync(path.join(dir, 'lab.yaml'), `    - mutant: indentation\n      étape: reparer\n      ressource: Service/redis\n      raison: "Exemple de test : la consigne ne parle pas de l'indentation."\n`);
    const { lab, problems } = loadLab(dir, 'espace');
    assert.deepEqual(problems, []);
    const r = await mutateLab(lab!);
    assert.equal(r.ok, true);
    const o = r.steps.find((s) => s.id === 'reparer')!.mutants.find((x) => x.mutation === 'indentation')!;
    assert.equal(o.status, 'accepted');
    assert.match(o.reason!, /Exemple de test/);
  });

  it('an acceptance that matches nothing is reported as stale (without failing)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-perime-'));
    fs.cpSync(path.join(ROOT, 'labs', 'l03-service-endpoints'), dir, { recursive: true });
    fs.appendFileSync(path.join(dir, 'lab.yaml'), `    - mutant: base64-retour-ligne\n      raison: "Acceptation écrite pour une ancienne version du lab."\n`);
    const { lab } = loadLab(dir, 'espace');
    const r = await mutateLab(lab!);
    assert.equal(r.ok, true);
    assert.deepEqual(r.unusedAccepted.map((a) => a.mutant), ['base64-retour-ligne']);
    assert.match(formatMutationReport(r, 'fr').join('\n'), /⚠ acceptation sans objet dans lab\.yaml\u00a0: mutant base64-retour-ligne n’est plus ni manqué ni refusé\u00a0; retirez-la\./);
  });

  it('a check too strict (text of the file instead of the manifest) rejects valid alternatives', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-strict-'));
    fs.cpSync(path.join(ROOT, 'labs', 'l03-service-endpoints'), dir, { recursive: true });
    const file = path.join(dir, 'lab.yaml');
    const strict = `      - type: fichier.contient\n        fichier: k8s/redis-service.yaml\n        correspond: "^  selector:\\n    app: redis$"\n        échec: "Écrivez le sélecteur exactement comme dans le cours."\n`;
    const text = fs.readFileSync(file, 'utf8');
    const anchor = '      - type: manifeste.sans-diagnostic\n        codes: [KA001, KA010, KA011]\n';
    assert.ok(text.includes(anchor));
    fs.writeFileSync(file, text.replace(anchor, strict + anchor));
    const { lab, problems } = loadLab(dir, 'espace');
    assert.deepEqual(problems, []);
    const r = await mutateLab(lab!);
    assert.equal(r.ok, false);
    const rejected = r.steps.find((s) => s.id === 'ecrire-service')!.alternatives.filter((o) => o.status === 'rejected').map((o) => o.mutation);
    assert.ok(rejected.includes('style-flux') && rejected.includes('guillemets'), rejected.join(', '));
    assert.ok(!rejected.includes('label-supplementaire'));
    const out = formatMutationReport(r, 'fr').join('\n');
    assert.match(out, /✗ REFUSÉE\u00a0: variante style-flux — Service\/redis/);
    assert.match(out, /variante valide refusée\u00a0: vérification trop stricte/);
    assert.match(out, /Écrivez le sélecteur exactement comme dans le cours\./);
  });

  it('lab.yaml: `mutants.acceptés` is English in the types and checked by KA160', () => {
    const base = fs.readFileSync(path.join(ROOT, 'labs', 'l03-service-endpoints', 'lab.yaml'), 'utf8');
    const ok = parseLabYaml(base);
    assert.deepEqual(ok.def?.mutants?.accepted?.[0], { mutant: 'selecteur-service-faute', step: 'casser-selecteur', reason: ok.def?.mutants?.accepted?.[0].reason });
    assert.match(ok.def!.mutants!.accepted![0].reason, /cassé volontairement/);
    const typo = parseLabYaml(base.replace('acceptés:', 'acceptes:'));
    assert.equal(typo.def, undefined);
    assert.match(typo.problems[0].message, /acceptes.*acceptés/);
    const noReason = parseLabYaml(base.replace(/      raison: .*\n/, ''));
    assert.equal(noReason.def, undefined);
  });
});

describe('labs: lab mutate (« Créer un exercice »)', () => {
  const guestbook = path.join(ROOT, 'labs', 'l08-guestbook');
  const read = (dir: string): Record<string, string> => {
    const out: Record<string, string> = {};
    const walk = (rel: string): void => {
      for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
        const r = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) walk(r); else out[r] = fs.readFileSync(path.join(dir, r), 'utf8');
      }
    };
    walk('');
    return out;
  };

  it('the PRNG is seeded and reproducible', () => {
    const a = prng(42); const b = prng(42); const c = prng(43);
    const xs = [a(), a(), a()];
    assert.deepEqual([b(), b(), b()], xs);
    assert.notDeepEqual([c(), c(), c()], xs);
  });

  it('same seed → byte-identical exercise; other seed → another exercise', async () => {
    const out1 = fs.mkdtempSync(path.join(os.tmpdir(), 'ex1-'));
    const out2 = fs.mkdtempSync(path.join(os.tmpdir(), 'ex2-'));
    const a = await createExercise(guestbook, 42, 3, out1);
    const b = await createExercise(guestbook, 42, 3, out2);
    assert.equal(a.mistakes.length, 3);
    assert.deepEqual(read(a.dir), read(b.dir));
    const c = await createExercise(guestbook, 7, 3, out1);
    assert.notDeepEqual(read(c.dir)['depart/k8s-resources/guestbook-deployment.yaml'] + read(c.dir)['depart/k8s-resources/guestbook-service.yaml'] + read(c.dir)['depart/k8s-resources/redis-deployment.yaml'] + read(c.dir)['depart/k8s-resources/redis-service.yaml'],
      read(a.dir)['depart/k8s-resources/guestbook-deployment.yaml'] + read(a.dir)['depart/k8s-resources/guestbook-service.yaml'] + read(a.dir)['depart/k8s-resources/redis-deployment.yaml'] + read(a.dir)['depart/k8s-resources/redis-service.yaml']);
    assert.notDeepEqual(c.mistakes.map((m) => m.key), a.mistakes.map((m) => m.key));
  });

  it('works from a plain folder of manifests too (no lab.yaml)', async () => {
    const src = fs.mkdtempSync(path.join(os.tmpdir(), 'appli-'));
    for (const [rel, text] of FIXTURE) { fs.mkdirSync(path.join(src, path.dirname(rel)), { recursive: true }); fs.writeFileSync(path.join(src, rel), text); }
    const r = await createExercise(src, 3, 4, fs.mkdtempSync(path.join(os.tmpdir(), 'ex-')));
    assert.equal(r.mistakes.length, 4);
    assert.equal(new Set(r.mistakes.map((m) => m.mutation.id)).size, 4, 'four different kinds of mistakes');
    const { lab, problems } = loadLab(r.dir, 'espace');
    assert.deepEqual(problems, []);
    for (const [i, step] of lab!.def.steps.entries()) {
      const [c] = step.checks;
      assert.equal((await runCheck(c, 0, { lang: 'fr', workspace: snapshotTexts('/w', filesAfter(lab!, i, false)), clock: { startedAt: 0 } })).status, 'failed');
      assert.equal((await runCheck(c, 0, { lang: 'fr', workspace: snapshotTexts('/w', filesAfter(lab!, i)), clock: { startedAt: 0 } })).status, 'passed');
    }
  });

  it('writes the exercise in the language asked: French with its typography by default, English with lang en; same mistakes and files', async () => {
    const src = fs.mkdtempSync(path.join(os.tmpdir(), 'appli-'));
    for (const [rel, text] of FIXTURE) { fs.mkdirSync(path.join(src, path.dirname(rel)), { recursive: true }); fs.writeFileSync(path.join(src, rel), text); }
    const fr = await createExercise(src, 3, 4, fs.mkdtempSync(path.join(os.tmpdir(), 'ex-fr-')));
    const en = await createExercise(src, 3, 4, fs.mkdtempSync(path.join(os.tmpdir(), 'ex-en-')), 'en');
    // The language changes the texts only: same mistakes, same broken copy, same solutions.
    assert.deepEqual(en.mistakes.map((m) => m.key), fr.mistakes.map((m) => m.key));
    const [filesFr, filesEn] = [read(fr.dir), read(en.dir)];
    assert.deepEqual(Object.keys(filesEn).sort(), Object.keys(filesFr).sort());
    for (const f of Object.keys(filesFr).filter((k) => /^(depart|solution)\//.test(k))) assert.equal(filesEn[f], filesFr[f], f);

    type Step = { titre: string; indices: string[]; 'vérifications': { 'échec': string }[] };
    const yamlFr = filesFr['lab.yaml'];
    const yamlEn = filesEn['lab.yaml'];
    const labFr = parse(yamlFr) as { titre: string; 'résumé': string; 'étapes': Step[] };
    const labEn = parse(yamlEn) as { titre: string; 'résumé': string; 'étapes': Step[] };
    const texts = (l: typeof labFr): string[] => [l.titre, l['résumé'], ...l['étapes'].flatMap((st) => [st.titre, ...st.indices, ...st['vérifications'].map((c) => c['échec'])])];

    // French: the sentences with « » and a non-breaking space before « : ».
    assert.match(yamlFr, /^# Créé par «\u00a0kube-apprenti lab mutate\u00a0» \(graine 3\)\u00a0: relisez-le avant de le distribuer\.\n/);
    assert.match(labFr.titre, /^Exercice\u00a0: 4 erreur\(s\) à corriger dans appli-/);
    assert.equal(labFr['étapes'][0].titre, `Erreur 1\u00a0: dans ${fr.mistakes[0].site.file}`);
    for (const t of texts(labFr)) assert.doesNotMatch(t, / [:;?!»]|« /, t);
    assert.match(filesFr['01-erreur-1.md'], /^# Erreur 1 sur 4\n\nUne erreur typique s’est glissée dans `[^`]+`\u00a0: l’application ne fonctionnerait pas comme prévu\.\n\nTrouvez-la, corrigez-la, enregistrez le fichier, puis cliquez sur \*\*Vérifier\*\*\. /);
    const diag = labFr['étapes'].findIndex((st) => st.indices[0].startsWith('Un diagnostic KA'));
    assert.ok(diag >= 0, 'a step built on a diagnostic');
    assert.match(labFr['étapes'][diag].indices[1], /^L’éditeur explique\u00a0: «\u00a0/);
    assert.ok(labFr['étapes'][diag].indices.some((h) => h.startsWith('Comment corriger\u00a0: ')), 'the rule page’s « Comment corriger »');

    // English: the same sentences in English, no French spacing, no French word of the generator left.
    assert.match(yamlEn, /^# Created by “kube-apprenti lab mutate” \(seed 3\): review it before handing it out\.\n/);
    assert.match(labEn.titre, /^Exercise: 4 mistake\(s\) to fix in appli-.* \(seed 3\)$/);
    assert.match(labEn['résumé'], /^Exercise created by “lab mutate”: typical mistakes/);
    assert.equal(labEn['étapes'][0].titre, `Mistake 1: in ${en.mistakes[0].site.file}`);
    assert.match(labEn['étapes'][diag].indices[0], /^A diagnostic KA\d{3} \(“[^”]+”\) is shown in \S+: open the Problems panel\.$/);
    assert.match(labEn['étapes'][diag].indices[1], /^The editor explains: “/);
    assert.match(labEn['étapes'][diag]['vérifications'][0]['échec'], /^The diagnostic KA\d{3} \(“[^”]+”\) is still shown in \S+: read it in the Problems panel\.$/);
    for (const t of texts(labEn)) {
      assert.doesNotMatch(t, /\u00a0|«|»/, t);
      assert.doesNotMatch(t, /\b(Erreur|Exercice|Regardez|affiché|L’éditeur|panneau|Comment corriger|graine)\b/, t);
    }
    assert.match(filesEn['01-erreur-1.md'], /^# Mistake 1 of 4\n\nA typical mistake slipped into `[^`]+`: the application would not work as intended\.\n\nFind it, fix it, save the file, then click \*\*Check\*\*\. /);
    // The English exercise is a valid lab whose checks fail on depart/ with their English message.
    const { lab, problems } = loadLab(en.dir, 'espace', 'en');
    assert.deepEqual(problems, []);
    const c = lab!.def.steps[0].checks[0];
    const r = await runCheck(c, 0, { lang: 'en', workspace: snapshotTexts('/w', filesAfter(lab!, -1)), clock: { startedAt: 0 } });
    assert.equal(r.status, 'failed');
    assert.equal(r.failMessage, labEn['étapes'][0]['vérifications'][0]['échec']);
  });

  it('a mistake no diagnostic flags gets a field check and hints naming the kind of mistake, in the language asked', async () => {
    const [fr] = await pickMistakes(FIXTURE, 1, 1, [imageTagWrong]);
    const [en] = await pickMistakes(FIXTURE, 1, 1, [imageTagWrong], 'en');
    assert.equal(fr.code, undefined);
    assert.equal(en.key, fr.key);
    assert.equal(fr.check.type, 'manifeste.champ');
    assert.equal(fr.check.failMessage, `${fr.site.resource}\u00a0: le champ ${pathText(fr.site.path)} n’a pas la valeur attendue (mauvais tag d’image).`);
    assert.equal(en.check.failMessage, `${en.site.resource}: the field ${pathText(en.site.path)} does not have the expected value (wrong image tag).`);
    assert.deepEqual(fr.hints, [
      `Aucun diagnostic ne signale cette erreur\u00a0: relisez ${fr.site.file} attentivement.`,
      'L’erreur est du type «\u00a0mauvais tag d’image\u00a0».',
      `Regardez ${fr.site.resource}, ${pathText(fr.site.path)}.`,
    ]);
    assert.deepEqual(en.hints, [
      `No diagnostic flags this mistake: read ${en.site.file} carefully.`,
      'The mistake is of the kind “wrong image tag”.',
      `Look at ${en.site.resource}, ${pathText(en.site.path)}.`,
    ]);
  });

  for (const seed of [42, 7, 2026]) {
    it(`seed ${seed}: each step's checks fail on the broken copy and pass on the solution; lab.yaml is valid`, async () => {
      const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ex-'));
      const r = await createExercise(guestbook, seed, 3, out);
      const { lab, problems } = loadLab(r.dir, 'espace');
      assert.deepEqual(problems, []);
      assert.equal(lab!.def.steps.length, 3);
      const depart = filesAfter(lab!, -1);
      const solved = filesAfter(lab!, lab!.def.steps.length - 1);
      // The final state is the original application.
      const original = filesAfter(loadLab(guestbook, 'extension').lab!, 4);
      for (const [f, t] of solved) assert.equal(t, original.get(f), f);
      for (const [i, step] of lab!.def.steps.entries()) {
        assert.ok(step.checks.every(isWorkspaceCheck));
        assert.ok((step.hints ?? []).length >= 2);
        for (const [ci, c] of step.checks.entries()) {
          const onBroken = await runCheck(c, ci, { lang: 'fr', workspace: snapshotTexts('/w', depart), clock: { startedAt: 0 } });
          const onBefore = await runCheck(c, ci, { lang: 'fr', workspace: snapshotTexts('/w', filesAfter(lab!, i, false)), clock: { startedAt: 0 } });
          const onSolution = await runCheck(c, ci, { lang: 'fr', workspace: snapshotTexts('/w', filesAfter(lab!, i)), clock: { startedAt: 0 } });
          const onFinal = await runCheck(c, ci, { lang: 'fr', workspace: snapshotTexts('/w', solved), clock: { startedAt: 0 } });
          assert.equal(onBroken.status, 'failed', `${step.id} on depart`);
          assert.equal(onBefore.status, 'failed', `${step.id} before its solution`);
          assert.equal(onSolution.status, 'passed', `${step.id} with its solution`);
          assert.equal(onFinal.status, 'passed', `${step.id} on the original`);
        }
      }
      let printed = '';
      const w = process.stdout.write.bind(process.stdout);
      process.stdout.write = ((s: string) => { printed += s; return true; }) as typeof process.stdout.write;
      try { assert.equal(await labCheck([r.dir]), 0); } finally { process.stdout.write = w; }
      assert.doesNotMatch(printed, /⚠|✗/);
    });
  }
});
