// For the CLI: which local file (and line) defines an object, from files and folders given with --manifestes.
import * as path from 'node:path';
import type { ManifestLocation } from './types';
import { collectFiles, readManifestFiles } from '../cluster/apply/manifests';
import { ManifestLookup } from '../files/manifestScan';

export function manifestLookupFromPaths(paths: string[], cwd = process.cwd()): (kind: string, name: string, namespace: string) => ManifestLocation | undefined {
  const lookup = new ManifestLookup<ManifestLocation>();
  const files = collectFiles(paths, true);
  for (const d of readManifestFiles(files, new Set(files))) {
    if (!d.ref?.name) continue;
    const line = d.range.start.line;
    const rel = path.relative(cwd, d.file);
    const label = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : d.file;
    lookup.add({ kind: d.ref.kind, name: d.ref.name, namespace: d.ref.namespace, line }, { uri: d.file, label, line });
  }
  return (kind, name, namespace) => lookup.find(kind, name, namespace);
}
