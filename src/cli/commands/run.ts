import { Command, Option } from 'commander';
import { buildNetwork, runSample } from '../../engine/index.js';
import { DomainError } from '../../losses/index.js';
import { InputError, quote } from '../../network/index.js';
import { arithmeticOf, type NumberKind } from '../../numbers/index.js';
import { otherConventions } from '../../report/conventions.js';
import { compareWithFloat } from '../../report/float.js';
import { gradcheck } from '../../report/gradcheck.js';
import {
  gradcheckToJson,
  kindsHelp,
  renderFloatReport,
  renderGradcheck,
  renderTables,
  runToJson,
  stringify,
} from '../../render/index.js';
import { loadNetwork, parseList, samplesToRun } from '../input.js';
import type { Io } from '../io.js';
import { options } from '../options.js';
import { Differ } from '../outcome.js';
import { bounded, TooManyDigits, tooManyDigits } from '../bounds.js';
import { paintFor, wantsColour } from '../paint.js';

interface RunOptions {
  reluAtZero?: 0 | 1;
  maxDigits: number;
  format: 'table' | 'json';
  numbers: NumberKind;
  precision: number;
  input?: string;
  expected?: string;
  compareFloat?: boolean;
  gradcheck?: boolean;
  step: string;
  color?: boolean;
}

export function runCommand(io: Io): Command {
  return new Command('run')
    .description('run every sample forward, through the loss and backward; print o^k and δ^k')
    .argument('<file>', 'network file (JSON), or - for standard input')
    .addOption(options.format())
    .addOption(
      new Option(
        '--input <values>',
        "run this input instead of the file's samples, comma-separated (100,2000,100)",
      ),
    )
    .addOption(new Option('--expected <values>', 'the expected output of --input, which needs it'))
    .addOption(options.numbers())
    .addOption(options.precision())
    .addOption(options.reluAtZero())
    .addOption(options.maxDigits())
    .addOption(
      new Option(
        '--compare-float',
        'run in float64 too and report the values and ReLU branches it gets differently',
      ),
    )
    .addOption(
      new Option(
        '--gradcheck',
        'compare every δ^k, δw^k and δb^k with a central ' +
          'difference; exit 1 if one that must be equal is not',
      ),
    )
    .addOption(new Option('--step <h>', 'the step of --gradcheck').default('1e-6'))
    .addOption(options.colour())
    .addOption(options.noColour())
    .addHelpText('after', () => `\n${kindsHelp()}`)
    .action(async (file: string, settings: RunOptions, command: Command) => {
      if (command.getOptionValueSource('step') === 'cli' && !settings.gradcheck) {
        throw new InputError('--step is the step of --gradcheck; give --gradcheck too');
      }
      if (settings.compareFloat && settings.numbers !== 'exact') {
        throw new InputError(
          '--compare-float compares float64 with exact fractions; it needs --numbers exact',
        );
      }
      const source = file === '-' ? '(stdin)' : file;
      const networkFile = await loadNetwork(file, io, settings.reluAtZero);
      const samples = samplesToRun(networkFile, source, settings);
      const ar = bounded(arithmeticOf(settings.numbers, settings.precision), settings.maxDigits);
      const network = buildNetwork(networkFile, ar);
      const traces = samples.map((sample, s) => {
        const place = settings.input === undefined ? `${source}: samples[${s}]` : '--input';
        try {
          return runSample(network, sample.x.map(ar.fromExact), sample.y.map(ar.fromExact));
        } catch (error) {
          if (error instanceof TooManyDigits) throw tooManyDigits(error, place, settings.maxDigits);
          if (!(error instanceof DomainError)) throw error;
          throw new InputError(`${place}: ${error.message}`);
        }
      });

      const floats = settings.compareFloat
        ? compareWithFloat(networkFile, network, samples, traces)
        : undefined;
      const checked = settings.gradcheck
        ? gradcheck(network, traces, ar.fromExact(stepOf(settings.step)))
        : undefined;

      if (settings.format === 'json') {
        const json = {
          ...runToJson(network, traces, networkFile.name),
          ...(floats ? { compareFloat: floats } : {}),
          ...(checked ? { gradcheck: gradcheckToJson(ar, checked) } : {}),
        };
        io.stdout.write(`${stringify(json)}\n`);
      } else {
        const paint = await paintFor(wantsColour(settings.color, io));
        const conventions = traces.map((trace) => otherConventions(network, trace));
        const parts = [renderTables(network, traces, paint, conventions)];
        if (floats) parts.push(renderFloatReport(floats, paint));
        if (checked) parts.push(renderGradcheck(ar, checked, paint));
        io.stdout.write(`${parts.join('\n\n')}\n`);
      }
      if (checked && checked.failures > 0) throw new Differ();
    });
}

function stepOf(text: string) {
  const values = parseList('--step', text);
  const [step] = values;
  if (values.length !== 1 || step.s < 0n || step.n === 0n) {
    throw new InputError(`--step: ${quote(text)} is not a positive number`);
  }
  return step;
}
