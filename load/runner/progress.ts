/**
 * Progress while a run goes: elapsed time, request rate and p95 of the last
 * seconds, and failures by layer so far — read from the sample streams as
 * the engine writes them, so it looks the same for k6 and the built-in
 * engine. One line redrawn in place on a terminal; a plain line every few
 * seconds otherwise (CI logs).
 */
import { open } from 'node:fs/promises';
import { SAMPLE_METRICS, SAMPLE_TAGS } from '../lib/samples.ts';

const WINDOW_MS = 5_000;

export interface ProgressOptions {
  files: readonly string[];
  write: (text: string) => void;
  tty: boolean;
  /** How often to read and print (ms); a terminal redraws every second. */
  everyMs?: number;
}

export class Progress {
  readonly #options: ProgressOptions;
  readonly #offsets = new Map<string, number>();
  readonly #partial = new Map<string, string>();
  readonly #started = Date.now();
  readonly #recent: Array<{ at: number; durationMs: number }> = [];
  readonly #layers = new Map<string, number>();
  #requests = 0;
  #timer: NodeJS.Timeout | undefined;
  #busy = false;

  constructor(options: ProgressOptions) {
    this.#options = options;
  }

  start(): void {
    const every = this.#options.everyMs ?? (this.#options.tty ? 1_000 : 5_000);
    this.#timer = setInterval(() => void this.#tick(), every);
  }

  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    if (this.#options.tty && this.#requests > 0) this.#options.write('\n');
  }

  async #tick(): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    try {
      this.#options.write(await this.poll());
    } finally {
      this.#busy = false;
    }
  }

  /** Reads what the engines wrote since the last call; returns the progress line. */
  async poll(): Promise<string> {
    for (const file of this.#options.files) await this.#read(file);
    return this.#line();
  }

  async #read(file: string): Promise<void> {
    const handle = await open(file, 'r').catch(() => undefined);
    if (!handle) return;
    try {
      const offset = this.#offsets.get(file) ?? 0;
      const { size } = await handle.stat();
      if (size <= offset) return;
      const buffer = Buffer.alloc(size - offset);
      await handle.read(buffer, 0, buffer.length, offset);
      this.#offsets.set(file, size);
      const text = (this.#partial.get(file) ?? '') + buffer.toString('utf8');
      const lines = text.split('\n');
      this.#partial.set(file, lines.pop() ?? '');
      for (const line of lines) this.#take(line);
    } finally {
      await handle.close();
    }
  }

  #take(line: string): void {
    if (line.includes('"metric":"http_req_duration"') && line.includes('"Point"')) {
      const value = Number(/"value":([0-9.eE+-]+)/.exec(line)?.[1] ?? Number.NaN);
      if (!Number.isFinite(value)) return;
      this.#requests += 1;
      this.#recent.push({ at: Date.now(), durationMs: value });
    } else if (line.includes(`"metric":"${SAMPLE_METRICS.failedRequests.name}"`)) {
      const layer = new RegExp(`"${SAMPLE_TAGS.layer}":"([^"]+)"`).exec(line)?.[1];
      if (layer) this.#layers.set(layer, (this.#layers.get(layer) ?? 0) + 1);
    }
  }

  #line(): string {
    const now = Date.now();
    while (this.#recent.length > 0 && (this.#recent[0]?.at ?? now) < now - WINDOW_MS) {
      this.#recent.shift();
    }
    const durations = this.#recent.map((r) => r.durationMs).sort((a, b) => a - b);
    const p95 = durations[Math.max(0, Math.ceil(durations.length * 0.95) - 1)];
    const elapsed = ((now - this.#started) / 1_000).toFixed(0).padStart(4);
    const rate = (this.#recent.length / (WINDOW_MS / 1_000)).toFixed(1);
    const layers = [...this.#layers].map(([layer, n]) => `${layer} ${n}`).join(', ') || 'none';
    const text =
      `${elapsed} s  ${this.#requests} requests  ${rate} req/s  ` +
      `p95 ${p95 === undefined ? '-' : `${p95.toFixed(0)} ms`}  failed: ${layers}`;
    return this.#options.tty ? `\r\x1b[2K${text}` : `${text}\n`;
  }
}
