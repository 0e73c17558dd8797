import { analyze, applyFix, expectAt, expectLanguages, expectNone } from '../helpers';

describe('rule kustomize-path (KA013)', () => {
  const files = {
    'k8s/base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
    'k8s/base/deployment.yaml': '# base\n',
    'k8s/dev/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ./base\n',
  };
  it('reports a path that does not exist, suggesting ../base', () => {
    const r = analyze(files);
    const f = expectAt(r, { code: 'KA013', file: 'k8s/dev/kustomization.yaml', at: './base', severity: 'error' });
    expectLanguages(f);
    expectNone(analyze(applyFix(r, f)), 'KA013');
  });
  it('does not report files the workspace model cannot know (only YAML files are loaded)', () => {
    expectNone(analyze({ ...files, 'k8s/dev/kustomization.yaml': 'resources:\n  - ../base\npatches:\n  - path: patch.json\npatchesStrategicMerge:\n  - extra.JSON\n' }), 'KA013');
    expectAt(analyze({ ...files, 'k8s/dev/kustomization.yaml': 'resources:\n  - ../base\n  - absent.yml\n' }), { code: 'KA013', file: 'k8s/dev/kustomization.yaml', at: 'absent.yml', severity: 'error' });
  });
  it('accepts existing files and folders, and remote resources', () => {
    expectNone(analyze({ ...files, 'k8s/dev/kustomization.yaml': 'resources:\n  - ../base\n  - github.com/org/repo//x?ref=v1\n' }), 'KA013');
  });
});
