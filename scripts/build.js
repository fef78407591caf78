// Bundles the CLI into one minified file: loading mathjs's thousands of modules one by one
// takes most of a second, the bundle a tenth of that.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/deltaflow.js',
  bundle: true,
  minify: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'external',
  // commander and other CommonJS dependencies call require(); an ESM bundle has none of its own.
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  logLevel: 'warning',
});
