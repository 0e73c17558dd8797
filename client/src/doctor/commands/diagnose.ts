// « Diagnostiquer » (kubeApprenti.diagnostiquer): from a tree item, a CodeLens ({kind, name, namespace}) or the palette
// (quick pick of the namespace's objects). The report opens in a read-only document, the first broken link on top;
// « Manifeste : k8s/web.yaml:12 » is a link to the line.
import * as vscode from 'vscode';
import type { Lang } from '../../../../core/i18n';
import { diagnose, renderText, START_KINDS, type DoctorReport, type ManifestLocation, type StartKind } from '../../../../core/doctor';
import { dt } from '../../../../core/doctor/text';
import { describeClusterError } from '../../../../core/cluster/errorMessages';
import { toClusterError } from '../../../../core/cluster/errors';
import type { ConnectionManager } from '../../connection/manager';
import { currentLang } from '../../i18n';
import { readDoctorView } from '../../../../core/doctor/readView';
import { hubCache, warmDoctorWatches, watchableBy } from '../../../../core/doctor/cache';

export const DIAGNOSE_COMMAND = 'kubeApprenti.diagnostiquer';
export const DIAGNOSIS_SCHEME = 'kube-apprenti-diagnostic';

type Target = { kind?: string; name?: string; namespace?: string; ref?: { kind: string; name: string; namespace?: string } };
type Lookup = (kind: string, name: string, namespace: string) => ManifestLocation | undefined;

/** Owner of the doctor's watches in the hub; released after each run (the hub keeps them a minute for a re-run). */
const WATCH_OWNER = 'kube-apprenti.doctor';
/** Longest wait for a cold watch's first list before listing that resource directly. */
const WARM_WAIT_MS = 5_000;

const PICK_PATHS: [StartKind, string][] = [
  ['Ingress', '/apis/networking.k8s.io/v1'], ['Service', '/api/v1'], ['Deployment', '/apis/apps/v1'], ['StatefulSet', '/apis/apps/v1'],
  ['DaemonSet', '/apis/apps/v1'], ['Job', '/apis/batch/v1'], ['Pod', '/api/v1'],
];
const plural = (k: StartKind) => (k === 'Ingress' ? 'ingresses' : `${k.toLowerCase()}s`);

/** Text and links of the opened reports. */
export class DiagnosisDocuments implements vscode.TextDocumentContentProvider, vscode.DocumentLinkProvider {
  private readonly pages = new Map<string, { text: string; report: DoctorReport }>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;

  set(uri: vscode.Uri, report: DoctorReport, text: string): void {
    this.pages.set(uri.toString(), { text, report });
    this.emitter.fire(uri);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.pages.get(uri.toString())?.text ?? '';
  }

  provideDocumentLinks(doc: vscode.TextDocument): vscode.DocumentLink[] {
    const page = this.pages.get(doc.uri.toString());
    if (!page) return [];
    const links: vscode.DocumentLink[] = [];
    const seen = new Set<string>();
    for (const h of page.report.hops) {
      const m = h.manifest;
      if (!m || seen.has(`${m.uri}:${m.line}`)) continue;
      seen.add(`${m.uri}:${m.line}`);
      const needle = `${m.label}:${m.line + 1}`;
      for (let i = 0; i < doc.lineCount; i++) {
        const col = doc.lineAt(i).text.indexOf(needle);
        if (col >= 0) links.push(new vscode.DocumentLink(new vscode.Range(i, col, i, col + needle.length), vscode.Uri.parse(m.uri).with({ fragment: `L${m.line + 1}` })));
      }
    }
    return links;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

export async function diagnoseCommand(conn: ConnectionManager, docs: DiagnosisDocuments, manifest: Lookup, arg?: Target): Promise<void> {
  const lang = currentLang();
  const session = conn.session;
  if (!session) {
    void vscode.window.showWarningMessage(`Kube Apprenti\u00a0: ${dt(lang, 'ui.noCluster')}`);
    return;
  }
  const given = arg?.ref ?? arg;
  const namespace = given?.namespace ?? session.namespace;
  let target: { kind: StartKind; name: string } | undefined =
    given?.kind && given.name && (START_KINDS as string[]).includes(given.kind) ? { kind: given.kind as StartKind, name: given.name } : undefined;
  try {
    target ??= await pick(session.gateway, namespace, lang);
    if (!target) return;
    const t = target;
    const report = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Kube Apprenti\u00a0: ${dt(lang, 'ui.progress', { kind: t.kind, name: t.name })}` },
      async () => {
        // The tree's live cache (one watch per type and namespace) answers what it holds; the rest is listed.
        try {
          const access = session.access(namespace) ?? await session.rbac.review(namespace); // never throws; cached
          await warmDoctorWatches(session.hub, WATCH_OWNER, namespace, WARM_WAIT_MS, watchableBy(access));
          return diagnose(await readDoctorView(session.gateway, namespace, { lang, manifest, cache: hubCache(session.hub, namespace) }), t, lang);
        } finally {
          session.hub.release(WATCH_OWNER);
        }
      });
    const uri = vscode.Uri.from({ scheme: DIAGNOSIS_SCHEME, path: `/${namespace}/${t.kind}-${t.name}.txt` });
    docs.set(uri, report, renderText(report, lang));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
    const broken = report.firstBroken !== undefined ? report.hops[report.firstBroken] : undefined;
    const summary = broken ? dt(lang, 'ui.summaryBroken', { kind: t.kind, name: t.name, checked: broken.checked })
      : dt(lang, report.verdict === 'ok' ? 'ui.summaryOk' : 'ui.summaryUnknown', { kind: t.kind, name: t.name });
    void vscode.window.setStatusBarMessage(`Kube Apprenti\u00a0: ${summary}`, 10_000);
  } catch (err) {
    void vscode.window.showErrorMessage(`Kube Apprenti\u00a0: ${describeClusterError(toClusterError(err, session.server).info, lang)}`);
  }
}

/** Quick pick of the namespace's start points (what the account can list). */
async function pick(gw: NonNullable<ConnectionManager['session']>['gateway'], namespace: string, lang: Lang): Promise<{ kind: StartKind; name: string } | undefined> {
  const lists = await Promise.all(PICK_PATHS.map(async ([kind, base]) => {
    const path = `${base}/namespaces/${encodeURIComponent(namespace)}/${plural(kind)}`;
    const body = await gw.request<{ items?: { metadata: { name?: string } }[] }>({ method: 'GET', path, timeoutMs: 15_000 }).then((a) => a.body, () => ({ items: [] }));
    return (body.items ?? []).map((o) => ({ label: o.metadata.name ?? '', description: kind, start: kind }));
  }));
  const items = lists.flat();
  if (!items.length) {
    void vscode.window.showInformationMessage(`Kube Apprenti\u00a0: ${dt(lang, 'ui.nothing', { namespace })}`);
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(items, { placeHolder: dt(lang, 'ui.pick', { namespace }), matchOnDescription: true });
  return picked && { kind: picked.start, name: picked.label };
}
