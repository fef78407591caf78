import { Command, Option } from 'commander';
import { buildNetwork, runSample } from '../../engine/index.js';
import { DomainError } from '../../losses/index.js';
import { InputError } from '../../network/index.js';
import { arithmeticOf, type NumberKind } from '../../numbers/index.js';
import { kindsHelp, renderTables, runToJson, stringify } from '../../render/index.js';
import { loadNetwork, samplesToRun } from '../input.js';
import type { Io } from '../io.js';
import { options } from '../options.js';
import { paintFor, wantsColour } from '../paint.js';

interface RunOptions {
  format: 'table' | 'json';
  numbers: NumberKind;
  precision: number;
  input?: string;
  expected?: string;
  color?: boolean;
}

export function runCommand(io: Io): Command {
  return new Command('run')
    .description('run every sample forward, through the loss and backward; print o^k and δ^k')
    .argument('<file>', 'network file (JSON), or - for standard input')
    .addOption(options.format())
    .addOption(new Option('--input <values>', 'run this input instead of the file\'s samples, ' +
      'comma-separated (100,2000,100)'))
    .addOption(new Option('--expected <values>', 'the expected output of --input (0)'))
    .addOption(options.numbers())
    .addOption(options.precision())
    .addOption(options.colour())
    .addOption(options.noColour())
    .addHelpText('after', `\n${kindsHelp()}`)
    .action(async (file: string, settings: RunOptions) => {
      const source = file === '-' ? '(stdin)' : file;
      const networkFile = await loadNetwork(file, io);
      const samples = samplesToRun(networkFile, source, settings);
      const ar = arithmeticOf(settings.numbers, settings.precision);
      const network = buildNetwork(networkFile, ar);
      const traces = samples.map((sample, s) => {
        try {
          return runSample(network, sample.x.map(ar.fromExact), sample.y.map(ar.fromExact));
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          const place = settings.input === undefined ? `${source}: samples[${s}]` : '--input';
          throw new InputError(`${place}: ${error.message}`);
        }
      });

      if (settings.format === 'json') {
        const json = runToJson(network, traces, networkFile.name);
        io.stdout.write(`${stringify(json)}\n`);
      } else {
        const paint = await paintFor(wantsColour(settings.color, io));
        io.stdout.write(`${renderTables(network, traces, paint)}\n`);
      }
    });
}
