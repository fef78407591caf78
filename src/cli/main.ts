import { processIo } from './io.js';
import { run } from './program.js';

// A reader that stops early (`| head -1`) closes the pipe: end quietly, as other tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exitCode = 0;
  process.stdout.destroy();
});

const code = await run(process.argv.slice(2), processIo());
process.exitCode = code;
