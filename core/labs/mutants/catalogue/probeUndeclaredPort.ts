// A probe on a port the container does not declare (`port: 8080` while the container listens on 3000), KA056.
import { containerPaths, get, resourcesOf, scalarCandidate, typo } from '../ast';
import type { Candidate, Mutation } from '../types';

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'];
const ACTIONS = ['httpGet', 'tcpSocket', 'grpc'];

export const probeUndeclaredPort: Mutation = {
  id: 'sonde-port-non-declare',
  nature: 'mutant',
  kinds: ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob'],
  fields: ['spec.template.spec.containers[*].*Probe.httpGet.port', 'spec.template.spec.containers[*].*Probe.tcpSocket.port'],
  diagnostic: 'KA056',
  title: { fr: 'sonde sur un port que le conteneur ne déclare pas', en: 'probe on a port the container does not declare' },
  find(file, text) {
    const out: Candidate[] = [];
    for (const r of resourcesOf(text)) {
      for (const cp of containerPaths(r)) {
        const declared = ((get(r.object, [...cp, 'ports']) ?? []) as { containerPort?: unknown }[]).map((p) => p?.containerPort);
        for (const probe of PROBES) {
          for (const action of ACTIONS) {
            const path = [...cp, probe, action, 'port'];
            const v = get(r.object, path);
            let wrong: string | number | undefined;
            if (typeof v === 'number') { wrong = v + 1; while (declared.includes(wrong)) wrong += 1; }
            else if (typeof v === 'string') wrong = typo(v);
            if (wrong === undefined) continue;
            const c = scalarCandidate(file, r, path, text, wrong);
            if (c) out.push(c);
          }
        }
      }
    }
    return out;
  },
};
