// Walks a Kubernetes schema along a document path and tells which definition declares the last field: the key
// of curated hovers (`io.k8s.api.core.v1.Container.image`) and of the English descriptions.
import type { Segment } from './issues';
import type { K8sSchemas } from './k8sSchemas';
import type { JsonSchema } from './types';

export interface FieldAt {
  /** Schema of the value at the path (refs followed). */
  schema: JsonSchema;
  /** Definition of the value's type, when it is a named definition (e.g. io.k8s.api.core.v1.Container). */
  definition?: string;
  /** Definition that declares the last field (undefined at the root). */
  owner?: string;
  /** Last field name (undefined at the root or for a list item). */
  property?: string;
  /** True when the last segment is a free key of a map (a label, a ConfigMap key…). */
  mapKey: boolean;
  /** The value is an item of a list (last segment is an index). */
  listItem: boolean;
}

export function derefNamed(schemas: K8sSchemas, schema: JsonSchema | undefined): { schema?: JsonSchema; name?: string } {
  let s = schema;
  let name: string | undefined;
  for (let i = 0; i < 16 && s?.$ref; i++) {
    name = s.$ref.replace(/^#\/(?:definitions|components\/schemas)\//, '');
    s = schemas.definition(name);
  }
  return { schema: s, name };
}

export function fieldAt(schemas: K8sSchemas, rootDefinition: string, path: readonly Segment[]): FieldAt | undefined {
  let s = schemas.definition(rootDefinition);
  let defName: string | undefined = rootDefinition;
  let owner: string | undefined;
  let property: string | undefined;
  let mapKey = false;
  let listItem = false;
  for (const seg of path) {
    const d = derefNamed(schemas, s);
    if (!d.schema) return undefined;
    s = d.schema;
    if (d.name) defName = d.name;
    if (typeof seg === 'number') {
      if (!s.items) return undefined;
      s = s.items;
      listItem = true;
      continue;
    }
    listItem = false;
    if (s.properties?.[seg]) {
      owner = defName;
      property = seg;
      mapKey = false;
      s = s.properties[seg];
    } else if (s.additionalProperties && typeof s.additionalProperties === 'object') {
      // A free key (label, ConfigMap key…): the field stays the map's own field (`labels`, `data`).
      mapKey = true;
      s = s.additionalProperties;
    } else {
      return undefined;
    }
    defName = undefined;
  }
  const d = derefNamed(schemas, s);
  if (!d.schema) return undefined;
  return { schema: d.schema, definition: d.name, owner, property, mapKey, listItem };
}
