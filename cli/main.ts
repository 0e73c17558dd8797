// Command line entry: `node dist/cli.js <command> …`. Each command lives in its own file under commands/.
import { ct } from '../core/i18n/cli';
import { argsLang } from './args';
import { commands } from './commands';

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const cmd = name ? commands[name] : undefined;
  if (!cmd) {
    const lang = argsLang(argv);
    const list = Object.entries(commands).map(([n, c]) => `  ${n.padEnd(10)} ${ct(lang, c.summary)}`).join('\n');
    process.stderr.write(`${ct(lang, 'main.usage')}\n\n${ct(lang, 'main.commands')}\n${list}\n${ct(lang, 'main.seeHelp')}\n`);
    return name === undefined || argv.includes('--help') || argv.includes('-h') || name === 'help' ? 0 : 2;
  }
  return cmd.run(rest);
}

const argv = process.argv.slice(2);
main(argv).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    process.stderr.write(`${ct(argsLang(argv), 'main.unexpected', { message: err instanceof Error ? err.message : String(err) })}\n`);
    process.exitCode = 3;
  },
);
