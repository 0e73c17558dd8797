// Second bundle (dist/cluster.js): everything that talks to a cluster or shows labs.
// Each feature exposes one register function (views, providers) and returns what its commands need; the commands
// themselves are all registered from the one table, client/src/commands/table.ts.
import type * as vscode from 'vscode';
import { registerTree } from './tree/registerTree';
import { registerApply } from './applyUi/register';
import { registerLabs } from './labs/panel/registerLabs';
import { registerCommands } from './commands/register';
import { registerMap } from './map/register';
import type { RenderPreview } from './render/previewFeature';

/** Services of the extension bundle the commands need (the render preview talks to the language client). */
export interface SharedServices {
  render?: RenderPreview;
}

export async function activateCluster(context: vscode.ExtensionContext, shared: SharedServices = {}): Promise<void> {
  const tree = registerTree(context);
  const labs = registerLabs(context);
  const apply = registerApply(context);
  const map = registerMap(context, tree.conn);
  registerCommands(context, { ...tree, ...apply, labs, map, render: shared.render });
}
