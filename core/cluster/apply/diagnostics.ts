// Turns an object's failure or warnings into diagnostics on the exact line of the manifest.
import { describeClusterError, type ErrorHints } from '../errorMessages';
import type { FieldCause } from '../errors';
import { at as text } from '../../i18n/apply';
import type { Lang } from '../rbacWords';
import { causeText, managerLabel, problemText } from './causeText';
import { locateField, rangeOfKind, rangeOfTopKey, valueAt } from './fieldRange';
import type { TextRange } from './lineIndex';
import type { ManifestDoc } from './manifests';
import type { ManifestDiagnostic, ObjectResult } from './result';

export function diagnosticsFor(doc: ManifestDoc, r: ObjectResult, lang: Lang, hints: ErrorHints = {}): ManifestDiagnostic[] {
  const out: ManifestDiagnostic[] = [];
  const at = (range: TextRange, severity: ManifestDiagnostic['severity'], code: string, message: string): void => {
    out.push({ file: doc.file, range, severity, code, message });
  };
  const toRange = (loc: { start: number; end: number } | undefined): TextRange =>
    loc ? doc.lines.range(loc.start + doc.offsetShift, loc.end + doc.offsetShift) : doc.range;
  const kindRange = (): TextRange => toRange(doc.doc ? rangeOfKind(doc.doc) : undefined);
  const fieldRange = (field: string | undefined): { range: TextRange; exact: boolean } => {
    if (!field || !doc.doc) return { range: kindRange(), exact: false };
    const loc = locateField(doc.doc, field);
    return { range: toRange(loc), exact: Boolean(loc?.exact) };
  };

  if (r.problem) {
    const range = r.problem.code === 'missingField' && doc.doc
      ? toRange(r.problem.field === 'metadata.name' ? rangeOfTopKey(doc.doc, 'metadata') ?? rangeOfKind(doc.doc) : rangeOfKind(doc.doc))
      : doc.range;
    at(range, 'error', r.problem.code === 'yamlError' ? 'yaml' : r.problem.code, problemText(r.problem, lang));
  }
  const e = r.error;
  if (e && r.outcome === 'failed') {
    switch (e.kind) {
      case 'invalid': {
        const causes: FieldCause[] = e.causes.length ? e.causes : [{ message: e.message }];
        for (const c of causes) {
          const { range, exact } = fieldRange(c.field);
          at(range, 'error', causeCode(c), causeText(c, lang, exact));
        }
        break;
      }
      case 'conflict':
        if (e.reason === 'fieldManager' && e.conflicts.length) {
          for (const c of e.conflicts) {
            const live = valueAt(r.before, c.field);
            const shown = live === undefined ? '' : typeof live === 'object' ? JSON.stringify(live) : String(live);
            const current = shown && shown.length < 80 ? text(lang, 'diag.currentValue', { value: shown }) : '';
            at(fieldRange(c.field).range, 'error', 'conflict', text(lang, 'diag.conflict', { manager: managerLabel(c.manager, lang), current }));
          }
        } else {
          at(kindRange(), 'error', 'conflict', describeClusterError(e, lang));
        }
        break;
      case 'unknownKind':
        at(toRange(doc.doc ? rangeOfTopKey(doc.doc, 'apiVersion') : undefined), 'error', 'unknownKind', describeClusterError(e, lang));
        break;
      case 'forbidden':
      case 'notFound':
      case 'other':
        at(kindRange(), 'error', e.kind, describeClusterError(e, lang, hints));
        break;
      default:
        break; // unreachable, timeout, unauthorized, noConfig: not about the file
    }
  }
  for (const w of r.warnings) {
    const m = /^([a-zA-Z][\w.[\]="-]*(?:\[[^\]]*\])?[\w.[\]="-]*): /.exec(w);
    const { range } = m ? fieldRange(m[1]) : { range: /deprecated|obsolète/i.test(w) && doc.doc ? toRange(rangeOfTopKey(doc.doc, 'apiVersion')) : kindRange() };
    at(range, 'warning', 'admissionWarning', text(lang, 'diag.admissionWarning', { warning: w }));
  }
  return out;
}

function causeCode(c: FieldCause): string {
  if (/unknown field|not declared in schema/.test(c.message)) return 'unknownField';
  if (/duplicate field/.test(c.message)) return 'duplicateField';
  if (c.reason === 'FieldValueRequired' || /Required value/.test(c.message)) return 'requiredValue';
  if (c.reason === 'NamespaceMismatch') return 'namespaceMismatch';
  if (c.reason === 'FieldValueTypeInvalid' || /expected .*got/.test(c.message)) return 'wrongType';
  return 'invalidValue';
}
