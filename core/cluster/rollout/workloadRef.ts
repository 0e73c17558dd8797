// `deployment/web`, `deploy/web`, `sts/db`, `daemonset.apps/agent` → a typed workload reference.
import type { ObjectRef } from '../types';

export type WorkloadKind = 'Deployment' | 'StatefulSet' | 'DaemonSet';

/** An object reference narrowed to the workloads `kubectl rollout` knows. */
export type WorkloadRef = ObjectRef & { apiVersion: 'apps/v1'; kind: WorkloadKind };

const ALIASES: Record<string, WorkloadKind> = {
  deployment: 'Deployment', deployments: 'Deployment', deploy: 'Deployment', 'deployment.apps': 'Deployment', 'deployments.apps': 'Deployment',
  statefulset: 'StatefulSet', statefulsets: 'StatefulSet', sts: 'StatefulSet', 'statefulset.apps': 'StatefulSet', 'statefulsets.apps': 'StatefulSet',
  daemonset: 'DaemonSet', daemonsets: 'DaemonSet', ds: 'DaemonSet', 'daemonset.apps': 'DaemonSet', 'daemonsets.apps': 'DaemonSet',
};

/** Parses `kind/name` (kubectl's TYPE/NAME). Returns undefined when the kind is not a rollout-able workload. */
export function parseWorkloadRef(text: string, namespace?: string): WorkloadRef | undefined {
  const m = /^([A-Za-z.]+)\/([a-z0-9]([-a-z0-9.]*[a-z0-9])?)$/.exec(text.trim());
  if (!m) return undefined;
  const kind = ALIASES[m[1].toLowerCase()];
  return kind ? { apiVersion: 'apps/v1', kind, name: m[2], namespace } : undefined;
}

export function isWorkloadKind(kind: string): kind is WorkloadKind {
  return kind === 'Deployment' || kind === 'StatefulSet' || kind === 'DaemonSet';
}

/** `deployment/web` for kubectl commands. */
export function kubectlRef(ref: { kind: string; name: string }): string {
  return `${ref.kind.toLowerCase()}/${ref.name}`;
}
