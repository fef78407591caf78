import { fstatSync } from 'node:fs';
import { open } from 'node:fs/promises';

export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** Everything the CLI touches outside itself, so that tests can run it in-process. */
export interface Io {
  stdout: OutputStream;
  stderr: OutputStream;
  env: Readonly<Record<string, string | undefined>>;
  readStdin(): Promise<string>;
  readFile(path: string): Promise<string>;
}

/** The largest input read, so that `/dev/zero` or a huge file ends in a message, not a crash. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    readStdin: async () => {
      // A directory as standard input reads as nothing at all; say what it is.
      if (fstatSync(0).isDirectory()) {
        throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      }
      return readAll(process.stdin);
    },
    readFile: async (path) => {
      const file = await open(path, 'r');
      try {
        return await readAll(file.createReadStream({ autoClose: false }));
      } finally {
        await file.close();
      }
    },
  };
}

async function readAll(stream: AsyncIterable<unknown>): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > MAX_INPUT_BYTES) {
      throw Object.assign(new Error('is larger than 256 MiB'), { code: 'TOO_LARGE' });
    }
    chunks.push(chunk as Buffer);
  }
  return utf8(Buffer.concat(chunks));
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The text of UTF-8 bytes; invalid bytes are an error, not a silent U+FFFD. */
function utf8(bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw Object.assign(new Error('is not UTF-8 text'), { code: 'NOT_UTF8' });
  }
}
