// commande: runs a program (no shell) in the working folder. Only when ctx.allowCommand agrees
// (trusted workspace + confirmation in VS Code, --autoriser-commandes in the CLI).
import { execFile } from 'node:child_process';
import type { CommandCheck } from '../format/types';
import { t } from '../../i18n/labs';
import type { CheckKind } from './kind';

export const command: CheckKind<CommandCheck> = {
  scope: 'commande',
  describe: (c, lang) => c.title ?? t(lang, 'check.commande', { commande: c.command.join(' ') }),
  async evaluate(c, ctx) {
    if (!ctx.allowCommand || !(await ctx.allowCommand(c.command))) return { ok: false, detail: t(ctx.lang, 'détail.commandeRefusée') };
    const [file, ...args] = c.command;
    const res = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(file, args, { cwd: ctx.workDir, timeout: (c.timeout ?? 20) * 1000, maxBuffer: 1024 * 1024, shell: false }, (err, stdout) => {
        const code = err ? (typeof (err as NodeJS.ErrnoException & { code?: unknown }).code === 'number' ? Number((err as { code?: unknown }).code) : 127) : 0;
        resolve({ code, stdout: String(stdout) });
      });
    });
    const codeOk = res.code === (c.code ?? 0);
    const outOk = c.output === undefined || new RegExp(c.output, 'mu').test(res.stdout);
    if (codeOk && outOk) return { ok: true };
    return { ok: false, detail: t(ctx.lang, 'détail.commandeCode', { code: res.code }) };
  },
};
