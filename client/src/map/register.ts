// Registers « Carte de l’application »: the controller of its one webview panel; the command is in the command table.
import * as vscode from 'vscode';
import type { ConnectionManager } from '../connection/manager';
import { MapController } from './mapPanel';

export function registerMap(context: vscode.ExtensionContext, conn: ConnectionManager): MapController {
  const map = new MapController(context.extensionUri, conn);
  context.subscriptions.push(map);
  return map;
}
