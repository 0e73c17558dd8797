// Bearer token read from a file and re-read as soon as the file changes (kubelet rotates projected service-account
// tokens by swapping a symlink; kubectl's `tokenFile`), instead of client-node's fixed 60-second cache.
// Plugged into KubeConfig with addAuthenticator() by kubeconfig.ts; no client-node import here (structural type).
import * as fs from 'node:fs';

export const ROTATING_TOKEN_PROVIDER = 'kube-apprenti-token-file';

interface UserLike {
  authProvider?: { name?: string; config?: Record<string, string> };
}

export class RotatingTokenFileAuth {
  private readonly cache = new Map<string, { token: string; mtimeMs: number; size: number; readAt: number }>();

  isAuthProvider(user: UserLike): boolean {
    return user.authProvider?.name === ROTATING_TOKEN_PROVIDER && !!user.authProvider.config?.tokenPath;
  }

  async applyAuthentication(user: UserLike, opts: { headers?: Record<string, unknown> }): Promise<void> {
    const file = user.authProvider?.config?.tokenPath;
    if (!file) return;
    const token = this.read(file);
    if (!token) return;
    opts.headers ??= {};
    opts.headers.Authorization = `Bearer ${token}`;
  }

  /** Current token: re-read when the file's mtime or size changed, or after a minute (clock-skewed mounts). */
  read(file: string): string | undefined {
    let st: fs.Stats;
    try { st = fs.statSync(file); } catch { return this.cache.get(file)?.token; }
    const hit = this.cache.get(file);
    if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size && Date.now() - hit.readAt < 60_000) return hit.token;
    try {
      const token = fs.readFileSync(file, 'utf8').trim();
      this.cache.set(file, { token, mtimeMs: st.mtimeMs, size: st.size, readAt: Date.now() });
      return token;
    } catch {
      return hit?.token;
    }
  }
}

export function rotatingTokenUser<T extends object>(user: T, tokenPath: string): T & { authProvider: { name: string; config: Record<string, string> } } {
  return { ...user, authProvider: { name: ROTATING_TOKEN_PROVIDER, config: { tokenPath } } };
}
