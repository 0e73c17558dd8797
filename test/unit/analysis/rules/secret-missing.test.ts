import { analyze, deployment, expectAt, expectLanguages, expectNone } from '../helpers';

const secretRef = (name: string) => `          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: ${name}
                  key: password
`;
const secret = (name: string) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${name}\nstringData:\n  password: x\n`;

describe('rule secret-missing (KA009, KA103)', () => {
  it('is a hint when the Secret is not in the workspace (Secrets are usually not versioned)', () => {
    const f = expectAt(analyze({ 'd.yaml': deployment('b', 'app: b', '', secretRef('db')) }), { code: 'KA009', at: 'db\n', severity: 'information', messageKey: 'KA009.none' });
    expectLanguages(f);
  });
  it('warns when a similarly named Secret exists (probable typo)', () => {
    const r = analyze({ 'd.yaml': deployment('b', 'app: b', '', secretRef('credentials-app')), 's.yaml': secret('credentials-application') });
    expectLanguages(expectAt(r, { code: 'KA009', file: 'd.yaml', at: 'credentials-app\n', severity: 'warning' }));
  });
  it('reports image pull secrets as a hint and accepts defined Secrets', () => {
    const pull = deployment('b', 'app: b').replace('      containers:', '      imagePullSecrets:\n        - name: registry-credential\n      containers:');
    expectLanguages(expectAt(analyze({ 'd.yaml': pull }), { code: 'KA103', at: 'registry-credential', severity: 'information' }));
    expectNone(analyze({ 'd.yaml': deployment('b', 'app: b', '', secretRef('db')), 's.yaml': secret('db') }), 'KA009');
  });
});
