// Explicit registry of CLI commands (one file per command).
import type { CommandSpec, SummaryKey } from '../args';
import { lab } from './lab';
import { check } from './check';
import { apply } from './apply';
import { diff } from './diff';
import { rollout } from './rollout';
import { scale } from './scale';
import { doctor } from './doctor';
import { render } from './render';
export interface CliCommand {
  /** One line in the command list of `kube-apprenti --help`: a catalogue key (`summary.*`). */
  summary: SummaryKey;
  /** The declarations of its options (one per subcommand for `lab`), for the `--help` pages and their tests. */
  specs: readonly CommandSpec[];
  run(args: string[]): Promise<number>;
}

export const commands: Record<string, CliCommand> = {
  lab,
  check,
  apply,
  diff,
  rollout,
  scale,
  doctor,
  render,
};
