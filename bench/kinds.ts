import { exactWorkloadText } from './exact.js';
import { formatTiming, isMain, timeRun, type Timing } from './workloads.js';

/** The exact workload in each kind of number: what exactness costs against decimal and float. */
export function benchKinds(rounds = 5): Timing[] {
  const text = exactWorkloadText();
  return (['exact', 'decimal', 'float'] as const).map((kind) =>
    timeRun('16-32-32-4', text, kind, rounds),
  );
}

if (isMain(import.meta.url)) {
  for (const timing of benchKinds()) console.log(formatTiming(timing));
}
