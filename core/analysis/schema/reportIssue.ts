// Turns validator issues into rule reports: code, message key (variant), arguments and quick fixes.
// No text here: every wording lives in messages/schema.fr.ts and schema.en.ts.
import type { Fix, MessageArgs, Severity } from '../model';
import type { Report } from '../rules/rule';
import { formatList } from '../messages';
import { pathText, type SchemaIssue } from './issues';

export interface ResourceReportContext {
  base: number;
  uri: string;
  kind?: string;
  /** The document looks like a Kubernetes object (has metadata, spec…), even without apiVersion/kind. */
  looksLikeObject: boolean;
  k8sVersion: string;
}

const PERCENT_FIELDS = new Set(['maxSurge', 'maxUnavailable', 'minAvailable']);

/** Unknown fields that reveal a misunderstanding worth its own explanation: `<kind>|<path>|<field>` → message key. */
const CONFUSIONS: Record<string, string> = {
  'DaemonSet|spec|replicas': 'KA046.daemonSetReplicas',
  'Pod|spec|replicas': 'KA046.podReplicas',
  'Pod||replicas': 'KA046.podReplicas',
};

function fixesOf(issue: SchemaIssue, base: number, uri: string, titleKey: string, args: MessageArgs): Fix[] | undefined {
  if (!issue.fix?.length) return undefined;
  return [{
    titleKey, args, preferred: true,
    edits: issue.fix.map((e) => ({ uri, range: { start: base + e.start, end: base + e.end }, newText: e.newText })),
  }];
}

function typeVariant(issue: SchemaIssue): string {
  const e = issue.expected;
  const a = issue.actual;
  if (e === 'integer' || e === 'number') return issue.fix && a === 'string' ? 'KA150.quoted' : `KA150.${e}`;
  if (e === 'string') return a === 'boolean' ? 'KA150.string.boolean' : a === 'integer' || a === 'number' ? 'KA150.string.number' : 'KA150.string';
  if (e === 'array') return a === 'object' ? 'KA150.array.object' : 'KA150.array';
  if (e === 'object') return 'KA150.object';
  if (e === 'boolean') return 'KA150.boolean';
  if (e === 'int-or-string') return 'KA150.intOrString';
  if (e === 'quantity') return 'KA150.quantity';
  return 'KA150';
}

function missingVariant(issue: SchemaIssue, ctx: ResourceReportContext): { key: string; severity?: Severity } {
  if (issue.variant === 'both') return { key: 'KA043.document', severity: ctx.looksLikeObject ? 'warning' : 'hint' };
  if (issue.variant === 'both-empty') return { key: 'KA043.document' };
  if (issue.variant === 'document') return { key: `KA043.${issue.field}` };
  if (issue.field === 'name' && pathText(issue.path) === 'metadata') return { key: 'KA043.name' };
  if (issue.value === '') return { key: 'KA043.empty' };
  return { key: 'KA043' };
}

export function resourceIssueReport(issue: SchemaIssue, ctx: ResourceReportContext): Report {
  const range = { start: ctx.base + issue.start, end: ctx.base + issue.end };
  const p = pathText(issue.path);
  const where = ctx.kind ? (p ? `${ctx.kind}.${p}` : ctx.kind) : p;
  const args: MessageArgs = {
    field: issue.field ?? '', where, kind: ctx.kind ?? '', value: issue.value ?? '', suggestion: issue.suggestion ?? '',
  };
  const r = (code: string, messageKey: string, fixTitle?: string, severity?: Severity): Report => {
    const report: Report = { code, range, args };
    if (messageKey !== code) report.messageKey = messageKey;
    if (severity) report.severity = severity;
    const fixes = fixTitle ? fixesOf(issue, ctx.base, ctx.uri, fixTitle, args) : undefined;
    if (fixes) report.fixes = fixes;
    return report;
  };
  switch (issue.kind) {
    case 'unknown-field':
      if (issue.variant === 'container-restart-policy') {
        args.target = pathText(issue.moved?.path ?? []);
        return r('KA046', 'KA046.containerRestartPolicy');
      }
      if (issue.moved) {
        args.target = pathText(issue.moved.path);
        return r('KA046', issue.moved.direction === 'up' ? 'KA046.up' : 'KA046.down');
      }
      {
        const confusion = CONFUSIONS[`${ctx.kind ?? ''}|${pathText(issue.path)}|${issue.field ?? ''}`];
        if (confusion) return r('KA046', confusion);
      }
      return r('KA046', issue.suggestion ? 'KA046.suggestion' : 'KA046', 'fix.schema.rename');
    case 'enum-case':
      args.allowed = formatList((issue.allowed ?? []).map(String), 8);
      return r('KA041', 'KA041', 'fix.schema.replace');
    case 'enum':
      args.allowed = formatList((issue.allowed ?? []).map(String), 8);
      return r('KA151', issue.suggestion ? 'KA151.suggestion' : 'KA151', 'fix.schema.replace');
    case 'missing-required': {
      const { key, severity } = missingVariant(issue, ctx);
      return r('KA043', key, undefined, severity);
    }
    case 'wrong-type':
      return r('KA150', typeVariant(issue), issue.expected === 'array' && issue.actual === 'object' ? 'fix.schema.list'
        : issue.expected === 'string' ? 'fix.schema.quote' : issue.expected === 'array' ? 'fix.schema.list' : 'fix.schema.unquote');
    case 'quantity':
      return r('KA152', issue.field === 'memory' || issue.field === 'storage' || issue.field === 'ephemeral-storage' ? 'KA152.memory'
        : issue.field === 'cpu' ? 'KA152.cpu' : 'KA152', 'fix.schema.replace');
    case 'memory-milli':
      return r('KA153', 'KA153', 'fix.schema.replace');
    case 'int-or-string-number':
      return r('KA154', PERCENT_FIELDS.has(issue.field ?? '') ? 'KA154.percent' : 'KA154', 'fix.schema.unquote');
    case 'api-mismatch':
      args.apiVersion = issue.value ?? '';
      args.kind = String(issue.expected ?? ctx.kind ?? '');
      return r('KA042', 'KA042', 'fix.schema.apiVersion');
    case 'unknown-kind':
      args.apiVersion = String(issue.expected ?? '');
      args.k8sVersion = ctx.k8sVersion;
      return r('KA042', issue.suggestion ? 'KA042.unknownKind.suggestion' : 'KA042.unknownKind', 'fix.schema.replace', 'warning');
    default:
      args.problem = issue.kind;
      return r('KA150', 'KA150');
  }
}

/** lab.yaml: one code (KA160), one wording per kind of issue. */
export function labIssueReport(issue: SchemaIssue, base: number, uri: string): Report {
  const range = { start: base + issue.start, end: base + issue.end };
  const args: MessageArgs = {
    path: pathText(issue.path) || '/', field: issue.field ?? '', value: issue.value ?? '', suggestion: issue.suggestion ?? '',
    expected: String(issue.expected ?? ''), limit: issue.limit ?? '', allowed: formatList((issue.allowed ?? []).map((v) => JSON.stringify(v)), 8),
    target: issue.moved ? pathText(issue.moved.path) : '',
  };
  let key = `KA160.${issue.kind}`;
  if (issue.kind === 'unknown-field') key = issue.moved ? 'KA160.moved' : issue.suggestion ? 'KA160.suggestion' : 'KA160.unknown-field';
  if (issue.kind === 'enum-case') key = 'KA160.enum';
  if (issue.kind === 'wrong-type') key = `KA160.wrong-type.${['string', 'integer', 'number', 'boolean', 'object', 'array'].includes(String(issue.expected)) ? issue.expected : 'any'}`;
  const report: Report = { code: 'KA160', messageKey: key, range, args };
  const fixes = fixesOf(issue, base, uri, issue.kind === 'unknown-field' ? 'fix.schema.rename' : 'fix.schema.replace', args);
  if (fixes) report.fixes = fixes;
  return report;
}
