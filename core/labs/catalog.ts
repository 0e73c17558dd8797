// Where labs come from: the folder shipped with the extension, and folders holding a lab.yaml. No vscode import.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findLabDirs, loadLab, type LabProblem } from './format/loadLab';
import type { Lab } from './format/types';

/** The shipped `labs/` folder: next to dist/ when bundled, at the repository root when run from sources. */
export function shippedLabsDir(): string | undefined {
  // dist/*.js (bundled) or core/labs/catalog.ts (tests run the sources)
  const candidates = [path.resolve(__dirname, '..', 'labs'), path.resolve(__dirname, '..', '..', 'labs')];
  const holdsLabs = (d: string): boolean => {
    try {
      return fs.readdirSync(d, { withFileTypes: true }).some((e) => e.isDirectory() && fs.existsSync(path.join(d, e.name, 'lab.yaml')));
    } catch {
      return false;
    }
  };
  return candidates.find(holdsLabs);
}

export interface CatalogEntry {
  dir: string;
  lab?: Lab;
  problems: LabProblem[];
}

/** Loads every lab under the given roots (shipped first); broken labs are kept with their problems. */
export function loadCatalog(roots: { dir: string; origin: Lab['origin']; depth?: number }[]): CatalogEntry[] {
  const out: CatalogEntry[] = [];
  const seen = new Set<string>();
  for (const root of roots) {
    for (const dir of findLabDirs(root.dir, root.depth ?? 3)) {
      if (seen.has(dir)) continue;
      seen.add(dir);
      const { lab, problems } = loadLab(dir, root.origin);
      out.push({ dir, lab, problems });
    }
  }
  return out;
}

/** Finds a lab by id among the entries, or loads a folder given by path. */
export function resolveLab(idOrDir: string, entries: CatalogEntry[]): CatalogEntry | undefined {
  if (fs.existsSync(path.join(idOrDir, 'lab.yaml'))) {
    const dir = path.resolve(idOrDir);
    return { dir, ...loadLab(dir, 'espace') };
  }
  return entries.find((e) => e.lab?.def.id === idOrDir || path.basename(e.dir) === idOrDir);
}
