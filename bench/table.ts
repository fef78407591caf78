/**
 * Drawing the run table against writing JSON, the built command on generated networks: the
 * table's cost is cli-table3 measuring cell text, which JSON does not do. Run alone with
 * `npm run build && npx tsx bench/table.ts`; `benchTables` is what a bench runner calls.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generator, isMain, networkText, type Shape } from './workloads.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface TableCase {
  name: string;
  text: string;
}

/** `linear n×n + b → relu → linear 3×n`, half the squared error, weights k/d with d ≤ 97. */
function square(n: number, samples: number, seed: number): Shape {
  const next = generator(seed);
  const fraction = () => {
    const d = 1 + next(97);
    return `${next(2 * d + 1) - d}/${d}`;
  };
  return {
    sizes: [n, n, 3],
    hidden: 'relu',
    loss: 'half-squared-error',
    samples,
    weight: fraction,
    input: fraction,
    expected: (size) => Array.from({ length: size }, fraction),
  };
}

function cases(): TableCase[] {
  const sized = [5, 10, 20, 200].map((n) => ({
    name: `${n}×${n}, 1 sample`,
    text: networkText(square(n, 1, n)),
  }));
  // One weight of 10 001 digits: o^1 and everything after it carry values of that length.
  const huge = JSON.parse(networkText(square(2, 1, 7)));
  huge.layers[0].weights[0][0] = '1e10000';
  return [
    ...sized,
    { name: '2×2, a weight 1e10000', text: JSON.stringify(huge) },
    { name: '2×2, 20 000 samples', text: networkText(square(2, 20000, 11)) },
  ];
}

function timeCommand(argv: string[]): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['bin/deltaflow.cjs', ...argv], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 30,
  });
  if (result.status !== 0) throw new Error(`${argv.join(' ')} failed: ${result.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** Seconds of the whole process, table and JSON, for each generated network. */
export function benchTables(): string[] {
  const directory = mkdtempSync(join(tmpdir(), 'deltaflow-table-'));
  try {
    return cases().map(({ name, text }, i) => {
      const file = join(directory, `${i}.json`);
      writeFileSync(file, text);
      // A weight of 1e10000 has 10 001 digits, past the default bound of --max-digits.
      const bound = ['--max-digits', '30000'];
      const table = timeCommand([file, ...bound]);
      const json = timeCommand([file, ...bound, '--format', 'json']);
      return `  ${name.padEnd(24)} table ${table.toFixed(2)} s, json ${json.toFixed(2)} s`;
    });
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) process.stdout.write(`${benchTables().join('\n')}\n`);
