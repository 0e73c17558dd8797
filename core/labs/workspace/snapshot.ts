// Builds the WorkspaceSnapshot of a lab's working folder with the language server's own analysis engine
// (core/analysis: same index, same rules, same codes as the diagnostics the student sees).
// No vscode import: the panel passes the text of unsaved editors through `overrides`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Analyzer } from '../../analysis/engine';
import type { Lang } from '../../i18n';
import { lineStarts, positionAt, rangeOf } from '../../analysis/index/ranges';
import { ManifestWorkspace } from '../../analysis/index/workspace';
import { decodeText } from '../../files/readText';
import { MAX_FILE_SIZE } from '../../files/walker';
import { formatMessage } from '../../analysis/messages';
import { listFiles } from '../format/loadLab';
import type { WorkspaceSnapshot, WsDiagnostic, WsResource } from '../checks/types';

const MAX_FILES = 2000;
// The limit of the language server and the CLI (core/files/walker.ts): the lab sees what the editor sees.
const MAX_SIZE = MAX_FILE_SIZE;
const YAML_FILE = /\.ya?ml$/i;

export interface SnapshotOptions {
  /** Text of files open in an editor (absolute path → text), preferred over the disk. */
  overrides?: Map<string, string>;
  /** Language of the diagnostics' messages (French by default, as in the Problems panel). */
  lang?: Lang;
}

/** Reads the working folder (YAML files go through the engine; other files are readable by `fichier.*` checks). */
export function snapshotFolder(workDir: string, options: SnapshotOptions = {}): WorkspaceSnapshot {
  const texts = new Map<string, string>();
  for (const rel of listFiles(workDir).slice(0, MAX_FILES)) {
    const abs = path.join(workDir, rel);
    const over = options.overrides?.get(abs);
    if (over !== undefined) { texts.set(rel, over); continue; }
    try {
      if (fs.statSync(abs).size > MAX_SIZE) continue;
      texts.set(rel, decodeText(fs.readFileSync(abs)));
    } catch {
      // A file removed while we read the folder: ignored.
    }
  }
  return snapshotTexts(workDir, texts, options.lang);
}

/** Same from texts (relative path → text); used by tests and by `lab check` on solution folders. */
export function snapshotTexts(workDir: string, texts: Map<string, string>, lang: Lang = 'fr'): WorkspaceSnapshot {
  const ws = new ManifestWorkspace({ maxFileSize: MAX_SIZE });
  const relOf = new Map<string, string>();
  for (const [rel, text] of texts) {
    if (!YAML_FILE.test(rel)) continue;
    const uri = pathToFileURL(path.join(workDir, rel)).href;
    relOf.set(uri, rel);
    ws.setFile(uri, text);
  }
  const resources: WsResource[] = [];
  for (const file of ws.files()) {
    if (file.kind !== 'manifest') continue;
    for (const doc of file.docs) {
      for (const r of doc.resources) {
        if (!r.kind || !r.name) continue;
        const starts = lineStarts(file);
        const range = rangeOf(doc, r.node);
        resources.push({
          kind: r.kind, name: r.name, namespace: r.explicitNamespace, file: relOf.get(r.uri) ?? r.uri,
          object: (r.node.toJSON() ?? {}) as Record<string, unknown>,
          lines: { start: positionAt(starts, range.start).line + 1, end: positionAt(starts, Math.max(range.start, range.end - 1)).line + 1 },
        });
      }
    }
  }
  const diagnostics: WsDiagnostic[] = [];
  for (const [uri, findings] of new Analyzer(ws).analyzeAll()) {
    const file = ws.getFile(uri);
    const starts = file ? lineStarts(file) : [0];
    for (const f of findings) {
      const fix = f.fixes?.find((x) => x.preferred) ?? f.fixes?.[0];
      diagnostics.push({
        code: f.code, file: relOf.get(uri) ?? uri, severity: f.severity, line: positionAt(starts, f.range.start).line + 1,
        message: formatMessage(f.messageKey ?? f.code, f.args, lang), fix: fix ? formatMessage(fix.titleKey, fix.args, lang) : undefined,
      });
    }
  }
  return { resources, diagnostics, readFile: (rel) => texts.get(rel.replace(/^\.\//, '')), files: () => [...texts.keys()] };
}
