// `kube-apprenti render <chart|overlay> [--valeurs FILE…] [--set k=v…]`: prints the rendered YAML (as `helm template`
// or `kustomize build`), rendered by ka-render (Helm's engine, Kustomize's API), for instructors' CI.
import { parseArgs } from 'node:util';
import { formatText } from '../check/formats';
import { loadFiles } from '../check/loadFiles';
import { renderInto, targetsIn } from '../check/renderTargets';
import type { CliCommand } from './index';

const USAGE = `Usage : kube-apprenti render <dossier du chart|de l’overlay> [options]
  --valeurs FICHIER   fichier de valeurs en plus de values.yaml (répétable, comme helm -f)
  --set cle=valeur    valeur en ligne de commande (répétable, comme helm --set)
Affiche le YAML rendu (comme helm template ou kustomize build). Codes de sortie : 0 rendu, 1 erreur de rendu, 2 usage.
`;

export const render: CliCommand = {
  summary: 'affiche le rendu d’un chart Helm ou d’un overlay Kustomize',
  async run(args) {
    let parsed;
    try {
      parsed = parseArgs({ args, allowPositionals: true, strict: true, options: {
        valeurs: { type: 'string', multiple: true, default: [] }, set: { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', short: 'h' },
      } });
    } catch (err) {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`);
      return 2;
    }
    const { values, positionals } = parsed;
    if (values.help) { process.stdout.write(USAGE); return 0; }
    if (positionals.length !== 1) { process.stderr.write(USAGE); return 2; }
    const { ws, display, missing } = await loadFiles(positionals);
    if (missing.length) { process.stderr.write(`Dossier introuvable : ${missing[0]}\n`); return 2; }
    const targets = targetsIn(ws);
    if (targets.length === 0) {
      process.stderr.write(`Ni Chart.yaml ni kustomization.yaml dans ${positionals[0]}.\n`);
      return 2;
    }
    // The outermost target: the folder the user named.
    const keys = await renderInto(ws, [targets.sort((a, b) => a.dir.length - b.dir.length)[0]], { values: values.valeurs as string[], set: values.set as string[] }, display);
    const key = keys[0];
    if (ws.renders.outcome(key)?.error) {
      const errors = ws.renders.errorFindings();
      process.stderr.write(formatText(errors, ws, display, 'fr', display.size));
      return 1;
    }
    process.stdout.write(ws.renders.renderedText(key));
    return 0;
  },
};
