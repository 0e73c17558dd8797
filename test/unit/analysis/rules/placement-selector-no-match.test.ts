import { analyze, deployment, expectAt, expectLanguages, expectNone } from '../helpers';

const spread = (labels: string) => `      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: kubernetes.io/hostname
          whenUnsatisfiable: DoNotSchedule
          labelSelector:
            matchLabels:
              ${labels}
`;

describe('rule placement-selector-no-match (KA004)', () => {
  it('reports a topology spread labelSelector that selects no pod, suggesting real labels', () => {
    const r = analyze({ 'd.yaml': deployment('front', 'app: monster, partie: frontend', spread('app: monster\n              service: frontend')) });
    const f = expectAt(r, { code: 'KA004', at: 'matchLabels:\n              app: monster', severity: 'warning' });
    expectLanguages(f);
  });
  it('accepts a selector matching the pods', () => {
    expectNone(analyze({ 'd.yaml': deployment('front', 'app: monster', spread('app: monster')) }), 'KA004');
  });
});
