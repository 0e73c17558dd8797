// Registers every command of client/src/commands/table.ts (the only place that calls registerCommand).
import * as vscode from 'vscode';
import { COMMANDS, type CommandServices } from './table';

export function registerCommands(context: vscode.ExtensionContext, services: CommandServices): void {
  for (const c of COMMANDS) {
    context.subscriptions.push(vscode.commands.registerCommand(c.id, (...args: unknown[]) => c.run(services, ...args)));
  }
}
