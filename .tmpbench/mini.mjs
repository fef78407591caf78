import * as z from 'zod/mini';
z.config({ jitless: true });
const num = z.pipe(z.union([z.number(), z.string()]), z.transform((v) => String(v)));
const a = z.strictObject({ kind: z.literal('identity') });
const b = z.strictObject({ kind: z.literal('linear'), weights: z.array(z.array(num).check(z.minLength(1))).check(z.minLength(1)), bias: z.optional(z.array(num)) });
const c = z.strictObject({ kind: z.literal('relu'), reluAtZero: z.optional(z.number()) });
const s = z.strictObject({ name: z.optional(z.string()), input: z.number(), layers: z.array(z.discriminatedUnion('kind', [a, b, c])).check(z.minLength(1)), loss: z.enum(['x']), samples: z.optional(z.array(z.strictObject({ x: z.array(num), y: z.array(num) }))) }).check(z.superRefine(() => {}));
const r = s.safeParse({ input: 3, layers: [{ kind: 'identity' }, { kind: 'linear', weights: [[1, 2, 3]] }, { kind: 'relu' }], loss: 'x', samples: [{ x: [1, 2, 3], y: [1] }] });
globalThis.r = r.success;
