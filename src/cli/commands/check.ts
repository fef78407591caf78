import { Command, InvalidArgumentError, Option } from 'commander';
import {
  checkAnswers,
  parseTolerance,
  readAnswers,
  type Tolerance,
  workingPrecision,
} from '../../check/index.js';
import { buildNetwork, runSample } from '../../engine/index.js';
import { InputError, quote } from '../../network/index.js';
import { exactArithmetic, type Fraction, LiteralError } from '../../numbers/index.js';
import { checkToJson, renderCheck, stringify } from '../../render/index.js';
import { learningRate, loadNetwork, loadText, samplesToRun, sourceName } from '../input.js';
import type { Io } from '../io.js';
import { options } from '../options.js';
import { Differ } from '../outcome.js';
import { paintFor, wantsColour } from '../paint.js';

interface CheckOptions {
  reluAtZero?: 0 | 1;
  format: 'text' | 'json';
  tolerance?: Tolerance;
  lr?: Fraction;
  reveal?: boolean;
  precision: number;
  color?: boolean;
}

/** An option's value parsed by `parse`; a literal it rejects is a usage error. */
function parsed<T>(parse: (text: string) => T) {
  return (text: string): T => {
    try {
      return parse(text);
    } catch (error) {
      if (error instanceof LiteralError || error instanceof RangeError) {
        throw new InvalidArgumentError(`${quote(text)}: ${error.message}`);
      }
      throw error;
    }
  };
}

export function checkCommand(io: Io): Command {
  return new Command('check')
    .description(
      'check answers worked out by hand against the exact values; ' +
        'exit 0 when all are right, 1 when any is wrong',
    )
    .argument('<network>', 'network file (JSON), or - for standard input')
    .argument(
      '<answers>',
      'answers file (JSON): the shape of run --format json, any subset ' +
        'of its values; or - for standard input',
    )
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['text', 'json'])
        .default('text'),
    )
    .addOption(
      new Option(
        '--tolerance <t>',
        'accept answers within t (1e-6, abs:1e-6), ' +
          'or within t times the value (rel:1e-9), instead of the exact and rounding rules',
      ).argParser(parsed(parseTolerance)),
    )
    .addOption(new Option('--reveal', 'show the right value of each answer'))
    .addOption(
      new Option(
        '--lr <rate>',
        'learning rate α of a training step, as for train, ' +
          'to recognise weights updated before δ was pushed back',
      ).argParser(learningRate),
    )
    .addOption(options.precision())
    .addOption(options.reluAtZero())
    .addOption(options.colour())
    .addOption(options.noColour())
    .action(async (networkPath: string, answersPath: string, settings: CheckOptions) => {
      if (networkPath === '-' && answersPath === '-') {
        throw new InputError('standard input can hold the network or the answers, not both');
      }
      const networkFile = await loadNetwork(networkPath, io, settings.reluAtZero);
      const samples = samplesToRun(networkFile, sourceName(networkPath), {});
      const traced = (precision: number) => {
        const ar = exactArithmetic(precision);
        const network = buildNetwork(networkFile, ar);
        return { ar, network, traces: samples.map((one) => runSample(network, one.x, one.y)) };
      };
      const first = traced(settings.precision);
      const text = await loadText(answersPath, io);
      const file = readAnswers(text, sourceName(answersPath), first.traces);
      const { answers } = file;
      // Run's JSON is computed again at its own precision, which gives the very same values.
      const precision = workingPrecision(answers, file.precision ?? settings.precision);
      const { ar, network, traces } = precision === settings.precision ? first : traced(precision);

      const verdicts = checkAnswers(network, traces, answers, {
        tolerance: settings.tolerance,
        learningRate: settings.lr,
      });
      const view = { reveal: settings.reveal === true };
      if (settings.format === 'json') {
        io.stdout.write(`${stringify(checkToJson(ar, verdicts, view))}\n`);
      } else {
        const paint = await paintFor(wantsColour(settings.color, io));
        io.stdout.write(`${renderCheck(ar, verdicts, view, paint)}\n`);
      }
      if (verdicts.some((verdict) => !verdict.right)) throw new Differ();
    });
}
