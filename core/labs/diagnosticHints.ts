// Hints tied to diagnostics: when a workspace check fails, the diagnostic of the analysis engine that explains it
// (same code and sentence as in the Problems panel) is attached to the result, with its file and line. Its quick fix,
// when it has one, is the last hint level (after the step's own `indices`). No vscode import.
import { findResources } from './checks/workspace/helpers';
import type { CheckResult, DiagnosticHint, WorkspaceSnapshot, WsDiagnostic, WsResource } from './checks/types';
import type { Check } from './format/types';

const RANK: Record<WsDiagnostic['severity'], number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** Errors first, then warnings; then by file and line (stable). Information and hints never explain a failure. */
function best(list: WsDiagnostic[]): WsDiagnostic | undefined {
  return list
    .filter((d) => d.severity === 'error' || d.severity === 'warning')
    .sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0))[0];
}

/** Diagnostics reported on the lines of one of these resources, in the order of the resources. */
function onResources(ws: WorkspaceSnapshot, resources: WsResource[]): WsDiagnostic | undefined {
  for (const r of resources) {
    const found = best(ws.diagnostics.filter((d) => d.file === r.file && d.line !== undefined
      && (!r.lines || (d.line >= r.lines.start && d.line <= r.lines.end))));
    if (found) return found;
  }
  return undefined;
}

/** The resources a check looks at (the one it names first). */
function resourcesOf(check: Check, ws: WorkspaceSnapshot): WsResource[] {
  switch (check.type) {
    case 'manifeste.champ': return findResources(ws, check.resource, check.file);
    case 'manifeste.secret': return findResources(ws, check.resource);
    case 'manifeste.selecteur': return [...findResources(ws, check.source), ...findResources(ws, check.target)];
    default: return [];
  }
}

/** The diagnostic that explains why `check` failed on this snapshot, if any. */
export function diagnosticFor(check: Check, ws: WorkspaceSnapshot): DiagnosticHint | undefined {
  let d: WsDiagnostic | undefined;
  if (check.type === 'manifeste.sans-diagnostic') {
    d = best(ws.diagnostics.filter((x) => (check.file === undefined || x.file === check.file)
      && (check.codes ? check.codes.includes(x.code) : x.severity === 'error')));
  } else {
    d = onResources(ws, resourcesOf(check, ws));
  }
  if (!d || d.line === undefined) return undefined;
  return { code: d.code, message: d.message ?? d.code, file: d.file, line: d.line, fix: d.fix };
}

/** The first quick fix among the failed results of a step: the hint level after the step's `indices`. */
export function fixHint(results: CheckResult[] | undefined): DiagnosticHint | undefined {
  return results?.find((r) => r.status === 'failed' && r.diagnostic?.fix)?.diagnostic;
}

/** Number of hint levels of a step: its `indices`, plus the diagnostic's fix when the last run has one. */
export function hintLevels(hints: string[] | undefined, results: CheckResult[] | undefined): number {
  return (hints?.length ?? 0) + (fixHint(results) ? 1 : 0);
}
