import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '#contracts';
import { FIXED_LAYERS, GATEWAY_FAILURE_CODES, isLayer, SAMPLE_METRICS } from '../../samples.ts';

describe('the sample schema', () => {
  it('knows the fixed layers and the coded ones', () => {
    for (const layer of FIXED_LAYERS) expect(isLayer(layer)).toBe(true);
    for (const code of Object.keys(ERROR_CODES)) expect(isLayer(`backend:${code}`)).toBe(true);
    for (const code of Object.values(GATEWAY_FAILURE_CODES)) {
      expect(isLayer(`backend:${code}`)).toBe(true);
    }
    expect(isLayer('ai:AI_RATE_LIMITED')).toBe(true);
  });

  it.each(['', 'backend:', 'ai:lower', 'gateway', 'lambda-throttle', 'backend:A B'])(
    'refuses %j as a layer',
    (value) => {
      expect(isLayer(value)).toBe(false);
    },
  );

  it('names every custom metric once, in k6 metric-name syntax', () => {
    const names = Object.values(SAMPLE_METRICS).map((metric) => metric.name);
    expect(new Set(names).size).toBe(names.length);
    // https://grafana.com/docs/k6/latest/using-k6/metrics/create-custom-metrics/
    for (const name of names) expect(name).toMatch(/^[a-zA-Z_][a-zA-Z0-9_]{0,127}$/);
  });
});
