/** Number formats shared by the Markdown and HTML renderings. */

export function num(value: number | null | undefined, digits = 3): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1_000) return Math.round(value).toLocaleString('en-US');
  return Number(value.toPrecision(digits)).toLocaleString('en-US', { maximumFractionDigits: 6 });
}

export function ms(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return `${num(value)} ms`;
}

export function pct(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const p = value * 100;
  return `${p >= 10 ? p.toFixed(0) : p >= 1 ? p.toFixed(1) : p.toFixed(2)} %`;
}

export function usd(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (value === 0) return '$0';
  if (Math.abs(value) >= 100) return `$${Math.round(value).toLocaleString('en-US')}`;
  if (Math.abs(value) >= 0.01) return `$${value.toFixed(2)}`;
  return `$${Number(value.toPrecision(2))}`;
}

export function rate(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${num(value)}/s`;
}
