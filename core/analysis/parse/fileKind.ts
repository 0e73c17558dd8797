// Decides what a YAML file is from its content first, then its path. Only `manifest` files get Kubernetes rules;
// Helm templates are not parsed at all (they are not YAML until rendered). A document that is plainly a Kubernetes
// object (`apiVersion` + a known `kind`, or a CRD-shaped object) makes the file a manifest whatever its name:
// `app.yaml`, `values-prod.yaml` or `compose.yaml` holding a Deployment are analysed.
import { isClusterScoped, isKubernetesObject, POD_TEMPLATE_PATHS } from '../index/kinds';
import type { FileKind, NotAnalysedReason } from '../index/types';

/** Files of CI services. */
const CI_NAMES = new Set(['.gitlab-ci.yml', '.gitlab-ci.yaml', '.travis.yml', 'appveyor.yml', 'azure-pipelines.yml',
  'bitbucket-pipelines.yml', 'cloudbuild.yaml', 'codecov.yml']);

/** Files of other tools, recognised by their name (a Kubernetes object in them still makes them manifests). */
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

/** Built-in kinds (besides the cluster-scoped and workload ones of index/kinds.ts) that make a document a manifest. */
const KNOWN_KINDS = new Set([
  'Service', 'Endpoints', 'EndpointSlice', 'Ingress', 'NetworkPolicy', 'ConfigMap', 'Secret', 'PersistentVolumeClaim',
  'ServiceAccount', 'Role', 'RoleBinding', 'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'LimitRange',
  'ResourceQuota', 'Lease', 'Event', 'List', 'Binding', 'ControllerRevision', 'PodTemplate', 'CSIStorageCapacity',
  'ResourceClaim', 'ResourceClaimTemplate', 'ResourceSlice', 'ServiceCIDR', 'IPAddress', 'Gateway', 'HTTPRoute',
]);

function isKnownKind(kind: string): boolean {
  return KNOWN_KINDS.has(kind) || isClusterScoped(kind) || Object.prototype.hasOwnProperty.call(POD_TEMPLATE_PATHS, kind);
}

const TOP_VALUE: Record<'apiVersion' | 'kind', RegExp> = {
  apiVersion: /^["']?apiVersion["']?:[ \t]*["']?([^\s"'#]+)/m,
  kind: /^["']?kind["']?:[ \t]*["']?([^\s"'#]+)/m,
};

/** A top-level `key: value` of a document (column 0, optionally quoted key and value). */
function topValue(doc: string, key: 'apiVersion' | 'kind'): string | undefined {
  return TOP_VALUE[key].exec(doc)?.[1];
}

/**
 * True when a document of the text is plainly a Kubernetes object: top-level `apiVersion` and `kind` with a known
 * kind, or CRD-shaped (`apiVersion: group.with.dot/version`, capitalised `kind`, top-level `metadata`).
 */
export function looksLikeManifest(text: string): boolean {
  if (!/^["']?kind["']?:/m.test(text) || !/^["']?apiVersion["']?:/m.test(text)) return false;
  // Document by document, stopping at the first Kubernetes one (usually the first: no copy of the rest).
  const separator = /^(?:---|\.\.\.)(?:[ \t].*)?$/gm;
  let start = 0;
  for (;;) {
    const m = separator.exec(text);
    if (isManifestDocument(text.slice(start, m ? m.index : text.length))) return true;
    if (!m) return false;
    start = m.index + m[0].length;
  }
}

function isManifestDocument(doc: string): boolean {
  const apiVersion = topValue(doc, 'apiVersion');
  const kind = topValue(doc, 'kind');
  if (!apiVersion || !kind || !isKubernetesObject(apiVersion, kind)) return false;
  if (isKnownKind(kind)) return true;
  const slash = apiVersion.indexOf('/');
  return slash > 0 && apiVersion.slice(0, slash).includes('.') && slash < apiVersion.length - 1
    && /^[A-Z][A-Za-z0-9]*$/.test(kind) && /^["']?metadata["']?:/m.test(doc);
}

export interface Classification {
  kind: FileKind;
  /** Why a `helm-template` or `tooling` file gets no Kubernetes rule (shown as KA104 when the file is open). */
  reason?: NotAnalysedReason;
}

/** What a file is, and why it is not analysed as a manifest when it is not. Content wins over the name. */
export function classify(uri: string, text: string): Classification {
  const name = baseName(uri).toLowerCase();
  const path = uri.toLowerCase();
  // A `.tpl` (a chart's `_helpers.tpl`) is Go template text, never YAML, even with no `{{` yet (a new empty file).
  if (name.endsWith('.tpl')) return { kind: 'helm-template', reason: 'helm-template' };
  if (name === 'kustomization.yaml' || name === 'kustomization.yml' || name === 'kustomization') return { kind: 'kustomization' };
  if (/^apiVersion:[ \t]*["']?kustomize\.config\.k8s\.io\//m.test(text) && /^kind:[ \t]*["']?(Kustomization|Component)\b/m.test(text)) return { kind: 'kustomization' };
  if (/\/templates\/[^/]*$/.test(path) && mentionsTemplate(text)) return { kind: 'helm-template', reason: 'helm-template' };
  if (hasGoTemplate(text)) return { kind: 'helm-template', reason: 'helm-template' };
  if (looksLikeManifest(text)) return { kind: 'manifest' };
  if (name === 'lab.yaml' || name === 'lab.yml') return { kind: 'tooling', reason: 'lab' };
  if (/\/\.github\/(workflows|actions)\//i.test(path)) return { kind: 'tooling', reason: 'github-actions' };
  if (/\/\.github\/[^/]+\.ya?ml$/i.test(path) || /\/\.github\/issue_template\//i.test(path)) return { kind: 'tooling', reason: 'github' };
  if (/^(docker-)?compose[-.]/.test(name)) return { kind: 'tooling', reason: 'compose' };
  if (/^values[-.]/.test(name)) return { kind: 'tooling', reason: 'helm-values' };
  if (name === 'chart.yaml' || name === 'chart.yml') return { kind: 'tooling', reason: 'helm-chart' };
  if (/\/\.circleci\//.test(path) || /\/\.gitlab\//.test(path) || CI_NAMES.has(name)) return { kind: 'tooling', reason: 'ci' };
  if (TOOLING_NAMES.has(name)) return { kind: 'tooling', reason: 'tooling' };
  // Content of a Compose file or of a GitHub Actions workflow, whatever the name.
  if (/^services:[ \t]*$/m.test(text) && /^[ \t]+image:/m.test(text) && !/^apiVersion:/m.test(text)) return { kind: 'tooling', reason: 'compose' };
  if (/^jobs:[ \t]*$/m.test(text) && /^[ \t]+runs-on:/m.test(text) && /^["']?on["']?:/m.test(text)) return { kind: 'tooling', reason: 'github-actions' };
  return { kind: 'manifest' };
}

export function classifyFile(uri: string, text: string): FileKind {
  return classify(uri, text).kind;
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
