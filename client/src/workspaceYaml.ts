// The YAML files of the workspace folders, as the client's own indexes (the tree's manifest index, the map) list them:
// the core walker on disk (its skip list and limits, the same as the language server and the CLI), `findFiles` for
// folders of another scheme (remote, virtual).
import * as vscode from 'vscode';
import { isYamlName, listYamlFiles, SKIP_DIRS } from '../../core/files/walker';

/** The pattern of the files these indexes follow (for their watchers too). */
export const YAML_GLOB = '**/*.{yaml,yml}';
const EXCLUDE = `{${[...SKIP_DIRS].map((d) => `**/${d}/**`).join(',')}}`;
const MAX_FILES = 3000;

/** Every YAML file of the workspace folders (at most 3,000 per folder). */
export async function workspaceYamlUris(): Promise<vscode.Uri[]> {
  const uris: vscode.Uri[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    if (folder.uri.scheme === 'file') {
      for (const p of (await listYamlFiles(folder.uri.fsPath, { maxFiles: MAX_FILES })).files) uris.push(vscode.Uri.file(p));
    } else {
      uris.push(...await vscode.workspace.findFiles(new vscode.RelativePattern(folder, YAML_GLOB), EXCLUDE, MAX_FILES));
    }
  }
  return uris;
}

/** A YAML file these indexes follow: not in a folder of the skip list below its workspace folder (above it is the user's business). */
export function followsYaml(uri: vscode.Uri): boolean {
  return isYamlName(uri.path) && !vscode.workspace.asRelativePath(uri, false).split('/').slice(0, -1).some((seg) => SKIP_DIRS.has(seg));
}
