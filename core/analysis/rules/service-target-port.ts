// A Service's targetPort (default: its port) must be a port of the selected pods' containers:
// a number among their containerPorts, or a name among their port names. containerPort is informational, so a
// numbered targetPort is only checked when the selected containers declare ports.
import { rangeOf } from '../index/ranges';
import type { PodTemplate } from '../index/types';
import { formatList } from '../messages';
import type { Fix } from '../model';
import { num, str, stringMap } from '../util/yamlNodes';
import { describe, templatesSelectedBy, get, getPair, isBuiltin, items, mainContainers, replaceValueEdit } from './helpers';
import type { WorkspaceRule } from './rule';

function portsOf(templates: PodTemplate[]): { numbers: Set<number>; names: Map<string, number | undefined> } {
  const numbers = new Set<number>();
  const names = new Map<string, number | undefined>();
  for (const t of templates) {
    for (const c of mainContainers(t)) {
      for (const p of c.ports) {
        if (p.containerPort !== undefined) numbers.add(p.containerPort);
        if (p.name) names.set(p.name, p.containerPort);
      }
    }
  }
  return { numbers, names };
}

export const serviceTargetPort: WorkspaceRule = {
  id: 'service-target-port',
  codes: ['KA010', 'KA011'],
  scope: 'workspace',
  check(ctx) {
    for (const svc of ctx.index.ofKind('Service')) {
      if (!isBuiltin(svc, 'Service', [''])) continue;
      ctx.memo(svc, [ctx.index.topicIn(`tpl:`, svc.namespace)], () => {
        const spec = get(svc.node, 'spec');
        const selector = stringMap(get(spec, 'selector'));
        if (selector.size === 0) return;
        const templates = templatesSelectedBy(ctx.index, selector, svc.namespace);
        if (templates.length === 0) return; // KA001 reports it
        const { numbers, names } = portsOf(templates);
        const owners = [...new Set(templates.map((t) => describe(t.owner)))];
        const related = templates.slice(0, 3).map((t) => ({
          uri: t.owner.uri, range: rangeOf(t.owner.doc, mainContainers(t)[0]?.node ?? t.owner.node), messageKey: 'related.KA010', args: { workload: describe(t.owner) },
        }));
        for (const p of items(get(spec, 'ports'))) {
          const tpPair = getPair(p, 'targetPort');
          const portNode = get(p, 'port');
          const target = tpPair?.value ? (num(tpPair.value) ?? str(tpPair.value)) : num(portNode);
          const node = tpPair?.value ?? portNode;
          if (target === undefined || !node) continue;
          if (typeof target === 'number') {
            if (numbers.size === 0 || numbers.has(target)) continue;
            const fixes: Fix[] = [...numbers].slice(0, 3).map((n, i) => ({
              titleKey: 'fix.KA010', args: { port: n },
              edits: [tpPair?.value ? replaceValueEdit(svc.doc, tpPair.value, n) : { uri: svc.uri, range: { start: rangeOf(svc.doc, portNode).end, end: rangeOf(svc.doc, portNode).end }, newText: `\n${indentOf(svc.doc.text, rangeOf(svc.doc, getPair(p, 'port')!.key).start - svc.doc.base)}targetPort: ${n}` }],
              preferred: i === 0 && numbers.size === 1,
            }));
            ctx.report({
              uri: svc.uri, code: 'KA010', messageKey: tpPair ? 'KA010' : 'KA010.default', range: rangeOf(svc.doc, node),
              args: { service: svc.name ?? '', port: target, ports: formatList([...numbers]), workloads: owners.join(', ') },
              related, fixes,
            });
          } else {
            if (/^\d+$/.test(target)) continue; // a quoted number: KA057 explains it
            if (names.has(target)) continue;
            ctx.report({
              uri: svc.uri, code: 'KA011', messageKey: names.size ? 'KA011' : 'KA011.none', range: rangeOf(svc.doc, node),
              args: { service: svc.name ?? '', port: target, names: formatList([...names.keys()]), workloads: owners.join(', ') },
              related,
              fixes: [...names.keys()].slice(0, 3).map((n, i) => ({ titleKey: 'fix.rename', args: { value: n }, edits: [replaceValueEdit(svc.doc, node, n)], preferred: i === 0 && names.size === 1 })),
            });
          }
        }
      });
    }
  },
};

function indentOf(text: string, rel: number): string {
  return ' '.repeat(rel - (text.lastIndexOf('\n', rel - 1) + 1));
}
