// Parses one document chunk (fast path, else `yaml`; ranges kept), replaces aliases by their anchored node, and collects
// the parser's errors as YamlIssues (offsets relative to the chunk).
import { isAlias, isCollection, isPair, parseDocument as yamlParse, visit, type Document } from 'yaml';
import type { YamlIssue } from '../index/types';
import { parseFast } from './fastParse';

export interface ParsedChunk {
  yaml: Document.Parsed;
  issues: YamlIssue[];
  broken: boolean;
}

const NON_FATAL = new Set(['DUPLICATE_KEY', 'TAB_AS_INDENT_WARNING']);

export function parseChunk(text: string): ParsedChunk {
  // Most manifests take the fast path (same nodes, no error possible); anything unusual goes through `yaml`.
  const fast = parseFast(text);
  if (fast) return { yaml: fast, issues: [], broken: false };
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

/** Expanded size above which aliases are left unresolved (an "alias bomb" must not make readers explode). */
const MAX_EXPANDED_NODES = 100_000;

/** Number of nodes once every alias is expanded (memoized per node, capped). */
function expandedSize(doc: Document.Parsed): number {
  const memo = new Map<unknown, number>();
  const size = (n: unknown, depth: number): number => {
    if (n === null || n === undefined || depth > 200) return 1;
    const known = memo.get(n);
    if (known !== undefined) return known;
    memo.set(n, 1); // cycles count once
    let total = 1;
    if (isAlias(n)) total = size(n.resolve(doc), depth + 1);
    else if (isPair(n)) total = 1 + size(n.key, depth + 1) + size(n.value, depth + 1);
    else if (isCollection(n)) for (const it of n.items) { total += size(it, depth + 1); if (total > MAX_EXPANDED_NODES) break; }
    total = Math.min(total, MAX_EXPANDED_NODES + 1);
    memo.set(n, total);
    return total;
  };
  return size(doc.contents, 0);
}

/** Replaces every alias by the node it refers to, so readers never meet an Alias. */
function resolveAliases(doc: Document.Parsed): void {
  try {
    if (expandedSize(doc) > MAX_EXPANDED_NODES) return; // leave the aliases: readers treat them as absent
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
