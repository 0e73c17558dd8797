// Parses one document chunk with `yaml` (ranges kept), replaces aliases by their anchored node, and collects
// the parser's errors as YamlIssues (offsets relative to the chunk).
import { isAlias, parseDocument as yamlParse, visit, type Document } from 'yaml';
import type { YamlIssue } from '../index/types';

export interface ParsedChunk {
  yaml: Document.Parsed;
  issues: YamlIssue[];
  broken: boolean;
}

const NON_FATAL = new Set(['DUPLICATE_KEY', 'TAB_AS_INDENT_WARNING']);

export function parseChunk(text: string): ParsedChunk {
  const yaml = yamlParse(text, { prettyErrors: false, uniqueKeys: true, merge: true, strict: true, logLevel: 'silent' });
  const issues: YamlIssue[] = [];
  let broken = false;
  for (const e of yaml.errors) {
    issues.push({ code: e.code, start: e.pos[0], end: Math.max(e.pos[1], e.pos[0] + 1), warning: false, detail: e.message });
    if (!NON_FATAL.has(e.code)) broken = true;
  }
  for (const w of yaml.warnings) {
    issues.push({ code: w.code, start: w.pos[0], end: Math.max(w.pos[1], w.pos[0] + 1), warning: true, detail: w.message });
  }
  if (!broken && text.includes('*')) resolveAliases(yaml);
  return { yaml, issues, broken };
}

/** Replaces every alias by the node it refers to, so readers never meet an Alias. */
function resolveAliases(doc: Document.Parsed): void {
  try {
    visit(doc, {
      Alias(_key, node) {
        const target = node.resolve(doc);
        if (target && !isAlias(target)) return target as never;
        return undefined;
      },
    });
  } catch {
    // An alias cycle or an unknown anchor: leave the aliases; readers treat them as absent.
  }
}
