// « Voir les événements » : one request for the namespace's events, filtered to the object and what it manages,
// shown as a Markdown preview with French explanations.
import * as vscode from 'vscode';
import { collectionPath, RESOURCES, type ResourceId } from '../cluster/watchResources';
import { controllerOf, type EventView, type KObject } from '../cluster/watchTypes';
import type { ConnectionManager } from '../connection/manager';
import type { ClusterSession } from '../connection/session';
import { currentLang } from '../i18n';
import type { ObjRef, TreeNode } from '../tree/model/types';
import { logAction, showError, targetOf } from './common';
import { eventsMarkdown } from './eventsDoc';

export const EVENTS_SCHEME = 'kube-apprenti-evenements';
export const EVENTS_COMMAND = 'kubeApprenti.objet.evenements';

/** What a kind manages, to include their events: Deployment → ReplicaSets → Pods, CronJob → Jobs → Pods. */
const CHILDREN: Partial<Record<ResourceId, ResourceId[]>> = {
  deployments: ['replicasets'], replicasets: ['pods'], statefulsets: ['pods'], daemonsets: ['pods'], jobs: ['pods'], cronjobs: ['jobs'],
};

async function itemsOf(s: ClusterSession, resource: ResourceId, ns: string): Promise<KObject[]> {
  const inf = s.hub.get({ resource, namespace: ns });
  if (inf?.currentStatus.state === 'synced') return inf.list();
  const { body } = await s.gateway.request<{ items?: KObject[] }>({ method: 'GET', path: collectionPath(RESOURCES[resource], ns), timeoutMs: 20_000 });
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

export class EventsProvider implements vscode.TextDocumentContentProvider {
  private readonly pages = new Map<string, string>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;
  set(uri: vscode.Uri, text: string): void { this.pages.set(uri.toString(), text); this.emitter.fire(uri); }
  provideTextDocumentContent(uri: vscode.Uri): string { return this.pages.get(uri.toString()) ?? ''; }
}

export async function showEvents(conn: ConnectionManager, pages: EventsProvider, node?: TreeNode): Promise<void> {
  const target = await targetOf(conn, node, ['pods', 'deployments', 'replicasets', 'statefulsets', 'daemonsets', 'jobs', 'cronjobs', 'services', 'ingresses', 'configmaps', 'secrets', 'persistentvolumeclaims']);
  if (!target) return;
  const { session: s, ref } = target;
  const ns = ref.namespace ?? s.namespace;
  try {
    if (!ref.uid) {
      const { body } = await s.gateway.request<KObject>({ method: 'GET', path: `${collectionPath(RESOURCES[ref.resource], ns)}/${encodeURIComponent(ref.name)}` });
      ref.uid = body.metadata.uid;
    }
    const [{ body }, related] = await Promise.all([
      s.gateway.request<{ items?: EventView[] }>({ method: 'GET', path: collectionPath(RESOURCES.events, ns), timeoutMs: 20_000 }),
      relatedUids(s, ref),
    ]);
    const text = eventsMarkdown({ lang: currentLang(), ref, events: body.items ?? [], uids: related.uids, relatedKinds: related.kinds, now: Date.now() });
    const uri = vscode.Uri.from({ scheme: EVENTS_SCHEME, path: `/${ns}/${ref.kind}-${ref.name}.md` });
    pages.set(uri, text);
    logAction(`kubectl events --for ${ref.kind.toLowerCase()}/${ref.name} -n ${ns}`);
    await vscode.commands.executeCommand('markdown.showPreview', uri).then(undefined, async () => {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
    });
  } catch (err) {
    await showError(s, err, ns);
  }
}
