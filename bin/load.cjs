// Loads the bundled CLI with the V8 code cache written at build time. Compiling the bundle anew
// is about a fifth of a short run; Node rejects a cache made by another version of V8, and the
// bundle is then compiled as usual.
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const { Script } = require('node:vm');

const DIST = join(__dirname, '..', 'dist');
const BUNDLE = join(DIST, 'deltaflow.cjs');
const CACHE = join(DIST, 'deltaflow.cache');

/** The bundle's exports, and its compiled script (for the build to write a cache from). */
function loadBundle({ useCache = true } = {}) {
  if (!existsSync(BUNDLE)) {
    throw new Error(`${BUNDLE} is missing: run npm run build (npm ci runs it too)`);
  }
  const cachedData = useCache && existsSync(CACHE) ? readFileSync(CACHE) : undefined;
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${readFileSync(
    BUNDLE,
    'utf8',
  )}\n})`;
  const script = new Script(wrapped, { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, require, module, BUNDLE, DIST);
  return { exports: module.exports, script };
}

module.exports = { BUNDLE, CACHE, loadBundle };
