import type { Environment } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { StageConfig } from '#stages';
import { createChatApp } from '../../chat-app.ts';
import { ChatStack } from '../../chat-stack.ts';
import { cdkJsonContext } from '../../project.ts';

export interface Synthesized {
  stack: ChatStack;
  template: Template;
}

/** A stack from a stage config that is not one of the shipped stages. */
export interface CustomStack {
  id: string;
  stage: StageConfig;
  env?: Environment;
}

export interface SynthOptions {
  /** Where the cloud assembly goes (default: a new temporary folder). */
  outdir?: string;
  /** Writes esbuild's metafile next to each bundle. */
  bundleMetafiles?: boolean;
}

/**
 * Synthesizes the named stages (and custom variants) in one app, so the
 * bundles are built once and shared, with cdk.json's context and cdk-nag, as
 * `cdk synth` does. Results are keyed by stage name or custom stack id.
 */
export function synthesize(
  stages: readonly string[],
  custom: readonly CustomStack[] = [],
  options: SynthOptions = {},
): Record<string, Synthesized> {
  const bundleMetafiles = options.bundleMetafiles ?? false;
  const { app, stacks } = createChatApp({
    stages,
    appProps: { context: cdkJsonContext(), ...(options.outdir ? { outdir: options.outdir } : {}) },
    bundleMetafiles,
  });
  const customStacks = custom.map(
    ({ id, stage, env }) =>
      new ChatStack(app, id, { stage, bundleMetafiles, ...(env ? { env } : {}) }),
  );
  app.synth();
  return Object.fromEntries([
    ...stacks.map((stack, i) => [stages[i], { stack, template: Template.fromStack(stack) }]),
    ...customStacks.map((stack, i) => [
      custom[i]?.id,
      { stack, template: Template.fromStack(stack) },
    ]),
  ]);
}

/** The resource of `type` whose logical id is `logicalId`, as a plain object. */
export function resource(
  template: Template,
  type: string,
  logicalId: string,
): { Properties: Record<string, unknown>; DeletionPolicy?: string } {
  const found = template.findResources(type)[logicalId];
  if (!found) throw new Error(`no ${type} "${logicalId}" in the template`);
  return found as { Properties: Record<string, unknown>; DeletionPolicy?: string };
}
