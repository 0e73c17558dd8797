// A liveness/readiness/startup probe must use a port of its own container: a named port must be one of
// its port names; a number must be one of its declared TCP ports (checked only when the container declares
// ports, since containerPort is informational). UDP ports do not count.
import type { Node } from 'yaml';
import { rangeOf } from '../index/ranges';
import type { Container } from '../index/types';
import { formatList } from '../messages';
import { get, num, str } from '../util/yamlNodes';
import { podObjects, replaceValueEdit } from './helpers';
import type { DocRule } from './rule';

const PROBES: Record<string, string> = { livenessProbe: 'liveness', readinessProbe: 'readiness', startupProbe: 'startup' };

function probePortNode(probe: Node | undefined): Node | undefined {
  return get(get(probe, 'httpGet'), 'port') ?? get(get(probe, 'tcpSocket'), 'port') ?? get(get(probe, 'grpc'), 'port');
}

function tcpPorts(c: Container): Array<{ n?: number; name?: string }> {
  return c.ports.filter((p) => p.protocol.toUpperCase() !== 'UDP' && p.protocol.toUpperCase() !== 'SCTP').map((p) => ({ n: p.containerPort, name: p.name }));
}

export const probePort: DocRule = {
  id: 'probe-port',
  codes: ['KA056'],
  scope: 'document',
  check(ctx) {
    for (const { res, tpl } of podObjects(ctx.resources)) {
      for (const c of tpl.containers) {
        for (const [key, probeName] of Object.entries(PROBES)) {
          const node = probePortNode(get(c.node, key));
          if (!node) continue;
          const port = num(node) ?? str(node);
          if (port === undefined) continue;
          const ports = tcpPorts(c);
          const listed = c.ports.map((p) => (p.name ? `${p.containerPort ?? '?'}/${p.name}` : String(p.containerPort ?? '?')));
          const args = { probe: probeName, port: String(port), container: c.name ?? '', ports: formatList(listed) };
          if (typeof port === 'string') {
            if (/^\d+$/.test(port)) continue;
            if (ports.some((p) => p.name === port)) continue;
            const udp = c.ports.some((p) => p.name === port);
            ctx.report({ code: 'KA056', messageKey: udp ? 'KA056.udp' : 'KA056.name', range: rangeOf(res.doc, node), args });
          } else {
            if (c.ports.length === 0 || ports.some((p) => p.n === port)) continue;
            const numbered = ports.filter((p) => p.n !== undefined);
            ctx.report({
              code: 'KA056', range: rangeOf(res.doc, node), args,
              fixes: numbered.length === 1 ? [{ titleKey: 'fix.port', args: { port: numbered[0].n! }, edits: [replaceValueEdit(res.doc, node, numbered[0].n!)], preferred: true }] : undefined,
            });
          }
        }
      }
    }
  },
};
