import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers.js';

describe('usage errors of a subcommand', () => {
  it('end with exit code 2 and one line on stderr', async () => {
    const result = await runCli(['run', fixture('backward-pass.json'), '--numbers', 'foo']);

    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "deltaflow: option '--numbers <kind>' argument 'foo' is invalid. " +
        'Allowed choices are exact, decimal, float.\n',
    });
  });
});

describe('the program', () => {
  it('prints its help on stderr, with exit code 2, when given nothing', async () => {
    const { code, stdout, stderr } = await runCli([]);

    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(/^Usage: deltaflow \[options\] \[command\]\n/);
    expect(stderr).toContain('run is the default command: deltaflow FILE is deltaflow run FILE.');
  });

  it('names a mistyped command rather than reading it as a file', async () => {
    expect(await runCli(['rn', fixture('backward-pass.json')])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "deltaflow: unknown command 'rn'; the commands are run, schema, check, explain, " +
        'train\n',
    });
  });

  it('refuses --step without --gradcheck, which alone uses it', async () => {
    const result = await runCli([fixture('backward-pass.json'), '--step', '1e-3']);

    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'deltaflow: --step is the step of --gradcheck; give --gradcheck too\n',
    });
  });
});
