// Starts dist/server.js as a separate Node process (IPC) and forwards our settings to it.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export function getLanguageClient(): LanguageClient | undefined {
  return client;
}

export async function startLanguageClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    // a larger young generation cuts the garbage collector's share when a big manifest is parsed
    run: { module, transport: TransportKind.ipc, options: { execArgv: ['--max-semi-space-size=32'] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--max-semi-space-size=32', '--nolazy', '--inspect=6009'] } },
  };
  const config = vscode.workspace.getConfiguration('kubeApprenti');
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'yaml' }, { scheme: 'untitled', language: 'yaml' },
      // A chart's helpers (`templates/_helpers.tpl`) have no language in VS Code (`plaintext`), and another extension
      // may call the templates `helm`: they are matched by path, their language left as it is. The server handles a
      // `.tpl` only when a Chart.yaml sits above its `templates/` folder, and ignores the others (Smarty…).
      { scheme: 'file', pattern: '**/templates/**/*.{tpl,yaml,yml}' },
    ],
    synchronize: {
      configurationSection: 'kubeApprenti',
      // `.gitignore` too: whether a Secret manifest is ignored by Git (KA023) is re-checked when one changes.
      // A chart's helpers too: a `_helpers.tpl` changed on disk renders its chart again.
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml}'), vscode.workspace.createFileSystemWatcher('**/.gitignore'),
        vscode.workspace.createFileSystemWatcher('**/templates/**/*.tpl'),
      ],
    },
    initializationOptions: { langue: config.get<string>('langue', 'fr') },
    diagnosticCollectionName: 'kube-apprenti',
  };
  client = new LanguageClient('kubeApprenti', 'Kube Apprenti', serverOptions, clientOptions);
  await client.start();
  return client;
}

export async function stopLanguageClient(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
