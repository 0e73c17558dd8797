// Which log failures come from the node's kubelet (KWOK fake nodes have none) rather than from the API server.
import type { ClusterError } from './errors';

/** Is this error the kubelet (not the API server) failing to serve logs? */
export function isKubeletFailure(err: ClusterError): boolean {
  const i = err.info;
  if (i.kind === 'timeout') return true;
  if (i.kind !== 'other' && i.kind !== 'invalid') return false;
  const status = i.kind === 'other' ? i.status : i.status;
  return (status !== undefined && status >= 500) || /dial tcp|containerLogs|kubelet|no such host|connection refused|proxy error|i\/o timeout/i.test(i.message);
}

/** « previous terminated container … not found »: the container never restarted. */
export function isNoPrevious(err: ClusterError): boolean {
  return (err.info.kind === 'invalid' || err.info.kind === 'other') && /previous terminated container .* not found/i.test(err.info.message);
}
