import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers.js';

const example = fixture('backward-pass.json');

// Worked out by hand from the reference article: o^2 = 0, δ^4 = o^3 − y = -1, and the ReLU
// takes its derivative at 0 as 1, so δ^3 = δ^4 = -1 and δ^2 = δ^3 · W^2.
const THIRD_SAMPLE = `Sample 3 of 3: x = (0, 2000, 3000), y = 1, Loss = 1/2

δ^4 = ∂Loss/∂X^4, from the loss (half-squared-error)
    δ^4 = o^3 − y
        = 0 − 1
        = -1

δ^3 = ∂Loss/∂X^3, through L^3 (relu)
    δ^3 = δ^4 if o^2 ≥ 0 else 0
        = -1 if 0 ≥ 0 else 0
        = -1
    o^2 = 0 ≥ 0, so δ^3 = δ^4.

δ^2 = ∂Loss/∂X^2, through L^2 (linear 1×3)
    δ^2 = δ^3 · W^2
        = (-1) · (1/200, -3/11600, 1/5800)
        = (-1/200, 3/11600, -1/5800)

δ^1 = ∂Loss/∂X^1, through L^1 (identity)
    δ^1 = δ^2
        = (-1/200, 3/11600, -1/5800)

Gradients of the parameters of L^2 (linear 1×3)
    δw^2 = δ^3 · o^1
         = (-1) · (0, 2000, 3000)
         = (0, -2000, -3000)
`;

describe('deltaflow explain', () => {
  it("writes out the third sample of the bundled example in the article's order", async () => {
    const result = await runCli(['explain', example, '--sample', '3']);

    expect(result).toEqual({ code: 0, stdout: THIRD_SAMPLE, stderr: '' });
  });

  it('explains every sample by default, naming the ReLU branch each takes', async () => {
    const { stdout } = await runCli(['explain', example]);

    expect(stdout.match(/^Sample \d of 3/gm)).toEqual([
      'Sample 1 of 3',
      'Sample 2 of 3',
      'Sample 3 of 3',
    ]);
    expect(stdout.match(/^ {4}o\^2 = .*$/gm)).toEqual([
      '    o^2 = 0 ≥ 0, so δ^3 = δ^4.',
      '    o^2 = 1 > 0, so δ^3 = δ^4.',
      '    o^2 = 0 ≥ 0, so δ^3 = δ^4.',
    ]);
    expect(stdout.endsWith(THIRD_SAMPLE)).toBe(true);
  });

  it("says δ^3 = 0 at o^2 = 0 when the network takes ReLU's derivative there as 0", async () => {
    const network = readFileSync(example, 'utf8').replace(
      '"input": 3,',
      '"input": 3, "reluAtZero": 0,',
    );

    const { stdout } = await runCli(['explain', '-', '--sample', '3', '--layer', '3'], network);

    expect(stdout.split('\n').slice(2)).toEqual([
      'δ^3 = ∂Loss/∂X^3, through L^3 (relu (0 at 0))',
      '    δ^3 = δ^4 if o^2 > 0 else 0',
      '        = -1 if 0 > 0 else 0',
      '        = 0',
      '    o^2 = 0, not > 0 (reluAtZero is 0), so δ^3 = 0.',
      '',
    ]);
  });

  it('narrows to one k with --layer, the loss being k = n + 1', async () => {
    const loss = await runCli(['explain', example, '--sample', '3', '--layer', '4']);
    const linear = await runCli(['explain', example, '--sample', '1', '--layer', '2']);

    expect(loss.stdout).toBe(THIRD_SAMPLE.split('\n\n').slice(0, 2).join('\n\n') + '\n');
    expect(linear.stdout.match(/^\S.*$/gm)).toEqual([
      'Sample 1 of 3: x = (100, 2000, 100), y = 0, Loss = 0',
      'δ^2 = ∂Loss/∂X^2, through L^2 (linear 1×3)',
      'Gradients of the parameters of L^2 (linear 1×3)',
    ]);
  });

  it('writes a layer of several outputs, a ReLU with a negative input and biases', async () => {
    const { stdout } = await runCli(['explain', fixture('two-layers.json'), '--sample', '2']);

    // o^1 = W^1 x + b^1 = (1 − 2 + 0, 2 + 2 − 1) = (-1, 3); δ^3 = 3/4 · (1, 1/2)
    expect(stdout).toContain(
      [
        'δ^2 = ∂Loss/∂X^2, through L^2 (relu)',
        '    δ^2_i = δ^3_i if o^1_i ≥ 0 else 0',
        '    δ^2 = (0, δ^3_2)',
        '        = (0, 3/8)',
        '    o^1_1 = -1 < 0, so δ^2_1 = 0.',
        '    o^1_2 = 3 > 0, so δ^2_2 = δ^3_2.',
      ].join('\n'),
    );
    expect(stdout).toContain(
      [
        '    δ^1_j = Σ_i δ^2_i · W^1_(i,j)',
        '    δ^1 = (0 · 1 + (3/8) · 2, 0 · (-1) + (3/8) · 1)',
        '        = (3/4, 3/8)',
      ].join('\n'),
    );
    expect(stdout).toContain(
      [
        '    δw^1_(i,j) = δ^2_i · x_j',
        '    δw^1_1 = 0 · (1, 2)',
        '           = (0, 0)',
        '    δw^1_2 = (3/8) · (1, 2)',
        '           = (3/8, 3/4)',
        '    δb^1 = δ^2',
        '         = (0, 3/8)',
      ].join('\n'),
    );
  });

  it('writes Markdown with $…$ maths', async () => {
    const { code, stdout } = await runCli([
      'explain',
      example,
      '--sample',
      '3',
      '--layer',
      '3',
      '-f',
      'markdown',
    ]);

    expect(code).toBe(0);
    expect(stdout).toBe(`## Sample 3 of 3: $x = \\left(0,\\ 2000,\\ 3000\\right)$, $y = 1$, \
$\\mathit{Loss} = \\frac{1}{2}$

### $\\delta^{3} = \\frac{\\partial \\mathit{Loss}}{\\partial X^{3}}$, through $L^{3}$ (relu)

$$
\\begin{aligned}
\\delta^{3} &= \\delta^{4}\\text{ if }o^{2} \\geq 0\\text{ else }0 \\\\
&= -1\\text{ if }0 \\geq 0\\text{ else }0 \\\\
&= -1
\\end{aligned}
$$

$o^{2} = 0 \\geq 0$, so $\\delta^{3} = \\delta^{4}$.
`);
  });

  it('writes fractions in Markdown as \\frac', async () => {
    const { stdout } = await runCli(['explain', example, '--sample', '3', '-f', 'markdown']);

    expect(stdout).toContain(
      '&= \\left(-\\frac{1}{200},\\ \\frac{3}{11600},\\ -\\frac{1}{5800}\\right)',
    );
  });

  it('rejects a sample or a k that does not exist, with exit code 2', async () => {
    const sample = await runCli(['explain', example, '--sample', '4']);
    const layer = await runCli(['explain', example, '--layer', '5']);
    const zero = await runCli(['explain', example, '--layer', '0']);

    expect(sample).toEqual({
      code: 2,
      stdout: '',
      stderr: 'deltaflow: --sample: there is no sample 4; the network has 3\n',
    });
    expect(layer.stderr).toBe(
      'deltaflow: --layer: there is no k = 5; the layers are 1 to 3 and the loss is 4\n',
    );
    expect(zero.code).toBe(2);
    expect(zero.stderr).toContain('expected a whole number from 1');
  });
});

/** Every example network, so that every layer kind and loss is written in LaTeX. */
const NETWORKS = readdirSync(fixture('.')).filter(
  (name) => name.endsWith('.json') && !name.endsWith('.answers.json'),
);

describe('deltaflow explain --format latex', () => {
  const latex = async (file: string) =>
    (await runCli(['explain', fixture(file), '-f', 'latex'])).stdout;

  it('gives rows for an align* with balanced braces and \\left … \\right pairs', async () => {
    expect(NETWORKS.length).toBeGreaterThan(5);
    for (const file of NETWORKS) {
      const text = await latex(file);
      let depth = 0;
      for (const char of text.replace(/\\[{}]/g, '')) {
        depth += char === '{' ? 1 : char === '}' ? -1 : 0;
        expect(depth).toBeGreaterThanOrEqual(0);
      }
      expect(depth).toBe(0);
      expect(text.match(/\\left/g)?.length).toBe(text.match(/\\right/g)?.length);
      expect(text).not.toMatch(/[^\x20-\x7e\n]/);
    }
  });

  it('ends each row of maths with \\\\ except the last, and no \\intertext with one', async () => {
    const lines = (await latex('backward-pass.json')).trimEnd().split('\n');

    expect(lines[0]).toBe(
      '\\intertext{Sample 1 of 3: $x = \\left(100,\\ 2000,\\ 100\\right)$, ' +
        '$y = 0$, $\\mathit{Loss} = 0$}',
    );
    expect(lines.at(-1)).toBe('&= \\left(0,\\ -2000,\\ -3000\\right)');
    for (const line of lines.slice(0, -1)) {
      expect(line.endsWith(' \\\\')).toBe(!line.startsWith('\\intertext'));
    }
  });

  const pdflatex = spawnSync('pdflatex', ['--version']).status === 0;

  it.skipIf(!pdflatex)('compiles inside an align* with pdflatex', { timeout: 60_000 }, async () => {
    const folder = mkdtempSync(join(tmpdir(), 'deltaflow-latex-'));
    for (const file of NETWORKS) {
      writeFileSync(join(folder, 'steps.tex'), await latex(file));
      writeFileSync(
        join(folder, 'document.tex'),
        [
          '\\documentclass{article}',
          '\\usepackage{amsmath}',
          '\\begin{document}',
          '\\begin{align*}',
          '\\input{steps.tex}',
          '\\end{align*}',
          '\\end{document}',
          '',
        ].join('\n'),
      );

      const result = spawnSync(
        'pdflatex',
        ['-interaction=nonstopmode', '-halt-on-error', '-no-shell-escape', 'document.tex'],
        { cwd: folder, encoding: 'utf8' },
      );

      expect(result.stdout, file).not.toContain('!');
      expect(result.status).toBe(0);
    }
  });
});
