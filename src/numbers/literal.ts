/**
 * Number literals of a network file, parsed exactly and never executed.
 *
 * Grammar (whitespace between tokens is free, except inside a number):
 *   expr   = term (("+" | "-") term)*
 *   term   = unary (("*" | "/") unary)*
 *   unary  = ("+" | "-") unary | power
 *   power  = atom ("^" unary)?            right-associative, integer exponent
 *   atom   = number | "(" expr ")"
 *   number = (digits ("." digits?)? | "." digits) (("e" | "E") ("+" | "-")? digits)?
 *   digits = a run of digits, or groups of three separated by single spaces ("11 600 000")
 */
import { Fraction } from 'mathjs';
import { quote } from './quote.js';

/** The largest |n| accepted in `1en` and `a^n`, so that a literal cannot exhaust memory. */
export const MAX_EXPONENT = 10_000;

/** The most digits, numerator and denominator together, of any value a literal computes. */
export const MAX_DIGITS = 30_000;

/** The deepest nesting of parentheses and exponents. */
export const MAX_DEPTH = 100;

const DIGITS_PER_HEX_DIGIT = Math.log10(16);

export class LiteralError extends Error {}

type Token =
  | { type: 'number'; value: Fraction; at: number }
  | { type: 'op'; value: '+' | '-' | '*' | '/' | '^' | '(' | ')'; at: number }
  | { type: 'end'; at: number };

/** Parses a literal such as `"0.0002 - 3000/11600000"` into an exact, reduced fraction. */
export function parseLiteral(text: string): Fraction {
  const plain = PLAIN.exec(text);
  if (plain) {
    const [, sign, whole, fraction, denominator = '1'] = plain;
    if (/^0+$/.test(denominator)) throw new LiteralError('divides by zero');
    const value = decimal(whole, fraction).div(new Fraction(BigInt(denominator)));
    return sign ? value.neg() : value;
  }
  const parser = new Parser(tokenize(text));
  const value = parser.expression();
  parser.expectEnd();
  return value;
}

/** The common forms, read without the parser: `-12`, `0.25`, `-3/11600`. */
const PLAIN = /^\s*(-?)(\d+)(?:\.(\d+)|\/(\d+))?\s*$/;

// `5`, `5.`, `5.25`, `.25`, each with an optional exponent.
const NUMBER = /(?:(\d{1,3}(?: \d{3})+(?!\d)|\d+)(?:\.(\d*))?|\.(\d+))(?:[eE]([+-]?\d+))?/y;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const char = text[at];
    if (/\s/.test(char)) {
      at += 1;
    } else if ('+-*/^()'.includes(char)) {
      tokens.push({ type: 'op', value: char as '+', at });
      at += 1;
    } else if (/[\d.]/.test(char)) {
      NUMBER.lastIndex = at;
      const match = NUMBER.exec(text);
      if (!match) {
        throw new LiteralError(`${quote(char)} at ${at + 1} does not start a number`);
      }
      const glued = /[\w$.]*/y;
      glued.lastIndex = at + match[0].length;
      const rest = glued.exec(text)![0];
      if (rest !== '') {
        // `1e`, `0x10`, `2pi`: letters right after a number make no number of this grammar.
        throw new LiteralError(
          `${quote(match[0] + rest)} is not a number; numbers are decimal, as 12, 0.5, 1e-7`,
        );
      }
      const [, whole = '0', afterPoint, leading, exponent] = match;
      tokens.push({ type: 'number', value: decimal(whole, afterPoint ?? leading, exponent), at });
      at += match[0].length;
    } else if (/[A-Za-z_$]/.test(char)) {
      const name = /[\w$.]*/y;
      name.lastIndex = at;
      const word = name.exec(text)![0];
      const what = text
        .slice(at + word.length)
        .trimStart()
        .startsWith('(')
        ? 'calls a function'
        : 'names a variable';
      throw new LiteralError(
        `"${word}" ${what}; only numbers, + - * / ^ and parentheses are allowed`,
      );
    } else {
      throw new LiteralError(
        `${quote(char)} at ${at + 1} is not allowed; ` +
          'only numbers, + - * / ^ and parentheses are',
      );
    }
  }
  tokens.push({ type: 'end', at });
  return tokens;
}

function decimal(whole: string, fraction = '', exponentText = '0'): Fraction {
  if (Math.abs(Number(exponentText)) > MAX_EXPONENT) {
    throw new LiteralError(`exponent ${exponentText} is beyond ±${MAX_EXPONENT}`);
  }
  const written = whole.replace(/ /g, '') + fraction;
  if (written.length > MAX_DIGITS) throw new LiteralError(`has more than ${MAX_DIGITS} digits`);
  const exponent = Number(exponentText) - fraction.length;
  const digits = BigInt(written);
  const scale = 10n ** BigInt(Math.abs(exponent));
  return bounded(exponent >= 0 ? new Fraction(digits * scale, 1n) : new Fraction(digits, scale));
}

/** `value`, unless it has more than MAX_DIGITS digits: `1e10000 * 1e10000 * …` stops early. */
function bounded(value: Fraction): Fraction {
  const hexDigits = value.n.toString(16).length + value.d.toString(16).length;
  if (hexDigits * DIGITS_PER_HEX_DIGIT > MAX_DIGITS) {
    throw new LiteralError(`computes a value of more than ${MAX_DIGITS} digits`);
  }
  return value;
}

class Parser {
  private next = 0;
  private depth = 0;

  constructor(private readonly tokens: Token[]) {}

  expression(): Fraction {
    let value = this.term();
    for (let op = this.peekOp('+', '-'); op; op = this.peekOp('+', '-')) {
      this.next += 1;
      const right = this.term();
      value = bounded(op === '+' ? value.add(right) : value.sub(right));
    }
    return value;
  }

  expectEnd(): void {
    const token = this.tokens[this.next];
    if (token.type !== 'end') {
      throw new LiteralError(`expected an operator, found ${describe(token)}`);
    }
  }

  private term(): Fraction {
    let value = this.unary();
    for (let op = this.peekOp('*', '/'); op; op = this.peekOp('*', '/')) {
      this.next += 1;
      const right = this.unary();
      if (op === '/' && right.n === 0n) throw new LiteralError('divides by zero');
      value = bounded(op === '*' ? value.mul(right) : value.div(right));
    }
    return value;
  }

  private unary(): Fraction {
    let negative = false;
    for (let op = this.peekOp('+', '-'); op; op = this.peekOp('+', '-')) {
      this.next += 1;
      if (op === '-') negative = !negative;
    }
    const value = this.power();
    return negative ? value.neg() : value;
  }

  /** Runs `parse` one level deeper, refusing nesting past MAX_DEPTH. */
  private nested(parse: () => Fraction): Fraction {
    if (this.depth >= MAX_DEPTH) throw new LiteralError(`nested more than ${MAX_DEPTH} deep`);
    this.depth += 1;
    const value = parse();
    this.depth -= 1;
    return value;
  }

  private power(): Fraction {
    const base = this.atom();
    if (!this.peekOp('^')) return base;
    this.next += 1;
    const exponent = this.nested(() => this.unary());
    if (exponent.d !== 1n) throw new LiteralError('an exponent must be an integer');
    if (exponent.n > BigInt(MAX_EXPONENT)) {
      throw new LiteralError(`exponent ${exponent.toFraction()} is beyond ±${MAX_EXPONENT}`);
    }
    if (base.n === 0n && exponent.s < 0n) throw new LiteralError('divides by zero');
    const hexDigits = base.n.toString(16).length + base.d.toString(16).length;
    if (hexDigits * DIGITS_PER_HEX_DIGIT * Number(exponent.n) > 2 * MAX_DIGITS) {
      throw new LiteralError(`computes a value of more than ${MAX_DIGITS} digits`);
    }
    return bounded(base.pow(exponent));
  }

  private atom(): Fraction {
    const token = this.tokens[this.next];
    this.next += 1;
    if (token.type === 'number') return token.value;
    if (token.type === 'op' && token.value === '(') {
      const value = this.nested(() => this.expression());
      if (!this.peekOp(')')) throw new LiteralError(`expected ")", found ${this.describeNext()}`);
      this.next += 1;
      return value;
    }
    throw new LiteralError(`expected a number, found ${describe(token)}`);
  }

  private peekOp<T extends string>(...ops: T[]): T | undefined {
    const token = this.tokens[this.next];
    return token.type === 'op' && (ops as string[]).includes(token.value)
      ? (token.value as T)
      : undefined;
  }

  private describeNext(): string {
    return describe(this.tokens[this.next]);
  }
}

function describe(token: Token): string {
  if (token.type === 'end') return 'the end';
  if (token.type === 'op') return `"${token.value}" at ${token.at + 1}`;
  return `a number at ${token.at + 1}`;
}
