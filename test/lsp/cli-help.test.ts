// The built CLI's help pages (`node dist/cli.js <command> --help`, after `node esbuild.mjs`), for every command and
// lab subcommand, in French and with `--langue en`: every declared option is listed with its help line from the CLI
// catalogue; the English page holds no French (no accent, no French word, no French line of the catalogue) and the
// French page follows French typography (non-breaking space before « : ; ? ! », no straight apostrophe).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandSpec } from '../../cli/args';
import { commands } from '../../cli/commands';
import { cliText, type CliKey } from '../../core/i18n/cli';
import { msg, type Lang } from '../../core/i18n';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

function run(args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The catalogue keys a spec's page shows. */
function keysOf(spec: CommandSpec): CliKey[] {
  const keys: CliKey[] = [spec.synopsis, 'opt.help'];
  if (spec.notes) keys.push(spec.notes);
  for (const o of Object.values(spec.options)) {
    keys.push(o.help);
    if (o.value?.startsWith('value.')) keys.push(o.value as CliKey);
  }
  return keys;
}

const ACCENT = /[àâäçéèêëîïôöûùüÿœæÀÂÇÉÈÊËÎÏÔÛÙŒ«»’\u00a0\u202f]/;
const FRENCH_WORD = /(?<![\w-])(les|des|du|dans|pour|avec|sans|est|une|un|le|la|fichier|dossier|dossiers|défaut|aucun|aucune|ou|sur|que|qui|vérifie|affiche|erreur|sortie)(?![\w-])/i;

/** French words of an English page, option names (`--echec-si`, `--sortie`) and their values aside. */
function frenchIn(page: string): string[] {
  const text = page.replace(/(^|[\s(\[,])--?[\w-]+(=\S+)?/gm, '$1 ');
  return text.split('\n').filter((l) => ACCENT.test(l) || FRENCH_WORD.test(l));
}

/** French typography faults of a French page. */
function typographyFaults(page: string): string[] {
  return page.split('\n').filter((l) => / [:;?!»]/.test(l) || /« /.test(l) || /[a-zé]'[a-zé]/i.test(l));
}

const SPECS: CommandSpec[] = Object.values(commands).flatMap((c) => c.specs);

describe('built CLI: --help pages in French and English', function () {
  this.timeout(120000);
  before(() => assert.ok(existsSync(CLI), `${CLI} missing: run node esbuild.mjs first`));

  it('covers every command (lab through its subcommands)', () => {
    assert.deepEqual(Object.keys(commands).filter((n) => !SPECS.some((s) => s.name.split(' ')[0] === n)), []);
    assert.ok(SPECS.length >= 12, String(SPECS.length));
  });

  for (const spec of SPECS) {
    it(`${spec.name} --help, then with --langue en`, () => {
      const pages: Record<Lang, string> = { fr: '', en: '' };
      for (const lang of ['fr', 'en'] as const) {
        const r = run([...spec.name.split(' '), '--help', ...(lang === 'en' ? ['--langue', 'en'] : [])]);
        assert.equal(r.code, 0, r.err);
        assert.equal(r.err, '');
        pages[lang] = r.out;
        for (const key of Object.keys(spec.options)) assert.ok(r.out.includes(`--${key}`), `${spec.name} (${lang}) lacks --${key}`);
        // Each text of the page is the catalogue's, in the page's language (French typography applied in French).
        for (const k of keysOf(spec)) {
          const text = msg(cliText, lang, k);
          for (const line of text.split('\n')) assert.ok(r.out.includes(line.trim()), `${spec.name} (${lang}) lacks ${k}: ${line}\n${r.out}`);
        }
      }
      assert.match(pages.fr, /^Usage\u00a0: kube-apprenti /);
      assert.match(pages.fr, /\nOptions\u00a0:\n/);
      assert.deepEqual(typographyFaults(pages.fr), [], pages.fr);
      assert.match(pages.en, /^Usage: kube-apprenti /);
      assert.match(pages.en, /\nOptions:\n/);
      assert.deepEqual(frenchIn(pages.en), [], pages.en);
      for (const k of keysOf(spec)) {
        const fr = msg(cliText, 'fr', k);
        if (fr !== msg(cliText, 'en', k)) assert.ok(!pages.en.includes(fr), `${spec.name}: French ${k} in the English page`);
      }
    });
  }

  it('the command list (kube-apprenti --help) and the lab subcommand list follow --langue', () => {
    for (const args of [['--help'], ['lab', '--help']]) {
      const fr = run(args);
      const en = run([...args, '--langue', 'en']);
      assert.equal(fr.code, 0);
      assert.equal(en.code, 0);
      assert.match(fr.err, /^Usage\u00a0:/);
      assert.match(en.err, /^Usage:/);
      assert.deepEqual(typographyFaults(fr.err), [], fr.err);
      assert.deepEqual(frenchIn(en.err), [], en.err);
    }
    assert.match(run(['--help']).err, /\n  check +vérifie des manifestes/);
    assert.match(run(['--help', '--langue', 'en']).err, /\n  check +checks manifests/);
    assert.match(run(['lab', '--help', '--langue', 'en']).err, /kube-apprenti lab grade <exports folder>/);
    assert.equal(run(['inconnue']).code, 2);
  });
});
