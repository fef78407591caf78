import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers.js';

describe('deltaflow run --format json', () => {
  it('gives the third sample of the bundled example exactly', async () => {
    const { code, stdout, stderr } = await runCli([fixture('backward-pass.json'), '-f', 'json']);

    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const third = JSON.parse(stdout).samples[2];
    expect(third.o).toEqual({ 1: ['0', '2000', '3000'], 2: ['0'], 3: ['0'] });
    expect(third.loss).toBe('1/2');
    expect(third.delta).toEqual({
      1: ['-1/200', '3/11600', '-1/5800'],
      2: ['-1/200', '3/11600', '-1/5800'],
      3: ['-1'],
      4: ['-1'],
    });
    expect(third.weightGrad).toEqual({ 2: [['0', '-2000', '-3000']] });
  });
});
