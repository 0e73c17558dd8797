// Name of a student's export file. No vscode import.

/** `progression-kube-apprenti-camille-martin.json` (accents removed, anything else than letters and digits → `-`). */
export function exportFileName(student: string | undefined): string {
  const slug = (student ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `progression-kube-apprenti${slug ? `-${slug}` : ''}.json`;
}
