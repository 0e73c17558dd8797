// The subset of JSON Schema the validator understands: the compact Kubernetes definitions written by
// scripts/generate-schemas.mjs (draft-like keywords + x-kubernetes-* extensions) and hand-written schemas such as
// schemas/lab.schema.json (draft-07: definitions, if/then, pattern…).

export type JsonType = 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'null';

export interface JsonSchema {
  $ref?: string;
  type?: JsonType | JsonType[];
  format?: string;
  description?: string;
  title?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  minProperties?: number;
  uniqueItems?: boolean;
  allOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  if?: JsonSchema;
  then?: JsonSchema;
  else?: JsonSchema;
  definitions?: Record<string, JsonSchema>;
  $defs?: Record<string, JsonSchema>;
  nullable?: boolean;
  'x-kubernetes-preserve-unknown-fields'?: boolean;
  'x-kubernetes-embedded-resource'?: boolean;
  'x-kubernetes-int-or-string'?: boolean;
  'x-kubernetes-list-type'?: string;
  'x-kubernetes-list-map-keys'?: string[];
  'x-kubernetes-map-type'?: string;
}

/** schemas/k8s-<minor>.json */
export interface K8sSchemaBundle {
  kubernetesVersion: string;
  source: string;
  /** apiVersion → kind → definition name. */
  kinds: Record<string, Record<string, string>>;
  definitions: Record<string, JsonSchema>;
}

/** schemas/k8s-<minor>.descriptions.json: definition → property ('' = the type itself) → English description. */
export type K8sDescriptions = Record<string, Record<string, string>>;

/** Resolves a `$ref` to its schema (undefined when unknown). */
export type RefResolver = (ref: string) => JsonSchema | undefined;
