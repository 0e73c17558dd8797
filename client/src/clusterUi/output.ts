// The one output channel of the cluster features (tree actions, apply, diff, rollouts): every action writes its
// kubectl equivalent and its result there.
import * as vscode from 'vscode';
import { OUTPUT_NAME } from '../applyUi/ids';

let channel: vscode.OutputChannel | undefined;

export function output(): vscode.OutputChannel {
  channel ??= vscode.window.createOutputChannel(OUTPUT_NAME);
  return channel;
}

/** Appends time-stamped lines (an empty string gives an empty line). */
export function log(lines: string | string[]): void {
  const stamp = `[${new Date().toLocaleTimeString()}]`;
  for (const l of Array.isArray(lines) ? lines : [lines]) output().appendLine(l ? `${stamp} ${l}` : '');
}
