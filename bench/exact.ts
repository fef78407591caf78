import { formatTiming, generator, isMain, networkText, timeRun, type Timing } from './workloads.js';

const DENOMINATORS = [2, 3, 4, 5, 7, 10];

/**
 * An exact workload: 16-32-32-4 with ReLU and half the squared error, weights k/d with small
 * k and d, 32 samples. Every value stays a fraction; the denominators grow layer by layer.
 */
export function exactWorkloadText(): string {
  const next = generator(16);
  const fraction = (range: number) =>
    `${next(2 * range + 1) - range}/${DENOMINATORS[next(DENOMINATORS.length)]}`;
  return networkText({
    sizes: [16, 32, 32, 4],
    hidden: 'relu',
    loss: 'half-squared-error',
    samples: 32,
    weight: () => fraction(3),
    input: () => fraction(4),
    expected: (size) => Array.from({ length: size }, () => fraction(2)),
  });
}

export function benchExact(rounds = 5): Timing {
  return timeRun('16-32-32-4', exactWorkloadText(), 'exact', rounds);
}

if (isMain(import.meta.url)) {
  console.log(formatTiming(benchExact()));
}
