// Text output of `lab verify --mutants` (French, or English with --langue en).
import type { Lang } from '../../i18n';
import { mt, type MutantsKey } from '../../i18n/mutants';
import type { LabMutationReport, MutantOutcome } from './evaluate';

const MARK: Record<MutantOutcome['status'], string> = { caught: '✓', passed: '✓', missed: '✗', rejected: '✗', accepted: '~' };

function pathOf(p: (string | number)[]): string {
  return p.map((x, i) => (typeof x === 'number' ? `[${x}]` : `${i ? '.' : ''}${x}`)).join('');
}

export function formatMutationReport(r: LabMutationReport, lang: Lang): string[] {
  const t = (key: MutantsKey, args?: Record<string, string | number>): string => mt(lang, key, args);
  const sep = t('sep');
  const lines = [t('head', { title: r.title, id: r.labId }), r.relevance];
  const q = (x: string): string => t('quote', { x });
  const count = { caught: 0, missed: 0, accepted: 0, passed: 0, rejected: 0 };
  r.steps.forEach((s, i) => {
    const head = t('step', { n: i + 1, total: r.steps.length, title: s.title });
    if (s.skipped) {
      lines.push(`– ${head}${sep}${t(s.skipped === 'no-workspace-check' ? 'noCheck' : s.skipped === 'no-change' ? 'noChange' : 'solutionFails')}`);
      return;
    }
    lines.push(`${head}`);
    lines.push(`  ${t('changed')}${sep}${s.changed.join(', ')}`);
    const all = [...s.mutants, ...s.alternatives];
    if (all.length === 0) lines.push(`  ${t('none')}`);
    for (const o of all) {
      count[o.status]++;
      const what = `${o.nature === 'alternative' ? `${t('alt')} ` : ''}${o.mutation} — ${o.site.resource}${o.site.path.length ? ` ${pathOf(o.site.path)}` : ''} (${o.site.file})`;
      const label = o.nature === 'alternative' && o.status === 'accepted' ? t('accepted') : t(o.status);
      lines.push(`  ${MARK[o.status]} ${label}${sep}${what}`);
      if (o.status === 'caught') {
        for (const c of o.failedChecks.slice(0, 2)) lines.push(`      ${t('by')} ${q(c.title)}${sep}${c.failMessage ?? ''}`);
      } else if (o.status === 'missed') lines.push(`      ${t('lax')}`);
      else if (o.status === 'rejected') {
        lines.push(`      ${t('strict')}`);
        for (const c of o.failedChecks.slice(0, 2)) lines.push(`      ${t('by')} ${q(c.title)}${sep}${c.failMessage ?? ''}${c.detail ? ` (${c.detail})` : ''}`);
      } else if (o.status === 'accepted') lines.push(`      ${t('reason')}${sep}${o.reason}`);
    }
  });
  for (const a of r.unusedAccepted) lines.push(t('unused', { m: a.mutant, step: a.step ? t('unusedStep', { step: a.step }) : '' }));
  lines.push(t('total', { c: count.caught, m: count.missed, a: count.accepted, p: count.passed, r: count.rejected }));
  lines.push(t(r.ok ? 'ok' : 'ko'));
  return lines;
}
