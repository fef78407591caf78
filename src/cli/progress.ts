import type { Io } from './io.js';

/** Runs with fewer steps than this finish before a bar would help. */
const FEW_STEPS = 20;

export interface Progress {
  update(done: number): void;
  stop(): void;
}

const SILENT: Progress = { update: () => {}, stop: () => {} };

/**
 * A bar on stderr when stderr is a terminal and the run is long; nothing on a pipe. The library
 * is loaded only then, as chalk is, to keep it out of every other run's start.
 */
export async function progressBar(io: Io, total: number): Promise<Progress> {
  if (io.stderr.isTTY !== true || total < FEW_STEPS) return SILENT;
  const { Presets, SingleBar } = (await import('cli-progress')).default;
  const bar = new SingleBar(
    {
      stream: io.stderr as NodeJS.WritableStream,
      format: 'training [{bar}] {value}/{total} steps, {eta_formatted} left',
      clearOnComplete: true,
      // Ctrl-C ends the process in the middle of a step: leave the terminal's cursor and line
      // wrapping as they were, and cut the bar to the terminal's width instead.
      linewrap: true,
    },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
}
