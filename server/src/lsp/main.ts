// Entry of dist/server.js: the Kube Apprenti language server. Works with `--stdio`, `--node-ipc` or
// `--socket=<port>` (vscode-languageserver reads the transport from the command line).
import './v8Tuning';
import {
  createConnection, DidChangeConfigurationNotification, ProposedFeatures, TextDocuments, TextDocumentSyncKind,
  type InitializeParams, type InitializeResult, type ServerCapabilities,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer } from '../../../core/analysis/engine';
import { activeSchemas, setActiveKubernetesVersion } from '../../../core/analysis/schema/catalog';
import { MAX_FILE_SIZE } from '../../../core/files/walker';
import { ManifestWorkspace } from '../../../core/analysis/index/workspace';
import * as codeActions from './codeActions';
import * as completion from './completion';
import { DEFAULT_SETTINGS, parseSettings, type ServerContext, type Settings } from './context';
import * as definition from './definition';
import { DiagnosticsPublisher } from './diagnostics';
import * as hover from './hover';
import * as symbols from './symbols';
import { normalizeUri } from './uris';
import { chartDirOfTemplate, isForeignTemplate } from './chartValues';
import { WorkspaceSync } from './workspace';
import { RenderSync } from './renders';
import { RenderChoices } from './choices';
import * as preview from './preview';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const workspace = new ManifestWorkspace({ maxFileSize: MAX_FILE_SIZE });
const analyzer = new Analyzer(workspace);
let settings: Settings = DEFAULT_SETTINGS;
let folders: string[] = [];
let canPullConfiguration = false;
let hasFolderEvents = false;
const settingsListeners: Array<(s: Settings) => void> = [];
/** The folder scans started so far (initial and added folders), and the renders they trigger. */
let scans: Promise<unknown> = Promise.resolve();

const ctx: ServerContext = {
  connection,
  documents,
  workspace,
  analyzer,
  settings: () => settings,
  onSettingsChanged: (l) => { settingsListeners.push(l); },
  workspaceFolders: () => folders,
  choices: new RenderChoices(),
  // `renders` is set up just below; this runs only once requests arrive.
  modelFor: (uri) => renders.isolatedOf(uri) ?? ctx,
};
const publisher = new DiagnosticsPublisher(ctx);
const sync = new WorkspaceSync(ctx, publisher);
const renders = new RenderSync(ctx, publisher, ctx.choices);

function applySettings(next: Settings): void {
  const changed = next.langue !== settings.langue || next.diagnosticsEnabled !== settings.diagnosticsEnabled
    || next.kubernetesVersion !== settings.kubernetesVersion || next.kubernetesTarget !== settings.kubernetesTarget;
  settings = next;
  if (!changed) return;
  setActiveKubernetesVersion(next.kubernetesTarget);
  for (const l of settingsListeners) l(next);
  publisher.republishAll();
  renders.refreshAll();
}

const features = [hover, completion, definition, symbols];

connection.onInitialize((params: InitializeParams): InitializeResult => {
  if (process.env.KUBE_APPRENTI_TRACE === '1') process.stderr.write(`kube-apprenti: [${performance.now().toFixed(0)} ms] initialize\n`);
  settings = parseSettings(params.initializationOptions, DEFAULT_SETTINGS);
  setActiveKubernetesVersion(settings.kubernetesTarget);
  folders = (params.workspaceFolders ?? []).map((f) => normalizeUri(f.uri));
  if (folders.length === 0 && params.rootUri) folders = [normalizeUri(params.rootUri)];
  canPullConfiguration = params.capabilities.workspace?.configuration === true;
  hasFolderEvents = params.capabilities.workspace?.workspaceFolders === true;
  let capabilities: ServerCapabilities = {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    codeActionProvider: { codeActionKinds: ['quickfix'] },
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
  for (const f of features) capabilities = { ...capabilities, ...f.capabilities };
  // The folders are known now: the scan starts as soon as this answer is written (it only reads files; diagnostics
  // are sent once it is done, after the answer), and the schemas are loaded while the directory listing runs.
  setImmediate(() => {
    const scan = sync.scan(folders).then(() => renders.refreshAll()).catch((err: unknown) => connection.console.error(`kube-apprenti: ${String(err)}`));
    scans = Promise.all([scans, scan]);
    setImmediate(() => { try { activeSchemas(); } catch { /* reported by the rules that need them */ } });
  });
  return { capabilities, serverInfo: { name: 'kube-apprenti', version: '0.1.0' } };
});

connection.onInitialized(() => {
  if (canPullConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'kubeApprenti' }).catch(() => undefined);
  }
  if (!hasFolderEvents) return;
  connection.workspace.onDidChangeWorkspaceFolders((e) => {
    for (const removed of e.removed) sync.removeFolder(removed.uri);
    const added = e.added.map((f) => normalizeUri(f.uri));
    folders = [...folders.filter((f) => !e.removed.some((r) => normalizeUri(r.uri) === f)), ...added];
    const scan = sync.scan(added).catch((err: unknown) => connection.console.error(`kube-apprenti: ${String(err)}`));
    scans = Promise.all([scans, scan]);
  });
});

connection.onDidChangeConfiguration(async (change) => {
  const raw = (change.settings ?? {}) as Record<string, unknown>;
  if (raw.kubeApprenti !== undefined || raw.langue !== undefined) {
    applySettings(parseSettings(raw, settings));
  } else if (canPullConfiguration) {
    const pulled: unknown = await connection.workspace.getConfiguration('kubeApprenti').catch(() => undefined);
    if (pulled) applySettings(parseSettings({ kubeApprenti: pulled }, settings));
  }
});

documents.onDidChangeContent((e) => {
  const uri = normalizeUri(e.document.uri);
  if (isForeignTemplate(ctx, uri)) return;
  // The text is read when the publisher flushes: a burst of keystrokes is parsed once. A chart's template or helper
  // (`_helpers.tpl`) renders its chart again with the unsaved text.
  publisher.schedule(uri, () => e.document.getText());
  renders.noteChanged(uri);
});

documents.onDidOpen((e) => sync.noteOpened(e.document.uri));

function isScannedChartHelper(uri: string): boolean {
  const chart = /\.tpl$/i.test(uri) ? chartDirOfTemplate(ctx, uri) : undefined;
  return chart !== undefined && sync.isListed(`${chart}/Chart.yaml`);
}

documents.onDidClose((e) => {
  // Back to the file on disk (unsaved edits are gone); a file the scan does not list (outside the workspace folders,
  // under node_modules, a lab's starter or solution copy…) is forgotten, as the CLI never sees it.
  const uri = normalizeUri(e.document.uri);
  if (isForeignTemplate(ctx, uri)) return;
  // Unsaved edits are dropped: a chart or overlay the document belongs to is rendered again from the disk.
  renders.noteChanged(uri);
  // A helper (`.tpl`) of a scanned chart is not listed by the scan (YAML only) but stays in the model: renders read it.
  if (!sync.isListed(uri) && !isScannedChartHelper(uri)) {
    workspace.removeFile(uri);
    publisher.clear(uri);
    publisher.schedule();
    // A chart or overlay opened from outside the folders is no longer a target: its diagnostics go with it.
    renders.noteChanged(uri);
    return;
  }
  void sync.loadFromDisk(uri).then(() => publisher.schedule(uri));
});

connection.onDidChangeWatchedFiles((params) => {
  void sync.onWatchedFiles(params);
  for (const c of params.changes) renders.noteChanged(c.uri);
});

// Answers once the scans, renders and publications of everything received so far are done: the diagnostics sent
// before this answer are the settled state (tests and scripted clients; no timing guess).
connection.onRequest('kubeApprenti/analyseTerminee', async () => {
  for (let round = 0; round < 100; round++) {
    await scans;
    await renders.whenIdle();
    await publisher.whenIdle();
    if (renders.idle && publisher.idle) return true;
  }
  return false;
});

codeActions.register(connection, ctx);
for (const f of features) f.register(connection, ctx);
preview.register(connection, ctx, renders);

// A bug in one handler must never take the server down.
process.on('uncaughtException', (err) => connection.console.error(`kube-apprenti: ${err.stack ?? String(err)}`));

documents.listen(connection);
connection.listen();
