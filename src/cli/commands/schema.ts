import { Command } from 'commander';
import { networkJsonSchema } from '../../network/index.js';
import type { Io } from '../io.js';

export function schemaCommand(io: Io): Command {
  return new Command('schema')
    .description('print the JSON Schema of the network file, for editors')
    .action(() => {
      io.stdout.write(`${JSON.stringify(networkJsonSchema(), null, 2)}\n`);
    });
}
