// `kube-apprenti lab list | check <dossier> | verify <id|dossier> --solve|--mutants [options] | mutate <dossier> | grade <dossier>`:
// tools for instructors. The subcommands' options are declared in cli/commands/labCommands.ts.
import type { Lang } from '../../core/i18n';
import { ct } from '../../core/i18n/cli';
import { argsLang } from '../args';
import { LAB_CHECK_SPEC, LAB_GRADE_SPEC, LAB_LIST_SPEC, LAB_MUTATE_SPEC, LAB_VERIFY_SPEC, labCheck, labGrade, labList, labMutate, labVerify } from './labCommands';
import type { CliCommand } from './index';

const SUBCOMMANDS = [LAB_LIST_SPEC, LAB_CHECK_SPEC, LAB_VERIFY_SPEC, LAB_MUTATE_SPEC, LAB_GRADE_SPEC];

/** The subcommands, each with its synopsis and the first line of its notes. */
function usage(lang: Lang): string {
  const lines = SUBCOMMANDS.map((s) => `  kube-apprenti ${s.name} ${ct(lang, s.synopsis)}\n      ${ct(lang, s.notes).split('\n')[0]}`);
  return `${ct(lang, 'lab.usage')}\n${lines.join('\n')}\n${ct(lang, 'lab.seeHelp')}\n`;
}

export const lab: CliCommand = {
  summary: 'summary.lab',
  specs: SUBCOMMANDS,
  async run(args) {
    const [sub, ...rest] = args;
    switch (sub) {
      case 'list': return labList(rest);
      case 'check': return labCheck(rest);
      case 'verify': return labVerify(rest);
      case 'mutate': return labMutate(rest);
      case 'grade': return labGrade(rest);
      default:
        process.stderr.write(usage(argsLang(args)));
        return sub === undefined || args.includes('--help') || args.includes('-h') ? 0 : 2;
    }
  },
};
