// `kube-apprenti lab list | check <dossier> | verify <id|dossier> --solve [options]`: tools for instructors.
// The subcommands' options are declared in labs/cli/labCommands.ts.
import { LAB_CHECK_SPEC, LAB_LIST_SPEC, LAB_VERIFY_SPEC, labCheck, labList, labVerify } from './labCommands';
import type { CliCommand } from './index';

const SUBCOMMANDS = [LAB_LIST_SPEC, LAB_CHECK_SPEC, LAB_VERIFY_SPEC];
const USAGE = `Usage :
${SUBCOMMANDS.map((s) => `  kube-apprenti ${s.name} ${s.synopsis}\n      ${s.notes}`).join('\n')}
(kube-apprenti lab <sous-commande> --help pour le détail des options)
`;

export const lab: CliCommand = {
  summary: 'outils pour les labs guidés (list, check, verify)',
  async run(args) {
    const [sub, ...rest] = args;
    switch (sub) {
      case 'list': return labList(rest);
      case 'check': return labCheck(rest);
      case 'verify': return labVerify(rest);
      default:
        process.stderr.write(USAGE);
        return sub === undefined || sub === '--help' || sub === '-h' ? 0 : 2;
    }
  },
};
