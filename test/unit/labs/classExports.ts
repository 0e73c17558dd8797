// Three students of a class on l03 (built with the real progress functions), shared by the unit and CLI tests.
import * as path from 'node:path';
import { loadLab } from '../../../core/labs/format/loadLab';
import type { Lab } from '../../../core/labs/format/types';
import { signExport } from '../../../core/labs/grading/signature';
import * as P from '../../../core/labs/progress';

const ROOT = path.join(__dirname, '..', '..', '..');
export const lab = loadLab(path.join(ROOT, 'labs', 'l03-service-endpoints'), 'extension').lab as Lab;
export const KEY = 'ENSAI-2026-groupe-B';
const T0 = Date.parse('2026-10-05T08:00:00Z');
const MIN = 60_000;

interface Plan { step: string; minutes: number; passed: boolean; hints?: number; solved?: boolean }

/** A student's progress on l03 from a plan (each step starts when the previous one ends), exported at T0 + 3 h. */
export function studentExport(name: string, plans: Plan[]): P.ExportedProgress {
  let s = P.setStudent(P.startLab(P.EMPTY_PROGRESS, lab, T0), name);
  let t = T0;
  for (const p of plans) {
    s = P.selectStep(s, lab.def.id, p.step, t);
    s = P.restartStep(s, lab.def.id, p.step, t);
    for (let i = 0; i < (p.hints ?? 0); i++) s = P.revealHint(s, lab, p.step);
    const checks = lab.def.steps.find((x) => x.id === p.step)!.checks;
    const results = checks.map((c, i) => ({ index: i, type: c.type, title: 't', status: p.passed || i === 0 ? 'passed' as const : 'failed' as const }));
    t += p.minutes * MIN;
    s = P.recordRun(s, lab, p.step, p.passed, results, t);
    if (p.solved) s = P.markSolved(s, lab.def.id, p.step);
  }
  return P.exportProgress(s, [lab], 'tp', T0 + 180 * MIN);
}

export const alice = () => studentExport('Alice Durand', [
  { step: 'ecrire-service', minutes: 10, passed: true, hints: 1 },
  { step: 'appliquer', minutes: 5, passed: true },
  { step: 'casser-selecteur', minutes: 4, passed: true },
  { step: 'reparer', minutes: 6, passed: true, hints: 1, solved: true },
]);
export const bob = () => studentExport('Bob Leroy', [
  { step: 'ecrire-service', minutes: 20, passed: true, hints: 3 },
  { step: 'appliquer', minutes: 8, passed: true },
  { step: 'casser-selecteur', minutes: 12, passed: false },
]);
export const eve = () => studentExport('Ève Petit', [{ step: 'ecrire-service', minutes: 30, passed: false, hints: 2 }]);

/** alice.json and bob.json signed with KEY; eve.json signed, then edited to claim her first step passed. */
export function classExports(): { file: string; text: string }[] {
  const tampered = signExport(eve(), KEY);
  tampered.labs[0].details[0].passedAt = '2026-10-05T08:30:00.000Z';
  tampered.labs[0].stepsPassed = 1;
  return [
    { file: 'alice.json', text: JSON.stringify(signExport(alice(), KEY), null, 2) },
    { file: 'bob.json', text: JSON.stringify(signExport(bob(), KEY)) },
    { file: 'eve.json', text: JSON.stringify(tampered, null, 2) },
  ];
}
