import { analyze, deployment, expectAt, expectLanguages, expectNone } from '../helpers';

const withSa = (field: string, name: string) => deployment('app', 'app: a').replace('      containers:', `      ${field}: ${name}\n      containers:`);

describe('rule service-account-missing (KA100)', () => {
  it('warns about a missing ServiceAccount (serviceAccountName and its deprecated alias)', () => {
    expectLanguages(expectAt(analyze({ 'd.yaml': withSa('serviceAccountName', 'missing') }), { code: 'KA100', at: 'missing', severity: 'warning' }));
    expectAt(analyze({ 'd.yaml': withSa('serviceAccount', 'missing') }), { code: 'KA100', at: 'missing' });
  });
  it('accepts default and defined ServiceAccounts', () => {
    expectNone(analyze({ 'd.yaml': withSa('serviceAccountName', 'default') }), 'KA100');
    expectNone(analyze({ 'd.yaml': withSa('serviceAccountName', 'robot'), 'sa.yaml': 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: robot\n' }), 'KA100');
  });
});
