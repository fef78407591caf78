import { isLosslessNumber, parse } from 'lossless-json';
import type * as z from 'zod';
import { InputError, type JsonPath, quote } from './errors.js';
import { type NetworkFile, networkSchema } from './schema.js';

/** Parses JSON keeping every number's text, so that `0.1` stays 1/10. */
export function parseJson(text: string, source: string): unknown {
  try {
    // A byte-order mark is no part of the JSON; some editors write one.
    return parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    if (error instanceof RangeError) {
      throw new InputError(`${source}: invalid JSON: nested too deeply to read`);
    }
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message);
    if (!position) throw new InputError(`${source}: invalid JSON: ${message}`);
    const before = text.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    const reason = message.replace(/ at position \d+$/, '');
    throw new InputError(`${source}:${line}:${column}: invalid JSON: ${reason}`);
  }
}

/** Reads and checks a network file; every rejection is an `InputError` naming its place. */
export function readNetwork(text: string, source: string): NetworkFile {
  const json = parseJson(text, source);
  const result = networkSchema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw InputError.at(source, placeOf(issue, json), describeIssue(issue, json));
}

/** Where an issue is: a layer that is no object at all is named itself, not by its kind. */
function placeOf(issue: z.core.$ZodIssue, input: unknown): JsonPath {
  const path = issue.path as JsonPath;
  if (isLayerOfNoObject(issue, input)) return path.slice(0, -1);
  return numberForObject(issue, input)?.path ?? path;
}

/**
 * A JSON number where an object was expected: the lossless parser makes numbers objects, so
 * the checks see one as an object with unknown keys, or with every key missing.
 */
function numberForObject(issue: z.core.$ZodIssue, input: unknown) {
  const path = issue.path as JsonPath;
  const deepest = issue.code === 'unrecognized_keys' ? path.length : path.length - 1;
  for (let length = 0; length <= deepest; length += 1) {
    const value = valueAt(input, path.slice(0, length));
    if (isLosslessNumber(value)) return { path: path.slice(0, length), value };
  }
  return undefined;
}

function isLayerOfNoObject(issue: z.core.$ZodIssue, input: unknown): boolean {
  if (issue.code !== 'invalid_union' || !('discriminator' in issue)) return false;
  const layer = valueAt(input, issue.path.slice(0, -1) as JsonPath);
  return (
    layer === null || typeof layer !== 'object' || Array.isArray(layer) || isLosslessNumber(layer)
  );
}

/** One issue in words, with the value found where it helps. */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const number = isLayerOfNoObject(issue, input) ? undefined : numberForObject(issue, input);
  if (number) return `expected an object, found ${number.value.value}`;
  const found = valueAt(input, issue.path as JsonPath);
  if (found === undefined && issue.code !== 'invalid_union') return 'is missing';
  switch (issue.code) {
    case 'invalid_type': {
      const expected = issue.expected === 'record' ? 'an object' : issue.expected;
      return `expected ${expected}, found ${show(found)}`;
    }
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator === 'kind') {
        const { options = [] } = issue as { options?: string[] };
        const known = options.join(', ');
        if (isLayerOfNoObject(issue, input)) {
          const layer = valueAt(input, issue.path.slice(0, -1) as JsonPath);
          return `expected a layer, an object with a kind, found ${show(layer)}`;
        }
        return found === undefined
          ? `is missing; the layer kinds are ${known}`
          : `unknown layer kind ${show(found)}; the layer kinds are ${known}`;
      }
      return withFound(issue.message, found);
    case 'invalid_value': {
      const known = issue.values.map(String).join(', ');
      if (typeof found !== 'string') return `expected one of ${known}, found ${show(found)}`;
      return issue.path.at(-1) === 'loss'
        ? `unknown loss ${show(found)}; the losses are ${known}`
        : `found ${show(found)}; expected one of ${known}`;
    }
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map(show).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `is empty; expected at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`
        : issue.message;
    default:
      return withFound(issue.message, found);
  }
}

function withFound(message: string, found: unknown): string {
  return message.startsWith('expected') && !message.includes('found')
    ? `${message}, found ${show(found)}`
    : message;
}

function valueAt(input: unknown, path: JsonPath): unknown {
  let value = input;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}

function show(value: unknown): string {
  if (isLosslessNumber(value)) return value.value;
  if (typeof value === 'string') return quote(value);
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : String(value);
}
