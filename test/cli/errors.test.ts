import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT, spawnCli } from '../helpers.js';

const invalid = (name: string) => `fixtures/invalid/${name}.json`;

describe('the built command rejects bad input with one line and exit code 2', () => {
  it.each([
    ['a missing file', ['fixtures/none.json'], 'fixtures/none.json: cannot read: no such file'],
    ['a directory', ['fixtures'], 'fixtures: cannot read: is a directory'],
    [
      'invalid JSON, with its line and column',
      [invalid('invalid-json')],
      `${invalid('invalid-json')}:3:57: invalid JSON: Comma ',' expected after value but got ']'`,
    ],
    [
      'a duplicated key',
      [invalid('duplicate-key')],
      `${invalid('duplicate-key')}:1:16: invalid JSON: Duplicate key 'input' encountered`,
    ],
    [
      'no layers',
      [invalid('no-layers')],
      `${invalid('no-layers')}: layers: is empty; expected at least 1 item`,
    ],
    [
      'a weight row of the wrong length',
      [invalid('wrong-dimensions')],
      `${invalid('wrong-dimensions')}: layers[0].weights[1]: has 2 coefficients; the input has 3`,
    ],
    [
      'an expected output of the wrong length',
      [invalid('wrong-sample-size')],
      `${invalid('wrong-sample-size')}: samples[1].y: has 2 values; the last layer gives 1`,
    ],
    [
      'a non-numeric weight',
      [invalid('non-numeric-weight')],
      `${invalid('non-numeric-weight')}: layers[0].weights[0][1]: ` +
        'expected a number or a string holding one, found true',
    ],
    [
      'a division by zero in a literal',
      [invalid('division-by-zero')],
      `${invalid('division-by-zero')}: layers[0].weights[0][2]: "3/0": divides by zero`,
    ],
    [
      'an unknown layer kind',
      [invalid('unknown-layer')],
      `${invalid('unknown-layer')}: layers[1].kind: unknown layer kind "convolution"; ` +
        'the layer kinds are identity, linear, relu, leaky-relu, sigmoid, tanh, softplus, softmax',
    ],
    [
      'an unknown loss',
      [invalid('unknown-loss')],
      `${invalid('unknown-loss')}: loss: unknown loss "hinge"; the losses are ` +
        'half-squared-error, squared-error, mean-squared-error, binary-cross-entropy, ' +
        'cross-entropy',
    ],
    [
      'no samples',
      [invalid('no-samples')],
      `${invalid('no-samples')}: samples: is missing or empty; ` +
        'add samples, or give --input and --expected',
    ],
    [
      'a string that calls a function',
      [invalid('calls-a-function')],
      `${invalid('calls-a-function')}: layers[0].weights[0][2]: "require('fs')": ` +
        '"require" calls a function; only numbers, + - * / ^ and parentheses are allowed',
    ],
    [
      'a string that names a variable',
      [invalid('names-a-variable')],
      `${invalid('names-a-variable')}: layers[0].weights[0][1]: "process": ` +
        '"process" names a variable; only numbers, + - * / ^ and parentheses are allowed',
    ],
    [
      'an --input of the wrong size',
      ['fixtures/backward-pass.json', '--input', '1,2', '--expected', '0'],
      "--input: has 2 values; the network's input is 3",
    ],
    [
      'an --input value that is not a number',
      ['fixtures/backward-pass.json', '--input', '1,two,3', '--expected', '0'],
      '--input: value 2, "two": "two" names a variable; ' +
        'only numbers, + - * / ^ and parentheses are allowed',
    ],
    [
      '--input without --expected',
      ['fixtures/backward-pass.json', '--input', '1,2,3'],
      '--input needs --expected',
    ],
    [
      'an unknown option',
      ['fixtures/backward-pass.json', '--frmat', 'json'],
      "unknown option '--frmat' (Did you mean --format?)",
    ],
    [
      'an unknown output format',
      ['fixtures/backward-pass.json', '--format', 'yaml'],
      "option '-f, --format <format>' argument 'yaml' is invalid. " +
        'Allowed choices are table, json.',
    ],
  ])('%s', (_what, argv, message) => {
    const { code, stdout, stderr } = spawnCli(argv);

    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe(`deltaflow: ${message}`);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('says so when standard input is a directory', () => {
    const result = spawnSync('bash', ['-c', 'node bin/deltaflow.cjs - < fixtures'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect({ code: result.status, stderr: result.stderr }).toEqual({
      code: 2,
      stderr: 'deltaflow: (stdin): cannot read: is a directory\n',
    });
  });

  it('reads nothing as a network from an empty standard input', () => {
    const { code, stderr } = spawnCli(['-'], '');
    expect(code).toBe(2);
    expect(stderr).toBe(
      'deltaflow: (stdin):1:1: invalid JSON: JSON value expected but reached end of input\n',
    );
  });
});
