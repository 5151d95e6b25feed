/**
 * `npm run bench:local-lambda [-- --runs N]`: the cold-start INIT of each real
 * bundle in an execution environment of the local stage, over N cold starts,
 * as the pool measures it (thread start to the end of the bundle's import)
 * and as the handler reports it (Server-Timing `init`). Prints figures only.
 */
import { parseArgs } from 'node:util';
import { ENV } from '#backend';
import { FUNCTION_NAMES, parseServerTiming, ROUTES, TELEMETRY_HEADERS } from '#contracts';
import { buildFunctionBundles, DEFAULT_BUNDLE_DIR, FunctionPool } from './index.ts';

function options(): { runs: number } {
  try {
    const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' } } });
    const runs = Number(values.runs);
    if (!Number.isInteger(runs) || runs < 1 || runs > 1_000)
      throw new Error('--runs must be 1–1000');
    return { runs };
  } catch (error) {
    console.error(`bench:local-lambda: ${(error as Error).message}`);
    process.exit(2);
  }
}

function summary(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(9);
  return `median ${ms(at(0.5))}  p90 ${ms(at(0.9))}  min ${ms(sorted[0] ?? 0)}  max ${ms(at(1))}`;
}

const { runs } = options();
const started = performance.now();
const bundles = await buildFunctionBundles(DEFAULT_BUNDLE_DIR);
console.log(
  `bundles ready in ${(performance.now() - started).toFixed(0)} ms (${DEFAULT_BUNDLE_DIR})`,
);
console.log(`cold-start INIT over ${runs} cold starts each, Node ${process.versions.node}`);

for (const name of FUNCTION_NAMES) {
  const pool = new FunctionPool({
    name,
    bundlePath: bundles[name],
    env: {
      [ENV.tableName]: 'bench',
      [ENV.cursorSecret]: 'bench-cursor-secret-0123456789abcdefghij',
      [ENV.telemetryHeaders]: 'true',
      [ENV.aiApiKey]: 'bench-key',
      POWERTOOLS_LOG_LEVEL: 'CRITICAL',
    },
    memoryMb: 512,
    timeoutMs: 10_000,
    reservedConcurrency: 1,
    idleTimeoutMs: 60_000,
    logs: 'silent',
  });
  const runtimeMs: number[] = [];
  const handlerMs: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    // A route the function does not serve: it answers 404 without calling DynamoDB.
    const invocation = await pool.invoke({ routeKey: `${ROUTES[name].routeKey} (bench)` });
    if (invocation.kind !== 'result' || invocation.initDurationMs === undefined) {
      await pool.close();
      throw new Error(`${name}: expected a cold result, got ${JSON.stringify(invocation)}`);
    }
    runtimeMs.push(invocation.initDurationMs);
    const { headers } = invocation.payload as { headers: Record<string, string> };
    handlerMs.push(parseServerTiming(headers[TELEMETRY_HEADERS.serverTiming]).init ?? Number.NaN);
    await pool.recycle();
  }
  await pool.close();
  console.log(`${name.padEnd(12)} pool     ${summary(runtimeMs)}`);
  console.log(`${''.padEnd(12)} handler  ${summary(handlerMs)}`);
}
