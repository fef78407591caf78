/**
 * Generated networks for the benchmarks: a seeded generator, so that every run times the same
 * numbers, and the network written as the JSON text a user would give.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { buildNetwork, runSample } from '../src/engine/index.js';
import { readNetwork } from '../src/network/index.js';
import { arithmeticOf, type NumberKind } from '../src/numbers/index.js';

/** A linear congruential generator (Numerical Recipes' constants); integers in [0, bound). */
export function generator(seed: number): (bound: number) => number {
  let state = seed >>> 0;
  return (bound) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % bound;
  };
}

export interface Shape {
  sizes: number[];
  /** The activation between linear layers. */
  hidden: string;
  /** A layer after the last linear one, if any. */
  output?: string;
  loss: string;
  samples: number;
  /** A weight or bias literal. */
  weight(): string;
  /** A literal of the input x. */
  input(): string;
  /** The expected output y. */
  expected(size: number): string[];
}

export function networkText(shape: Shape): string {
  const layers: unknown[] = [];
  shape.sizes.slice(1).forEach((size, l) => {
    const inputs = shape.sizes[l];
    const row = () => Array.from({ length: inputs }, shape.weight);
    const weights = Array.from({ length: size }, row);
    const bias = Array.from({ length: size }, shape.weight);
    layers.push({ kind: 'linear', weights, bias });
    if (l < shape.sizes.length - 2) layers.push({ kind: shape.hidden });
  });
  if (shape.output) layers.push({ kind: shape.output });
  const samples = Array.from({ length: shape.samples }, () => ({
    x: Array.from({ length: shape.sizes[0] }, shape.input),
    y: shape.expected(shape.sizes.at(-1)!),
  }));
  return JSON.stringify({ input: shape.sizes[0], layers, loss: shape.loss, samples });
}

export interface Timing {
  name: string;
  numbers: NumberKind;
  samples: number;
  /** Reading and checking the network file, in milliseconds. */
  readMs: number;
  /** Converting to the backend's numbers and running every sample forward and backward. */
  runMs: number;
}

/** Reads `text` once, then times `rounds` whole runs and keeps the fastest. */
export function timeRun(name: string, text: string, numbers: NumberKind, rounds: number): Timing {
  let start = performance.now();
  const file = readNetwork(text, name);
  const readMs = performance.now() - start;

  let runMs = Infinity;
  for (let round = 0; round < rounds; round += 1) {
    start = performance.now();
    const ar = arithmeticOf(numbers);
    const network = buildNetwork(file, ar);
    for (const sample of file.samples) {
      runSample(network, sample.x.map(ar.fromExact), sample.y.map(ar.fromExact));
    }
    runMs = Math.min(runMs, performance.now() - start);
  }
  return { name, numbers, samples: file.samples.length, readMs, runMs };
}

export function formatTiming(timing: Timing): string {
  const perSample = timing.runMs / timing.samples;
  return (
    `${timing.name} (${timing.numbers}, ${timing.samples} samples): ` +
    `read ${timing.readMs.toFixed(0)} ms, run ${timing.runMs.toFixed(0)} ms ` +
    `(${perSample.toFixed(2)} ms a sample)`
  );
}

/** Whether the module at `url` is the one node was started with, not an import. */
export function isMain(url: string): boolean {
  const script = process.argv[1];
  return script !== undefined && url === pathToFileURL(script).href;
}
