// Definition provider — owned by the hover/completion engineer; this stub only reserves the hooks used by main.ts.
import type { Connection, ServerCapabilities } from 'vscode-languageserver';
import type { ServerContext } from './context';

/** Capabilities merged into the initialize result (e.g. `{ hoverProvider: true }`). */
export const capabilities: ServerCapabilities = {};

/** Registers the request handlers; called once by main.ts before the connection listens. */
export function register(connection: Connection, ctx: ServerContext): void {
  void connection;
  void ctx;
}
