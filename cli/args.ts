// The one argument parser of the CLI: each command declares its options (type, short letter, other names, repeated
// values, allowed values, help line) and gets typed values back, usage errors (exit 2) and a `--help` page generated
// from the same declarations, all in the language of `--langue`. `--` ends the options: everything after it is a
// positional argument. Every text of a declaration is a key of the CLI catalogue (core/i18n/cli, fr + en).

import { asLang, type Lang } from '../core/i18n';
import { type CliKey, ct } from '../core/i18n/cli';

/** Catalogue keys by use: an option's help line, a value placeholder, a usage synopsis, a command's notes. */
type KeyOf<P extends string> = Extract<CliKey, `${P}.${string}`>;
export type OptionHelpKey = KeyOf<'opt'>;
export type ValueKey = KeyOf<'value'>;
export type SynopsisKey = KeyOf<'synopsis'>;
export type NotesKey = KeyOf<'notes'>;
export type SummaryKey = KeyOf<'summary'>;

export interface OptionSpec {
  /** `string` and `number`/`integer` take a value (`--x v` or `--x=v`); `boolean` takes none. */
  type: 'string' | 'boolean' | 'number' | 'integer';
  /** One-letter form, e.g. `n` for `-n`. */
  short?: string;
  /** Other long names accepted for the same option (e.g. an English name). */
  aliases?: readonly string[];
  /** The option may be repeated; its values are collected in order. */
  multiple?: boolean;
  /** Allowed values (checked after parsing). */
  choices?: readonly string[];
  default?: string | number;
  /**
   * Placeholder of the value in `--help` (default: the choices joined by `|`, or `X`): a catalogue key (`value.*`) for a
   * word, or a language-neutral capital letter / number such as `N` or `0.5`.
   */
  value?: ValueKey | Uppercase<string>;
  /** The help line: a catalogue key (`opt.*`). */
  help: OptionHelpKey;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

export interface CommandSpec<O extends OptionSpecs = OptionSpecs> {
  /** As typed after `kube-apprenti`, e.g. `check` or `lab verify`. */
  name: string;
  /** What follows the name in the usage line (`<fichier|dossier>… [options]`): a catalogue key (`synopsis.*`). */
  synopsis: SynopsisKey;
  options: O;
  /** Number of positional arguments accepted (checked after parsing; default: any). */
  positionals?: { min?: number; max?: number };
  /** Lines printed after the options in `--help` (types, exit codes…): a catalogue key (`notes.*`). */
  notes?: NotesKey;
}

type ValueOf<S extends OptionSpec> =
  S extends { type: 'boolean' } ? boolean
    : S extends { multiple: true } ? (S extends { type: 'number' | 'integer' } ? number[] : string[])
      : S extends { type: 'number' | 'integer' } ? (S extends { default: number } ? number : number | undefined)
        : S extends { default: string } ? string : string | undefined;

export type Values<O extends OptionSpecs> = { -readonly [K in keyof O]: ValueOf<O[K]> };

export interface Parsed<O extends OptionSpecs> {
  values: Values<O>;
  positionals: string[];
}

/** Thrown for a usage error: the message (in the language of `--langue`), printed with the usage by parseCommand(). */
export class UsageError extends Error {}

/** The language of the usage messages: `--langue en` (or `--langue=en`) among the raw arguments, else French. */
export function argsLang(args: readonly string[]): Lang {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--') break;
    if (args[i].startsWith('--langue=')) return asLang(args[i].slice('--langue='.length));
    if (args[i] === '--langue') return asLang(args[i + 1]);
  }
  return 'fr';
}

const HELP: OptionSpec = { type: 'boolean', short: 'h', help: 'opt.help' };

/** `--langue fr|en`, declared by every command: the language of its messages and of its `--help` page. */
export const LANGUE_OPTION = { type: 'string', choices: ['fr', 'en'], default: 'fr', help: 'opt.langue' } as const satisfies OptionSpec;

/** Parses `args` against the declarations; throws UsageError. `--help`/`-h` is always accepted (values.help). */
export function parseArgs<O extends OptionSpecs>(spec: CommandSpec<O>, args: readonly string[]): Parsed<O> & { help: boolean } {
  const options: OptionSpecs = { ...spec.options, help: HELP };
  const lang = argsLang(args);
  const byName = new Map<string, string>();
  for (const [key, o] of Object.entries(options)) {
    byName.set(`--${key}`, key);
    for (const a of o.aliases ?? []) byName.set(`--${a}`, key);
    if (o.short) byName.set(`-${o.short}`, key);
  }
  const raw: Record<string, string[]> = {};
  const flags = new Set<string>();
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') { positionals.push(...args.slice(i + 1)); break; }
    if (!arg.startsWith('-') || arg === '-') { positionals.push(arg); continue; }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : (arg.length > 2 && arg[2] === '=' ? 2 : -1);
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    const key = byName.get(name);
    if (!key) throw new UsageError(ct(lang, 'usage.unknownOption', { name }));
    const o = options[key];
    if (o.type === 'boolean') {
      if (eq >= 0) throw new UsageError(ct(lang, 'usage.noValue', { name }));
      flags.add(key);
      continue;
    }
    let value: string;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (i + 1 < args.length && (!args[i + 1].startsWith('-') || args[i + 1] === '-' || /^-\d/.test(args[i + 1]))) value = args[++i];
    else throw new UsageError(ct(lang, 'usage.value', { name }));
    if (!o.multiple && raw[key]) throw new UsageError(ct(lang, 'usage.twice', { name }));
    (raw[key] ??= []).push(value);
  }
  const values: Record<string, unknown> = {};
  for (const [key, o] of Object.entries(options)) {
    if (o.type === 'boolean') { values[key] = flags.has(key); continue; }
    const given = raw[key]?.map((v) => convert(key, o, v, lang));
    values[key] = o.multiple ? (given ?? []) : (given?.[0] ?? o.default);
  }
  const help = values.help === true;
  if (!help) {
    const { min = 0, max = Infinity } = spec.positionals ?? {};
    if (positionals.length < min) throw new UsageError(min === 1 ? ct(lang, 'usage.missingArg') : ct(lang, 'usage.missingArgs', { min }));
    if (positionals.length > max) throw new UsageError(ct(lang, 'usage.tooMany', { extra: positionals.slice(max).join(' ') }));
  }
  return { values: values as Values<O>, positionals, help };
}

function convert(key: string, o: OptionSpec, v: string, lang: Lang): string | number {
  if (o.choices && !o.choices.includes(v)) throw new UsageError(ct(lang, 'usage.badChoice', { option: key, value: v, choices: o.choices.join(', ') }));
  if (o.type === 'integer' && !/^\d+$/.test(v)) throw new UsageError(ct(lang, 'usage.integer', { option: key, value: v }));
  if (o.type === 'number' && (v.trim() === '' || !Number.isFinite(Number(v)))) throw new UsageError(ct(lang, 'usage.number', { option: key, value: v }));
  return o.type === 'string' ? v : Number(v);
}

/** An option's value placeholder as shown in `--help`. */
function valuePlaceholder(o: OptionSpec, lang: Lang): string {
  if (o.value === undefined) return o.choices ? o.choices.join('|') : 'X';
  return isValueKey(o.value) ? ct(lang, o.value) : o.value;
}

function isValueKey(v: string): v is ValueKey {
  return v.startsWith('value.');
}

/**
 * The `--help` page, generated from the declarations, entirely in the language of `--langue` (French typography
 * applied by the catalogue in French).
 */
export function formatHelp(spec: CommandSpec, lang: Lang = 'fr'): string {
  const rows = Object.entries({ ...spec.options, help: HELP }).map(([key, o]) => {
    const names = [...(o.short ? [`-${o.short}`] : []), `--${key}`, ...(o.aliases ?? []).map((a) => `--${a}`)].join(', ');
    const value = o.type === 'boolean' ? '' : ` ${valuePlaceholder(o, lang)}`;
    return [`${names}${value}`, `${ct(lang, o.help)}${o.multiple ? ct(lang, 'help.repeatable') : ''}`];
  });
  const width = Math.min(32, Math.max(...rows.map(([n]) => n.length)) + 2);
  const lines = rows.map(([n, h]) => (n.length + 2 > width ? `  ${n}\n  ${''.padEnd(width)}${h}` : `  ${n.padEnd(width)}${h}`));
  return `${usageLine(spec, lang)}\n${ct(lang, 'help.options')}\n${lines.join('\n')}\n${spec.notes ? `${ct(lang, spec.notes).replace(/\n?$/, '\n')}` : ''}`;
}

export function usageLine(spec: CommandSpec, lang: Lang = 'fr'): string {
  return ct(lang, 'usage.line', { name: spec.name, synopsis: ct(lang, spec.synopsis) });
}

export type ParseOutcome<O extends OptionSpecs> = Parsed<O> | { exit: number };

/**
 * Parses for a command's run(): on `--help` prints the help page (stdout) and returns { exit: 0 }; on a usage error
 * prints the message and the usage line (stderr) and returns { exit: 2 }.
 */
export function parseCommand<O extends OptionSpecs>(spec: CommandSpec<O>, args: readonly string[]): ParseOutcome<O> {
  try {
    const p = parseArgs(spec, args);
    if (p.help) { process.stdout.write(formatHelp(spec, argsLang(args))); return { exit: 0 }; }
    return p;
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    return { exit: usageError(spec, err.message, argsLang(args)) };
  }
}

/** Prints a usage error (a sentence, then the usage line and a pointer to --help); returns exit code 2. */
export function usageError(spec: CommandSpec, message?: string, lang: Lang = 'fr'): number {
  process.stderr.write(`${message ? `${message}\n\n` : ''}${usageLine(spec, lang)}\n${ct(lang, 'usage.seeHelp', { name: spec.name })}\n`);
  return 2;
}
