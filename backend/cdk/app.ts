/**
 * The CDK app entry (`cdk.json` runs it). Context:
 * - `stage=<name>`: synthesize that stage only (default: every stage);
 * - `instance=<name>`: per-developer stack names, `loopgauge-<stage>-<instance>`.
 */
import { App } from 'aws-cdk-lib';
import { STAGE_NAMES } from '#stages';
import { createChatApp } from './chat-app.ts';

function contextString(app: App, key: string): string | undefined {
  const value: unknown = app.node.tryGetContext(key);
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new Error(`context "${key}" must be a string`);
  return value;
}

try {
  const app = new App();
  const stage = contextString(app, 'stage');
  const instance = contextString(app, 'instance');
  const account = process.env.CDK_DEFAULT_ACCOUNT;
  const region = process.env.CDK_DEFAULT_REGION;
  createChatApp({
    app,
    stages: stage === undefined ? STAGE_NAMES : [stage],
    ...(instance === undefined ? {} : { instance }),
    ...(account || region ? { env: { account, region } } : {}),
  });
  app.synth();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
