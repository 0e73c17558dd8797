// Explicit registry of CLI commands (one file per command).
import { lab } from './lab';
import { check } from './check';
import { apply } from './apply';
import { diff } from './diff';
import { rollout } from './rollout';
import { scale } from './scale';
import { doctor } from './doctor';
import { render } from './render';
export interface CliCommand {
  summary: string;
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
