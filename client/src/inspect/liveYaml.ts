// « Voir le YAML en direct » : the live object as read-only YAML (virtual document, no managedFields), refreshed
// when the tree's watch sees it change.
import * as vscode from 'vscode';
import { keyString } from '../../../core/cluster/watchHub';
import { objectPath, RESOURCES, type ResourceId } from '../../../core/cluster/watchResources';
import { describeError } from '../clusterUi/errors';
import { log } from '../clusterUi/output';
import { targetOf, tr } from '../clusterUi/target';
import type { ConnectionManager } from '../connection/manager';
import { kubectlGet } from '../tree/model/present';
import type { ObjRef, TreeNode } from '../tree/model/types';
import { currentLang } from '../i18n';
import { liveYamlText } from './liveObject';

export const LIVE_SCHEME = 'kube-apprenti-direct';

export function liveUri(context: string, ref: ObjRef): vscode.Uri {
  const seg = [context, ref.namespace ?? '_', ref.resource, `${ref.name}.yaml`].map(encodeURIComponent);
  return vscode.Uri.from({ scheme: LIVE_SCHEME, path: `/${seg.join('/')}` });
}

function refOfUri(uri: vscode.Uri): { context: string; ref: ObjRef } | undefined {
  const [context, ns, resource, file] = uri.path.split('/').slice(1).map(decodeURIComponent);
  const t = RESOURCES[resource as ResourceId];
  if (!t || !file) return undefined;
  return { context, ref: { resource: t.id, kind: t.kind, name: file.replace(/\.yaml$/, ''), namespace: ns === '_' ? undefined : ns } };
}

export class LiveYamlProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;
  private hubOff?: () => void;
  private readonly sub: vscode.Disposable;

  constructor(private readonly conn: ConnectionManager) {
    this.sub = conn.onDidChange(() => this.bind());
    this.bind();
  }

  private bind(): void {
    this.hubOff?.();
    this.hubOff = this.conn.session?.hub.onDidChange((changed) => {
      for (const doc of vscode.workspace.textDocuments) {
        if (doc.uri.scheme !== LIVE_SCHEME) continue;
        const r = refOfUri(doc.uri);
        if (r && changed.has(keyString({ resource: r.ref.resource, namespace: r.ref.namespace }))) this.emitter.fire(doc.uri);
      }
    });
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const r = refOfUri(uri);
    const s = this.conn.session;
    if (!r || !s) return `# ${tr('action.noCluster')}\n`;
    const { ref } = r;
    try {
      const { body } = await s.gateway.request<Record<string, unknown>>({ method: 'GET', path: objectPath(RESOURCES[ref.resource], ref.name, ref.namespace) });
      return liveYamlText(currentLang(), ref, body, new Date().toLocaleTimeString());
    } catch (err) {
      return tr('live.error', { kind: ref.kind, name: ref.name, message: describeError(s, err, ref.namespace) });
    }
  }

  dispose(): void {
    this.hubOff?.();
    this.sub.dispose();
    this.emitter.dispose();
  }
}

export async function openLiveYaml(conn: ConnectionManager, node?: TreeNode): Promise<void> {
  const target = await targetOf(conn, node, ['pods', 'deployments', 'replicasets', 'statefulsets', 'daemonsets', 'jobs', 'cronjobs', 'services', 'ingresses', 'configmaps', 'persistentvolumeclaims']);
  if (!target) return;
  log(`${kubectlGet(target.ref)} -o yaml`);
  const doc = await vscode.workspace.openTextDocument(liveUri(target.session.context, target.ref));
  await vscode.window.showTextDocument(doc, { preview: true });
}
