// Validation of each object against the Kubernetes JSON schemas of the chosen version (codes KA041, KA042,
// KA043, KA046, KA150–KA154), and of lab.yaml files against schemas/lab.schema.json (KA160).
import { isMap, type YAMLMap } from 'yaml';
import { baseName } from '../parse/fileKind';
import { activeSchemas } from '../schema/catalog';
import { labSchemaIssues } from '../schema/labSchema';
import { labIssueReport, resourceIssueReport } from '../schema/reportIssue';
import { looksLikeObject, validateResource } from '../schema/resource';
import type { DocRule, DocRuleContext } from './rule';

export const SCHEMA_CODES = ['KA041', 'KA042', 'KA043', 'KA046', 'KA150', 'KA151', 'KA152', 'KA153', 'KA154', 'KA160'] as const;

function isLabFile(uri: string): boolean {
  const name = baseName(uri).toLowerCase();
  return name === 'lab.yaml' || name === 'lab.yml';
}

function checkLab(ctx: DocRuleContext): void {
  for (const issue of labSchemaIssues(ctx.doc.yaml.contents, ctx.doc.text)) ctx.report(labIssueReport(issue, ctx.doc.base, ctx.file.uri));
}

/** The objects of the document: the items of a v1 List, else the root mapping. */
function objectsOf(ctx: DocRuleContext): YAMLMap[] {
  if (ctx.resources.length) return ctx.resources.map((r) => r.node);
  const root = ctx.doc.yaml.contents;
  return isMap(root) ? [root] : [];
}

export const schemaValidation: DocRule = {
  id: 'schema-validation',
  codes: SCHEMA_CODES,
  scope: 'document',
  check(ctx) {
    if (ctx.doc.broken) return;
    if (isLabFile(ctx.file.uri)) {
      checkLab(ctx);
      return;
    }
    if (ctx.file.kind !== 'manifest') return;
    const schemas = activeSchemas();
    for (const obj of objectsOf(ctx)) {
      const res = ctx.resources.find((r) => r.node === obj);
      // apiVersion + kind of a tool (kubeconfig, kustomize, skaffold…): not a Kubernetes object.
      if (res && !res.isKubernetes && res.apiVersion && res.kind) continue;
      const { issues } = validateResource(obj, schemas, ctx.doc.text);
      const looksK8s = looksLikeObject(obj);
      for (const issue of issues) {
        ctx.report(resourceIssueReport(issue, { base: ctx.doc.base, uri: ctx.file.uri, kind: res?.kind, looksLikeObject: looksK8s, k8sVersion: schemas.kubernetesVersion }));
      }
    }
  },
};
