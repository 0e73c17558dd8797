import { strict as assert } from 'node:assert';
import { formatMessage } from '../../../../core/analysis/messages';
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
    expectLanguages(expectAt(r, { code: 'KA009', file: 'd.yaml', at: 'credentials-app\n', severity: 'warning', messageKey: 'KA009.closest' }));
  });
  it('names the known Secrets without an empty « did you mean » when none is close', () => {
    const r = analyze({ 'd.yaml': deployment('b', 'app: b', '', secretRef('db')), 's.yaml': secret('registry-credential') });
    const f = expectAt(r, { code: 'KA009', file: 'd.yaml', at: 'db\n', severity: 'information', messageKey: 'KA009' });
    expectLanguages(f);
    const fr = formatMessage(f.messageKey ?? f.code, f.args, 'fr');
    assert.match(fr, /Secrets connus\s: `registry-credential`/);
    assert.doesNotMatch(fr, /Vouliez-vous/);
  });
  it('reports image pull secrets as a hint and accepts defined Secrets', () => {
    const pull = deployment('b', 'app: b').replace('      containers:', '      imagePullSecrets:\n        - name: registry-credential\n      containers:');
    expectLanguages(expectAt(analyze({ 'd.yaml': pull }), { code: 'KA103', at: 'registry-credential', severity: 'information' }));
    expectNone(analyze({ 'd.yaml': deployment('b', 'app: b', '', secretRef('db')), 's.yaml': secret('db') }), 'KA009');
  });
});
