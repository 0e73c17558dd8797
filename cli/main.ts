// Command line entry: `node dist/cli.js <command> …`. Each command lives in its own file under commands/.
import { commands } from './commands';

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const cmd = name ? commands[name] : undefined;
  if (!cmd) {
    const list = Object.entries(commands).map(([n, c]) => `  ${n.padEnd(10)} ${c.summary}`).join('\n');
    process.stderr.write(`Usage : kube-apprenti <commande> [options]\n\nCommandes :\n${list}\n`);
    return name && name !== '--help' && name !== 'help' ? 2 : 0;
  }
  return cmd.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    process.stderr.write(`Erreur inattendue : ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 3;
  },
);
