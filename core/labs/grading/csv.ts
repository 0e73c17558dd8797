// CSV (RFC 4180, comma, CRLF-free) of a student's export, signed on its last line. No vscode import.
import type { Lang } from '../../i18n';
import { gt } from '../../i18n/grading';
import type { ExportedProgress } from '../progress';
import { deriveKey, hmacHex, type SignatureStatus } from './signature';

/** One CSV field: quoted when it holds a comma, a quote or a line break (quotes doubled). */
export function csvField(v: string | number | boolean | undefined): string {
  const s = v === undefined ? '' : typeof v === 'boolean' ? (v ? 'oui' : 'non') : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (values: (string | number | boolean | undefined)[]): string => values.map(csvField).join(',');

/** Column names: the format's vocabulary (French in every language, like lab.yaml's keys and `lab grade --format csv`). */
export const STUDENT_CSV_HEADER = ['étudiant', 'lab', 'étape', 'réussie', 'vérifications réussies', 'vérifications', 'temps passé (s)', 'indices', 'résoudre', 'solution vue'];

/** Prefix of the CSV's last line; the HMAC covers every byte before that line. */
export const CSV_SIGNATURE_PREFIX = '# signature HMAC-SHA256 ';

/** One line per step of each lab, then the signature line (HMAC of the lines above with the class key), or without a
 * key a comment saying the file is unsigned, in `lang`. */
export function exportCsv(data: ExportedProgress, classSecret: string | undefined, lang: Lang = 'fr'): string {
  const lines = [csvLine(STUDENT_CSV_HEADER)];
  for (const lab of data.labs) {
    for (const s of lab.details) {
      lines.push(csvLine([data.student, lab.id, s.id, !!s.passedAt, s.checksPassed, s.checks, s.timeSpentS, s.hintsUsed, s.solveUsed, s.solutionShown]));
    }
  }
  const body = `${lines.join('\n')}\n`;
  if (!classSecret?.trim()) return `${body}# ${gt(lang, 'csv.unsigned')}\n`;
  return `${body}${CSV_SIGNATURE_PREFIX}${hmacHex(deriveKey(classSecret), body)}\n`;
}

/** Checks the signature line of a student's CSV (same statuses as the JSON). */
export function verifyCsv(text: string, classSecret: string | undefined): SignatureStatus {
  const cut = text.lastIndexOf('\n', text.length - 2) + 1;
  const last = text.slice(cut).replace(/\n$/, '');
  if (!last.startsWith(CSV_SIGNATURE_PREFIX)) return 'missing';
  if (!classSecret?.trim()) return 'unchecked';
  return last.slice(CSV_SIGNATURE_PREFIX.length) === hmacHex(deriveKey(classSecret), text.slice(0, cut)) ? 'valid' : 'invalid';
}
