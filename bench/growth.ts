/**
 * The growth of exact numbers under training: the digits of the longest parameter (numerator
 * or denominator) after N steps of stochastic gradient descent, and the time per step, on the
 * bundled example and on a two-layer network; the decimal kind beside them as the way out.
 * Run alone with `npx tsx bench/growth.ts`; `growthBench` is what a bench runner calls.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { batchesOf, buildNetwork, digitsOf, type Network, trainStep } from '../src/engine/index.js';
import type { Parameters } from '../src/layers/index.js';
import { readNetwork } from '../src/network/index.js';
import { arithmeticOf, type NumberKind, parseLiteral } from '../src/numbers/index.js';

export interface GrowthRow {
  network: string;
  numbers: NumberKind;
  lr: string;
  steps: number;
  /** Digits of the longest numerator or denominator among the parameters. */
  digits: number;
  /** The mean time of the steps since the previous row, in milliseconds. */
  msPerStep: number;
}

export interface GrowthCase {
  fixture: string;
  lr: string;
  numbers: NumberKind;
  /** The step counts to report; the case stops early once `maxDigits` is passed. */
  checkpoints: number[];
  maxDigits?: number;
}

export const GROWTH_CASES: GrowthCase[] = [
  {
    fixture: 'backward-pass.json',
    lr: '1e-7',
    numbers: 'exact',
    checkpoints: [3, 30, 100, 300, 600, 1000],
  },
  { fixture: 'xor.json', lr: '1/10', numbers: 'exact', checkpoints: [1, 2, 3, 4, 5, 6, 7, 8, 9] },
  { fixture: 'xor.json', lr: '1/10', numbers: 'decimal', checkpoints: [10, 100, 1000] },
];

function longestParameter<N>(network: Network<N>): number {
  let digits = 0;
  for (const spec of network.specs) {
    const { weights = [], bias = [] } = spec as Parameters<N>;
    for (const value of [...weights.flat(), ...bias]) {
      digits = Math.max(digits, digitsOf(network.ar.format(value)));
    }
  }
  return digits;
}

/** Trains one case step by step (batch 1, mean), timing the steps between checkpoints. */
export function measureGrowth(which: GrowthCase, maxDigits = 10_000): GrowthRow[] {
  const path = new URL(`../fixtures/${which.fixture}`, import.meta.url);
  const file = readNetwork(readFileSync(path, 'utf8'), which.fixture);
  const ar = arithmeticOf(which.numbers);
  const examples = file.samples.map((sample) => ({
    x: sample.x.map(ar.fromExact),
    y: sample.y.map(ar.fromExact),
  }));
  const batches = batchesOf(examples.length, 1);
  const settings = { lr: ar.fromExact(parseLiteral(which.lr)), reduction: 'mean' as const };
  let network = buildNetwork(file, ar);
  const rows: GrowthRow[] = [];
  let done = 0;
  for (const steps of which.checkpoints) {
    const start = performance.now();
    for (; done < steps; done += 1) {
      network = trainStep(network, examples, batches[done % batches.length], settings).network;
    }
    const msPerStep = (performance.now() - start) / (steps - (rows.at(-1)?.steps ?? 0));
    const digits = longestParameter(network);
    rows.push({
      network: which.fixture,
      numbers: which.numbers,
      lr: which.lr,
      steps,
      digits,
      msPerStep,
    });
    if (digits > (which.maxDigits ?? maxDigits)) break;
  }
  return rows;
}

export function formatGrowth(rows: readonly GrowthRow[]): string {
  const header =
    '| network | numbers | α | steps | digits | ms per step |\n' + '|---|---|---|---:|---:|---:|';
  const lines = rows.map(
    (row) =>
      `| ${row.network} | ${row.numbers} | ${row.lr} | ${row.steps} | ${row.digits} | ` +
      `${row.msPerStep < 1 ? row.msPerStep.toFixed(3) : row.msPerStep.toFixed(1)} |`,
  );
  return `${[header, ...lines].join('\n')}\n`;
}

/** Every case of `GROWTH_CASES`, as rows and as a Markdown table. */
export function growthBench(): { rows: GrowthRow[]; text: string } {
  const rows = GROWTH_CASES.flatMap((which) => measureGrowth(which));
  return { rows, text: formatGrowth(rows) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(growthBench().text);
}
