// The one validator of lab.yaml: schemas/lab.schema.json through the schema engine. Used by the KA160 diagnostics
// (rules/schema-validation.ts) and by the labs' loader (core/labs/format/loadLab.ts), so the editor, the panel
// and `kube-apprenti lab check` report the same problems with the same words.
import { getLabSchema } from './catalog';
import type { SchemaIssue } from './issues';
import { validateNode } from './validate';

/** Issues of a parsed lab.yaml (`root`: the document's contents node, `text`: its text); [] without a schema. */
export function labSchemaIssues(root: unknown, text: string): SchemaIssue[] {
  const schema = getLabSchema();
  if (!schema || !root) return [];
  return validateNode(root, schema, {
    resolve: (ref) => (ref.startsWith('#/definitions/') ? schema.definitions?.[ref.slice(14)] : ref.startsWith('#/$defs/') ? schema.$defs?.[ref.slice(8)] : undefined),
    mode: 'yaml12', kubernetes: false, text,
  });
}
