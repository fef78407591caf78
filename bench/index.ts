// npm run bench: measurements, never pass/fail tests. Each section prints its own figures.
// The exact 16-32-32-4 workload of bench/exact.ts is the first of bench/kinds.ts.
import { benchFloat } from './float.js';
import { benchKinds } from './kinds.js';
import { startup } from './startup.js';
import { formatTiming } from './workloads.js';
import { growthBench } from './growth.js';
import { benchTables } from './table.js';

console.log('Start-up: the whole process on the bundled example');
for (const line of startup().lines) console.log(line);

console.log('\nWorkloads: reading the network file, then running every sample (fastest of 5)');
console.log(`  ${formatTiming(benchFloat())}`);
for (const timing of benchKinds()) console.log(`  ${formatTiming(timing)}`);

console.log(
  '\nGrowth of exact numbers under training (digits of the longest value, time per step)',
);
console.log(growthBench().text);

console.log('\nThe run table against JSON: the built command on generated networks');
for (const line of benchTables()) console.log(line);
