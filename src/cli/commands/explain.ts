import { Command } from 'commander';
import type { Io } from '../io.js';

export function explainCommand(io: Io): Command {
  return new Command('explain').action(() => {
    io.stdout.write('');
  });
}
