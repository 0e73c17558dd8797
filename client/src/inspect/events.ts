// « Voir les événements » : one request for the namespace's events, filtered to the object and what it manages,
// shown as a Markdown preview with French explanations.
import * as vscode from 'vscode';
import { collectionPath, RESOURCES } from '../../../core/cluster/watchResources';
import type { K8sObject } from '../../../core/cluster/types';
import type { EventView } from '../../../core/cluster/watchTypes';
import { showClusterError } from '../clusterUi/errors';
import { log } from '../clusterUi/output';
import { targetOf } from '../clusterUi/target';
import type { ConnectionManager } from '../connection/manager';
import { currentLang } from '../i18n';
import type { ObjRef, TreeNode } from '../tree/model/types';
import { eventsMarkdown, relatedUids } from './eventsDoc';

export const EVENTS_SCHEME = 'kube-apprenti-evenements';

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
      const { body } = await s.gateway.request<K8sObject>({ method: 'GET', path: `${collectionPath(RESOURCES[ref.resource], ns)}/${encodeURIComponent(ref.name)}` });
      ref.uid = body.metadata.uid;
    }
    const [{ body }, related] = await Promise.all([
      s.gateway.request<{ items?: EventView[] }>({ method: 'GET', path: collectionPath(RESOURCES.events, ns), timeoutMs: 20_000 }),
      relatedUids(s, ref),
    ]);
    const text = eventsMarkdown({ lang: currentLang(), ref, events: body.items ?? [], uids: related.uids, relatedKinds: related.kinds, now: Date.now() });
    const uri = vscode.Uri.from({ scheme: EVENTS_SCHEME, path: `/${ns}/${ref.kind}-${ref.name}.md` });
    pages.set(uri, text);
    log(`kubectl events --for ${ref.kind.toLowerCase()}/${ref.name} -n ${ns}`);
    await vscode.commands.executeCommand('markdown.showPreview', uri).then(undefined, async () => {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
    });
  } catch (err) {
    await showClusterError(s, err, ns);
  }
}
