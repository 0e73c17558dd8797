// Explicit registry of CLI commands (one file per command).
import { lab } from './lab';
export interface CliCommand {
  summary: string;
  run(args: string[]): Promise<number>;
}

export const commands: Record<string, CliCommand> = {
  lab,
};
