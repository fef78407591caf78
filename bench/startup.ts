import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 25;

interface Command {
  label: string;
  argv: string[];
}

function timeOnce(argv: string[]): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, argv, {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${argv.join(' ')} failed: ${result.stderr}`);
  return elapsed;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/**
 * The whole process on the bundled example against a bare `node -e 0`, interleaved run by run
 * so that both see the same machine load. Goal: within 1.5×.
 */
export function startup(): { ratio: number; lines: string[] } {
  const commands: Command[] = [
    { label: 'node -e 0', argv: ['-e', '0'] },
    {
      label: 'deltaflow fixtures/backward-pass.json',
      argv: ['bin/deltaflow.cjs', 'fixtures/backward-pass.json'],
    },
    {
      label: 'node, importing mathjs unbundled',
      argv: ['--input-type=module', '-e', "import 'mathjs'"],
    },
  ];
  const times = commands.map(() => [] as number[]);
  for (const command of commands) timeOnce(command.argv); // warm the file cache
  for (let run = 0; run < RUNS; run += 1) {
    commands.forEach((command, i) => times[i].push(timeOnce(command.argv)));
  }
  const medians = times.map(median);
  const ratio = medians[1] / medians[0];
  const lines = commands.map((c, i) => `  ${c.label.padEnd(40)} ${medians[i].toFixed(1)} ms`);
  lines.push(`  deltaflow / node -e 0: ${ratio.toFixed(2)}× (goal ≤ 1.5×), median of ${RUNS} runs`);
  return { ratio, lines };
}
