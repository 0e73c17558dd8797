// English catalogue (same keys as fr.ts).
import type { MessageCatalogue } from './types';

export const en: MessageCatalogue = {
  KA039: 'YAML syntax error: the file cannot be read ({detail}). Check the indentation and punctuation of this line.',
  'KA039.quote': 'Unclosed quote: the string that starts here never ends. Add the closing quote at the end of the value.',
  'KA039.colon': 'Missing `:` after the key: every line of a block must be `key: value`. If this line is the end of a comment split in two, add `#` at its start.',
  'KA039.multiline': 'Unexpected line: a YAML key must fit on one line. Is this a comment split over two lines? Add `#` at the start of the line.',
  'KA039.indent': 'Inconsistent indentation: the items of a block must start at the same column (2 spaces per level).',
  'KA039.flow': 'Unclosed or badly indented `[…]` list or `{…}` object: make sure it ends with `]` or `}` and that its lines are indented more than the key.',
  'KA039.unexpected': 'Unexpected item here: the YAML structure is broken (indentation or a misplaced `-`).',
  'KA039.escape': 'Invalid escape sequence in a double-quoted string: use single quotes or double the backslash (`\\\\`).',
  KA040: 'YAML does not allow tabs for indentation: use spaces (2 spaces per level).',
  'fix.KA040': 'Replace the tab with 2 spaces',
  KA067: 'The key `{key}` is defined twice in the same block: kubectl will reject the file (otherwise only the last value would be kept). Merge the two blocks.',
  KA069: 'A second resource starts here (`{key}` repeated): separate resources with a `---` line.',
  'fix.KA069': 'Insert a `---` line before this resource',
  KA101: 'This file was not analysed: it is too large ({size} KB, limit 5 MB). Split it into several manifests.',
  'KA101.binary': 'This file was not analysed: its content is not text (binary file?).',
  KA102: 'The analysis of this document was interrupted (rule `{rule}`: {detail}). The other checks remain active.',
};
