// `lab grade`: merges the progress exports of a class (one JSON file per student), checks their signatures, and
// computes per-step success rates (hardest first) and per-student totals. Pure except readExportsDir. No vscode import.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ExportedProgress } from '../progress';
import { csvLine } from './csv';
import { verifyExport, type SignatureStatus } from './signature';

export interface GradeInput { file: string; text: string }

export type FileStatus = SignatureStatus | 'illisible';

export interface GradedFile {
  fichier: string;
  étudiant: string;
  signature: FileStatus;
  /** Counted in the rates and totals (not tampered with, readable). */
  compté: boolean;
  /** Why the file is flagged (French), when it is. */
  alerte?: string;
}

export interface StepRate {
  lab: string;
  étape: string;
  titre: string;
  /** Students (counted files) who started the lab. */
  élèves: number;
  réussies: number;
  /** réussies / élèves, 0 when nobody started the lab. */
  taux: number;
  indicesMoyens: number;
  résoudre: number;
}

export interface StudentTotal {
  étudiant: string;
  fichier: string;
  signature: FileStatus;
  étapesRéussies: number;
  étapes: number;
  tempsPasséS: number;
  indices: number;
  résoudre: number;
}

export interface GradeReport {
  fichiers: GradedFile[];
  étapes: StepRate[];
  étudiants: StudentTotal[];
}

/** The `.json` files of a folder (sorted by name); the CSV copies are for spreadsheets and are not read. */
export function readExportsDir(dir: string): GradeInput[] {
  return fs.readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.json')).sort()
    .map((f) => ({ file: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

function parseExport(text: string): ExportedProgress | undefined {
  try {
    const d = JSON.parse(text) as ExportedProgress;
    if (d?.outil !== 'Kube Apprenti' || !Array.isArray(d.labs)) return undefined;
    if (!d.labs.every((l) => l && typeof l.id === 'string' && Array.isArray(l.détail))) return undefined;
    return d;
  } catch {
    return undefined;
  }
}

const ALERTS: Partial<Record<FileStatus, string>> = {
  invalide: 'signature invalide : le fichier a été modifié après l’export, ou signé avec une autre clé (exclu des taux)',
  illisible: 'fichier illisible : ce n’est pas un export de progression de Kube Apprenti (exclu)',
};

export function gradeExports(inputs: GradeInput[], classSecret: string | undefined): GradeReport {
  const withKey = !!classSecret?.trim();
  const fichiers: GradedFile[] = [];
  const counted: { f: GradedFile; d: ExportedProgress }[] = [];
  for (const input of inputs) {
    const d = parseExport(input.text);
    const fallbackName = input.file.replace(/\.json$/i, '');
    if (!d) { fichiers.push({ fichier: input.file, étudiant: fallbackName, signature: 'illisible', compté: false, alerte: ALERTS.illisible }); continue; }
    const signature = verifyExport(d, classSecret);
    const alerte = ALERTS[signature] ?? (signature === 'absente' && withKey ? 'signature absente : export non signé (comptez-le seulement si vous savez pourquoi)' : undefined);
    const f: GradedFile = { fichier: input.file, étudiant: d.étudiant?.trim() || fallbackName, signature, compté: signature !== 'invalide', alerte };
    fichiers.push(f);
    if (f.compté) counted.push({ f, d });
  }
  const rates = new Map<string, StepRate & { hints: number }>();
  const étudiants: StudentTotal[] = [];
  for (const { f, d } of counted) {
    const total: StudentTotal = { étudiant: f.étudiant, fichier: f.fichier, signature: f.signature, étapesRéussies: 0, étapes: 0, tempsPasséS: 0, indices: 0, résoudre: 0 };
    for (const lab of d.labs) {
      for (const s of lab.détail) {
        const key = `${lab.id}\u0000${s.id}`;
        const r = rates.get(key) ?? { lab: lab.id, étape: s.id, titre: s.titre, élèves: 0, réussies: 0, taux: 0, indicesMoyens: 0, résoudre: 0, hints: 0 };
        r.élèves++;
        if (s.réussieLe) r.réussies++;
        r.hints += s.indicesVus ?? 0;
        if (s.résoudreUtilisé) r.résoudre++;
        rates.set(key, r);
        total.étapes++;
        if (s.réussieLe) total.étapesRéussies++;
        total.tempsPasséS += s.tempsPasséS ?? 0;
        total.indices += s.indicesVus ?? 0;
        if (s.résoudreUtilisé) total.résoudre++;
      }
    }
    étudiants.push(total);
  }
  const order = [...rates.keys()];
  const étapes = [...rates.values()].map(({ hints, ...r }) => ({
    ...r, taux: r.élèves ? r.réussies / r.élèves : 0, indicesMoyens: r.élèves ? Math.round((hints / r.élèves) * 10) / 10 : 0,
  }));
  // Hardest first; equal rates keep the order of the labs and their steps.
  const pos = new Map(order.map((k, i) => [k, i]));
  étapes.sort((a, b) => a.taux - b.taux || b.indicesMoyens - a.indicesMoyens || pos.get(`${a.lab}\u0000${a.étape}`)! - pos.get(`${b.lab}\u0000${b.étape}`)!);
  étudiants.sort((a, b) => a.étudiant.localeCompare(b.étudiant, 'fr'));
  return { fichiers, étapes, étudiants };
}

const NBSP = '\u00a0';
const pct = (x: number): string => `${Math.round(x * 100)}${NBSP}%`;
const dec = (x: number): string => String(x).replace('.', ',');
const minutes = (s: number): string => `${Math.round(s / 60)}${NBSP}min`;
const SIGNATURE_LABEL: Record<FileStatus, string> = {
  valide: 'valide', invalide: 'invalide', absente: 'absente', 'non-vérifiée': 'non vérifiée (sans clé)', illisible: 'illisible',
};

export function gradeMarkdown(r: GradeReport): string {
  const out: string[] = ['# Bilan de la classe', ''];
  const excluded = r.fichiers.filter((f) => !f.compté).length;
  out.push(`${r.fichiers.length} export(s) lu(s), ${r.fichiers.length - excluded} compté(s)${excluded ? `, ${excluded} exclu(s)` : ''}.`, '');
  out.push('## Réussite par étape (de la plus difficile à la plus facile)', '');
  out.push('| Lab | Étape | Réussie par | Taux | Indices (moyenne) | Résoudre |', '|---|---|---|---|---|---|');
  for (const s of r.étapes) out.push(`| ${s.lab} | ${s.étape} | ${s.réussies}/${s.élèves} | ${pct(s.taux)} | ${dec(s.indicesMoyens)} | ${s.résoudre} |`);
  if (r.étapes.length) out.push('', `Étape la plus difficile${NBSP}: ${r.étapes[0].lab} / ${r.étapes[0].étape} (${pct(r.étapes[0].taux)} de réussite).`);
  out.push('', '## Par étudiant', '');
  out.push('| Étudiant | Fichier | Signature | Étapes réussies | Temps | Indices | Résoudre |', '|---|---|---|---|---|---|---|');
  for (const e of r.étudiants) out.push(`| ${e.étudiant} | ${e.fichier} | ${SIGNATURE_LABEL[e.signature]} | ${e.étapesRéussies}/${e.étapes} | ${minutes(e.tempsPasséS)} | ${e.indices} | ${e.résoudre} |`);
  const flagged = r.fichiers.filter((f) => f.alerte);
  if (flagged.length) {
    out.push('', '## Fichiers signalés', '');
    for (const f of flagged) out.push(`- ${f.fichier} (${f.étudiant})${NBSP}: ${f.alerte}.`);
  }
  return `${out.join('\n')}\n`;
}

/** Two tables separated by an empty line: per step, then per student. */
export function gradeCsv(r: GradeReport): string {
  const lines = [csvLine(['lab', 'étape', 'titre', 'élèves', 'réussies', 'taux', 'indices (moyenne)', 'résoudre'])];
  for (const s of r.étapes) lines.push(csvLine([s.lab, s.étape, s.titre, s.élèves, s.réussies, Math.round(s.taux * 1000) / 1000, s.indicesMoyens, s.résoudre]));
  lines.push('', csvLine(['étudiant', 'fichier', 'signature', 'étapes réussies', 'étapes', 'temps passé (s)', 'indices', 'résoudre']));
  for (const e of r.étudiants) lines.push(csvLine([e.étudiant, e.fichier, e.signature, e.étapesRéussies, e.étapes, e.tempsPasséS, e.indices, e.résoudre]));
  return `${lines.join('\n')}\n`;
}

export function gradeJson(r: GradeReport): string {
  return `${JSON.stringify(r, null, 2)}\n`;
}
