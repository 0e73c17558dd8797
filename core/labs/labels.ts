// Labels put on the objects a lab creates, and the marker that tells which lab a working folder belongs to,
// so that any apply of a file of that folder (panel, « Appliquer » command, CLI) labels the objects. No vscode import.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LAB_LABEL } from './cluster/actions';

export const MARKER_FILE = '.kube-apprenti-lab.json';

export function labLabels(labId: string): Record<string, string> {
  return { [LAB_LABEL]: labId };
}

export function writeMarker(workDir: string, labId: string): void {
  fs.mkdirSync(workDir, { recursive: true });
  fs.writeFileSync(path.join(workDir, MARKER_FILE), `${JSON.stringify({ lab: labId }, null, 2)}\n`);
}

/** The lab whose working folder contains `file` (looking up to 6 folders up), or undefined. */
export function labOfFile(file: string): string | undefined {
  let dir = path.dirname(path.resolve(file));
  for (let i = 0; i < 6; i++) {
    try {
      const raw = JSON.parse(fs.readFileSync(path.join(dir, MARKER_FILE), 'utf8')) as { lab?: unknown };
      if (typeof raw.lab === 'string' && /^[a-z0-9][a-z0-9-]{1,62}$/.test(raw.lab)) return raw.lab;
    } catch {
      // no marker here
    }
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}

/** Labels to merge into an apply of `files` (empty when they belong to no lab working folder). */
export function labLabelsForFiles(files: string[]): Record<string, string> {
  for (const f of files) {
    const id = labOfFile(f);
    if (id) return labLabels(id);
  }
  return {};
}
