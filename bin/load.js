// Loads the bundled CLI with the V8 code cache written at build time. Compiling the bundle anew
// is about a fifth of a short run; Node rejects a cache made by another version of V8, and the
// bundle is then compiled as usual.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

export const BUNDLE = fileURLToPath(new URL('../dist/deltaflow.cjs', import.meta.url));
export const CACHE = fileURLToPath(new URL('../dist/deltaflow.cache', import.meta.url));

/** The bundle's exports, and its compiled script (for the build to write a cache from). */
export function loadBundle({ useCache = true } = {}) {
  if (!existsSync(BUNDLE)) {
    throw new Error(`${BUNDLE} is missing: run npm run build (npm ci runs it too)`);
  }
  const cachedData = useCache && existsSync(CACHE) ? readFileSync(CACHE) : undefined;
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(
    BUNDLE,
    'utf8',
  )}\n})`;
  const script = new Script(source, { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  const require = createRequire(BUNDLE);
  script.runInThisContext()(module.exports, require, module, BUNDLE, BUNDLE.replace(/[^/]*$/, ''));
  return { exports: module.exports, script };
}
