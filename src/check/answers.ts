/**
 * The answers file: the shape of `run --format json`'s output with any subset of its values,
 * each written as in a network file. Samples are an array (null or {} for a sample without
 * answers) or an object keyed by the sample's number from 1. A null inside a vector or matrix
 * skips that value. The output of `run --format json` is itself an answers file.
 */
import { isLosslessNumber, type LosslessNumber } from 'lossless-json';
import * as z from 'zod';
import type { Trace } from '../engine/index.js';
import { InputError, type JsonPath, parseJson, quote } from '../network/index.js';
import { describeIssue } from '../network/read.js';
import { type Fraction, LiteralError, parseLiteral } from '../numbers/index.js';
import { holderOf, nameIn, type Place, type Quantity } from '../report/places.js';

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

const written = z
  .union([z.custom<LosslessNumber>(isLosslessNumber), z.string()], {
    error: 'expected a number or a string holding one',
  })
  .transform((raw, ctx) => {
    const text = typeof raw === 'string' ? raw : raw.value;
    try {
      return { text, value: parseLiteral(text) };
    } catch (error) {
      if (!(error instanceof LiteralError)) throw error;
      ctx.issues.push({ code: 'custom', message: `${quote(text)}: ${error.message}`, input: raw });
      return z.NEVER;
    }
  });

type Written = z.output<typeof written>;

const vector = z.array(written.nullable());
const matrix = z.array(vector.nullable());
const byK = <T extends z.ZodType>(values: T) => z.record(z.string(), values);

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
  precision: z.unknown().optional(),
  network: z.unknown().optional(),
  compareFloat: z.unknown().optional(),
  gradcheck: z.unknown().optional(),
  samples: z.union([z.array(z.unknown()), z.record(z.string(), z.unknown())], {
    error: 'expected an array of samples, or an object keyed by sample number',
  }),
});

/**
 * Reads an answers file and checks every answer against the places the traces have; an answer
 * at a place that does not exist is an `InputError` that names it.
 */
export function readAnswers<N>(
  text: string,
  source: string,
  traces: readonly Trace<N>[],
): Answer[] {
  const json = parseJson(text, source);
  const checked = <T>(schema: z.ZodType<T>, value: unknown, path: JsonPath): T => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    const issue = result.error.issues[0];
    const at = [...path, ...(issue.path as JsonPath)];
    throw InputError.at(source, at, describeIssue(issue, value));
  };
  const { samples } = checked(answersSchema, json, []);
  const entries: [number, unknown, JsonPath][] = Array.isArray(samples)
    ? samples.map((answers, s) => [s + 1, answers, ['samples', s]])
    : Object.entries(samples).map(([key, answers]) => {
        const path = ['samples', key];
        return [sampleNumber(key, source, path), answers, path];
      });

  return entries.flatMap(([sample, raw, path]) => {
    const answers = checked(sampleAnswers, raw, path);
    if (answers === null || Object.keys(answers).length === 0) return [];
    const trace = traces[sample - 1];
    if (!trace) {
      throw InputError.at(source, path, `there is no sample ${sample}; the network has ` +
        `${traces.length} sample${traces.length === 1 ? '' : 's'}`);
    }
    return answersOf(sample, answers, path, trace, source);
  });
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
    found.push({ sample, place, written: item.text, value: item.value, path: [...path, ...at] });
  };
  const values = (quantity: Quantity, k: number | undefined, items: unknown[], at: JsonPath) => {
    const holder = holderOf(trace, { quantity, k });
    const name = nameIn(trace, { quantity, k, index: [] });
    if (!holder) throw fail(at, missing(quantity, k, trace));
    if (items.length !== holder.length) {
      throw fail(at, `has ${items.length} values; ${name} has ${holder.length}`);
    }
    items.forEach((item, i) => {
      if (quantity !== 'weightGrad') {
        return take({ quantity, k, index: [i] }, item as Written, [...at, i]);
      }
      const row = item as (Written | null)[] | null;
      const width = (holder[i] as N[]).length;
      if (row && row.length !== width) {
        throw fail([...at, i], `has ${row.length} values; row ${i + 1} of ${name} has ${width}`);
      }
      row?.forEach((cell, j) => take({ quantity, k, index: [i, j] }, cell, [...at, i, j]));
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
