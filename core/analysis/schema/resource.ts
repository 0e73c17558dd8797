// Validation of one Kubernetes object: apiVersion/kind first (exact lookup; custom resources and kinds of
// unknown API groups are left alone), then the object against its schema, then metadata.name.
import { isMap, isScalar, type Node, type Pair, type YAMLMap } from 'yaml';
import type { SchemaIssue } from './issues';
import { splitApiVersion, type K8sSchemas } from './k8sSchemas';
import { containerIssues } from './containerChecks';
import { closest } from './suggest';
import { anchorOfMap, rangeOfNode, validateNode } from './validate';

export interface ResourceValidation {
  issues: SchemaIssue[];
  /** Definition used (undefined: not validated, e.g. a custom resource). */
  definition?: string;
}

function pair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair | undefined;
}

function scalarText(node: unknown): string | undefined {
  return isScalar(node) && node.value !== null && node.value !== undefined && node.value !== '' ? String(node.value) : undefined;
}

/** Looks like a Kubernetes object although apiVersion or kind is missing. */
export function looksLikeObject(map: YAMLMap): boolean {
  return ['apiVersion', 'kind', 'metadata', 'spec', 'data', 'stringData', 'rules', 'subjects', 'roleRef', 'webhooks'].some((k) => pair(map, k));
}

export function validateResource(map: YAMLMap, schemas: K8sSchemas, text?: string, maxIssues = 200): ResourceValidation {
  const issues: SchemaIssue[] = [];
  const whole = rangeOfNode(map) ?? [0, 0];
  const first = anchorOfMap(map, whole);
  const apiPair = pair(map, 'apiVersion');
  const kindPair = pair(map, 'kind');
  const apiVersion = scalarText(apiPair?.value);
  const kind = scalarText(kindPair?.value);
  if (!apiVersion && !kind) {
    const at = (kindPair && rangeOfNode(kindPair.key)) ?? (apiPair && rangeOfNode(apiPair.key)) ?? first;
    issues.push({ kind: 'missing-required', start: at[0], end: at[1], path: [], field: 'kind', variant: apiPair || kindPair ? 'both-empty' : 'both' });
    return { issues };
  }
  if (!apiVersion || !kind) {
    const [field, p] = !apiVersion ? ['apiVersion', apiPair] as const : ['kind', kindPair] as const;
    const at = (p && rangeOfNode(p.key)) ?? (field === 'apiVersion' ? rangeOfNode(kindPair?.key) : rangeOfNode(apiPair?.key)) ?? first;
    issues.push({ kind: 'missing-required', start: at[0], end: at[1], path: [], field, variant: 'document' });
    return { issues };
  }
  const found = schemas.lookup(apiVersion, kind);
  if (!found) {
    const issue = apiKindIssue(apiVersion, kind, apiPair!, kindPair!, schemas);
    if (issue) issues.push(issue);
    return { issues };
  }
  issues.push(...validateNode(map, found.schema, { resolve: schemas.resolve, mode: 'kubectl', kubernetes: true, text, maxIssues }, [], first));
  issues.push(...containerIssues(map, kind));
  const metadata = pair(map, 'metadata');
  const meta = metadata?.value;
  const hasName = isMap(meta) && (scalarText(pair(meta, 'name')?.value) || scalarText(pair(meta, 'generateName')?.value));
  const metadataTypo = issues.some((i) => i.kind === 'unknown-field' && i.path.length === 0 && i.suggestion === 'metadata');
  if (!hasName && !metadataTypo) {
    const namePair = isMap(meta) ? pair(meta, 'name') : undefined;
    const at = (namePair && rangeOfNode(namePair.key)) ?? (metadata && rangeOfNode(metadata.key)) ?? rangeOfNode(kindPair!.key) ?? first;
    issues.push({ kind: 'missing-required', start: at[0], end: at[1], path: ['metadata'], field: 'name', value: namePair ? '' : undefined });
  }
  return { issues, definition: found.definition };
}

/**
 * apiVersion/kind that do not go together. Only for a served built-in group-version (v1, apps/v1…):
 * - the kind exists in another group → api-mismatch (error, fix: the right apiVersion);
 * - the kind exists nowhere → unknown-kind (a warning, with the closest kind).
 * A kind of the same group in a version no longer served (batch/v1beta1 CronJob) is the removed-API rule's job;
 * unknown groups are custom resources.
 */
function apiKindIssue(apiVersion: string, kind: string, apiPair: Pair, kindPair: Pair, schemas: K8sSchemas): SchemaIssue | undefined {
  if (!schemas.hasApiVersion(apiVersion)) return undefined;
  if (apiVersion === 'v1' && kind === 'List') return undefined;
  const { group } = splitApiVersion(apiVersion);
  const elsewhere = schemas.apiVersionsOf(kind);
  const vr = rangeOfNode(apiPair.value as Node) ?? [0, 0];
  if (elsewhere.length) {
    if (elsewhere.some((gv) => splitApiVersion(gv).group === group)) return undefined;
    const expected = elsewhere[0];
    return {
      kind: 'api-mismatch', start: vr[0], end: vr[1], path: ['apiVersion'], field: 'apiVersion', value: apiVersion,
      suggestion: expected, allowed: elsewhere, expected: kind,
      fix: [{ start: vr[0], end: vr[1], newText: expected }],
    };
  }
  const kr = rangeOfNode(kindPair.value as Node) ?? [0, 0];
  const inGroup = schemas.kindsOf(apiVersion).filter((k) => !k.endsWith('List'));
  const suggestion = closest(kind, inGroup) ?? closest(kind, schemas.allKinds());
  const issue: SchemaIssue = { kind: 'unknown-kind', start: kr[0], end: kr[1], path: ['kind'], field: 'kind', value: kind, expected: apiVersion };
  if (suggestion) {
    issue.suggestion = suggestion;
    const target = schemas.lookup(apiVersion, suggestion) ? undefined : schemas.apiVersionsOf(suggestion)[0];
    issue.fix = [{ start: kr[0], end: kr[1], newText: suggestion }];
    if (target) issue.fix.push({ start: vr[0], end: vr[1], newText: target });
    issue.allowed = target ? [target] : undefined;
  }
  return issue;
}
