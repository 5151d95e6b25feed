/**
 * Execution segments: `--execution-segment` and `--execution-segment-sequence`
 * split one test between several engine processes the way k6 (and
 * k6-operator) split it between instances. A segment is a (from, to] part of
 * the work; the sequence lists every instance's segment. Work is handed out
 * by k6's striping: the whole numbers 0, 1, 2, … are dealt to the segments
 * in a fixed repeating pattern (period = the lowest common denominator of
 * the segment lengths), so that every instance computes its own share alone,
 * the shares never overlap, and together they are exactly the whole.
 * VU counts of every executor are scaled with that pattern, arrival-rate
 * iteration starts and shared iterations are striped by it, and the
 * iteration numbers and VU ids "in test" are the unscaled positions.
 * https://grafana.com/docs/k6/latest/using-k6/k6-options/reference/#execution-segment
 */
import { ConfigError } from './errors.ts';

/** A non-negative rational number in lowest terms. */
export class Rat {
  readonly num: bigint;
  readonly den: bigint;

  constructor(num: bigint, den: bigint) {
    if (den === 0n) throw new ConfigError('division by zero in an execution segment');
    const sign = den < 0n ? -1n : 1n;
    const g = gcd(num < 0n ? -num : num, den < 0n ? -den : den) || 1n;
    this.num = (sign * num) / g;
    this.den = (sign * den) / g;
  }

  static of(n: number | bigint, d: number | bigint = 1n): Rat {
    return new Rat(BigInt(n), BigInt(d));
  }

  add(o: Rat): Rat {
    return new Rat(this.num * o.den + o.num * this.den, this.den * o.den);
  }
  sub(o: Rat): Rat {
    return new Rat(this.num * o.den - o.num * this.den, this.den * o.den);
  }
  mul(o: Rat): Rat {
    return new Rat(this.num * o.num, this.den * o.den);
  }
  cmp(o: Rat): number {
    const d = this.num * o.den - o.num * this.den;
    return d < 0n ? -1 : d > 0n ? 1 : 0;
  }
  toNumber(): number {
    return Number(this.num) / Number(this.den);
  }
  toString(): string {
    return this.den === 1n ? String(this.num) : `${this.num}/${this.den}`;
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

const ZERO = Rat.of(0);
const ONE = Rat.of(1);

/** Parses "50%", "0.5", "1/2" (and "" as 1). */
function parseRat(text: string): Rat {
  const s = text.trim();
  if (s === '') return ONE;
  if (s.endsWith('%')) {
    const n = s.slice(0, -1);
    if (!/^\d+$/.test(n)) throw new ConfigError(`'${text}' is not a valid percentage`);
    return Rat.of(BigInt(n), 100n);
  }
  const fraction = /^(\d+)\/(\d+)$/.exec(s);
  if (fraction) return Rat.of(BigInt(fraction[1] as string), BigInt(fraction[2] as string));
  const decimal = /^(\d*)(?:\.(\d*))?$/.exec(s);
  if (decimal && s !== '.' && (decimal[1] !== '' || (decimal[2] ?? '') !== '')) {
    const frac = decimal[2] ?? '';
    return Rat.of(BigInt(`${decimal[1] || '0'}${frac}`), 10n ** BigInt(frac.length));
  }
  throw new ConfigError(`'${text}' is not a valid percentage, decimal, fraction or interval value`);
}

export class Segment {
  constructor(
    readonly from: Rat,
    readonly to: Rat,
  ) {
    if (from.cmp(ZERO) < 0)
      throw new ConfigError(`segment start value must be at least 0 but was ${from}`);
    if (from.cmp(to) >= 0)
      throw new ConfigError(`segment start(${from}) must be less than its end(${to})`);
    if (to.cmp(ONE) > 0)
      throw new ConfigError(`segment end value can't be more than 1 but was ${to}`);
  }
  get length(): Rat {
    return this.to.sub(this.from);
  }
  equals(o: Segment): boolean {
    return this.from.cmp(o.from) === 0 && this.to.cmp(o.to) === 0;
  }
  toString(): string {
    return `${this.from}:${this.to}`;
  }
}

/** `--execution-segment`: "from:to", or a single value meaning "0:value". */
export function parseSegment(text: string): Segment {
  const colon = text.indexOf(':');
  if (colon < 0) return new Segment(ZERO, parseRat(text));
  return new Segment(parseRat(text.slice(0, colon)), parseRat(text.slice(colon + 1)));
}

/** `--execution-segment-sequence`: "r1,r2,…,rn" meaning (r1,r2], (r2,r3], …. */
export function parseSequence(text: string): Segment[] {
  if (text.trim() === '') return [];
  const points = text.split(',').map(parseRat);
  if (points.length < 2) {
    throw new ConfigError(
      `at least 2 points are needed for an execution segment sequence, ${points.length} given`,
    );
  }
  return points.slice(1).map((to, i) => new Segment(points[i] as Rat, to));
}

/** The sequence completed to cover 0..1 (k6's GetFilledExecutionSegmentSequence). */
function filled(sequence: Segment[], segment: Segment | undefined): Segment[] {
  let result = sequence.length > 0 ? [...sequence] : segment ? [segment] : [new Segment(ZERO, ONE)];
  const first = result[0] as Segment;
  if (first.from.cmp(ZERO) !== 0) result = [new Segment(ZERO, first.from), ...result];
  const last = result[result.length - 1] as Segment;
  if (last.to.cmp(ONE) !== 0) result = [...result, new Segment(last.to, ONE)];
  for (let i = 1; i < result.length; i++) {
    if ((result[i] as Segment).from.cmp((result[i - 1] as Segment).to) !== 0) {
      throw new ConfigError(
        `the start value ${(result[i] as Segment).from} of segment #${i} must be equal to the end value of the previous one, but it is ${(result[i - 1] as Segment).to}`,
      );
    }
  }
  return result;
}

/**
 * A full sequence with its striping pattern: over each period of `lcd`
 * numbers, which ones belong to each segment (as a start and the gaps from
 * one to the next, the last gap wrapping to the next period).
 */
class Striping {
  readonly lcd: bigint;
  /** Per segment: [start, gap1, gap2, …] (k6's offsets). */
  readonly offsets: bigint[][];

  constructor(readonly segments: readonly Segment[]) {
    let lcd = 1n;
    for (const s of segments) lcd = (lcd * s.length.den) / gcd(lcd, s.length.den);
    this.lcd = lcd;
    const shares = segments.map((s, index) => ({
      share: s.length.num * (lcd / s.length.den),
      index,
    }));
    // Biggest shares pick first (stable for equal ones), as k6 does.
    const order = [...shares].sort((a, b) =>
      a.share === b.share ? a.index - b.index : a.share > b.share ? -1 : 1,
    );
    const offsets: bigint[][] = segments.map(() => []);
    const prev = segments.map(() => 0n);
    const chosen = order.map(() => 0n);
    for (let i = 0n; i < lcd; i++) {
      for (let k = 0; k < order.length; k++) {
        const { share, index } = order[k] as { share: bigint; index: number };
        const num = (chosen[k] as bigint) * lcd;
        const threshold = num / share;
        if (i > threshold || (i === threshold && num % share === 0n)) {
          chosen[k] = (chosen[k] as bigint) + 1n;
          const list = offsets[index] as bigint[];
          list.push(i - (prev[index] as bigint));
          prev[index] = i;
          if (BigInt(list.length) === share) list.push((list[0] as bigint) + lcd - i);
          break;
        }
      }
    }
    this.offsets = offsets;
  }

  /** How many of the numbers 0 … value-1 belong to segment `index`. */
  scale(index: number, value: bigint): bigint {
    const [start, ...gaps] = this.offsets[index] as bigint[];
    if (start === undefined || gaps.length === 0) return 0n;
    let result = (value / this.lcd) * BigInt(gaps.length);
    const rest = value % this.lcd;
    for (let i = start, g = 0; i < rest; i += gaps[g] as bigint, g++) result++;
    return result;
  }
}

/** One instance's segment within its sequence (k6's ExecutionTuple). */
export class Tuple {
  constructor(
    readonly striping: Striping,
    readonly index: number,
  ) {}

  static of(segment: Segment | undefined, sequence: Segment[]): Tuple {
    const full = filled(sequence, segment);
    const striping = new Striping(full);
    const target = segment ?? new Segment(ZERO, ONE);
    const index = full.findIndex((s) => s.equals(target));
    if (index < 0) {
      throw new ConfigError(
        `couldn't find segment ${target} in sequence ${full.map((s) => s.toString()).join(',')}`,
      );
    }
    return new Tuple(striping, index);
  }

  get segment(): Segment {
    return this.striping.segments[this.index] as Segment;
  }

  /** This instance's share of `value` whole things (VUs, iterations). */
  scale(value: number): number {
    if (this.striping.segments.length === 1) return value;
    return Number(this.striping.scale(this.index, BigInt(value)));
  }

  /** Start and gaps of the numbers this instance owns. */
  stripes(): { start: number; gaps: number[]; lcd: number } {
    const [start, ...gaps] = (this.striping.offsets[this.index] as bigint[]).map(Number);
    return { start: start ?? 0, gaps, lcd: Number(this.striping.lcd) };
  }

  /**
   * The sequence re-cut by `value`: each segment gets exactly its scaled share
   * of `value` (k6's GetNewExecutionTupleFromValue). Undefined when this
   * instance gets none.
   */
  forValue(value: number): Tuple | undefined {
    if (value < 1) return undefined;
    const v = BigInt(value);
    if (v % this.striping.lcd === 0n) return this;
    const segments: Segment[] = [];
    let prev = 0n;
    let newIndex = -1;
    this.striping.segments.forEach((_, i) => {
      const share = this.striping.scale(i, v);
      if (share === 0n) return;
      if (i === this.index) newIndex = segments.length;
      segments.push(new Segment(new Rat(prev, v), new Rat(prev + share, v)));
      prev += share;
    });
    if (newIndex < 0) return undefined;
    return new Tuple(new Striping(segments), newIndex);
  }
}

/**
 * Walks the numbers an instance owns: `next()` gives (scaled, unscaled), both
 * counted from 1 (k6's SegmentedIndex).
 */
export class SegmentedIndex {
  readonly #start: number;
  readonly #gaps: number[];
  readonly #lcd: number;
  scaled = 0;
  unscaled = 0;

  constructor(tuple: Tuple) {
    const { start, gaps, lcd } = tuple.stripes();
    this.#start = start;
    this.#gaps = gaps.length > 0 ? gaps : [lcd];
    this.#lcd = lcd;
  }

  next(): { scaled: number; unscaled: number } {
    if (this.scaled === 0) this.unscaled += this.#start + 1;
    else this.unscaled += this.#gaps[(this.scaled - 1) % this.#gaps.length] as number;
    this.scaled++;
    return { scaled: this.scaled, unscaled: this.unscaled };
  }

  prev(): { scaled: number; unscaled: number } {
    if (this.scaled === 1) this.unscaled -= this.#start + 1;
    else this.unscaled -= this.#gaps[(this.scaled - 2) % this.#gaps.length] as number;
    this.scaled--;
    return { scaled: this.scaled, unscaled: this.unscaled };
  }

  /** Moves to the largest scaled index whose unscaled value is at most `value`. */
  goTo(value: number): { scaled: number; unscaled: number } {
    const whole = Math.floor(value / this.#lcd);
    this.scaled = whole * this.#gaps.length;
    this.unscaled = whole * this.#lcd + this.#start + 1;
    let g = 0;
    let i = this.#start;
    for (; i < value % this.#lcd; i += this.#gaps[g] as number, g++) {
      this.scaled++;
      this.unscaled += this.#gaps[g] as number;
    }
    if (g > 0) this.unscaled -= this.#gaps[g - 1] as number;
    else if (this.scaled > 0) this.unscaled -= this.#gaps[this.#gaps.length - 1] as number;
    if (this.scaled === 0) this.unscaled = 0;
    return { scaled: this.scaled, unscaled: this.unscaled };
  }
}
