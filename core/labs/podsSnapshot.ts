// Records the Pods that exist when a step starts, for the step's `cluster.pods-recrees` checks. No vscode import.
import { selectorKey, type ClusterReader } from './checks/types';
import type { Step } from './format/types';

export async function snapshotPods(reader: ClusterReader, step: Step): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const c of step.checks) {
    if (c.type !== 'cluster.pods-recrees') continue;
    const pods = await reader.list('Pod', c.selector);
    out[selectorKey(c.selector)] = pods.map((p) => String((p.metadata as Record<string, unknown>).uid));
  }
  return out;
}
