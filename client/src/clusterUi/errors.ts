// Cluster errors shown to the student: one or two friendly sentences (errorMessages.ts through the write API's
// describeWriteError), with role hints for a 403, logged in the output channel.
import * as vscode from 'vscode';
import { prefixed } from '../../../core/i18n';
import { toClusterError } from '../../../core/cluster/errors';
import type { ClusterGateway } from '../../../core/cluster/gateway';
import { forbiddenHints } from '../../../core/cluster/roleHints';
import { describeWriteError } from '../../../core/cluster/write';
import { ClusterSession } from '../connection/session';
import { currentLang } from '../i18n';
import { log } from './output';

/** Synchronous text (hints from the tree's RBAC cache), for content providers and streams. */
export function describeError(session: ClusterSession | undefined, err: unknown, namespace?: string): string {
  return describeWriteError(err, currentLang(), session?.errorHints(namespace), session?.server);
}

/**
 * Logs and shows the error; for a 403, says which role the student has where: from the tree's RBAC cache for a
 * session (with the namespace acted in), else asked through the gateway.
 */
export async function showClusterError(from: ClusterGateway | ClusterSession | undefined, err: unknown, namespace?: string): Promise<void> {
  const msg = from instanceof ClusterSession
    ? describeError(from, err, namespace)
    : describeWriteError(err, currentLang(), from ? await forbiddenHints(from, toClusterError(err, from.server).info) : {}, from?.server);
  log(msg);
  await vscode.window.showErrorMessage(prefixed(currentLang(), msg));
}
