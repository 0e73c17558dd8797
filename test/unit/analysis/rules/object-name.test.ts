import assert from 'node:assert/strict';
import { suggestName } from '../../../../core/analysis/rules/object-name';
import { analyze, applyFix, deployment, expectAt, expectLanguages, expectNone, service } from '../helpers';

describe('rule object-name (KA070, KA071)', () => {
  it('reports an invalid name with a suggestion and a fix', () => {
    const r = analyze({ 'd.yaml': deployment('Mon_Déploiement', 'app: a') });
    const f = expectAt(r, { code: 'KA070', at: 'Mon_D', severity: 'error' });
    assert.equal(f.args.suggestion, 'mon-deploiement');
    expectLanguages(f);
    expectNone(analyze(applyFix(r, f)), 'KA070');
  });
  it('applies DNS-1035 to Services and names placeholders', () => {
    expectLanguages(expectAt(analyze({ 's.yaml': service('2-backend', 'app: a') }), { code: 'KA071', at: '2-backend' }));
    expectAt(analyze({ 's.yaml': deployment('<nom>', 'app: a') }), { code: 'KA070', at: '<nom>', messageKey: 'KA070.placeholder' });
  });
  it('accepts valid names, RBAC names with colons and custom resources', () => {
    expectNone(analyze({ 'd.yaml': deployment('web-1.v2', 'app: a') }), 'KA070');
    expectNone(analyze({ 'r.yaml': 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: system:reader\nrules: []\n' }), 'KA070');
    expectNone(analyze({ 'x.yaml': 'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: Not_Valid\n' }), 'KA070');
    assert.equal(suggestName('  Élève Été '), 'eleve-ete');
  });
});
