export type JsonPath = readonly (string | number)[];

/** `layers[1].weights[0][2]`, or `(top level)` for the empty path. */
export function formatPath(path: JsonPath): string {
  const text = path
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`))
    .join('')
    .replace(/^\./, '');
  return text || '(top level)';
}

/**
 * Bad input from the user: a file that cannot be read or is not a valid network, a bad option.
 * Its message is one line that names the place; the CLI prints it and exits with code 2.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }

  static at(source: string, path: JsonPath, message: string): InputError {
    return new InputError(`${source}: ${formatPath(path)}: ${message}`);
  }
}

export { quote } from '../numbers/quote.js';
