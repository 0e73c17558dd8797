import { analyze, deployment, expectAt, expectLanguages, expectNone } from '../helpers';

const cm = (key: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: example\ndata:\n  ${key}: v\n`;
const envFrom = '          envFrom:\n            - configMapRef:\n                name: example\n';

describe('rule envfrom-key-names (KA026)', () => {
  it('hints about keys that are not portable variable names', () => {
    expectLanguages(expectAt(analyze({ 'd.yaml': deployment('a', 'app: a', '', envFrom), 'c.yaml': cm('my-config-key') }), { code: 'KA026', file: 'd.yaml', at: 'example', severity: 'information' }));
  });
  it('accepts UPPER_CASE keys', () => {
    expectNone(analyze({ 'd.yaml': deployment('a', 'app: a', '', envFrom), 'c.yaml': cm('MY_KEY') }), 'KA026');
  });
});
