import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers.js';

describe('usage errors of a subcommand', () => {
  it('end with exit code 2 and one line on stderr', async () => {
    const result = await runCli(['run', fixture('backward-pass.json'), '--numbers', 'foo']);

    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'deltaflow: option \'--numbers <kind>\' argument \'foo\' is invalid. ' +
        'Allowed choices are exact, decimal, float.\n',
    });
  });
});
