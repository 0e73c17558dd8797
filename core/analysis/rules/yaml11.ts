// How Kubernetes' YAML reader (YAML 1.1 rules of go-yaml v2) types a plain scalar that `yaml` (1.2) reads as
// a string: `yes`, `no`, `on`, `off`, `y`, `n` are booleans there; `0755` is an octal number; `1_000` a number.

const BOOL11 = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
const OCTAL11 = /^[-+]?0[0-7_]+$/;
const SEXAGESIMAL = /^[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$/;
const UNDERSCORE_NUM = /^[-+]?(0|[1-9][0-9_]*)(\.[0-9_]*)?$/;

/** The YAML 1.1 type of a plain scalar's text: 'boolean', 'number' or 'string'. */
export function yaml11Type(text: string): 'boolean' | 'number' | 'string' {
  if (BOOL11.test(text)) return 'boolean';
  if (OCTAL11.test(text) || SEXAGESIMAL.test(text) || (UNDERSCORE_NUM.test(text) && text.includes('_'))) return 'number';
  return 'string';
}
