import * as z from 'zod';
z.config({ jitless: true });
const num = z.union([z.number(), z.string()]).transform((v) => String(v));
const a = z.strictObject({ kind: z.literal('identity') });
const b = z.strictObject({ kind: z.literal('linear'), weights: z.array(z.array(num).min(1)).min(1), bias: z.array(num).optional() });
const c = z.strictObject({ kind: z.literal('relu'), reluAtZero: z.number().optional() });
const s = z.strictObject({ name: z.string().optional(), input: z.number(), layers: z.array(z.discriminatedUnion('kind', [a, b, c])).min(1), loss: z.enum(['x']), samples: z.array(z.strictObject({ x: z.array(num), y: z.array(num) })).optional() }).superRefine(() => {});
const r = s.safeParse({ input: 3, layers: [{ kind: 'identity' }, { kind: 'linear', weights: [[1, 2, 3]] }, { kind: 'relu' }], loss: 'x', samples: [{ x: [1, 2, 3], y: [1] }] });
globalThis.r = r.success;
