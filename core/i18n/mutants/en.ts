// Texts of `lab verify --mutants` (core/labs/mutants/format.ts), in English.
import type { MutantsKey } from './fr';

export const en: Record<MutantsKey, string> = {
  head: 'Lab “{title}” ({id}) — mutation testing of the checks',
  step: 'Step {n}/{total} “{title}”',
  noCheck: 'no workspace check (cluster checks are proven by --solve)',
  noChange: 'the step’s solution changes no manifest: no relevant mutant',
  solutionFails: 'the solution does not pass the step’s checks (run “lab check”)',
  changed: 'fields changed by the step',
  caught: 'caught',
  missed: 'MISSED',
  accepted: 'accepted',
  passed: 'accepted',
  rejected: 'REJECTED',
  by: 'by',
  lax: 'no check catches it: check too lax',
  strict: 'valid alternative rejected: check too strict',
  reason: 'reason',
  alt: 'alternative',
  none: 'no relevant mutant or alternative',
  total: 'Summary: {c} mutant(s) caught, {m} missed, {a} accepted with a reason; valid alternatives: {p} accepted, {r} rejected.',
  unused: '⚠ acceptance without object in lab.yaml: mutant {m}{step} is no longer missed nor rejected; remove it.',
  unusedStep: ' (step {step})',
  ok: 'The workspace checks are neither too lax nor too strict.',
  ko: 'Missed mutants or rejected alternatives are not accepted in lab.yaml (key “mutants: { acceptés: … }”).',
  sep: ': ',
  quote: '“{x}”',
};
