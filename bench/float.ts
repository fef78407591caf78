import { formatTiming, generator, isMain, networkText, timeRun, type Timing } from './workloads.js';

/**
 * A float workload the size of an MNIST classifier: 784-128-10 with ReLU, softmax and
 * cross-entropy, 256 samples of pixel-like inputs k/255 and one-hot targets.
 */
export function floatWorkloadText(): string {
  const next = generator(784);
  return networkText({
    sizes: [784, 128, 10],
    hidden: 'relu',
    output: 'softmax',
    loss: 'cross-entropy',
    samples: 256,
    weight: () => `${next(201) - 100}/2000`,
    input: () => `${next(256)}/255`,
    expected: (size) => {
      const hot = next(size);
      return Array.from({ length: size }, (_, i) => (i === hot ? '1' : '0'));
    },
  });
}

export function benchFloat(rounds = 5): Timing {
  return timeRun('784-128-10', floatWorkloadText(), 'float', rounds);
}

if (isMain(import.meta.url)) {
  console.log(formatTiming(benchFloat()));
}
