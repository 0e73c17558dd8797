// Types of the informer (watchCache.ts): the HTTP side it needs (WatchTransport), its status, options and stats.
import type { K8sObject } from './types';

export interface ListPage {
  items: K8sObject[];
  resourceVersion: string;
  continue?: string;
}

export interface WatchHandle {
  abort(): void;
}

export interface WatchTransport {
  list(path: string, opts: { limit: number; continue?: string }): Promise<ListPage>;
  /** Opens a watch. onEvent gets each line; onDone is called once, with an error unless the server closed cleanly. */
  watch(
    path: string,
    opts: { resourceVersion: string; timeoutSeconds: number; allowWatchBookmarks: boolean },
    onEvent: (type: string, obj: K8sObject) => void,
    onDone: (err?: unknown) => void,
  ): Promise<WatchHandle>;
}

export type InformerState = 'idle' | 'listing' | 'synced' | 'error' | 'stopped';

export interface InformerStatus {
  state: InformerState;
  /** Last error (raw; map it with errors.ts), set while state is 'error'. */
  error?: unknown;
  /** When the next attempt happens (ms since epoch), while state is 'error'. */
  retryAt?: number;
  /** True once a first list succeeded (the store holds data, possibly stale while in error). */
  hasSynced: boolean;
  /** During the first list: objects received so far (the store already holds them). */
  received?: number;
}

export type ChangeType = 'ADDED' | 'MODIFIED' | 'DELETED' | 'RESET';
export interface Change {
  type: ChangeType;
  obj?: K8sObject;
}

export interface InformerOptions {
  pageSize?: number;
  /** Size of the first page of the first list, small so that something shows up fast. */
  firstPageSize?: number;
  /** Server-side watch timeout; randomised ±20 % like client-go so watches do not all restart together. */
  timeoutSeconds?: number;
  /** A watch that delivers nothing (no event, no bookmark) for this long is restarted. */
  silenceMs?: number;
  backoffInitialMs?: number;
  backoffMaxMs?: number;
  /** HTTP status of an error, used to spot 410 Gone (defaults to err.statusCode / err.code / err.status). */
  statusOf?: (err: unknown) => number | undefined;
  /** Applied to every stored object (e.g. blank out Secret values so they never sit in memory). */
  transform?: (o: K8sObject) => K8sObject;
}

export interface InformerStats {
  lists: number;
  relistsAfterGone: number;
  watches: number;
  silentRestarts: number;
  errors: number;
}
