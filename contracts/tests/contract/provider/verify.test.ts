import { readFileSync } from 'node:fs';
/**
 * Provider verification, after the consumer tests have written their pacts:
 * the committed pacts are those, and the real command verifies every
 * interaction of them against a local stage — and fails, naming the
 * interactions, when the same stage answers differently.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { PACTS_DIR, readPacts, stalePacts } from '#contracts/verify';
import { type Emulator, startEmulator } from '#emulator';
import type { LocalTargetFile } from '#targets';
import { loopgauge } from '../../support/loopgauge.ts';

const scratch = await mkdtemp(join(tmpdir(), 'loopgauge-verify-test-'));
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

function verify(args: string[]) {
  return loopgauge(['verify', ...args]);
}

/** The lines of one section of the command's summary (`title (n):` then indented lines). */
function section(output: string, title: string): string[] {
  const lines = output.split('\n');
  const start = lines.findIndex((line) => line.startsWith(title));
  if (start < 0) return [];
  const body: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('  ')) break;
    if (!line.startsWith('    ')) body.push(line.trim());
  }
  return body;
}

describe('the committed pacts', () => {
  it('are the ones the consumer tests wrote in this run', async () => {
    const written = await readPacts(inject('pactDir'));
    expect(
      written.map((pact) => pact.consumer),
      'no pact was written in this run: the consumer tests (the contract project) run first',
    ).not.toHaveLength(0);
    expect(
      await stalePacts(inject('pactDir'), PACTS_DIR),
      'the committed pacts are stale: run npm run contracts:consumer and commit contracts/pacts',
    ).toEqual([]);
  });
});

describe('loopgauge verify', () => {
  it('verifies every interaction of every pact against a local stage it starts', async () => {
    const pacts = await readPacts(PACTS_DIR);
    const total = pacts.reduce((sum, pact) => sum + pact.interactions.length, 0);

    const { code, output } = await verify([]);

    expect(output).toContain(`verified ${total} interactions: ${total} passed, 0 failed`);
    expect(output).toContain('the local stage, started for this run');
    expect(output).not.toMatch(/local-only|left out|not verified by Pact|pending/);
    for (const pact of pacts) {
      for (const interaction of pact.interactions)
        expect(output).toContain(interaction.description);
    }
    expect(output.trimEnd().split('\n').at(-1)).toBe('contract verified');
    expect(code, output).toBe(0);
  });

  describe('against a stage whose answers changed', () => {
    let emulator: Emulator | undefined;
    afterAll(async () => {
      await emulator?.close();
    });

    it('fails and names each interaction the change breaks', async () => {
      emulator = await startEmulator({
        workDir: '.loopgauge/test-contract',
        functionLogs: 'silent',
        // One field renamed on GET /chats, one status changed on GET /chats/{chatId}.
        responseHook: (result, functionName) => {
          if (result.statusCode !== 200) return result;
          if (functionName === 'get_chats')
            return { ...result, body: result.body?.replace('"nextCursor"', '"next_cursor"') };
          if (functionName === 'get_chat') return { ...result, statusCode: 203 };
          return result;
        },
      });
      const targetFile = join(scratch, 'broken.json');
      await writeFile(targetFile, JSON.stringify(targetOf(emulator)));

      const { code, output } = await verify([
        '--target',
        targetFile,
        '--interaction',
        'a request for',
      ]);

      const failed = section(output, 'failed (').map((line) => line.replace(/^.* - /, ''));
      expect(new Set(failed), output).toEqual(
        new Set([
          "a request for a chat's messages",
          "a request for the next page of a chat's messages",
          'a request for the chats of a user who has none',
          'a request for the first page of chats, two at a time',
          'a request for the next page of chats',
        ]),
      );
      expect(failed).toHaveLength(5);
      expect(output).toContain('verified 8 interactions: 3 passed, 5 failed');
      expect(output).toMatch(/nextCursor/);
      expect(output).toMatch(/expected 200 but was 203/);
      expect(section(output, 'left out by --interaction')).toContain(
        "loopgauge-cli: a listing of a user's chats, 20 at a time",
      );
      expect(output.trimEnd().split('\n').at(-1)).toBe('contract NOT verified');
      expect(code).toBe(1);
    });
  });
});

/** The target file of a running emulator, as it wrote it. */
function targetOf(emulator: Emulator): LocalTargetFile {
  return JSON.parse(readFileSync(emulator.targetFile, 'utf8')) as LocalTargetFile;
}
