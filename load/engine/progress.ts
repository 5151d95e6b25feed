/** The progress block k6 prints every second (its non-TTY layout). */
import type { InstanceState } from './context.ts';
import { type Executor, fixedLengthDuration } from './executors.ts';

export function progressBlock(
  executors: readonly Executor[],
  instance: InstanceState,
  elapsedMs: number,
  maxDurationMs: number,
  maxVUs: number,
  done: boolean,
): string {
  const width = String(maxVUs).length;
  const lines = [
    '',
    `running (${fixedLengthDuration(elapsedMs, maxDurationMs)}), ${String(instance.vusActive).padStart(width, '0')}/${String(instance.vusInitialized).padStart(width, '0')} VUs, ${instance.iterationsCompleted} complete and ${instance.iterationsInterrupted} interrupted iterations`,
  ];
  const nameWidth = Math.max(...executors.map((e) => e.config.name.length));
  const infos = executors.map((e) => e.progress());
  const colWidths: number[] = [];
  for (const info of infos) {
    info.right.forEach((c, i) => {
      colWidths[i] = Math.max(colWidths[i] ?? 0, c.length);
    });
  }
  executors.forEach((e, i) => {
    const info = infos[i] as { fraction: number; right: string[] };
    const finished = done || e.finished;
    const pct = String(finished ? 100 : Math.floor(info.fraction * 100)).padStart(3);
    const cols = info.right
      .map((c, j) => (j < info.right.length - 1 ? c.padEnd(colWidths[j] ?? 0) : c))
      .join('  ');
    lines.push(
      `${e.config.name.padEnd(nameWidth + 1)}${finished ? '✓ ' : '  '}[ ${pct}% ] ${cols}`,
    );
  });
  return `${lines.join('\n')}\n`;
}
