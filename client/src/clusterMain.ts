// Second bundle (dist/cluster.js): everything that talks to a cluster or shows labs.
// Each feature exposes one register function; add one line here per feature.
import type * as vscode from 'vscode';
import { registerTree } from './tree/registerTree';

export async function activateCluster(context: vscode.ExtensionContext): Promise<void> {
  registerTree(context);
  // Features register here, e.g.: registerTree(context); registerApply(context); registerLabs(context);
}
