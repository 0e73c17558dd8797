// `kubectl delete <kind> <name>` (optionally `--ignore-not-found`, `--cascade=background`).
import { ClusterError } from '../errors';
import type { ClusterGateway } from '../gateway';
import type { ApiObjectRef } from '../types';

export interface DeleteOptions {
  dryRun?: boolean;
  propagationPolicy?: 'Foreground' | 'Background' | 'Orphan';
  /** An absent object is not an error (kubectl --ignore-not-found). */
  ignoreNotFound?: boolean;
}

/** Deletes one object. Returns false when it was already absent and `ignoreNotFound` is set. */
export async function deleteObject(gw: ClusterGateway, ref: ApiObjectRef, opts: DeleteOptions = {}): Promise<boolean> {
  try {
    await gw.delete(ref, { dryRun: opts.dryRun, propagationPolicy: opts.propagationPolicy });
    return true;
  } catch (err) {
    if (opts.ignoreNotFound && err instanceof ClusterError && err.kind === 'notFound') return false;
    throw err;
  }
}
