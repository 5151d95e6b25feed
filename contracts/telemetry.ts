/**
 * Telemetry headers that test stages add to every backend response
 * (architecture, "Telemetry headers"). k6 scenarios and the reports parse them.
 */
export const TELEMETRY_HEADERS = {
  serverTiming: 'server-timing',
  coldStart: 'x-loopgauge-cold-start',
  environment: 'x-loopgauge-env',
  dynamodb: 'x-loopgauge-ddb',
} as const;

/** Server-Timing metric names, in the order the backend writes them. */
export const TIMING_NAMES = ['init', 'ssm', 'ddb', 'ai', 'app'] as const;
export type TimingName = (typeof TIMING_NAMES)[number];

/**
 * DynamoDB use of one request: `rcu`/`wcu` are totals (table and indexes),
 * `idxRcu`/`idxWcu` the part of them that global secondary indexes consumed
 * (absent from backends that do not report it).
 */
export interface DynamoDbUsage {
  rcu: number;
  wcu: number;
  idxRcu?: number;
  idxWcu?: number;
  retries: number;
}

export function formatServerTiming(timings: Partial<Record<TimingName, number>>): string {
  return TIMING_NAMES.filter((name) => timings[name] !== undefined)
    .map((name) => `${name};dur=${round(timings[name] ?? 0)}`)
    .join(', ');
}

export function parseServerTiming(
  header: string | null | undefined,
): Partial<Record<TimingName, number>> {
  const out: Partial<Record<TimingName, number>> = {};
  if (!header) return out;
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (!name || !(TIMING_NAMES as readonly string[]).includes(name)) continue;
    for (const param of params) {
      const [key, value] = param.trim().split('=');
      if (key === 'dur' && value !== undefined && Number.isFinite(Number(value))) {
        out[name as TimingName] = Number(value);
      }
    }
  }
  return out;
}

/** `rcu=…;wcu=…;idx_rcu=…;idx_wcu=…;retries=…` (the index fields only when known). */
export function formatDynamoDbUsage(usage: DynamoDbUsage): string {
  const index =
    usage.idxRcu === undefined && usage.idxWcu === undefined
      ? ''
      : `idx_rcu=${round(usage.idxRcu ?? 0)};idx_wcu=${round(usage.idxWcu ?? 0)};`;
  return `rcu=${round(usage.rcu)};wcu=${round(usage.wcu)};${index}retries=${usage.retries}`;
}

export function parseDynamoDbUsage(header: string | null | undefined): DynamoDbUsage | undefined {
  if (!header) return undefined;
  const fields = new Map(
    header.split(';').map((pair) => {
      const [key = '', value = ''] = pair.trim().split('=');
      return [key, Number(value)] as const;
    }),
  );
  const rcu = fields.get('rcu');
  const wcu = fields.get('wcu');
  const retries = fields.get('retries');
  if (![rcu, wcu, retries].every((n) => n !== undefined && Number.isFinite(n))) return undefined;
  const usage: DynamoDbUsage = {
    rcu: rcu as number,
    wcu: wcu as number,
    retries: retries as number,
  };
  const idxRcu = fields.get('idx_rcu');
  const idxWcu = fields.get('idx_wcu');
  if (idxRcu !== undefined && Number.isFinite(idxRcu)) usage.idxRcu = idxRcu;
  if (idxWcu !== undefined && Number.isFinite(idxWcu)) usage.idxWcu = idxWcu;
  return usage;
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
