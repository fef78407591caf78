// Bundles the CLI into one minified file: loading mathjs's thousands of modules one by one
// takes most of a second, the bundle a tenth of that.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
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

/** Replaces `slow` in `source` by `fast`; fails the build if `slow` is no longer there. */
function replaceOnce(path, source, slow, fast) {
  if (!source.includes(slow)) throw new Error(`${path}: no longer holds "${slow.split('\n')[0]}"`);
  return source.replace(slow, fast);
}

/**
 * Two costs of cli-table3's cells, output unchanged:
 * - Cell.draw truncates the whole cell to 10 characters on every line it draws, only for a debug
 *   message kept at a debug level deltaflow never sets. For a cell of several lines that
 *   truncation removes one character at a time and measures the rest each time: L² width
 *   measures per drawn line, minutes for a table of 10×10 δw. The message is dropped.
 * - setOption, called 17 times a cell, rebuilds a camel-case name ('top-mid' → 'topMid') by
 *   splitting and joining, and a key built so is hashed anew at each look-up: 20 000 small
 *   tables took 7.3 s of CPU, 5.6 s with each name built once.
 */
const patchTableCell = {
  name: 'patch-table-cell',
  setup(bundle) {
    bundle.onLoad({ filter: /[\\/]cli-table3[\\/]src[\\/]cell\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const quiet = replaceOnce(
        args.path,
        source,
        'let content = utils.truncate(this.content, 10, this.truncate);',
        "let content = '';",
      );
      const slowNames = `function setOption(objA, objB, nameB, targetObj) {
  let nameA = nameB.split('-');
  if (nameA.length > 1) {
    nameA[1] = nameA[1].charAt(0).toUpperCase() + nameA[1].substr(1);
    nameA = nameA.join('');
    targetObj[nameA] = firstDefined(objA[nameA], objA[nameB], objB[nameA], objB[nameB]);
  } else {
    targetObj[nameB] = firstDefined(objA[nameB], objB[nameB]);
  }
}`;
      // Without a '-', nameA is nameB, and the four look-ups are the two of the original.
      const namesOnce = `const camelNames = new Map();
function setOption(objA, objB, nameB, targetObj) {
  let nameA = camelNames.get(nameB);
  if (nameA === undefined) {
    const parts = nameB.split('-');
    if (parts.length > 1) parts[1] = parts[1].charAt(0).toUpperCase() + parts[1].substr(1);
    nameA = parts.join('');
    camelNames.set(nameB, nameA);
  }
  targetObj[nameA] = firstDefined(objA[nameA], objA[nameB], objB[nameA], objB[nameB]);
}`;
      const contents = replaceOnce(args.path, quiet, slowNames, namesOnce);
      return { contents, loader: 'js' };
    });
  },
};

/**
 * Characters that string-width counts as one column each: printable ASCII, Latin-1 and Latin
 * Extended letters, Greek, general punctuation (†, …, –) and the mathematical operators (≈, −, ≥,
 * ∂). None is a control, combining, surrogate, wide or emoji character, nor starts an escape.
 */
const ONE_COLUMN = '\\x20-\\x7e\\xa0-\\u02ff\\u0370-\\u03ff\\u2010-\\u2027\\u2200-\\u22ff';

/** Fails the build if string-width, as installed, measures a character of ONE_COLUMN otherwise. */
function checkOneColumn() {
  const stringWidth = createRequire(import.meta.url)('string-width');
  const pattern = new RegExp(`[${ONE_COLUMN}]`);
  let all = '';
  for (let code = 0; code <= 0xffff; code += 1) {
    const character = String.fromCharCode(code);
    if (!pattern.test(character)) continue;
    if (stringWidth(character) !== 1) throw new Error(`string-width: U+${code.toString(16)} ≠ 1`);
    all += character;
  }
  if (stringWidth(all) !== all.length) throw new Error('string-width: ONE_COLUMN joined ≠ 1 each');
}

/**
 * string-width strips escapes, replaces emoji and walks the code points of every line cli-table3
 * measures, each line three times; most lines of a deltaflow table are digits, fractions and the
 * characters above, whose width is their length: 20 000 small tables took 10.1 s of CPU, now
 * 7.3 s.
 */
const measurePlainText = {
  name: 'measure-plain-text',
  setup(bundle) {
    bundle.onLoad({ filter: /[\\/]string-width[\\/]index\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      checkOneColumn();
      const start = '\tstring = stripAnsi(string);';
      const fast = `\tif (/^[${ONE_COLUMN}]*$/.test(string)) return string.length;\n${start}`;
      return { contents: replaceOnce(args.path, source, start, fast), loader: 'js' };
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
  plugins: [reuseRegexes, patchTableCell, measurePlainText],
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
