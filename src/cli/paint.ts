import { PLAIN, type Paint } from '../render/index.js';
import type { Io } from './io.js';

/**
 * Colour is decided once: `--color`/`--no-color` first, then NO_COLOR, then FORCE_COLOR,
 * then whether stdout is a terminal.
 */
export function wantsColour(option: boolean | undefined, io: Io): boolean {
  if (option !== undefined) return option;
  if (io.env.NO_COLOR) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return io.stdout.isTTY === true;
}

/** chalk is loaded only when colour is wanted: most runs go to pipes and files. */
export async function paintFor(colour: boolean): Promise<Paint> {
  if (!colour) return PLAIN;
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: 1 });
  // One argument each: chalk joins all it is given, and map passes the index and the array.
  return {
    heading: (text) => chalk.bold(text),
    dim: (text) => chalk.dim(text),
    mark: (text) => chalk.yellow(text),
  };
}
