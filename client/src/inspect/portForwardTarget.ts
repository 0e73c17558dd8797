// Which Pod and container port a port-forward reaches, like kubectl: a Pod's declared ports, or for a Service the
// first ready Pod it selects and the targetPort (number or container port name) of the chosen service port. Pure.
import type { PodView, ServiceView } from '../../../core/cluster/watchTypes';

export interface PortChoice {
  /** Port as the student sees it (service port, or container port). */
  port: number;
  /** Container port on the Pod. */
  targetPort: number;
  label: string;
}

export function podPorts(pod: PodView): PortChoice[] {
  return (pod.spec?.containers ?? []).flatMap((c) => (c.ports ?? []).map((p) => ({
    port: p.containerPort, targetPort: p.containerPort, label: `${p.containerPort}${p.name ? ` (${p.name})` : ''} — ${c.name}`,
  })));
}

function isReady(p: PodView): boolean {
  return !p.metadata.deletionTimestamp && p.status?.phase === 'Running' && !!p.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True');
}

/** First ready (else running) Pod matching the Service's selector. */
export function podForService(svc: ServiceView, pods: PodView[]): PodView | undefined {
  const sel = Object.entries(svc.spec?.selector ?? {});
  if (sel.length === 0) return undefined;
  const matching = pods.filter((p) => sel.every(([k, v]) => p.metadata.labels?.[k] === v));
  return matching.find(isReady) ?? matching.find((p) => p.status?.phase === 'Running');
}

/** The Service's ports translated to the Pod's container ports (a named targetPort is looked up in the Pod). */
export function servicePorts(svc: ServiceView, pod: PodView): PortChoice[] {
  return (svc.spec?.ports ?? []).flatMap((p) => {
    const tp = p.targetPort ?? p.port;
    let target: number | undefined = typeof tp === 'number' ? tp : /^\d+$/.test(tp) ? Number(tp) : undefined;
    if (target === undefined) {
      target = (pod.spec?.containers ?? []).flatMap((c) => c.ports ?? []).find((cp) => cp.name === tp)?.containerPort;
    }
    return target === undefined ? [] : [{ port: p.port, targetPort: target, label: `${p.port}${p.name ? ` (${p.name})` : ''} → ${target}` }];
  });
}

/** A local port to propose: the same number when not privileged, else 8000 + port. */
export function defaultLocalPort(port: number): number {
  return port >= 1024 ? port : 8000 + port;
}
