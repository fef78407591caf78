import { type Io, processIo } from './io.js';
import { EXIT, run } from './program.js';

/** The command line: runs `argv` and sets the process's exit code. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<void> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    process.stdout.destroy();
    // A reader that stops early (`| head -1`) closes the pipe: end quietly, as other tools do.
    if (error.code === 'EPIPE') return;
    process.stderr.write(`deltaflow: cannot write the output: ${error.message}\n`);
    process.exitCode = EXIT.output;
  });

  const code = await run(argv, io);
  if (process.exitCode === undefined) process.exitCode = code;
}
