// English texts of `lab grade` (domain `grading`).
import type { GradingKey } from './fr';

export const en: Record<GradingKey, string> = {
  'alert.invalid': 'invalid signature: the file was changed after the export, or signed with another key (left out of the rates)',
  'alert.unreadable': 'unreadable file: this is not a Kube Apprenti progress export (left out)',
  'alert.missing': 'missing signature: unsigned export (count it only if you know why)',
  'signature.valid': 'valid',
  'signature.invalid': 'invalid',
  'signature.missing': 'missing',
  'signature.unchecked': 'not checked (no key)',
  'signature.unreadable': 'unreadable',
  'csv.unsigned': 'unsigned (no class key)',
  'md.title': '# Class report',
  'md.read': '{read} export(s) read, {counted} counted{excluded}.',
  'md.excluded': ', {n} left out',
  'md.steps': '## Success per step (hardest first)',
  'md.stepsHead': '| Lab | Step | Passed by | Rate | Hints (mean) | Solve |',
  'md.hardest': 'Hardest step: {lab} / {step} ({rate} success).',
  'md.students': '## Per student',
  'md.studentsHead': '| Student | File | Signature | Steps passed | Time | Hints | Solve |',
  'md.flagged': '## Flagged files',
  'md.flaggedLine': '- {file} ({student}): {warning}.',
};
