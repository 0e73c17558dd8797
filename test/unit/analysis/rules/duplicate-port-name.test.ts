import { analyze, deployment, expectAt, expectLanguages, expectNone } from '../helpers';

const two = (a: string, b: string) => deployment('p', 'app: p', '', `          ports:\n            - containerPort: 8080\n              name: ${a}\n        - name: redis\n          image: redis:7\n          ports:\n            - containerPort: 6379\n              name: ${b}\n`);

describe('rule duplicate-port-name (KA055)', () => {
  it('warns when two containers of a Pod name a port alike, errs within one container', () => {
    expectLanguages(expectAt(analyze({ 'p.yaml': two('http', 'http') }), { code: 'KA055', at: 'http', nth: 1, severity: 'warning' }));
    const same = deployment('p', 'app: p', '', '          ports:\n            - containerPort: 80\n              name: web\n            - containerPort: 81\n              name: web\n');
    expectLanguages(expectAt(analyze({ 'p.yaml': same }), { code: 'KA055', at: 'web', nth: 1, severity: 'error', messageKey: 'KA055.container' }));
  });
  it('accepts distinct names', () => {
    expectNone(analyze({ 'p.yaml': two('http', 'redis') }), 'KA055');
  });
});
