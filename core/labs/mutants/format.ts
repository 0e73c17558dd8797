// Text output of `lab verify --mutants` (French, or English with --langue en).
import type { Lang } from '../../i18n';
import type { LabMutationReport, MutantOutcome } from './evaluate';

const FR = {
  head: (title: string, id: string) => `Lab « ${title} » (${id}) — test des vérifications par mutation`,
  step: (n: number, total: number, title: string) => `Étape ${n}/${total} « ${title} »`,
  noCheck: 'aucune vérification de l’espace de travail (les vérifications du cluster sont prouvées par --solve)',
  noChange: 'la solution de l’étape ne modifie aucun manifeste : aucun mutant pertinent',
  solutionFails: 'la solution ne réussit pas les vérifications de l’étape (lancez « lab check »)',
  changed: 'champs modifiés par l’étape',
  caught: 'attrapé', missed: 'MANQUÉ', accepted: 'accepté', passed: 'acceptée', rejected: 'REFUSÉE',
  by: 'par', lax: 'aucune vérification ne l’attrape : vérification trop laxiste', strict: 'variante valide refusée : vérification trop stricte',
  reason: 'raison',
  alt: 'variante',
  none: 'aucun mutant ni variante pertinent',
  total: (c: number, m: number, a: number, p: number, r: number) => `Bilan : ${c} mutant(s) attrapé(s), ${m} manqué(s), ${a} accepté(s) avec une raison ; variantes valides : ${p} acceptée(s), ${r} refusée(s).`,
  unused: (m: string, step?: string) => `⚠ acceptation sans objet dans lab.yaml : mutant ${m}${step ? ` (étape ${step})` : ''} n’est plus ni manqué ni refusé ; retirez-la.`,
  ok: 'Les vérifications de l’espace de travail ne sont ni trop laxistes ni trop strictes.',
  ko: 'Des mutants manqués ou des variantes refusées ne sont pas acceptés dans lab.yaml (clé « mutants: { acceptés: … } »).',
};

/** Same keys as FR (checked by the type). */
const EN: typeof FR = {
  head: (title: string, id: string) => `Lab “${title}” (${id}) — mutation testing of the checks`,
  step: (n: number, total: number, title: string) => `Step ${n}/${total} “${title}”`,
  noCheck: 'no workspace check (cluster checks are proven by --solve)',
  noChange: 'the step’s solution changes no manifest: no relevant mutant',
  solutionFails: 'the solution does not pass the step’s checks (run “lab check”)',
  changed: 'fields changed by the step',
  caught: 'caught', missed: 'MISSED', accepted: 'accepted', passed: 'accepted', rejected: 'REJECTED',
  by: 'by', lax: 'no check catches it: check too lax', strict: 'valid alternative rejected: check too strict',
  reason: 'reason',
  alt: 'alternative',
  none: 'no relevant mutant or alternative',
  total: (c: number, m: number, a: number, p: number, r: number) => `Summary: ${c} mutant(s) caught, ${m} missed, ${a} accepted with a reason; valid alternatives: ${p} accepted, ${r} rejected.`,
  unused: (m: string, step?: string) => `⚠ acceptance without object in lab.yaml: mutant ${m}${step ? ` (step ${step})` : ''} is no longer missed nor rejected; remove it.`,
  ok: 'The workspace checks are neither too lax nor too strict.',
  ko: 'Missed mutants or rejected alternatives are not accepted in lab.yaml (key “mutants: { acceptés: … }”).',
};

const T: Record<Lang, typeof FR> = { fr: FR, en: EN };

const MARK: Record<MutantOutcome['status'], string> = { caught: '✓', passed: '✓', missed: '✗', rejected: '✗', accepted: '~' };

function pathOf(p: (string | number)[]): string {
  return p.map((x, i) => (typeof x === 'number' ? `[${x}]` : `${i ? '.' : ''}${x}`)).join('');
}

export function formatMutationReport(r: LabMutationReport, lang: Lang): string[] {
  const t = T[lang];
  const sep = lang === 'fr' ? ' : ' : ': ';
  const lines = [t.head(r.title, r.labId), r.relevance];
  const q = (x: string): string => (lang === 'fr' ? `« ${x} »` : `“${x}”`);
  const count = { caught: 0, missed: 0, accepted: 0, passed: 0, rejected: 0 };
  r.steps.forEach((s, i) => {
    const head = t.step(i + 1, r.steps.length, s.title);
    if (s.skipped) {
      lines.push(`– ${head}${sep}${s.skipped === 'no-workspace-check' ? t.noCheck : s.skipped === 'no-change' ? t.noChange : t.solutionFails}`);
      return;
    }
    lines.push(`${head}`);
    lines.push(`  ${t.changed}${sep}${s.changed.join(', ')}`);
    const all = [...s.mutants, ...s.alternatives];
    if (all.length === 0) lines.push(`  ${t.none}`);
    for (const o of all) {
      count[o.status]++;
      const what = `${o.nature === 'alternative' ? `${t.alt} ` : ''}${o.mutation} — ${o.site.resource}${o.site.path.length ? ` ${pathOf(o.site.path)}` : ''} (${o.site.file})`;
      const label = o.nature === 'alternative' && o.status === 'accepted' ? t.accepted : t[o.status];
      lines.push(`  ${MARK[o.status]} ${label}${sep}${what}`);
      if (o.status === 'caught') {
        for (const c of o.failedChecks.slice(0, 2)) lines.push(`      ${t.by} ${q(c.title)}${sep}${c.failMessage ?? ''}`);
      } else if (o.status === 'missed') lines.push(`      ${t.lax}`);
      else if (o.status === 'rejected') {
        lines.push(`      ${t.strict}`);
        for (const c of o.failedChecks.slice(0, 2)) lines.push(`      ${t.by} ${q(c.title)}${sep}${c.failMessage ?? ''}${c.detail ? ` (${c.detail})` : ''}`);
      } else if (o.status === 'accepted') lines.push(`      ${t.reason}${sep}${o.reason}`);
    }
  });
  for (const a of r.unusedAccepted) lines.push(t.unused(a.mutant, a.step));
  lines.push(t.total(count.caught, count.missed, count.accepted, count.passed, count.rejected));
  lines.push(r.ok ? t.ok : t.ko);
  return lang === 'fr' ? lines.map(frenchSpaces) : lines;
}

/** French typography: no-break space before « : ; ? ! » and inside guillemets. */
export function frenchSpaces(s: string): string {
  return s.replace(/ ([:;?!»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');
}
