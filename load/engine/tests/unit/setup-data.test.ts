import { describe, expect, it } from 'vitest';
import { setupDataJson } from '../../setup-data.ts';

describe('setup() data, marshalled as k6 does', () => {
  it('sorts keys, turns undefined into null and dates into RFC 3339', () => {
    // Act
    const json = setupDataJson({
      b: [1, undefined, 'x'],
      a: { z: undefined, y: new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 500)) },
    });
    // Assess
    expect(json).toBe('{"a":{"y":"2026-01-02T03:04:05.5Z","z":null},"b":[1,null,"x"]}');
    expect(setupDataJson(undefined)).toBeUndefined();
  });

  it('fails on a function or a non-finite number, as Go does', () => {
    expect(() => setupDataJson({ f: () => 1 })).toThrow(/unsupported type: func/);
    expect(() => setupDataJson({ n: Number.NaN })).toThrow('json: unsupported value: NaN');
  });
});
