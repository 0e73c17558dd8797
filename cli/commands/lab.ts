// `kube-apprenti lab list | check <dossier> | verify <id|dossier> --solve|--mutants [options] | mutate <dossier> | grade <dossier>`:
// tools for instructors. The subcommands' options are declared in cli/commands/labCommands.ts.
import { LAB_CHECK_SPEC, LAB_GRADE_SPEC, LAB_LIST_SPEC, LAB_MUTATE_SPEC, LAB_VERIFY_SPEC, labCheck, labGrade, labList, labMutate, labVerify } from './labCommands';
import type { CliCommand } from './index';

const SUBCOMMANDS = [LAB_LIST_SPEC, LAB_CHECK_SPEC, LAB_VERIFY_SPEC, LAB_MUTATE_SPEC, LAB_GRADE_SPEC];
const USAGE = `Usage :
${SUBCOMMANDS.map((s) => `  kube-apprenti ${s.name} ${s.synopsis}\n      ${s.notes.split('\n')[0]}`).join('\n')}
(kube-apprenti lab <sous-commande> --help pour le détail des options)
`;

export const lab: CliCommand = {
  summary: 'outils pour les labs guidés (list, check, verify, mutate, grade)',
  async run(args) {
    const [sub, ...rest] = args;
    switch (sub) {
      case 'list': return labList(rest);
      case 'check': return labCheck(rest);
      case 'verify': return labVerify(rest);
      case 'mutate': return labMutate(rest);
      case 'grade': return labGrade(rest);
      default:
        process.stderr.write(USAGE);
        return sub === undefined || sub === '--help' || sub === '-h' ? 0 : 2;
    }
  },
};
