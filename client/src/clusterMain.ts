// Second bundle (dist/cluster.js): everything that talks to a cluster or shows labs.
// Each feature exposes one register function; add one line here per feature.
import type * as vscode from 'vscode';

export async function activateCluster(_context: vscode.ExtensionContext): Promise<void> {
  // Features register here, e.g.: registerTree(context); registerApply(context); registerLabs(context);
}
