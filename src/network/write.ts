import { isLosslessNumber } from 'lossless-json';
import { parseJson } from './read.js';

/** New values of a layer's parameters, written as number literals (`"-3/11600"`). */
export interface ParameterTexts {
  weights?: string[][];
  bias?: string[];
}

const WIDTH = 100;

/**
 * The network file `text` with the parameters of `layers` (by index, from 0) replaced; every
 * other key and value stays as the user wrote it. The text must be a valid network file.
 */
export function withParameters(
  text: string,
  source: string,
  layers: readonly (ParameterTexts | undefined)[],
): string {
  const file = parseJson(text, source) as { layers: Record<string, unknown>[] };
  layers.forEach((parameters, index) => {
    if (parameters?.weights) file.layers[index].weights = parameters.weights;
    if (parameters?.bias) file.layers[index].bias = parameters.bias;
  });
  return `${toText(file, '', WIDTH)}\n`;
}

/**
 * JSON with two-space indents; a value that fits on its line after `taken` columns is written
 * on that line.
 */
function toText(value: unknown, indent: string, taken: number): string {
  const line = inline(value);
  const items = Array.isArray(value)
    ? value.map((item) => ['', item] as const)
    : isObject(value)
      ? Object.entries(value).map(([key, item]) => [`${JSON.stringify(key)}: `, item] as const)
      : [];
  // The comma after the value counts too.
  if (items.length === 0 || taken + line.length + 1 <= WIDTH) return line;
  const inner = `${indent}  `;
  const body = items
    .map(([key, item]) => `${inner}${key}${toText(item, inner, inner.length + key.length)}`)
    .join(',\n');
  return Array.isArray(value) ? `[\n${body}\n${indent}]` : `{\n${body}\n${indent}}`;
}

function inline(value: unknown): string {
  if (isLosslessNumber(value)) return value.value;
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (isObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const text = entries.map(([key, item]) => `${JSON.stringify(key)}: ${inline(item)}`);
    return `{ ${text.join(', ')} }`;
  }
  return JSON.stringify(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !isLosslessNumber(value);
}
