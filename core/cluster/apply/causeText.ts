// French/English texts for field errors returned by the API server (strict decoding, validation, schema) and for
// manifest problems found before sending anything.
import type { FieldCause } from '../errors';
import type { Args, Lang } from '../../i18n';
import { type ApplyKey, at } from '../../i18n/apply';
import type { ManifestProblem } from './manifests';

/** Common validation details of the API server, in the student's words; anything else is shown as the server wrote it. */
const DETAILS: [RegExp, ApplyKey][] = [
  [/a lowercase RFC 1123 subdomain must consist of.*/, 'detail.subdomain'],
  [/a lowercase RFC 1123 label must consist of.*/, 'detail.label'],
  [/a DNS-1035 label must consist of.*/, 'detail.dns1035'],
  [/a valid label must be an empty string or consist of.*/, 'detail.labelValue'],
  [/name part must consist of alphanumeric characters.*/, 'detail.labelKey'],
  [/must be greater than or equal to (\d+)/, 'detail.min'],
  [/must be greater than (\d+)/, 'detail.above'],
  [/must be less than or equal to (\d+)/, 'detail.max'],
  [/must be between (\d+) and (\d+), inclusive/, 'detail.between'],
  [/must be no more than (\d+) (?:characters|bytes)/, 'detail.maxLength'],
  [/field is immutable/, 'detail.immutable'],
  [/`selector` does not match template `labels`/, 'detail.selectorLabels'],
  [/empty selector is invalid for deployment/, 'detail.emptySelector'],
  [/must be unique/, 'detail.unique'],
  [/must be a valid port number/, 'detail.port'],
  [/must match the regex/, 'detail.regex'],
];

function translateDetail(detail: string, lang: Lang): string {
  for (const [re, key] of DETAILS) {
    const m = re.exec(detail);
    if (m) return at(lang, key, { a: m[1], b: m[2] });
  }
  return detail;
}

function lastSegment(field: string | undefined): string {
  if (!field) return '';
  const parts = field.replace(/\[[^\]]*\]/g, '').split('.').filter(Boolean);
  return parts[parts.length - 1] ?? field;
}

/** One sentence for a field cause. `exact` is false when the field could not be found in the file. */
export function causeText(c: FieldCause, lang: Lang, exact = true): string {
  const t = (key: ApplyKey, args?: Args): string => at(lang, key, args);
  const field = c.field ?? '';
  const where = !exact && field ? t('cause.where', { field }) : '';
  const msg = c.message;
  if (/unknown field|not declared in schema/.test(msg)) {
    return t('cause.unknownField', { name: lastSegment(field || /"([^"]+)"/.exec(msg)?.[1]), where });
  }
  if (/duplicate field/.test(msg)) return t('cause.duplicateField', { name: lastSegment(field), where });
  if (c.reason === 'NamespaceMismatch') {
    const [inFile, asked] = msg.split('≠');
    return t('cause.namespaceMismatch', { inFile, asked });
  }
  const typed = /expected ([\w ]+?)(?: \([^)]*\))?, got (.+)$/.exec(msg);
  if (typed) {
    const got = gotType(typed[2]);
    const hint = typed[1].startsWith('numeric') && got === 'string' ? t('cause.hint.quotes')
      : typed[1] === 'string' && got === 'bool' ? t('cause.hint.bool')
        : typed[1] === 'string' && got === 'number' ? t('cause.hint.number') : '';
    return t('cause.wrongType', { name: lastSegment(field), where, expected: typeWords(typed[1], lang), got: typeWords(got, lang), hint });
  }
  const m = /^(Required value|Invalid value|Unsupported value|Duplicate value|Forbidden|Too long|Too many|Not found)(?::\s*(.*))?$/s.exec(msg);
  if (m) {
    const [, kind, rest = ''] = m;
    const valueSplit = /^(\{.*?\}|\[.*?\]|"[^"]*"|[^:]+?): (.*)$/s.exec(rest);
    const value = kind === 'Invalid value' || kind === 'Unsupported value' || kind === 'Duplicate value' ? valueSplit?.[1] : undefined;
    const detail = translateDetail(value !== undefined ? valueSplit?.[2] ?? '' : rest, lang);
    const f = field ? t('cause.for', { field }) : '';
    const d = detail ? t('cause.detail', { detail }) : '';
    switch (kind) {
      case 'Required value': return t('cause.requiredValue', { field: f, detail: d });
      case 'Invalid value': return t('cause.invalidValue', { field: f, value: value ?? '', detail }).replace(/ {2,}/g, ' ');
      case 'Unsupported value': return t('cause.unsupportedValue', { field: f, value: value ?? '', detail: detail ? t('cause.detailList', { detail: detail.replace('supported values:', t('cause.supportedValues')) }) : '' }).replace(/ {2,}/g, ' ');
      case 'Duplicate value': return t('cause.duplicateValue', { field: f, value: value ?? '', detail: d }).replace(/ {2,}/g, ' ');
      case 'Forbidden': return t('cause.forbidden', { field: f, detail });
      case 'Too long': return t('cause.tooLong', { field: f, detail });
      case 'Too many': return t('cause.tooMany', { field: f, detail });
      default: return t('cause.notFound', { field: f, detail });
    }
  }
  return t('cause.rejected', { field: field ? t('cause.where', { field }) : '', detail: translateDetail(msg, lang) });
}

/** `string`, or structured-merge-diff's `&value.valueUnstructured{Value:true}` → `bool`. */
function gotType(raw: string): string {
  const v = /Value:(.*)\}$/.exec(raw.trim())?.[1];
  if (v === undefined) return raw.trim();
  if (v === 'true' || v === 'false') return 'bool';
  if (/^-?\d+(\.\d+)?$/.test(v)) return 'number';
  if (v.startsWith('map[')) return 'map';
  if (v.startsWith('[')) return 'list';
  return 'string';
}

/** `numeric`/`number` → « un nombre »; types the catalogue does not know are kept as written. */
function typeWords(t: string, lang: Lang): string {
  if (t.startsWith('numeric') || t === 'number') return at(lang, 'type.number');
  if (t === 'string') return at(lang, 'type.string');
  if (t === 'map' || t === 'object') return at(lang, 'type.map');
  if (t === 'list' || t === 'array') return at(lang, 'type.list');
  if (t === 'bool' || t === 'boolean') return at(lang, 'type.bool');
  return t;
}

/** Who changed a field, in words (field managers as the API server names them). */
const MANAGERS = new Set(['kubectl-edit', 'kubectl-client-side-apply', 'kubectl-rollout', 'kubectl-patch', 'kubectl-set', 'kubectl-scale',
  'kubectl-label', 'kubectl-annotate', 'kubectl', 'kube-apprenti-rollout', 'kube-apprenti-scale', 'kube-controller-manager']);

export function managerLabel(manager: string, lang: Lang): string {
  return MANAGERS.has(manager) ? at(lang, `manager.${manager}` as ApplyKey) : at(lang, 'manager.other', { manager });
}

export function problemText(p: ManifestProblem, lang: Lang): string {
  switch (p.code) {
    case 'yamlError': return at(lang, 'problem.yamlError', { detail: p.detail });
    case 'tooDeep': return at(lang, 'problem.tooDeep', { limit: p.limit });
    case 'notAnObject': return at(lang, 'problem.notAnObject');
    case 'missingField': return at(lang, 'problem.missingField', { field: p.field });
    case 'tooBig': return at(lang, 'problem.tooBig', { size: Math.round(p.bytes / 1024) });
    case 'binary': return at(lang, 'problem.binary');
    case 'unreadable':
      if (/ENOENT/.test(p.detail)) return at(lang, 'problem.notFound');
      if (/EACCES|EPERM/.test(p.detail)) return at(lang, 'problem.denied');
      return at(lang, 'problem.unreadable', { detail: p.detail });
  }
}
