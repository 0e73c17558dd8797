// Markdown page of an object's events (and of the objects it manages), each explained in French. No vscode import.
import { explainEvent, type Lang } from '../../../core/cluster/explainCatalog';
import { collectionPath, RESOURCES, type ResourceId } from '../../../core/cluster/watchResources';
import type { K8sObject } from '../../../core/cluster/types';
import { controllerOf, eventTime, type EventView } from '../../../core/cluster/watchTypes';
import type { ClusterSession } from '../connection/session';
import { sortEvents } from '../tree/model/events';
import type { ObjRef } from '../tree/model/types';
import { t } from '../../../core/i18n/tree';

export interface EventsPageInput {
  lang: Lang;
  ref: ObjRef;
  events: EventView[];
  /** uids of the object and of what it manages; events are kept when their involvedObject is one of them. */
  uids: Set<string>;
  relatedKinds: string[];
  now: number;
}

function ago(now: number, iso: string, lang: Lang): string {
  const s = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  const v = s < 60 ? `${s} s` : s < 3600 ? `${Math.floor(s / 60)} min` : s < 86400 ? `${Math.floor(s / 3600)} h` : t(lang, 'age.days', { n: Math.floor(s / 86400) });
  return t(lang, 'desc.ago', { age: v });
}

export function eventsOf(input: Pick<EventsPageInput, 'ref' | 'events' | 'uids'>): EventView[] {
  const { ref } = input;
  return sortEvents(input.events.filter((e) => {
    const io = e.involvedObject ?? {};
    if (io.uid && input.uids.has(io.uid)) return true;
    return io.kind === ref.kind && io.name === ref.name;
  }));
}

export function eventsMarkdown(input: EventsPageInput): string {
  const { lang, ref } = input;
  const colon = t(lang, 'colon');
  const list = eventsOf(input);
  const lines = [`# ${t(lang, 'events.title', { kind: ref.kind, name: ref.name })}`, '', `_${t(lang, 'events.intro')}_`];
  if (input.relatedKinds.length) lines.push('', `_${t(lang, 'events.related', { kinds: input.relatedKinds.join(', ') })}_`);
  lines.push('', `${t(lang, 'tip.kubectl')}${colon} \`kubectl events --for ${ref.kind.toLowerCase()}/${ref.name}${ref.namespace ? ` -n ${ref.namespace}` : ''}\``);
  if (list.length === 0) lines.push('', `**${t(lang, 'events.none')}**`);
  for (const e of list) {
    const x = explainEvent(lang, e);
    const io = e.involvedObject ?? {};
    const count = e.series?.count ?? e.count ?? 1;
    const mark = e.type === 'Warning' ? '⚠️' : 'ℹ️';
    lines.push('', `## ${mark} ${e.reason ?? '?'} — ${(io.kind ?? '?').toLowerCase()}/${io.name ?? '?'} — ${ago(input.now, eventTime(e), lang)}${count > 1 ? ` (${t(lang, 'events.count', { count })})` : ''}`);
    lines.push('', `**${x.title}**${colon} ${x.text}`);
    if (x.cause) lines.push('', `*${t(lang, 'tip.cause')}${colon}* ${x.cause}`);
    if (x.remedy) lines.push('', `*${t(lang, 'tip.remedy')}${colon}* ${x.remedy}`);
    if (e.message) lines.push('', `> ${t(lang, 'tip.k8sMessage')}${colon} \`${e.message.replace(/`/g, "'")}\``);
  }
  return `${lines.join('\n')}\n`;
}

/** What a kind manages, to include their events: Deployment → ReplicaSets → Pods, CronJob → Jobs → Pods. */
const CHILDREN: Partial<Record<ResourceId, ResourceId[]>> = {
  deployments: ['replicasets'], replicasets: ['pods'], statefulsets: ['pods'], daemonsets: ['pods'], jobs: ['pods'], cronjobs: ['jobs'],
};

async function itemsOf(s: ClusterSession, resource: ResourceId, ns: string): Promise<K8sObject[]> {
  const inf = s.hub.get({ resource, namespace: ns });
  if (inf?.currentStatus.state === 'synced') return inf.list();
  const { body } = await s.gateway.request<{ items?: K8sObject[] }>({ method: 'GET', path: collectionPath(RESOURCES[resource], ns), timeoutMs: 20_000 });
  return body.items ?? [];
}

export async function relatedUids(s: ClusterSession, ref: ObjRef): Promise<{ uids: Set<string>; kinds: string[] }> {
  const ns = ref.namespace ?? s.namespace;
  const uids = new Set<string>();
  const kinds: string[] = [];
  let frontier: { resource: ResourceId; uid?: string }[] = [{ resource: ref.resource, uid: ref.uid }];
  if (ref.uid) uids.add(ref.uid);
  for (let depth = 0; depth < 3 && frontier.length; depth++) {
    const next: { resource: ResourceId; uid?: string }[] = [];
    for (const f of frontier) {
      for (const child of CHILDREN[f.resource] ?? []) {
        if (!f.uid) continue;
        const owned = (await itemsOf(s, child, ns)).filter((o) => controllerOf(o)?.uid === f.uid);
        if (owned.length && !kinds.includes(RESOURCES[child].kind)) kinds.push(RESOURCES[child].kind);
        for (const o of owned) { if (o.metadata.uid) uids.add(o.metadata.uid); next.push({ resource: child, uid: o.metadata.uid }); }
      }
    }
    frontier = next;
  }
  return { uids, kinds };
}

