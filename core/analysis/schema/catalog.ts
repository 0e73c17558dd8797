// Where the generated schemas come from. The JSON files of schemas/ are bundled by esbuild (and read by tsx in
// tests) through lazy `require`s: nothing is parsed until the first document of that version is validated, and
// the large English descriptions only when a hover needs one.
import { K8sSchemas } from './k8sSchemas';
import type { JsonSchema, K8sDescriptions, K8sSchemaBundle } from './types';

/** Kubernetes minor versions we ship schemas for (the `kubeApprenti.versionKubernetes` setting). */
export const SUPPORTED_VERSIONS = ['1.36'] as const;
export type KubernetesMinor = (typeof SUPPORTED_VERSIONS)[number];
export const DEFAULT_VERSION: KubernetesMinor = '1.36';

/* eslint-disable @typescript-eslint/no-require-imports -- lazy loading of bundled JSON is the point */
const bundles: Record<KubernetesMinor, () => K8sSchemaBundle> = {
  '1.36': () => require('../../../schemas/k8s-1.36.json') as K8sSchemaBundle,
};
const descriptionFiles: Record<KubernetesMinor, () => K8sDescriptions> = {
  '1.36': () => require('../../../schemas/k8s-1.36.descriptions.json') as K8sDescriptions,
};
const labSchemaFile = (): JsonSchema => require('../../../schemas/lab.schema.json') as JsonSchema;
/* eslint-enable @typescript-eslint/no-require-imports */

const loaded = new Map<string, K8sSchemas>();
/** Milliseconds spent so far loading schema files (see `loadingMs`). */
let loadingTotal = 0;

/**
 * Time spent loading schema files since the process started. The engine's per-document time budget leaves it out:
 * the document that happens to be analysed first must not be reported as too slow (KA102) because it paid for a
 * one-time load, which would make its diagnostics depend on which tool (editor or CLI) read it first.
 */
export function loadingMs(): number {
  return loadingTotal;
}

function timed<T>(load: () => T): T {
  const t0 = performance.now();
  try {
    return load();
  } finally {
    loadingTotal += performance.now() - t0;
  }
}
let activeVersion: KubernetesMinor = DEFAULT_VERSION;
const loadedDescriptions = new Map<string, K8sDescriptions>();
let labSchema: JsonSchema | null | undefined;

/** Maps a setting or server version ('1.36', 'v1.36.3', '1.37') to a version we ship (the closest one). */
export function normalizeVersion(version: string | undefined): KubernetesMinor {
  const m = /^v?(\d+)\.(\d+)/.exec(version ?? '');
  if (m) {
    const minor = `${m[1]}.${m[2]}`;
    if ((SUPPORTED_VERSIONS as readonly string[]).includes(minor)) return minor as KubernetesMinor;
  }
  return DEFAULT_VERSION;
}

export function getK8sSchemas(version?: string): K8sSchemas {
  const v = normalizeVersion(version);
  let s = loaded.get(v);
  if (!s) {
    s = timed(() => new K8sSchemas(bundles[v]()));
    loaded.set(v, s);
  }
  return s;
}

/** Sets the version used by the rules, hovers and completion (`kubeApprenti.versionKubernetes`). */
export function setActiveKubernetesVersion(version: string | undefined): KubernetesMinor {
  activeVersion = normalizeVersion(version);
  return activeVersion;
}

export function activeKubernetesVersion(): KubernetesMinor {
  return activeVersion;
}

/** The schemas of the version chosen in the settings. */
export function activeSchemas(): K8sSchemas {
  return getK8sSchemas(activeVersion);
}

/** English OpenAPI descriptions (hover fallback); {} if the file cannot be loaded. */
export function getK8sDescriptions(version?: string): K8sDescriptions {
  const v = normalizeVersion(version);
  let d = loadedDescriptions.get(v);
  if (!d) {
    try {
      d = timed(descriptionFiles[v]);
    } catch {
      d = {};
    }
    loadedDescriptions.set(v, d);
  }
  return d;
}

/** schemas/lab.schema.json (written by the labs feature), or undefined when it is absent. */
export function getLabSchema(): JsonSchema | undefined {
  if (labSchema === undefined) {
    try {
      labSchema = timed(labSchemaFile);
    } catch {
      labSchema = null;
    }
  }
  return labSchema ?? undefined;
}

/**
 * Loads the active version's schemas and builds their indexes now (at server start), so that the first document
 * validated does not pay for it; the English descriptions (hover fallback) follow a little later.
 */
export function warmUpSchemas(descriptionsAfterMs = 2000): void {
  activeSchemas().apiVersionsOf('Pod');
  const t = setTimeout(() => getK8sDescriptions(activeVersion), descriptionsAfterMs);
  (t as { unref?: () => void }).unref?.();
}
