// Is this context a local or lab cluster (writes allowed without asking), or something that deserves a confirmation?
import * as path from 'node:path';
import type { Lang } from '../i18n';
import { ce } from '../i18n/clusterErrors';
import type { LoadedConfig } from './kubeconfig';

export interface LocalVerdict {
  local: boolean;
  /** Why we think so (for logs and the confirmation text). */
  reason: 'allowList' | 'projectCluster' | 'loopback' | 'localToolContext' | 'sspcloudNamespace' | 'remote';
}

const LOCAL_CONTEXT_RE = /^(kind-|k3d-|minikube$|docker-desktop$|docker-for-desktop$|rancher-desktop$|orbstack$|colima)/;
const SSPCLOUD_NS_RE = /^(user|projet)-/;

/**
 * Local = the context/cluster/server is in the allow-list (setting `kubeApprenti.clusters.autorisés`), or the kubeconfig
 * is one of our own `.cluster/*.kubeconfig`, or the API server is on a loopback address, or the context name is a
 * local tool's (kind, k3d, minikube, Docker Desktop…), or we run in-cluster in a personal SSPCloud namespace.
 */
export function judgeCluster(config: Pick<LoadedConfig, 'context' | 'server' | 'files' | 'source' | 'namespace' | 'contexts'>, allowList: readonly string[] = []): LocalVerdict {
  const clusterName = config.contexts.find((c) => c.name === config.context)?.cluster;
  const allowed = new Set(allowList.map((s) => s.trim()).filter(Boolean));
  if (allowed.has(config.context) || (clusterName && allowed.has(clusterName)) || allowed.has(config.server)) {
    return { local: true, reason: 'allowList' };
  }
  if (config.files.length > 0 && config.files.every((f) => path.basename(path.dirname(f)) === '.cluster' && f.endsWith('.kubeconfig'))) {
    return { local: true, reason: 'projectCluster' };
  }
  if (isLoopback(config.server)) return { local: true, reason: 'loopback' };
  if (LOCAL_CONTEXT_RE.test(config.context)) return { local: true, reason: 'localToolContext' };
  if (config.source === 'inCluster' && SSPCLOUD_NS_RE.test(config.namespace)) return { local: true, reason: 'sspcloudNamespace' };
  return { local: false, reason: 'remote' };
}

export function isLoopback(server: string): boolean {
  let host: string;
  try {
    host = new URL(server).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return false;
  }
  return host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '::1' || host === '0.0.0.0';
}

/** The confirmation question for a write on a non-local context, or undefined when no confirmation is needed. */
export function writeConfirmation(config: Pick<LoadedConfig, 'context' | 'server' | 'files' | 'source' | 'namespace' | 'contexts'>, allowList: readonly string[], action: string, lang: Lang = 'fr'): string | undefined {
  if (judgeCluster(config, allowList).local) return undefined;
  return ce(lang, 'writeConfirmation', { context: config.context, server: config.server, action, namespace: config.namespace });
}
