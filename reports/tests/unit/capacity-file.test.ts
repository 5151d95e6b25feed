import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CapacityFileError, parseCapacityFile, readCapacityFile } from '../../capacity-file.ts';
import { generatedFiles } from '../../generated.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;
const minimal = {
  version: 1,
  traffic: { dailyActiveUsers: 1_000, messagesPerUserPerDay: 20, peakToAverage: 3 },
};

describe('the capacity file', () => {
  it('accepts the smallest valid file', () => {
    expect(parseCapacityFile(minimal).traffic.dailyActiveUsers).toBe(1_000);
  });

  it('names every problem at once, by field', () => {
    const bad = {
      version: 2,
      traffic: { dailyActiveUsers: -5, peakToAverage: 0.5, extra: 1 },
      prices: { lambdaRequests: 'cheap' },
    };
    expect(() => parseCapacityFile(bad, 'capacity.json')).toThrow(CapacityFileError);
    let message = '';
    try {
      parseCapacityFile(bad, 'capacity.json');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^capacity\.json: /);
    expect(message).toContain('version must be 1');
    expect(message).toContain('traffic.dailyActiveUsers must be >= 0');
    expect(message).toContain('traffic.peakToAverage must be >= 1');
    expect(message).toContain('traffic: missing field "messagesPerUserPerDay"');
    expect(message).toContain('traffic: unknown field "extra"');
    expect(message).toContain('prices.lambdaRequests must be number');
    expect(message.split('\n')).toHaveLength(1);
  });

  it('says when the file cannot be read or is not JSON', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'loopgauge-capacity-'));
    const file = join(dir, 'capacity.json');
    writeFileSync(file, '{ "version": 1,');
    await expect(readCapacityFile(file)).rejects.toThrow(`capacity file ${file} is not JSON`);
    await expect(readCapacityFile(join(dir, 'none.json'))).rejects.toThrow(
      /cannot read the capacity file .*none\.json \(ENOENT\)/,
    );
    writeFileSync(file, JSON.stringify(minimal));
    await expect(readCapacityFile(file)).resolves.toMatchObject({ version: 1 });
  });
});

describe('generated files', () => {
  it.each(Object.entries(generatedFiles()))(
    '%s is current (npm run report:generate)',
    (path, content) => {
      expect(readFileSync(join(ROOT, path), 'utf8')).toBe(content);
    },
  );

  it('the published JSON Schema is the one the validator uses', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'reports/capacity.schema.json'), 'utf8'));
    expect(schema.properties.traffic.required).toEqual([
      'dailyActiveUsers',
      'messagesPerUserPerDay',
      'peakToAverage',
    ]);
  });
});
