// `kube-apprenti render <chart|overlay> [--valeurs FILE…] [--set k=v…]`: prints the rendered YAML (as `helm template`
// or `kustomize build`), rendered by ka-render (Helm's engine, Kustomize's API), for instructors' CI.
import { formatText } from '../check/formats';
import { loadFiles } from '../check/loadFiles';
import { renderInto, targetsIn } from '../check/renderTargets';
import { ct } from '../../core/i18n/cli';
import { asLang } from '../../core/i18n/lang';
import { LANGUE_OPTION, parseCommand, type CommandSpec } from '../args';
import type { CliCommand } from './index';

/** The render command's options. */
export const RENDER_SPEC = {
  name: 'render',
  synopsis: 'synopsis.render',
  options: {
    langue: LANGUE_OPTION,
    valeurs: { type: 'string', multiple: true, value: 'value.file', help: 'opt.render.valeurs' },
    set: { type: 'string', multiple: true, value: 'value.keyValue', help: 'opt.render.set' },
  },
  positionals: { min: 1, max: 1 },
  notes: 'notes.render',
} as const satisfies CommandSpec;

export const render: CliCommand = {
  summary: 'summary.render',
  specs: [RENDER_SPEC],
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
