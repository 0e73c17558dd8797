// The CLI's one argument parser (cli/args.ts) and the commands' declarations.
import { strict as assert } from 'node:assert';
import { formatHelp, parseArgs, parseCommand, UsageError, type CommandSpec } from '../../../cli/args';
import { commands } from '../../../cli/commands';
import { cliText, type CliKey } from '../../../core/i18n/cli';
import { APPLY_SPEC } from '../../../cli/commands/apply';
import { CHECK_SPEC } from '../../../cli/commands/check';
import { ROLLOUT_SPEC } from '../../../cli/commands/rollout';

const SPEC = {
  name: 'essai',
  synopsis: 'synopsis.files',
  options: {
    format: { type: 'string', choices: ['text', 'json'], default: 'text', help: 'opt.doctor.format' },
    'echec-si': { type: 'string', aliases: ['fail-on'], help: 'opt.check.severite' },
    include: { type: 'string', short: 'i', multiple: true, help: 'opt.kubeconfig' },
    replicas: { type: 'integer', help: 'opt.scale.replicas' },
    delai: { type: 'number', help: 'opt.labVerify.delai' },
    recursive: { type: 'boolean', short: 'R', help: 'opt.recursive' },
  },
  positionals: { min: 1, max: 3 },
} as const satisfies CommandSpec;

async function captured(fn: () => Promise<number> | number): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const w1 = process.stdout.write.bind(process.stdout);
  const w2 = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((s: string) => { out += s; return true; }) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => { err += s; return true; }) as typeof process.stderr.write;
  try {
    return { code: await fn(), out, err };
  } finally {
    process.stdout.write = w1;
    process.stderr.write = w2;
  }
}

const usage = (args: string[]): string => {
  try { parseArgs(SPEC, args); } catch (e) { if (e instanceof UsageError) return e.message; throw e; }
  return 'aucune erreur';
};

describe('CLI argument parser', () => {
  it('types values, applies defaults, accepts aliases, short forms, repeated values and --x=v', () => {
    const p = parseArgs(SPEC, ['a', '--fail-on=erreur', '-i', 'x*', '--include', 'y*', '--replicas', '3', '--delai', '0.5', '-R', 'b']);
    assert.deepEqual(p.positionals, ['a', 'b']);
    assert.deepEqual(p.values, { format: 'text', 'echec-si': 'erreur', include: ['x*', 'y*'], replicas: 3, delai: 0.5, recursive: true, help: false });
    const q = parseArgs(SPEC, ['a']);
    assert.deepEqual([q.values.include, q.values.replicas, q.values.recursive, q.values['echec-si']], [[], undefined, false, undefined]);
  });

  it('after --, everything is a positional argument', () => {
    const p = parseArgs(SPEC, ['--format', 'json', '--', '-R', '--format']);
    assert.deepEqual(p.positionals, ['-R', '--format']);
    assert.equal(p.values.recursive, false);
    assert.equal(p.values.format, 'json');
  });

  it('says in French what is wrong', () => {
    assert.equal(usage(['a', '--inconnue']), 'Option inconnue : --inconnue');
    assert.equal(usage(['a', '--format']), 'L’option --format attend une valeur.');
    assert.equal(usage(['a', '--format', 'xml']), 'Valeur invalide pour --format : « xml » (text, json).');
    assert.equal(usage(['a', '--replicas', 'trois']), 'L’option --replicas attend un nombre entier positif (reçu « trois »).');
    assert.equal(usage(['a', '--delai', 'x']), 'L’option --delai attend un nombre (reçu « x »).');
    assert.equal(usage(['a', '-R=1']), 'L’option -R n’attend pas de valeur.');
    assert.equal(usage(['a', '--format', 'json', '--format', 'text']), 'L’option --format est donnée deux fois.');
    assert.equal(usage([]), 'Il manque un argument.');
    assert.equal(usage(['a', 'b', 'c', 'd']), 'Trop d’arguments : d');
  });

  it('usage errors print the message and the usage line on stderr, exit 2; --help prints the generated page, exit 0', async () => {
    const bad = await captured(() => { const r = parseCommand(SPEC, ['--inconnue', 'a']); return 'exit' in r ? r.exit : -1; });
    assert.equal(bad.code, 2);
    assert.equal(bad.out, '');
    assert.match(bad.err, /^Option inconnue : --inconnue\n\nUsage : kube-apprenti essai <fichier\|dossier>… \[options\]\n/);
    const help = await captured(() => { const r = parseCommand(SPEC, ['--help']); return 'exit' in r ? r.exit : -1; });
    assert.equal(help.code, 0);
    assert.equal(help.out, formatHelp(SPEC));
    assert.match(help.out, /--echec-si, --fail-on X\s+niveau minimal affiché \(information par défaut\)\n/);
    assert.match(help.out, /-i, --include X\s+fichier kubeconfig \(peut être répétée\)\n/);
    assert.match(help.out, /--format text\|json\s+format de sortie \(text par défaut\)\n/);
    assert.match(help.out, /-h, --help\s+affiche cette aide\n/);
  });

  it('follows --langue en for usage errors and the whole help page; French typography in French', async () => {
    for (const name of ['scale', 'rollout', 'check']) {
      const r = await captured(() => commands[name].run(['x', '--langue', 'en', '--inconnue']));
      assert.equal(r.code, 2);
      assert.ok(r.err.startsWith(`Unknown option: --inconnue\n\nUsage: kube-apprenti ${name} `), r.err);
      assert.ok(r.err.endsWith(`\n(kube-apprenti ${name} --help for the options)\n`), r.err);
    }
    const withLang: CommandSpec = { ...SPEC, options: { ...SPEC.options, langue: { type: 'string', help: 'opt.langue' } } };
    const en = (args: string[]) => { try { parseArgs(withLang, args); } catch (e) { if (e instanceof UsageError) return e.message; throw e; } return ''; };
    assert.equal(en(['a', '--langue=en', '--format', 'xml']), 'Invalid value for --format: "xml" (text, json).');
    assert.equal(en(['--langue', 'en']), 'An argument is missing.');
    const r = await captured(() => commands.scale.run(['deploy/web', '--langue', 'en']));
    assert.equal(r.err.split('\n')[0], 'Give the number of replicas: --replicas N.');
    const page = formatHelp(ROLLOUT_SPEC, 'en');
    assert.match(page, /^Usage: kube-apprenti rollout /);
    assert.match(page, /\nOptions:\n/);
    assert.match(page, /\n  undo      goes back to the previous revision /);
    assert.match(formatHelp(CHECK_SPEC), /text par défaut\u00a0; sarif pour l’analyse/);
    assert.match(formatHelp(CHECK_SPEC, 'en'), /--format text\|json\|sarif\s+output format \(text by default; sarif for/);
    assert.match(formatHelp(CHECK_SPEC, 'en'), /--valeurs FILE\s+Helm charts: values file .* \(may be repeated\)\n/);
    assert.doesNotMatch(formatHelp(CHECK_SPEC) + formatHelp(ROLLOUT_SPEC) + formatHelp(APPLY_SPEC), /[a-z]'[a-zé]| [:;?!]/);
  });

  it('every text of every command\'s declaration (summary, synopsis, notes, option help lines, placeholders) is in both catalogues, translated', () => {
    const missing: string[] = [];
    const check = (where: string, key: string | undefined): void => {
      if (key === undefined) return;
      const fr = (cliText.fr as Record<string, string>)[key];
      const en = (cliText.en as Record<string, string>)[key];
      if (!fr?.trim() || !en?.trim()) missing.push(`${where}: ${key} (fr ${fr === undefined ? 'missing' : 'ok'}, en ${en === undefined ? 'missing' : 'ok'})`);
      else if (fr === en) missing.push(`${where}: ${key} not translated`);
    };
    for (const [name, c] of Object.entries(commands)) {
      check(name, c.summary);
      assert.ok(c.specs.length > 0, name);
      for (const spec of c.specs) {
        check(spec.name, spec.synopsis);
        check(spec.name, spec.notes);
        for (const [opt, o] of Object.entries({ ...spec.options })) {
          check(`${spec.name} --${opt}`, o.help);
          if (o.value?.startsWith('value.')) check(`${spec.name} --${opt}`, o.value as CliKey);
          else if (o.value !== undefined) assert.match(o.value, /^[A-Z0-9.]+$/, `${spec.name} --${opt}: a placeholder in words needs a value.* key`);
        }
      }
    }
    assert.deepEqual(missing, []);
    // The check itself: an option whose help line has no catalogue entry is reported.
    const before = missing.length;
    check('essai --x', 'opt.absente');
    assert.equal(missing.length, before + 1);
  });

  it('every command has a --help page listing each declared option, and rejects unknown options with exit 2', async () => {
    for (const spec of Object.values(commands).flatMap((c) => c.specs)) {
      for (const lang of ['fr', 'en'] as const) {
        const page = formatHelp(spec, lang);
        for (const key of Object.keys(spec.options)) assert.ok(page.includes(`--${key}`), `${spec.name} --help lacks --${key}`);
      }
    }
    for (const name of Object.keys(commands)) {
      const args = name === 'lab' ? ['verify', 'l01', '--inconnue'] : ['x', '--inconnue'];
      const r = await captured(() => commands[name].run(args));
      assert.equal(r.code, 2, `${name}: ${r.err}`);
      assert.match(r.err, /^Option inconnue : --inconnue\n/, name);
    }
  });
});
