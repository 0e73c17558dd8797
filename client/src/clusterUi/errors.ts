// Cluster errors shown to the student: one or two friendly sentences (errorMessages.ts through the write API's
// describeWriteError), with role hints for a 403, logged in the output channel.
import * as vscode from 'vscode';
import { toClusterError } from '../cluster/errors';
import type { ClusterGateway } from '../cluster/gateway';
import { forbiddenHints } from '../cluster/roleHints';
import { describeWriteError } from '../cluster/write';
import type { ClusterSession } from '../connection/session';
import { currentLang } from '../i18n';
import { log } from './output';

/** Synchronous text (hints from the tree's RBAC cache), for content providers and streams. */
export function describeError(session: ClusterSession | undefined, err: unknown, namespace?: string): string {
  return describeWriteError(err, currentLang(), session?.errorHints(namespace), session?.server);
}

/** Logs and shows the error; for a 403, says which role the student has where. */
export async function showClusterError(gw: ClusterGateway | undefined, err: unknown): Promise<void> {
  const hints = gw ? await forbiddenHints(gw, toClusterError(err, gw.server).info) : {};
  const msg = describeWriteError(err, currentLang(), hints, gw?.server);
  log(msg);
  await vscode.window.showErrorMessage(`Kube Apprenti : ${msg}`);
}
