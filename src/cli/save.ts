import { randomBytes } from 'node:crypto';
import { link, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../network/index.js';
import { reason } from './input.js';

/** Refuses early, before any work, to overwrite `path` without `--force`. */
export async function checkSavePath(path: string, force: boolean): Promise<void> {
  if (path.trim() === '') throw new InputError('--save: needs the name of a file');
  if (force) return;
  const found = await stat(path).then(
    () => true,
    () => false,
  );
  if (found) throw new InputError(`--save: ${path} already exists; add --force to overwrite it`);
}

/**
 * Writes `text` to `path` atomically: a temporary file beside it, then renamed into place, so
 * that an interrupted run leaves the old file or the new one, never half of one. Without
 * `force`, a hard link puts it in place only if nothing is there yet.
 */
export async function saveFile(path: string, text: string, force: boolean): Promise<void> {
  const suffix = randomBytes(4).toString('hex');
  const temporary = join(dirname(path), `.${basename(path)}.${suffix}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    if (force) {
      await rename(temporary, path);
    } else {
      await link(temporary, path);
    }
  } catch (error) {
    if ((error as { code?: string }).code === 'EEXIST') await checkSavePath(path, force);
    throw new InputError(`--save: cannot write ${path}: ${reason(error)}`);
  } finally {
    await rm(temporary, { force: true });
  }
}
