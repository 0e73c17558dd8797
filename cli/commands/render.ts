// `kube-apprenti render <chart|overlay> [--valeurs FILE…] [--set k=v…]`: prints the rendered YAML (as `helm template`
// or `kustomize build`), rendered by ka-render (Helm's engine, Kustomize's API), for instructors' CI.
import { formatText } from '../check/formats';
import { loadFiles } from '../check/loadFiles';
import { renderInto, targetsIn } from '../check/renderTargets';
import { ct } from '../../core/i18n/cli';
import { asLang } from '../../core/i18n/lang';
import { parseCommand, type CommandSpec } from '../args';
import type { CliCommand } from './index';

/** The render command's options. */
export const RENDER_SPEC = {
  name: 'render',
  synopsis: '<dossier du chart|de l’overlay> [options]',
  options: {
    langue: { type: 'string', choices: ['fr', 'en'], default: 'fr', help: 'langue des messages (fr par défaut)' },
    valeurs: { type: 'string', multiple: true, value: 'FICHIER', help: 'fichier de valeurs en plus de values.yaml (répétable, comme helm -f)' },
    set: { type: 'string', multiple: true, value: 'cle=valeur', help: 'valeur en ligne de commande (répétable, comme helm --set)' },
  },
  positionals: { min: 1, max: 1 },
  notes: `Affiche le YAML rendu (comme helm template ou kustomize build).
Codes de sortie : 0 rendu, 1 erreur de rendu, 2 usage.`,
} as const satisfies CommandSpec;

export const render: CliCommand = {
  summary: 'affiche le rendu d’un chart Helm ou d’un overlay Kustomize',
  async run(args) {
    const parsed = parseCommand(RENDER_SPEC, args);
    if ('exit' in parsed) return parsed.exit;
    const { values, positionals } = parsed;
    const lang = asLang(values.langue);
    const { ws, display, missing } = await loadFiles(positionals);
    if (missing.length) { process.stderr.write(`${ct(lang, 'render.missing', { path: missing[0] })}\n`); return 2; }
    const targets = targetsIn(ws);
    if (targets.length === 0) {
      process.stderr.write(`${ct(lang, 'render.noTarget', { path: positionals[0] })}\n`);
      return 2;
    }
    // The outermost target: the folder the user named.
    const keys = await renderInto(ws, [targets.sort((a, b) => a.dir.length - b.dir.length)[0]], { values: values.valeurs, set: values.set }, display);
    const key = keys[0];
    if (ws.renders.outcome(key)?.error) {
      const errors = ws.renders.errorFindings();
      process.stderr.write(formatText(errors, ws, display, lang, display.size));
      return 1;
    }
    process.stdout.write(ws.renders.renderedText(key));
    return 0;
  },
};
