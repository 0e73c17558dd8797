// The Kubernetes schemas of one version: exact apiVersion/kind → definition lookup, `$ref` resolution, and the
// facts other features need (which group-versions exist, where a kind lives).
import type { JsonSchema, K8sSchemaBundle } from './types';

export interface KindSchema {
  apiVersion: string;
  kind: string;
  /** Definition name, e.g. io.k8s.api.apps.v1.Deployment. */
  definition: string;
  schema: JsonSchema;
}

const REF_PREFIX = /^#\/(?:definitions|components\/schemas)\//;

/** Stable versions first, then beta, then alpha (v1 > v2beta1 > v1alpha1), as kubectl prefers them. */
export function versionRank(version: string): number {
  const m = /^v(\d+)(?:(alpha|beta)(\d+))?$/.exec(version);
  if (!m) return 0;
  const major = Number(m[1]);
  const stage = m[2] === undefined ? 3 : m[2] === 'beta' ? 2 : 1;
  return stage * 10000 + major * 100 + Number(m[3] ?? 0);
}

export function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const i = apiVersion.lastIndexOf('/');
  return i < 0 ? { group: '', version: apiVersion } : { group: apiVersion.slice(0, i), version: apiVersion.slice(i + 1) };
}

export class K8sSchemas {
  private byKind?: Map<string, string[]>;
  private groups?: Set<string>;

  constructor(readonly bundle: K8sSchemaBundle) {}

  get kubernetesVersion(): string {
    return this.bundle.kubernetesVersion;
  }

  definition(name: string): JsonSchema | undefined {
    return this.bundle.definitions[name.replace(REF_PREFIX, '')];
  }

  /** `$ref` resolver for the validator. */
  readonly resolve = (ref: string): JsonSchema | undefined => this.definition(ref);

  /** Exact lookup: undefined when this apiVersion does not serve this kind (no guessing). */
  lookup(apiVersion: string, kind: string): KindSchema | undefined {
    const definition = this.bundle.kinds[apiVersion]?.[kind];
    if (!definition) return undefined;
    const schema = this.definition(definition);
    return schema ? { apiVersion, kind, definition, schema } : undefined;
  }

  hasApiVersion(apiVersion: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.bundle.kinds, apiVersion);
  }

  /** True for '' (core) and every group the built-in API serves (apps, batch, networking.k8s.io…). */
  isBuiltinGroup(group: string): boolean {
    if (!this.groups) this.groups = new Set(Object.keys(this.bundle.kinds).map((gv) => splitApiVersion(gv).group));
    return this.groups.has(group);
  }

  /** Group-versions that serve `kind`, preferred first (stable, highest version). */
  apiVersionsOf(kind: string): string[] {
    if (!this.byKind) {
      const m = new Map<string, string[]>();
      for (const [gv, kinds] of Object.entries(this.bundle.kinds)) {
        for (const k of Object.keys(kinds)) {
          const list = m.get(k);
          if (list) list.push(gv);
          else m.set(k, [gv]);
        }
      }
      for (const list of m.values()) list.sort((a, b) => versionRank(splitApiVersion(b).version) - versionRank(splitApiVersion(a).version));
      this.byKind = m;
    }
    return this.byKind.get(kind) ?? [];
  }

  /** Kinds served by one group-version (sorted). */
  kindsOf(apiVersion: string): string[] {
    return Object.keys(this.bundle.kinds[apiVersion] ?? {}).sort();
  }

  /** Every kind name known to this version, without the *List kinds. */
  allKinds(): string[] {
    this.apiVersionsOf('');
    return [...(this.byKind?.keys() ?? [])].filter((k) => !k.endsWith('List')).sort();
  }

  apiVersions(): string[] {
    return Object.keys(this.bundle.kinds);
  }

  /** Follows `$ref`s (and a single-element allOf) until a schema with content. */
  deref(schema: JsonSchema | undefined): JsonSchema | undefined {
    return derefSchema(schema, this.resolve);
  }
}

export function derefSchema(schema: JsonSchema | undefined, resolve: (ref: string) => JsonSchema | undefined): JsonSchema | undefined {
  let s = schema;
  for (let i = 0; i < 16 && s; i++) {
    if (s.$ref) s = resolve(s.$ref);
    else if (s.allOf && s.allOf.length === 1 && !s.properties && !s.type) s = s.allOf[0];
    else return s;
  }
  return s;
}
