// manifeste.sans-diagnostic and manifeste.diagnostic: run on the diagnostics of the analysis engine.
import type { DiagnosticPresentCheck, NoDiagnosticCheck } from '../../format/types';
import { t } from '../../../i18n/labs';
import type { CheckKind } from '../kind';
import type { WsDiagnostic } from '../types';
import { requireWorkspace } from './helpers';

const inFile = (d: WsDiagnostic, file?: string): boolean => file === undefined || d.file === file;

export const noDiagnostic: CheckKind<NoDiagnosticCheck> = {
  scope: 'workspace',
  describe: (c, lang) => c.title ?? (c.codes
    ? t(lang, 'check.manifeste.sans-diagnostic.codes', { codes: c.codes.join(', ') })
    : t(lang, 'check.manifeste.sans-diagnostic.erreurs')),
  evaluate(c, ctx) {
    const ws = requireWorkspace(ctx.workspace);
    const left = ws.diagnostics.filter((d) => inFile(d, c.file) && (c.codes ? c.codes.includes(d.code) : d.severity === 'error'));
    if (left.length === 0) return { ok: true };
    const liste = left.slice(0, 5).map((d) => `${d.code} (${d.file})`).join(', ') + (left.length > 5 ? '…' : '');
    return { ok: false, detail: t(ctx.lang, 'détail.diagnosticsRestants', { liste }) };
  },
};

export const diagnosticPresent: CheckKind<DiagnosticPresentCheck> = {
  scope: 'workspace',
  describe: (c, lang) => c.title ?? t(lang, 'check.manifeste.diagnostic', { code: c.code }),
  evaluate(c, ctx) {
    const ws = requireWorkspace(ctx.workspace);
    if (ws.diagnostics.some((d) => d.code === c.code && inFile(d, c.file))) return { ok: true };
    return { ok: false, detail: t(ctx.lang, 'détail.diagnosticAbsent', { code: c.code }) };
  },
};
