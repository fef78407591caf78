// Bundles the CLI into one minified file: loading mathjs's thousands of modules one by one
// takes most of a second, the bundle a tenth of that.
import { readFile, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';
import loader from '../bin/load.cjs';

/**
 * ansi-regex and emoji-regex build a new RegExp on every call, and cli-table3 measures every
 * line of every cell through them (string-width, strip-ansi): two thirds of the time of drawing
 * a table with δ and ≈ in it. Both regexes are global and only ever passed to
 * String.prototype.replace, which resets lastIndex, so one instance per set of options serves.
 */
const reuseRegexes = {
  name: 'reuse-regexes',
  setup(bundle) {
    bundle.onLoad({ filter: /[\\/](ansi-regex|emoji-regex)[\\/]index\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const factory = source.replace('module.exports =', 'const create =');
      const contents = `${factory}
const made = new Map();
module.exports = (options) => {
  const key = JSON.stringify(options ?? {});
  if (!made.has(key)) made.set(key, create(options));
  return made.get(key);
};`;
      return { contents, loader: 'js' };
    });
  },
};

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/deltaflow.cjs',
  bundle: true,
  minify: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  legalComments: 'external',
  plugins: [reuseRegexes],
  logLevel: 'warning',
});

await writeCodeCache();

/**
 * Runs the bundle once on the bundled example, its output discarded, and writes V8's code cache
 * of every function compiled by then, so that a run need not compile them again.
 */
async function writeCodeCache() {
  const { exports, script } = loader.loadBundle({ useCache: false });
  const discard = { write: () => true, isTTY: false };
  const io = {
    stdout: discard,
    stderr: discard,
    env: {},
    readStdin: async () => '',
    readFile: (path) => readFile(path, 'utf8'),
  };
  await exports.main(['fixtures/backward-pass.json'], io);
  process.exitCode = undefined;
  await writeFile(loader.CACHE, script.createCachedData());
}
