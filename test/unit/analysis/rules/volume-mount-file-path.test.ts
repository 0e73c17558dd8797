import { analyze, deployment, expectAt, expectLanguages, expectNone } from '../helpers';

const d = (mount: string) => deployment('a', 'app: a', '      volumes:\n        - name: my-cert\n          secret:\n            secretName: my-cert\n', `          volumeMounts:\n            - name: my-cert\n              mountPath: ${mount}\n`);

describe('rule volume-mount-file-path (KA024)', () => {
  it('warns when a Secret volume is mounted on a file path without subPath', () => {
    expectLanguages(expectAt(analyze({ 'd.yaml': d('/etc/mycert.pem') }), { code: 'KA024', at: '/etc/mycert.pem', severity: 'warning' }));
  });
  it('accepts a folder or a subPath', () => {
    expectNone(analyze({ 'd.yaml': d('/etc/mycert') }), 'KA024');
    expectNone(analyze({ 'd.yaml': d('/etc/mycert.pem\n              subPath: mycert.pem') }), 'KA024');
  });
});
