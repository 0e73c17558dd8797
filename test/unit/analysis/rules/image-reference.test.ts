import { analyze, applyFix, deployment, expectAt, expectLanguages, expectNone } from '../helpers';

const img = (i: string) => deployment('a', 'app: a').replace('image: nginx:1.27', `image: ${i}`);

describe('rule image-reference (KA061, KA034)', () => {
  it('reports placeholders and uppercase names (warning: the Pod stays in InvalidImageName)', () => {
    expectLanguages(expectAt(analyze({ 'd.yaml': img('<image>') }), { code: 'KA061', at: '<image>', severity: 'warning', messageKey: 'KA061.placeholder' }));
    const r = analyze({ 'd.yaml': img('MonImage:v1') });
    const f = expectAt(r, { code: 'KA061', at: 'MonImage', messageKey: 'KA061.uppercase' });
    expectLanguages(f);
    expectNone(analyze(applyFix(r, f)), 'KA061');
  });
  it('hints about latest or missing tags', () => {
    expectLanguages(expectAt(analyze({ 'd.yaml': img('nginx:latest') }), { code: 'KA034', at: 'nginx:latest', severity: 'information' }));
    expectAt(analyze({ 'd.yaml': img('redis') }), { code: 'KA034', at: 'redis', messageKey: 'KA034.none' });
  });
  it('accepts tagged and digest references, registries with ports', () => {
    expectNone(analyze({ 'd.yaml': img('registry.example.com:5000/team/app:1.0-RC1') }), 'KA061', 'KA034');
    expectNone(analyze({ 'd.yaml': img('nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef') }), 'KA061', 'KA034');
  });
});
