import { App, type AppProps, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { getStage, type StageName, stackName } from '#stages';
import { ChatStack } from './chat-stack.ts';

export interface ChatAppOptions {
  /** The stages to synthesize, by name. */
  stages: readonly string[];
  /** Per-developer suffix of the stack names (`loopgauge-<stage>-<instance>`). */
  instance?: string;
  /** Deploy-time account/Region (`CDK_DEFAULT_*`); unset: environment-agnostic stacks. */
  env?: { account?: string; region?: string };
  /** The app to add the stacks to (default: a new one). */
  app?: App;
  appProps?: AppProps;
  bundleMetafiles?: boolean;
}

/**
 * The CDK app: one `ChatStack` per stage, checked by cdk-nag's AwsSolutions
 * pack. An unacknowledged finding fails synthesis; every acknowledgment
 * carries its reason (nag.ts).
 */
export function createChatApp(options: ChatAppOptions): { app: App; stacks: ChatStack[] } {
  const app = options.app ?? new App(options.appProps);
  const stacks = options.stages.map((name) => {
    const stage = getStage(name);
    const id = stackName(stage.name as StageName, options.instance);
    const stack = new ChatStack(app, id, {
      stage,
      stackName: id,
      description: `loopgauge reference chat backend, stage ${stage.name}: ${stage.description}`,
      ...(options.env ? { env: options.env } : {}),
      bundleMetafiles: options.bundleMetafiles ?? false,
      tags: { project: 'loopgauge', 'loopgauge:stage': stage.name },
    });
    return stack;
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stacks };
}
