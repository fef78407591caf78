/**
 * The answers file: the shape of `run --format json`'s output with any subset of its values,
 * each written as in a network file. Samples are an array (null or {} for a sample without
 * answers) or an object keyed by the sample's number from 1. A null inside a vector or matrix
 * skips that value; one value may stand for a vector of length 1 or a 1×1 matrix. The output of
 * `run --format json` is itself an answers file.
 */
import { isLosslessNumber, type LosslessNumber } from 'lossless-json';
import * as z from 'zod';
import type { Trace } from '../engine/index.js';
import { InputError, type JsonPath, parseJson, quote } from '../network/index.js';
import { describeIssue } from '../network/read.js';
import { type Fraction, LiteralError, parseLiteral } from '../numbers/index.js';
import { holderOf, nameIn, type Place, type Quantity } from '../report/places.js';
import { MAX_PRECISION, significantDigits } from './match.js';

/** One value written by the user. */
export interface Answer {
  /** The sample's number, from 1. */
  sample: number;
  place: Place;
  /** The text as written, which tells how it is to be compared. */
  written: string;
  value: Fraction;
  path: JsonPath;
}

const literal = z.union([z.custom<LosslessNumber>(isLosslessNumber), z.string()], {
  error: 'expected a number or a string holding one',
});

/** The text of a literal and its value; a literal that does not parse is an issue. */
function parsed(raw: z.output<typeof literal>, ctx: z.core.$RefinementCtx) {
  const text = typeof raw === 'string' ? raw : raw.value;
  try {
    return { text, value: parseLiteral(text) };
  } catch (error) {
    if (!(error instanceof LiteralError)) throw error;
    // continue: a union with an array of literals then reports this issue, not its own
    ctx.issues.push({
      code: 'custom',
      message: `${quote(text)}: ${error.message}`,
      input: raw,
      continue: true,
    });
    return z.NEVER;
  }
}

const written = literal.transform(parsed);

type Written = z.output<typeof written>;

// A vector, or one value for a vector of length 1.
const vector = z
  .union([z.array(written.nullable()), literal], {
    error: 'expected an array of values, or one value for a vector of length 1',
  })
  .transform((raw, ctx) => (Array.isArray(raw) ? raw : parsed(raw, ctx)));
// A matrix, or one value for a 1×1 matrix.
const matrix = z
  .union([z.array(vector.nullable()), literal], {
    error: 'expected an array of rows, or one value for a 1×1 matrix',
  })
  .transform((raw, ctx) => (Array.isArray(raw) ? raw : parsed(raw, ctx)));
const byK = <T extends z.ZodType>(values: T) =>
  z.record(z.string(), values, { error: 'expected an object keyed by k' });

const precision = z.custom<LosslessNumber>(
  (value) =>
    isLosslessNumber(value) &&
    /^\d+$/.test(value.value) &&
    Number(value.value) >= 2 &&
    Number(value.value) <= MAX_PRECISION,
  { error: `expected a whole number from 2 to ${MAX_PRECISION}` },
);

const sampleAnswers = z
  .strictObject({
    x: vector.optional(),
    y: vector.optional(),
    loss: written.optional(),
    o: byK(vector).optional(),
    delta: byK(vector).optional(),
    weightGrad: byK(matrix).optional(),
    biasGrad: byK(vector).optional(),
    // Which of run's values are exact: not answers.
    exact: z.unknown().optional(),
  })
  .nullable();

type SampleAnswers = NonNullable<z.output<typeof sampleAnswers>>;

export const answersSchema = z.strictObject({
  // What `run --format json` also writes; not answers.
  numbers: z.string().optional(),
  precision: precision.optional(),
  network: z.unknown().optional(),
  compareFloat: z.unknown().optional(),
  gradcheck: z.unknown().optional(),
  samples: z.union([z.array(z.unknown()), z.record(z.string(), z.unknown())], {
    error: 'expected an array of samples, or an object keyed by sample number',
  }),
});

export interface AnswersFile {
  answers: Answer[];
  /**
   * The precision the file says its values were computed with: `run --format json` of exact
   * numbers writes it. Computing at that precision again gives the very same values.
   */
  precision?: number;
}

/**
 * Reads an answers file and checks every answer against the places the traces have; an answer
 * at a place that does not exist is an `InputError` that names it.
 */
export function readAnswers<N>(
  text: string,
  source: string,
  traces: readonly Trace<N>[],
): AnswersFile {
  const json = parseJson(text, source);
  const reserved = reservedKey(json, []);
  if (reserved) throw InputError.at(source, reserved, keyIssue(reserved));
  const checked = <T>(schema: z.ZodType<T>, value: unknown, path: JsonPath): T => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    const issues = [inArray(result.error.issues[0], value), ...result.error.issues.slice(1)];
    const at = [...path, ...(issues[0].path as JsonPath)];
    throw InputError.at(source, at, describeAnswerIssue(issues, value, path));
  };
  const { samples, numbers, precision } = checked(answersSchema, json, []);
  const entries: [number, unknown, JsonPath][] = Array.isArray(samples)
    ? samples.map((answers, s) => [s + 1, answers, ['samples', s]])
    : Object.entries(samples).map(([key, answers]) => {
        const path = ['samples', key];
        return [sampleNumber(key, source, path), answers, path];
      });

  const found = entries.flatMap(([sample, raw, path]) => {
    const answers = checked(sampleAnswers, raw, path);
    if (answers === null || Object.keys(answers).length === 0) return [];
    const trace = traces[sample - 1];
    if (!trace) {
      throw InputError.at(
        source,
        path,
        `there is no sample ${sample}; the network has ` +
          `${traces.length} sample${traces.length === 1 ? '' : 's'}`,
      );
    }
    return answersOf(sample, answers, path, trace, source);
  });
  if (found.length === 0) {
    throw new InputError(
      `${source}: has no answers; write them under samples, ` +
        'as in { "samples": { "1": { "loss": "1/2" } } }',
    );
  }
  const known = numbers === 'exact' && precision !== undefined;
  return { answers: found, ...(known ? { precision: Number(precision.value) } : {}) };
}

/**
 * The path of a `__proto__` key, if there is one: the JSON reader keeps it as a key, but the
 * schema would drop it without a word.
 */
function reservedKey(value: unknown, path: JsonPath): JsonPath | undefined {
  if (value === null || typeof value !== 'object' || isLosslessNumber(value)) return undefined;
  if (!Array.isArray(value) && Object.hasOwn(value, '__proto__')) return [...path, '__proto__'];
  for (const [key, inside] of Object.entries(value)) {
    const found = reservedKey(inside, [...path, Array.isArray(value) ? Number(key) : key]);
    if (found) return found;
  }
  return undefined;
}

/** What is wrong with a key that no answers file has, by where it is. */
function keyIssue(path: JsonPath): string {
  const holder = path.at(-2);
  if (path.length === 2 && holder === 'samples') return 'expected a sample number from 1';
  if (typeof holder === 'string' && BY_K.includes(holder))
    return 'expected k, a whole number from 1';
  return unknownKeys([String(path.at(-1))], []);
}

const BY_K = ['o', 'delta', 'weightGrad', 'biasGrad'];

/** An array given for a vector, or one value: the issue inside the array, if it is one. */
function inArray(issue: z.core.$ZodIssue, value: unknown): z.core.$ZodIssue {
  const found = issue.path.reduce<unknown>(
    (holder, key) => (holder as Record<PropertyKey, unknown> | undefined)?.[key],
    value,
  );
  if (issue.code !== 'invalid_union' || !Array.isArray(found)) {
    return issue;
  }
  // Only an issue inside the array, not one of a single value given an array.
  const [inside] = issue.errors[0] ?? [];
  if (!inside || inside.path.length === 0) return issue;
  return inArray({ ...inside, path: [...issue.path, ...inside.path] }, value);
}

const SAMPLE_KEYS = ['x', 'y', 'loss', 'o', 'delta', 'weightGrad', 'biasGrad'];

/**
 * An issue of the answers file in words: `samples` missing is said so, with any unknown key
 * beside it, and an unknown key is told which keys there are.
 */
function describeAnswerIssue(
  issues: readonly z.core.$ZodIssue[],
  value: unknown,
  path: JsonPath,
): string {
  const [issue] = issues;
  const isTop = path.length === 0;
  // The schema's own words, such as `expected an object keyed by k`, over zod's `expected record`
  if (issue.code === 'invalid_type' && issue.message.startsWith('expected ')) {
    return describeIssue({ ...issue, code: 'custom' } as z.core.$ZodIssue, value);
  }
  if (issue.code === 'unrecognized_keys') {
    const known = isTop ? ['samples'] : SAMPLE_KEYS;
    const where = isTop
      ? 'the answers go under "samples"'
      : `a sample's answers are ${SAMPLE_KEYS.join(', ')}`;
    return `${unknownKeys(issue.keys, known)}; ${where}`;
  }
  const isSamplesMissing =
    isTop &&
    issue.path.length === 1 &&
    issue.path[0] === 'samples' &&
    (value === null || typeof value !== 'object' || !('samples' in value));
  if (!isSamplesMissing) return describeIssue(issue, value);
  const unknown = issues.find((other) => other.code === 'unrecognized_keys');
  return unknown ? `is missing; ${unknownKeys(unknown.keys, ['samples'])}` : 'is missing';
}

/** `unknown key "deltas" (did you mean "delta"?)` */
function unknownKeys(keys: readonly string[], known: readonly string[]): string {
  const named = keys.map((key) => {
    const near = known.find((candidate) => isNear(key, candidate));
    return near ? `${quote(key)} (did you mean ${quote(near)}?)` : quote(key);
  });
  return `unknown key${keys.length > 1 ? 's' : ''} ${named.join(', ')}`;
}

/** Whether `a` is `b` but for case or at most two letters added, dropped or changed. */
function isNear(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  // Levenshtein distance, one row at a time
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= y.length; j += 1) {
      const change = row[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1);
      next.push(Math.min(row[j] + 1, next[j - 1] + 1, change));
    }
    row = next;
  }
  return row[y.length] <= Math.min(2, y.length - 1);
}

function sampleNumber(key: string, source: string, path: JsonPath): number {
  if (!/^[1-9]\d*$/.test(key)) {
    throw InputError.at(source, path, 'expected a sample number from 1');
  }
  return Number(key);
}

function answersOf<N>(
  sample: number,
  answers: SampleAnswers,
  path: JsonPath,
  trace: Trace<N>,
  source: string,
): Answer[] {
  const found: Answer[] = [];
  const fail = (at: JsonPath, message: string) => InputError.at(source, [...path, ...at], message);
  const take = (place: Place, item: Written | null, at: JsonPath) => {
    if (!item) return;
    const digits = significantDigits(item.text);
    if (digits > MAX_PRECISION) {
      throw fail(at, `has ${digits} significant digits; at most ${MAX_PRECISION} can be checked`);
    }
    found.push({ sample, place, written: item.text, value: item.value, path: [...path, ...at] });
  };
  // One value written for a vector of length 1 stands at the vector's own path.
  const cells = (items: Written | (Written | null)[], at: JsonPath, length: number, of: string) => {
    if (!Array.isArray(items)) {
      if (length !== 1) throw fail(at, `is one value; ${of} has ${length}`);
      return [{ item: items, at }];
    }
    if (items.length !== length) throw fail(at, `has ${count(items.length)}; ${of} has ${length}`);
    return items.map((item, i) => ({ item, at: [...at, i] }));
  };
  const values = (quantity: Quantity, k: number | undefined, items: unknown, at: JsonPath) => {
    const holder = holderOf(trace, { quantity, k });
    const name = nameIn(trace, { quantity, k, index: [] });
    if (!holder) throw fail(at, missing(quantity, k, trace));
    if (quantity !== 'weightGrad') {
      const vector = cells(items as Written | (Written | null)[], at, holder.length, name);
      return vector.forEach((cell, i) => take({ quantity, k, index: [i] }, cell.item, cell.at));
    }
    if (!Array.isArray(items)) {
      const width = (holder[0] as N[]).length;
      if (holder.length !== 1 || width !== 1) {
        throw fail(at, `is one value; ${name} is ${holder.length}×${width}`);
      }
      return take({ quantity, k, index: [0, 0] }, items as Written, at);
    }
    const rows = items as (Written | (Written | null)[] | null)[];
    if (rows.length !== holder.length) {
      throw fail(at, `has ${count(rows.length)}; ${name} has ${holder.length}`);
    }
    rows.forEach((row, i) => {
      if (row === null) return;
      const width = (holder[i] as N[]).length;
      const cellsOfRow = cells(row, [...at, i], width, `row ${i + 1} of ${name}`);
      cellsOfRow.forEach((cell, j) => take({ quantity, k, index: [i, j] }, cell.item, cell.at));
    });
  };

  if (answers.x) values('x', undefined, answers.x, ['x']);
  if (answers.y) values('y', undefined, answers.y, ['y']);
  for (const quantity of ['o', 'delta', 'weightGrad', 'biasGrad'] as const) {
    for (const [key, items] of Object.entries(answers[quantity] ?? {})) {
      if (!/^[1-9]\d*$/.test(key)) throw fail([quantity, key], 'expected k, a whole number from 1');
      values(quantity, Number(key), items, [quantity, key]);
    }
  }
  if (answers.loss) take({ quantity: 'loss', index: [] }, answers.loss, ['loss']);
  return found;
}

const count = (values: number) => `${values} value${values === 1 ? '' : 's'}`;

/** Why the trace has no such k, in words. */
function missing<N>(quantity: Quantity, k: number | undefined, trace: Trace<N>): string {
  const n = trace.layers.length;
  switch (quantity) {
    case 'o':
      return `there is no o^${k}; o^k runs from k = 1 to ${n} (o^0 is x)`;
    case 'delta':
      return `there is no δ^${k}; δ^k runs from k = 1 to ${n + 1}`;
    default: {
      const what = quantity === 'weightGrad' ? 'weights' : 'bias';
      const symbol = quantity === 'weightGrad' ? 'δw' : 'δb';
      if (k === undefined || k > n) return `there is no L^${k}; the layers run from 1 to ${n}`;
      return `there is no ${symbol}^${k}: L^${k} has no ${what}`;
    }
  }
}
