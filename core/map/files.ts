// The objects a workspace YAML file defines, with the line of each document (for « open the manifest »).
// Pure: text in, objects out; broken documents are skipped, never thrown (core/files/manifestScan.ts reads them).
import { documentObjects } from '../files/manifestScan';
import type { FileObject, KObject } from './types';

export function fileObjects(text: string, uri: string, label: string): FileObject[] {
  const out: FileObject[] = [];
  for (const { object, line } of documentObjects(text, { skipBroken: true })) {
    const k = object as KObject | null;
    if (!k || typeof k !== 'object' || typeof k.kind !== 'string' || typeof k.apiVersion !== 'string') continue;
    if (!k.metadata || typeof k.metadata !== 'object' || typeof k.metadata.name !== 'string' || !k.metadata.name) continue;
    out.push({ object: k, manifest: { uri, label, line } });
  }
  return out;
}
