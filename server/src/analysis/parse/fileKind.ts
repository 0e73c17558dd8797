// Decides what a YAML file is from its path and its first bytes. Only `manifest` files get Kubernetes rules;
// Helm templates are not parsed at all (they are not YAML until rendered).
import type { FileKind } from '../index/types';

const TOOLING_NAMES = new Set([
  'chart.yaml', 'chart.yml', 'values.yaml', 'values.yml', 'skaffold.yaml', 'skaffold.yml', 'lab.yaml', 'lab.yml',
  'docker-compose.yaml', 'docker-compose.yml', 'compose.yaml', 'compose.yml', '.gitlab-ci.yml', '.gitlab-ci.yaml',
  'pnpm-lock.yaml', 'pnpm-workspace.yaml', 'mkdocs.yml', 'mkdocs.yaml', '.pre-commit-config.yaml', 'codecov.yml',
  'dependabot.yml', 'dependabot.yaml', 'action.yml', 'action.yaml', 'netlify.yml', '.travis.yml', 'appveyor.yml',
  'azure-pipelines.yml', 'bitbucket-pipelines.yml', 'cloudbuild.yaml', 'devfile.yaml', 'tilt.yaml', 'helmfile.yaml',
  'requirements.yaml', 'openapi.yaml', 'swagger.yaml', 'conda.yaml', 'environment.yml', '.golangci.yml',
  '.golangci.yaml', '.yamllint', '.yamllint.yaml', 'pubspec.yaml', 'serverless.yml', 'app.yaml',
]);

export function baseName(uri: string): string {
  const clean = uri.replace(/[?#].*$/, '');
  return decodeURIComponent(clean.slice(clean.lastIndexOf('/') + 1));
}

/**
 * True when the text contains Go template actions where YAML cannot have them: a line that starts with `{{`, or an
 * unquoted value or list item that starts with `{{`. Quoted `"{{ $labels.x }}"` (alert rules in a ConfigMap) is YAML.
 */
export function hasGoTemplate(text: string): boolean {
  if (!text.includes('{{')) return false;
  return /^[ \t]*\{\{/m.test(text) || /^[^#\n]*(?::|^[ \t]*-)[ \t]+\{\{/m.test(text);
}

/** True when the text contains `{{` anywhere outside comments (used for files under `templates/`). */
function mentionsTemplate(text: string): boolean {
  return /^[^#\n]*\{\{/m.test(text);
}

export function classifyFile(uri: string, text: string): FileKind {
  const name = baseName(uri).toLowerCase();
  const path = uri.toLowerCase();
  if (name === 'kustomization.yaml' || name === 'kustomization.yml' || name === 'kustomization') return 'kustomization';
  if (/^apiVersion:[ \t]*["']?kustomize\.config\.k8s\.io\//m.test(text) && /^kind:[ \t]*["']?(Kustomization|Component)\b/m.test(text)) return 'kustomization';
  if (/\/templates\/[^/]*$/.test(path) && mentionsTemplate(text)) return 'helm-template';
  if (hasGoTemplate(text)) return 'helm-template';
  if (TOOLING_NAMES.has(name) || /^values[-.]/.test(name) || /^docker-compose[-.]/.test(name) || /^compose[-.]/.test(name)) return 'tooling';
  if (/\/\.github\/(workflows|actions|ISSUE_TEMPLATE)\//i.test(path) || /\/\.github\/[^/]+\.ya?ml$/i.test(path)) return 'tooling';
  if (/\/\.circleci\//.test(path) || /\/\.gitlab\//.test(path)) return 'tooling';
  return 'manifest';
}

/** True when the text looks binary (NUL bytes or many control characters in its first kilobytes). */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
    if (c === 0xfffd) control++;
  }
  return n > 0 && control / n > 0.05;
}
