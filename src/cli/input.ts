import { LOSSES } from '../losses/index.js';
import {
  InputError,
  type NetworkFile,
  outputSizeOf,
  quote,
  readNetwork,
  withReluAtZero,
  type Sample,
} from '../network/index.js';
import { type Fraction, LiteralError, parseLiteral } from '../numbers/index.js';
import type { Io } from './io.js';

/** Reads a network file, `-` meaning standard input; `--relu-at-zero` overrides the file. */
export async function loadNetwork(path: string, io: Io, reluAtZero?: 0 | 1): Promise<NetworkFile> {
  const network = readNetwork(await loadText(path, io), sourceName(path));
  return reluAtZero === undefined ? network : withReluAtZero(network, reluAtZero);
}

/** The name of a file in messages. */
export const sourceName = (path: string) => (path === '-' ? '(stdin)' : path);

/** Reads a file, `-` meaning standard input. */
export async function loadText(path: string, io: Io): Promise<string> {
  try {
    return path === '-' ? await io.readStdin() : await io.readFile(path);
  } catch (error) {
    throw new InputError(`${sourceName(path)}: cannot read: ${reason(error)}`);
  }
}

export function reason(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'TOO_LARGE' || code === 'NOT_UTF8') return (error as Error).message;
  return error instanceof Error ? error.message : String(error);
}

/** `--input 100,2000,100`: comma-separated literals, written as in a network file. */
export function parseList(option: string, text: string): Fraction[] {
  return text.split(',').map((item, i) => {
    try {
      return parseLiteral(item);
    } catch (error) {
      if (!(error instanceof LiteralError)) throw error;
      throw new InputError(`${option}: value ${i + 1}, ${quote(item.trim())}: ${error.message}`);
    }
  });
}

/** The samples to run: the file's, or the one that `--input` and `--expected` give. */
export function samplesToRun(
  network: NetworkFile,
  source: string,
  options: { input?: string; expected?: string },
): Sample[] {
  if (options.input === undefined && options.expected === undefined) {
    if (network.samples.length === 0) {
      throw new InputError(
        `${source}: samples: is missing or empty; ` + 'add samples, or give --input and --expected',
      );
    }
    return network.samples;
  }
  if (options.input === undefined) throw new InputError('--expected needs --input');
  if (options.expected === undefined) throw new InputError('--input needs --expected');
  const x = parseList('--input', options.input);
  const y = parseList('--expected', options.expected);
  if (x.length !== network.input) {
    throw new InputError(
      `--input: has ${x.length} values; the network's input is ${network.input}`,
    );
  }
  const outputSize = outputSizeOf(network);
  if (y.length !== outputSize) {
    throw new InputError(`--expected: has ${y.length} values; the last layer gives ${outputSize}`);
  }
  const problem = LOSSES[network.loss].checkExpected?.(y);
  if (problem) throw new InputError(`--expected: ${problem}`);
  return [{ x, y }];
}

/** `--lr`, of train and check: the learning rate α, a positive literal. */
export function learningRate(text: string): Fraction {
  let lr: Fraction;
  try {
    lr = parseLiteral(text);
  } catch (error) {
    if (!(error instanceof LiteralError)) throw error;
    throw new InputError(`--lr: ${quote(text)}: ${error.message}`);
  }
  if (lr.s < 0n || lr.n === 0n) throw new InputError(`--lr: ${quote(text)}: must be positive`);
  return lr;
}
