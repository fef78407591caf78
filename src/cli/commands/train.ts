import { Command, InvalidArgumentError, Option } from 'commander';
import {
  buildNetwork,
  type Example,
  GrowthError,
  type Network,
  train,
  type Training,
  type TrainSettings,
} from '../../engine/index.js';
import type { Parameters } from '../../layers/index.js';
import { DomainError } from '../../losses/index.js';
import {
  InputError,
  type NetworkFile,
  readNetwork,
  REDUCTIONS,
  type Reduction,
  withParameters,
  withReluAtZero,
} from '../../network/index.js';
import { arithmeticOf, type Fraction, type NumberKind } from '../../numbers/index.js';
import { renderTraining, stringify, trainingToJson } from '../../render/index.js';
import { learningRate, loadText, sourceName } from '../input.js';
import type { Io } from '../io.js';
import { options, wholeNumberArgument } from '../options.js';
import { paintFor, wantsColour } from '../paint.js';
import { progressBar } from '../progress.js';
import { checkSavePath, saveFile } from '../save.js';

interface TrainOptions {
  reluAtZero?: 0 | 1;
  lr?: string;
  epochs?: number;
  batch?: number | 'all';
  reduction?: Reduction;
  maxDigits: number;
  verbose?: boolean;
  save?: string;
  force?: boolean;
  format: 'table' | 'json';
  numbers: NumberKind;
  precision: number;
  color?: boolean;
}

export function trainCommand(io: Io): Command {
  return new Command('train')
    .description("gradient descent on the file's samples, W ← W − α·δw, every step shown")
    .argument('<file>', 'network file (JSON), or - for standard input')
    .addOption(new Option('--lr <rate>', 'learning rate α, a number literal (1e-7, 1/10000000)'))
    .addOption(
      new Option('--epochs <n>', 'passes over the samples (default 1)').argParser(
        wholeNumberArgument(1, 1_000_000),
      ),
    )
    .addOption(
      new Option('--batch <n>', 'samples per update, or all (default 1)').argParser(batchArgument),
    )
    .addOption(
      new Option(
        '--reduction <how>',
        "the batch's loss: the mean or the sum of its samples' losses (default mean)",
      ).choices(REDUCTIONS),
    )
    .addOption(options.maxDigits())
    .addOption(new Option('--verbose', "show each sample's δw and δb beside the batch's"))
    .addOption(new Option('--save <file>', 'write the trained network to a new network file'))
    .addOption(new Option('--force', 'let --save overwrite an existing file'))
    .addOption(options.format())
    .addOption(options.numbers())
    .addOption(options.precision())
    .addOption(options.reluAtZero())
    .addOption(options.colour())
    .addOption(options.noColour())
    .action(async (file: string, flags: TrainOptions) => {
      const source = sourceName(file);
      if (flags.save !== undefined) await checkSavePath(flags.save, flags.force === true);
      const text = await loadText(file, io);
      const read = readNetwork(text, source);
      const networkFile =
        flags.reluAtZero === undefined ? read : withReluAtZero(read, flags.reluAtZero);
      const ar = arithmeticOf(flags.numbers, flags.precision);
      const network = buildNetwork(networkFile, ar);
      const chosen = settingsOf(networkFile, source, flags);
      const settings: TrainSettings<unknown> = { ...chosen, lr: ar.fromExact(chosen.lr) };
      const examples: Example<unknown>[] = networkFile.samples.map((sample) => ({
        x: sample.x.map(ar.fromExact),
        y: sample.y.map(ar.fromExact),
      }));

      const training = await runTraining(io, source, network, examples, settings);

      if (flags.save !== undefined) {
        const saved = withParameters(text, source, trainedTexts(networkFile, training));
        await saveFile(flags.save, checkedText(saved, flags.save), flags.force === true);
      }
      if (flags.format === 'json') {
        io.stdout.write(`${stringify(trainingToJson(network, training, settings))}\n`);
      } else {
        const paint = await paintFor(wantsColour(flags.color, io));
        const view = { verbose: flags.verbose === true };
        io.stdout.write(`${renderTraining(network, training, settings, paint, view)}\n`);
      }
    });
}

function batchArgument(text: string): number | 'all' {
  if (text === 'all') return 'all';
  if (!/^\d+$/.test(text) || Number(text) < 1) {
    throw new InvalidArgumentError('expected a whole number of at least 1, or all');
  }
  return Number(text);
}

/** Flags first, then the file's `"train"` object, then the defaults. */
function settingsOf(
  file: NetworkFile,
  source: string,
  flags: TrainOptions,
): Omit<TrainSettings<unknown>, 'lr'> & { lr: Fraction } {
  const count = file.samples.length;
  if (count === 0) {
    throw new InputError(`${source}: samples: is missing or empty; train needs some`);
  }
  const lr = flags.lr === undefined ? file.train?.lr : learningRate(flags.lr);
  if (lr === undefined) {
    throw new InputError(`--lr: is missing; give --lr or "train": { "lr": … } in ${source}`);
  }
  const batch = flags.batch ?? file.train?.batch ?? 1;
  if (batch !== 'all' && batch > count) {
    const where = flags.batch === undefined ? `${source}: train.batch` : '--batch';
    throw new InputError(`${where}: ${batch} is more than the ${count} samples; use all`);
  }
  return {
    lr,
    epochs: flags.epochs ?? file.train?.epochs ?? 1,
    batch: batch === 'all' ? count : batch,
    reduction: flags.reduction ?? file.train?.reduction ?? 'mean',
    maxDigits: flags.maxDigits,
  };
}

async function runTraining<N>(
  io: Io,
  source: string,
  network: Network<N>,
  examples: Example<N>[],
  settings: TrainSettings<N>,
): Promise<Training<N>> {
  const batches = Math.ceil(examples.length / settings.batch);
  const progress = await progressBar(io, settings.epochs * batches);
  try {
    return train(network, examples, settings, (step) => progress.update(step.step));
  } catch (error) {
    if (error instanceof DomainError) throw new InputError(`${source}: ${error.message}`);
    if (!(error instanceof GrowthError)) throw error;
    throw new InputError(
      `--max-digits ${error.limit}: ${error.message}; ` +
        'for long runs use --numbers decimal, or raise --max-digits',
    );
  } finally {
    progress.stop();
  }
}

/** `text` if it reads back as a network file; float64 training can reach NaN or Infinity. */
function checkedText(text: string, path: string): string {
  const diverged = /"(-?Infinity|NaN)"/.exec(text);
  if (diverged) {
    throw new InputError(
      `--save: ${path}: training reached ${diverged[1]} in float64, which no network file ` +
        'can hold; nothing was written (a smaller --lr, or --numbers exact or decimal)',
    );
  }
  try {
    readNetwork(text, path);
  } catch (error) {
    if (error instanceof InputError) throw new InputError(`--save: ${error.message}`);
    throw error;
  }
  return text;
}

/** The trained parameters as exact literals; frozen ones stay as the file wrote them. */
function trainedTexts<N>(file: NetworkFile, training: Training<N>) {
  const { ar, specs } = training.network;
  return specs.map((spec, index) => {
    const { weights, bias } = spec as Parameters<N>;
    const frozen = 'frozen' in file.layers[index] ? (file.layers[index].frozen ?? []) : [];
    return {
      ...(weights && !frozen.includes('weights')
        ? { weights: weights.map((row) => row.map(ar.format)) }
        : {}),
      ...(bias && !frozen.includes('bias') ? { bias: bias.map(ar.format) } : {}),
    };
  });
}
