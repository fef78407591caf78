import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAYER_KINDS } from '../src/layers/index.js';
import { LOSSES } from '../src/losses/index.js';
import { ROOT } from './helpers.js';

const readme = readFileSync(`${ROOT}README.md`, 'utf8');

describe("the README's lists of layers and losses", () => {
  it.each(Object.values(LAYER_KINDS))('give $kind as the code does', (kind) => {
    expect(readme).toContain(`| \`${kind.kind}\` | \`${kind.formula}\` | ${kind.summary} |`);
  });

  it.each(Object.values(LOSSES))('give $name as the code does', (loss) => {
    expect(readme).toContain(
      `| \`${loss.name}\` | \`${loss.formula}\` | \`${loss.deltaFormula}\` | ${loss.summary} |`,
    );
  });
});
