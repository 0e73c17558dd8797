// Second bundle (dist/cluster.js): everything that talks to a cluster or shows labs.
// Each feature exposes one register function; add one line here per feature.
import type * as vscode from 'vscode';
import { registerTree } from './tree/registerTree';
import { registerApply } from './applyUi/register';
import { registerLabs } from './labs/panel/registerLabs';

export async function activateCluster(context: vscode.ExtensionContext): Promise<void> {
  registerTree(context);
  registerLabs(context);
  registerApply(context);
  // Features register here, e.g.: registerTree(context); registerApply(context); registerLabs(context);
}
