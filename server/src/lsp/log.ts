// The language server's own log lines (window/logMessage: the output channel in VS Code), prefixed with
// `kube-apprenti:` and written in the language of the settings (initializationOptions or kubeApprenti.langue).
import type { Args } from '../../../core/i18n';
import { type ServerLogKey, serverLogLine } from '../../../core/i18n/serverLog';
import type { ServerContext } from './context';

/** A timing line (KUBE_APPRENTI_TRACE=1), stamped with the time since the server started. */
export function logTrace(ctx: ServerContext, key: ServerLogKey, args: Args = {}): void {
  ctx.connection.console.log(`kube-apprenti: [${performance.now().toFixed(0)} ms] ${serverLogLine(ctx.settings().langue, key, args)}`);
}

/** A failure the server survived (one file or one render), with the error's stack. */
export function logFailure(ctx: ServerContext, key: ServerLogKey, err: unknown): void {
  ctx.connection.console.error(`kube-apprenti: ${serverLogLine(ctx.settings().langue, key, { error: err instanceof Error ? err.stack ?? err.message : String(err) })}`);
}
