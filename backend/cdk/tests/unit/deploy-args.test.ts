import { describe, expect, it } from 'vitest';
import { CliUsageError, cdkArguments } from '../../deploy-args.ts';

describe('cdkArguments', () => {
  it('deploys one stage’s stack and writes its outputs where the tools read them', () => {
    expect(cdkArguments(['deploy', '--stage', 'test'])).toEqual([
      'deploy',
      'loopgauge-test',
      '-c',
      'stage=test',
      '--outputs-file',
      '.loopgauge/targets/loopgauge-test.json',
    ]);
  });

  it('names per-developer stacks and passes flags after -- to the CDK CLI', () => {
    expect(
      cdkArguments([
        'deploy',
        '--stage',
        'prod',
        '--instance',
        'alice',
        '--',
        '--require-approval',
        'never',
      ]),
    ).toEqual([
      'deploy',
      'loopgauge-prod-alice',
      '-c',
      'stage=prod',
      '-c',
      'instance=alice',
      '--outputs-file',
      '.loopgauge/targets/loopgauge-prod-alice.json',
      '--require-approval',
      'never',
    ]);
  });

  it('destroys one stage’s stack, with --force when asked', () => {
    expect(cdkArguments(['destroy', '--stage', 'test', '--force'])).toEqual([
      'destroy',
      'loopgauge-test',
      '-c',
      'stage=test',
      '--force',
    ]);
  });

  it.each([
    [['deploy'], /--stage is required/],
    [
      ['deploy', '--stage', 'staging'],
      /unknown stage "staging" \(known: local, test, throughput, small-table, prod\)/,
    ],
    [['deploy', '--stage', 'local'], /the local stage runs on this machine/],
    [['deploy', '--stage', 'test', '--verbose'], /Unknown option '--verbose'/],
    [['deploy', '--stage', 'test', '--force'], /--force applies to destroy only/],
    [['deploy', '--stage', 'test', '--instance', 'Bad_Name'], /instance "Bad_Name" must be/],
    [['synth', '--stage', 'test'], /unknown command "synth"/],
  ])('rejects %j with one clear message', (argv, message) => {
    expect(() => cdkArguments(argv)).toThrow(message);
  });

  it('reports usage mistakes as CliUsageError', () => {
    expect(() => cdkArguments(['deploy'])).toThrow(CliUsageError);
  });
});
