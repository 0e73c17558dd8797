// Diff before applying: server dry run of each object against its live version, both cleaned the same way
// (no managedFields, status, resourceVersion… and the same server defaults on both sides). No vscode import.
import { stringify } from 'yaml';
import type { ClusterGateway } from '../gateway';
import type { K8sObject } from '../types';
import { cleanObject, jsonEqual } from './clean';
import { diffSummary } from './diffSummary';
import { applyDocuments } from './engine';
import type { ManifestDoc } from './manifests';
import type { ApplyReport, ApplyRunOptions, ObjectResult } from './result';

export interface DiffItem {
  result: ObjectResult;
  state: 'new' | 'changed' | 'same' | 'error';
  /** Cleaned live object as YAML ('' when it does not exist). */
  liveYaml: string;
  /** Cleaned dry-run result as YAML ('' on error). */
  predictedYaml: string;
  summary: string[];
}

export interface DiffReport {
  items: DiffItem[];
  /** At least one object would be created or changed (kubectl diff exits 1). */
  changed: boolean;
  /** At least one object could not be checked. */
  failed: boolean;
  dryRun: ApplyReport;
}

export function toYaml(obj: K8sObject | undefined): string {
  return obj ? stringify(obj, { lineWidth: 0, aliasDuplicateObjects: false }) : '';
}

export async function diffDocuments(gw: ClusterGateway, docs: ManifestDoc[], opts: ApplyRunOptions = {}): Promise<DiffReport> {
  const report = await applyDocuments(gw, docs, { ...opts, dryRun: true });
  const lang = opts.lang ?? 'fr';
  const items = report.results.map((r): DiffItem => {
    if (r.outcome === 'failed' || !r.after) {
      return { result: r, state: 'error', liveYaml: toYaml(cleanObject(r.before)), predictedYaml: '', summary: [] };
    }
    const live = cleanObject(r.before);
    const predicted = cleanObject(r.after)!;
    const state = !live ? 'new' : jsonEqual(live, predicted) ? 'same' : 'changed';
    return { result: r, state, liveYaml: toYaml(live), predictedYaml: toYaml(predicted), summary: diffSummary(live, predicted, lang) };
  });
  return {
    items, dryRun: report,
    changed: items.some((i) => i.state === 'new' || i.state === 'changed'),
    failed: items.some((i) => i.state === 'error'),
  };
}
