import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getStage } from '#stages';
import { readConfig } from '../../config.ts';
import {
  aiLatencyPlan,
  breakpointPlan,
  durationSeconds,
  estimateTokens,
  predictOnsets,
  throttlePlan,
} from '../../plans.ts';
import { PROFILE_NAMES, SCENARIO_NAMES } from '../../scenarios.ts';

describe('scenarios and profiles', () => {
  it('has one scenario file per scenario name', () => {
    const files = readdirSync(new URL('../../../scenarios/', import.meta.url))
      .filter((file) => file.endsWith('.ts'))
      .map((file) => file.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual([...SCENARIO_NAMES].sort());
  });
});

describe('plans from the stage', () => {
  const local = getStage('local');

  it('predicts Lambda throttles from rate × duration and the gateway from the route rate', () => {
    // send_message: 8 environments, 50 req/s route limit.
    expect(predictOnsets(local, 'send_message', 320)).toEqual([
      { layer: 'lambda_throttle', rate: 25 },
      { layer: 'gateway_throttle', rate: 50 },
    ]);
    expect(predictOnsets(local, 'send_message', 100)[0]).toEqual({
      layer: 'gateway_throttle',
      rate: 50,
    });
  });

  it.each(PROFILE_NAMES)('ramps the throttle scenario past both limits (%s)', (profile) => {
    const plan = throttlePlan(local, profile);
    expect(plan.latencyMs).toBe(320);
    expect(plan.peakRate).toBeGreaterThan(plan.routeRate);
    expect(plan.expected.map((onset) => onset.layer)).toEqual([
      'lambda_throttle',
      'gateway_throttle',
    ]);
  });

  it('fits the deployed test stage with the same profile', () => {
    const plan = throttlePlan(getStage('test'), 'full');
    expect(plan.latencyMs).toBe(1_200);
    expect(plan.expected.map((onset) => onset.layer)).toEqual([
      'lambda_throttle',
      'gateway_throttle',
    ]);
  });

  it('puts only the slow AI step past the send limit', () => {
    const plan = aiLatencyPlan(local, 'quick');
    expect(plan.steps.map((step) => step.predictedConcurrency < plan.concurrencyLimit)).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('expects the breakpoint to break at the send route first', () => {
    expect(breakpointPlan(local, 'quick').first).toMatchObject({
      layer: 'lambda_throttle',
      route: 'POST /chats/{chatId}/messages',
    });
  });
});

describe('readConfig', () => {
  it('reads the settings the runner passes', () => {
    const config = readConfig({
      API_URL: 'http://127.0.0.1:3000/',
      USERS_FILE: '/tmp/users.json',
      STAGE: 'test',
      PROFILE: 'full',
    });
    expect(config).toMatchObject({ apiUrl: 'http://127.0.0.1:3000', profile: 'full' });
    expect(config.stage.name).toBe('test');
  });

  it('names everything missing or wrong at once', () => {
    expect(() => readConfig({ STAGE: 'staging', PROFILE: 'huge', DURATION: 'long' })).toThrow(
      /API_URL.*USERS_FILE.*PROFILE must be quick, full, tiny.*STAGE: unknown stage "staging".*DURATION/,
    );
  });
});

describe('estimateTokens', () => {
  it('bounds a run on a real provider by its sends and the stage’s AI limits', () => {
    const prod = getStage('prod');
    const estimate = estimateTokens('soak', 'quick', prod);
    // 4 flows/s for 15 s, each send with a full history and the longest reply.
    expect(estimate.sends).toBe(60);
    expect(estimate.tokensPerSend).toBe(
      Math.ceil(prod.ai.historyMaxChars / 4) + prod.ai.maxOutputTokens,
    );
    expect(estimate.tokens).toBe(60 * estimate.tokensPerSend);
  });

  it.each([
    ['90s', 90],
    ['30m', 1_800],
    ['1h30m', 5_400],
    ['500ms', 0.5],
  ])('reads the duration %s', (text, seconds) => {
    expect(durationSeconds(text)).toBe(seconds);
  });
});
