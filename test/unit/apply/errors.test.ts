// Error classification and French messages, on payloads recorded from the real local cluster (kube-apiserver 1.36.3).
import * as assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { causeText } from '../../../core/cluster/apply/causeText';
import { locateField } from '../../../core/cluster/apply/fieldRange';
import { LineIndex } from '../../../core/cluster/apply/lineIndex';
import { summary } from '../../../core/cluster/apply/report';
import type { ApplyReport } from '../../../core/cluster/apply/result';
import { describeClusterError } from '../../../core/cluster/errorMessages';
import { fromHttpStatus, toClusterError, type K8sStatus } from '../../../core/cluster/errors';
import payloads from './payloads.json';

type P = { status: number; body: K8sStatus | string };
const rec = payloads as unknown as Record<string, P>;
const err = (name: string) => {
  const p = rec[name];
  return fromHttpStatus(p.status, typeof p.body === 'string' ? p.body : JSON.stringify(p.body)).info;
};

describe('cluster errors (recorded payloads)', () => {
  it('a misspelt field (server-side apply answers 500) becomes an unknown-field cause on the right line', () => {
    const e = err('ssaUnknownField');
    assert.equal(e.kind, 'invalid');
    if (e.kind !== 'invalid') return;
    assert.equal(e.causes.length, 1);
    assert.equal(e.causes[0].field, '.spec.template.spec.containers[name="web"].ports[containerPort=0,protocol="TCP"].contianerPort');
    const text = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: bad\nspec:\n  template:\n    spec:\n      containers:\n        - name: side\n          ports:\n            - containerPort: 0\n        - name: web\n          image: nginx:1.27\n          ports:\n            - contianerPort: 80\n';
    const loc = locateField(parseDocument(text), e.causes[0].field!);
    assert.ok(loc?.exact);
    assert.equal(new LineIndex(text).position(loc.start).line + 1, 15);
    assert.match(causeText(e.causes[0], 'fr'), /^Champ inconnu «\u00a0contianerPort\u00a0»/);
  });

  it('several type errors of one apply are separate causes, explained (YAML booleans, quoted numbers)', () => {
    const e = err('ssaTypeErrors');
    assert.equal(e.kind, 'invalid');
    if (e.kind !== 'invalid') return;
    assert.deepEqual(e.causes.map((c) => c.field), ['.spec.template.metadata.labels.app', '.spec.replicas']);
    assert.match(causeText(e.causes[0], 'fr'), /attend du texte et a reçu un booléen.*guillemets/);
    assert.match(causeText(e.causes[1], 'fr'), /attend un nombre et a reçu du texte \(retirez les guillemets\u00a0\?\)/);
  });

  it('422 validation causes keep their fields and get French details', () => {
    const e = err('invalid422');
    assert.equal(e.kind, 'invalid');
    if (e.kind !== 'invalid') return;
    assert.deepEqual(e.causes.map((c) => c.field), ['metadata.name', 'spec.replicas', 'spec.template.metadata.labels']);
    const [name, replicas, labels] = e.causes.map((c) => causeText(c, 'fr'));
    assert.match(name, /Valeur "Invalid_Name" refusée pour «\u00a0metadata\.name\u00a0»\u00a0: un nom valide ne contient que des lettres minuscules/);
    assert.match(replicas, /Valeur -1 refusée pour «\u00a0spec\.replicas\u00a0»\u00a0: doit être supérieur ou égal à 0/);
    assert.match(labels, /le sélecteur \(spec\.selector\) ne correspond pas aux labels du modèle de Pod/);
  });

  it('a refused apply (403, `view` account) says in the notification itself why and what to do', () => {
    const report: ApplyReport = { dryRun: false, force: false, applied: false, ok: false, conflicts: false, context: 'sspcloud', namespace: 'user-etudiant', diagnostics: [],
      results: [{ file: 'web.yaml', index: 0, range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } }, outcome: 'failed', phase: 'dryRun', error: err('forbiddenLecteur'), warnings: [], diagnostics: [] }] };
    const hints = { currentRole: 'view', roleNamespace: 'user-etudiant' };
    assert.match(summary(report, 'fr', hints), /^Rien n’a été appliqué\. Accès refusé\u00a0: votre compte a le rôle `view` .*il faut le rôle `edit` ou `admin` pour créer ou modifier des Deployments\. Demandez ce rôle/);
    assert.match(summary(report, 'en', hints), /^Nothing was applied\. Access denied: your account has the role `view` .*needs the role `edit` or `admin` to create or update Deployments\. Ask the cluster administrator/);
  });

  it('403 names the verb, the resource, the namespace and the role that would allow it', () => {
    const l = err('forbiddenLecteur');
    assert.deepEqual({ ...l, message: undefined }, { kind: 'forbidden', user: 'system:serviceaccount:user-etudiant:lecteur', verb: 'patch', resource: 'deployments', group: 'apps', namespace: 'user-etudiant', name: 'web', message: undefined });
    assert.equal(describeClusterError(l, 'fr', { currentRole: 'view', roleNamespace: 'user-etudiant' }),
      "Accès refusé\u00a0: votre compte a le rôle `view` dans `user-etudiant`\u00a0: il faut le rôle `edit` ou `admin` pour créer ou modifier des Deployments. Demandez ce rôle à la personne qui gère le cluster (sur SSPCloud\u00a0: relancez votre service avec le rôle voulu).");
    const e = describeClusterError(err('forbiddenEtudiantOtherNs'), 'fr', { currentRole: 'edit', roleNamespace: 'user-etudiant' });
    assert.match(e, /rôle `edit` dans `user-etudiant`\u00a0: il faut le rôle `edit` ou `admin` dans `default`.*Travaillez plutôt dans votre espace de noms `user-etudiant`/);
    const c = describeClusterError(err('forbiddenClusterScope'), 'fr');
    assert.match(c, /n’a pas le droit de lister les Namespaces\u00a0; il faut un droit sur tout le cluster/);
    assert.doesNotMatch(c + e, /[{}]|"kind"/, 'never raw JSON');
  });

  it('409 field-manager conflicts list the manager and the field', () => {
    const e = err('conflict409');
    assert.deepEqual(e.kind === 'conflict' && { reason: e.reason, conflicts: e.conflicts }, { reason: 'fieldManager', conflicts: [{ manager: 'kubectl-edit', field: '.spec.replicas' }] });
    assert.match(describeClusterError(e, 'fr'), /Conflit\u00a0: ce champ a été modifié par un autre outil.*\.spec\.replicas \(géré par `kubectl-edit`\).*--force-conflicts/);
  });

  it('a missing namespace and an unknown API group are explained', () => {
    assert.match(describeClusterError(err('namespaceNotFound'), 'fr'), /^L’espace de noms `nope-ns` n’existe pas\. Créez-le d’abord/);
    assert.equal(err('unknownGroupVersion').kind, 'notFound');
  });

  it('network failures become unreachable/timeout with a French message', () => {
    const refused = toClusterError(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:1' } }), 'https://127.0.0.1:1');
    assert.deepEqual([refused.info.kind, refused.info.kind === 'unreachable' && refused.info.code], ['unreachable', 'ECONNREFUSED']);
    assert.match(describeClusterError(refused.info, 'fr'), /ne répond pas \(ECONNREFUSED\)\. Le cluster est-il démarré/);
    assert.equal(toClusterError(new DOMException('x', 'TimeoutError')).kind, 'timeout');
    assert.equal(toClusterError(Object.assign(new Error('Forbidden'), { statusCode: 403 })).kind, 'forbidden');
    assert.equal(fromHttpStatus(401, '{"kind":"Status","message":"Unauthorized","code":401}').kind, 'unauthorized');
    assert.match(describeClusterError({ kind: 'unauthorized' }, 'fr'), /jeton d’accès a probablement expiré/);
    assert.match(describeClusterError({ kind: 'unauthorized' }, 'en'), /token has probably expired/);
  });
});
