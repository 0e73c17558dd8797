// Événements group: the namespace's recent events, newest first, each explained in French.
import { explainEvent } from '../../../../core/cluster/explainCatalog';
import { eventTime, type EventView } from '../../../../core/cluster/watchTypes';
import { resourceByKind } from '../../../../core/cluster/watchResources';
import { age, code, explanationMd } from './present';
import type { ModelEnv, TreeNode } from './types';

export const MAX_EVENTS = 150;

export function sortEvents(events: EventView[]): EventView[] {
  return events.slice().sort((a, b) => (eventTime(a) < eventTime(b) ? 1 : eventTime(a) > eventTime(b) ? -1 : 0));
}

export function eventNode(env: ModelEnv, parentId: string, e: EventView): TreeNode {
  const warning = e.type === 'Warning';
  const io = e.involvedObject ?? {};
  const target = `${(io.kind ?? '?').toLowerCase()}/${io.name ?? '?'}`;
  const count = e.series?.count ?? e.count ?? 1;
  const when = eventTime(e);
  const ns = e.metadata.namespace ?? env.connection.namespace;
  const res = io.kind ? resourceByKind(io.kind) : undefined;
  const x = explainEvent(env.lang, e);
  return {
    id: `${parentId}/ev:${e.metadata.name}`, kind: 'event', label: `${e.reason ?? '?'} · ${target}`, namespace: ns,
    ref: res && io.name ? { resource: res.id, kind: res.kind, name: io.name, namespace: io.namespace ?? ns, uid: io.uid } : undefined,
    description: [x.title, count > 1 ? env.t('desc.times', { count }) : undefined, env.t('desc.ago', { age: age(env, when) })].filter(Boolean).join(' · '),
    icon: warning ? { id: 'warning', color: 'list.warningForeground' } : { id: 'info', color: 'charts.blue' },
    collapsible: 'none', contextValue: `ka-event${res ? ' ka-event-target' : ''}`,
    tooltip: () => [
      `**${target}** — ${code(e.reason ?? '?')}${warning ? ' (Warning)' : ''}`, '',
      explanationMd(env, x, x.key, warning ? 'warning' : 'ok', e.message), '',
      `${env.t('tip.kubectl')} : ${code(`kubectl events --for ${target} -n ${ns}`)}`,
    ].join('\n'),
  };
}

export function eventItems(env: ModelEnv, parent: TreeNode): TreeNode[] {
  const ns = parent.namespace ?? env.connection.namespace;
  const all = sortEvents(env.store.items<EventView>({ resource: 'events', namespace: ns }));
  const out = all.slice(0, MAX_EVENTS).map((e) => eventNode(env, parent.id, e));
  if (all.length > MAX_EVENTS) {
    out.push({ id: `${parent.id}/state:more`, kind: 'state', label: env.t('state.more', { count: all.length - MAX_EVENTS }), collapsible: 'none', contextValue: 'ka-state' });
  }
  return out;
}
