import { Command, InvalidArgumentError, Option } from 'commander';
import { buildNetwork, runSample } from '../../engine/index.js';
import { explainSample } from '../../explain/index.js';
import { InputError } from '../../network/index.js';
import { exactArithmetic } from '../../numbers/index.js';
import { type ExplainFormat, renderExplanation } from '../../render/index.js';
import { loadNetwork, samplesToRun, sourceName } from '../input.js';
import type { Io } from '../io.js';
import { options } from '../options.js';
import { bounded } from '../bounds.js';
import { paintFor, wantsColour } from '../paint.js';

interface ExplainOptions {
  reluAtZero?: 0 | 1;
  maxDigits: number;
  format: ExplainFormat;
  sample?: number;
  layer?: number;
  input?: string;
  expected?: string;
  precision: number;
  color?: boolean;
}

function countingNumber(text: string): number {
  if (!/^[1-9]\d*$/.test(text)) throw new InvalidArgumentError('expected a whole number from 1');
  return Number(text);
}

export function explainCommand(io: Io): Command {
  return new Command('explain')
    .description(
      'write out the backward pass step by step: each δ^k from δ^(k+1) with the ' +
        'numbers put in, then the weight gradients',
    )
    .argument('<network>', 'network file (JSON), or - for standard input')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['text', 'markdown', 'latex'])
        .default('text'),
    )
    .addOption(new Option('--sample <n>', 'only sample n (from 1)').argParser(countingNumber))
    .addOption(
      new Option(
        '--layer <k>',
        'only δ^k and the gradients of L^k; k = n + 1 is the loss',
      ).argParser(countingNumber),
    )
    .addOption(
      new Option(
        '--input <values>',
        "explain this input instead of the file's samples, comma-separated",
      ),
    )
    .addOption(new Option('--expected <values>', 'the expected output of --input'))
    .addOption(options.precision())
    .addOption(options.reluAtZero())
    .addOption(options.maxDigits())
    .addOption(options.colour())
    .addOption(options.noColour())
    .action(async (path: string, settings: ExplainOptions) => {
      const networkFile = await loadNetwork(path, io, settings.reluAtZero);
      const samples = samplesToRun(networkFile, sourceName(path), settings);
      const n = networkFile.layers.length;
      if (settings.sample !== undefined && settings.sample > samples.length) {
        throw new InputError(
          `--sample: there is no sample ${settings.sample}; ` + `the network has ${samples.length}`,
        );
      }
      if (settings.layer !== undefined && settings.layer > n + 1) {
        throw new InputError(
          `--layer: there is no k = ${settings.layer}; the layers are ` +
            `1 to ${n} and the loss is ${n + 1}`,
        );
      }
      const ar = bounded(exactArithmetic(settings.precision), settings.maxDigits);
      const network = buildNetwork(networkFile, ar);
      const explanations = samples.flatMap((sample, s) => {
        if (settings.sample !== undefined && settings.sample !== s + 1) return [];
        const trace = runSample(network, sample.x, sample.y);
        return [explainSample(network, trace, s + 1, samples.length, { k: settings.layer })];
      });
      const colour = settings.format === 'text' && wantsColour(settings.color, io);
      const paint = await paintFor(colour);
      io.stdout.write(`${renderExplanation(explanations, settings.format, paint)}\n`);
    });
}
