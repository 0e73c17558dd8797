// Extension entry point: wires things together, nothing else.
// The language client starts at once; cluster features (tree, apply, rollout, labs) live in a separate bundle
// (dist/cluster.js, which carries @kubernetes/client-node) loaded after activation so that activation stays fast.
// Every command (client/src/commands/table.ts) is registered by the second bundle.
import * as vscode from 'vscode';
import { startLanguageClient, stopLanguageClient } from './lsp/languageClient';
import { clusterStartFailedText } from '../../core/i18n/extension';
import { currentLang } from './i18n';
import { registerRenderPreview, type RenderPreview } from './render/previewFeature';

export interface ExtensionApi {
  /** Resolves when the cluster bundle is loaded and its features are registered. */
  clusterReady: Promise<void>;
}

export async function activate(context: vscode.ExtensionContext): Promise<ExtensionApi> {
  const t0 = Date.now();
  // Not awaited before the cluster bundle: when a command activates the extension (a menu item clicked before any
  // YAML file was opened), it must not wait for the language server's handshake to be registered.
  const languageClient = startLanguageClient(context);
  // The render preview needs the client; its commands (registered by the cluster bundle) wait for it.
  const renderReady = languageClient.then((client) => registerRenderPreview(context, client));
  renderReady.catch(() => undefined);
  const render: RenderPreview = {
    open: async (uri) => (await renderReady).open(uri),
    choose: async (uri) => (await renderReady).choose(uri),
  };
  const clusterReady = new Promise<void>((resolve, reject) => {
    setImmediate(() => {
      try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy load of the second bundle
        const cluster = require('./cluster.js') as typeof import('./clusterMain');
        Promise.resolve(cluster.activateCluster(context, { render })).then(resolve, reject);
      } catch (err) {
        reject(err);
      }
    });
  });
  clusterReady.catch((err: unknown) => {
    void vscode.window.showErrorMessage(clusterStartFailedText(currentLang(), err instanceof Error ? err.message : String(err)));
  });
  // Commands of the cluster bundle must be registered before activate() resolves: VS Code runs the command that
  // triggered activation right after it (otherwise « command not found »). The language server is already starting.
  await Promise.all([languageClient, clusterReady.catch(() => undefined)]);
  console.log(`[kube-apprenti] activated in ${Date.now() - t0} ms`);
  return { clusterReady };
}

export async function deactivate(): Promise<void> {
  await stopLanguageClient();
}
