import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getStage, STAGE_NAMES, StageConfigError, stackName } from '#stages';
import { ChatStack } from '../../chat-stack.ts';
import { PROJECT_ROOT } from '../../project.ts';

const CDK = createRequire(import.meta.url).resolve('aws-cdk/bin/cdk');

interface Run {
  status: number | null;
  output: string;
}

/** The CDK CLI as `npm run synth` runs it, into `outdir`. */
function cdkSynth(outdir: string, ...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CDK, 'synth', '--quiet', '-o', outdir, ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, CI: 'true' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

describe('cdk synth (the CLI, offline, local esbuild)', () => {
  const outdirs = [1, 2].map(() => mkdtempSync(join(tmpdir(), 'loopgauge-synth-')));
  let every: Run;
  let unknown: Run;

  beforeAll(async () => {
    [every, unknown] = await Promise.all([
      cdkSynth(outdirs[0] ?? ''),
      cdkSynth(outdirs[1] ?? '', '-c', 'stage=staging'),
    ]);
  });

  afterAll(() => {
    for (const outdir of outdirs) rmSync(outdir, { recursive: true, force: true });
  });

  it('synthesizes every stage, one template each', () => {
    expect(every.output).not.toMatch(/docker/i);
    expect(every.status, every.output).toBe(0);
    for (const stage of STAGE_NAMES) {
      expect(existsSync(join(outdirs[0] ?? '', `${stackName(stage)}.template.json`))).toBe(true);
    }
  });

  it('leaves no cdk-nag finding unacknowledged', () => {
    const reportFile = join(outdirs[0] ?? '', 'validation-report.json');
    expect(existsSync(reportFile)).toBe(true);

    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as {
      pluginReports: Array<{ pluginName: string; violations: unknown[] }>;
    };

    expect(report.pluginReports.flatMap((plugin) => plugin.violations)).toEqual([]);
  });

  it('names the known stages when -c stage is unknown', () => {
    expect(unknown.status).not.toBe(0);
    expect(unknown.output).toContain(
      'unknown stage "staging" (known: local, test, throughput, small-table, prod)',
    );
  });
});

describe('synth failures', () => {
  it('fails on an invalid stage config, listing what is wrong', () => {
    const stage = structuredClone(getStage('test'));
    stage.functions.timeoutSeconds = 60;
    stage.api.throttle.burstLimit = 10_000;

    const build = () => new ChatStack(new App(), 'invalid', { stage });

    expect(build).toThrow(StageConfigError);
    expect(build).toThrow(/functions\.timeoutSeconds must be an integer from 1 to 29/);
    expect(build).toThrow(/api\.throttle\.burstLimit/);
  });
});
