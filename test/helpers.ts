import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Io } from '../src/cli/io.js';
import { run } from '../src/cli/program.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, with files read from disk and `stdin` as standard input. */
export async function runCli(argv: string[], stdin = '', env: Io['env'] = {}): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
    env,
    readStdin: async () => stdin,
    readFile: (path) => readFile(path, 'utf8'),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

/** Runs the built command, `node bin/deltaflow.cjs`, as a user would. */
export function spawnCli(argv: string[], stdin = '', env: NodeJS.ProcessEnv = {}): Result {
  const result = spawnSync(process.execPath, ['bin/deltaflow.cjs', ...argv], {
    cwd: ROOT,
    input: stdin,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, ...env },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
