// `kube-apprenti lab list | check <dossier> | verify <id|dossier> --solve [--kubeconfig F] [--namespace N]
// [--environnement local|sspcloud-lecture|sspcloud-edition] [--garder] [--delai X] [--autoriser-commandes]`: tools for instructors.
import { labList, labCheck, labVerify } from '../../labs/cli/labCommands';
import type { CliCommand } from './index';

const USAGE = `Usage :
  kube-apprenti lab list                       liste les labs (livrés et du dossier courant)
  kube-apprenti lab check <dossier>            vérifie les fichiers d'un lab (schéma, fichiers, solution)
  kube-apprenti lab verify <id|dossier> --solve [--kubeconfig F] [--context C] [--namespace N]
                [--environnement local|sspcloud-lecture|sspcloud-edition] [--garder] [--delai 0.5]
                [--autoriser-commandes]
                                               résout chaque étape dans un namespace neuf et lance ses vérifications
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
        return sub === undefined || sub === '--help' ? 0 : 2;
    }
  },
};
