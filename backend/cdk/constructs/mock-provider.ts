import { FunctionUrlAuthType, InvokeMode } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import type { AiApi, MockProviderConfig, StageConfig } from '#stages';
import { repoPath } from '../project.ts';
import { LambdaFunction } from './lambda-function.ts';

export interface MockProviderProps {
  stage: StageConfig;
  provider: MockProviderConfig;
  /** The one key the mock accepts (a deploy-time secret reference); unset: any key. */
  requiredKey?: string | undefined;
  metafile?: boolean;
}

/** Environment variables the mock provider's Lambda adapter reads (mock-provider/lambda.ts). */
export const MOCK_ENV = {
  profile: 'MOCK_PROVIDER_PROFILE',
  seed: 'MOCK_PROVIDER_SEED',
  requiredKey: 'MOCK_PROVIDER_REQUIRED_KEY',
} as const;

/**
 * The mock AI provider as a Lambda behind a Function URL (test stages).
 *
 * The URL has no IAM auth: the chat function's provider SDK would otherwise
 * have to SigV4-sign every call. Instead the mock accepts one key, which the
 * stack generates and gives the chat function as its AI key; anyone else gets
 * the provider's 401 and never reaches the latency or fault model.
 */
export class MockProvider extends Construct {
  readonly lambda: LambdaFunction;
  readonly url: string;

  constructor(
    scope: Construct,
    id: string,
    { stage, provider, requiredKey, metafile }: MockProviderProps,
  ) {
    super(scope, id);
    this.lambda = new LambdaFunction(this, 'mock', {
      stage,
      entry: repoPath('mock-provider/lambda.ts'),
      memoryMb: provider.memoryMb,
      timeoutSeconds: provider.timeoutSeconds,
      reservedConcurrency: null,
      environment: {
        [MOCK_ENV.profile]: provider.profile,
        [MOCK_ENV.seed]: String(provider.seed),
        ...(requiredKey ? { [MOCK_ENV.requiredKey]: requiredKey } : {}),
      },
      description: `loopgauge ${stage.name}: mock AI provider (${provider.profile})`,
      metafile: metafile ?? false,
    });
    const functionUrl = this.lambda.function.addFunctionUrl({
      authType: FunctionUrlAuthType.NONE,
      invokeMode: InvokeMode.BUFFERED,
    });
    this.url = functionUrl.url;
  }

  /**
   * The base URL the provider SDK gets: the openai SDK appends
   * `/chat/completions` to a base ending in `/v1`; the Anthropic SDK appends
   * `/v1/messages` to the bare origin. The Function URL ends with `/`.
   */
  baseUrlFor(api: AiApi): string {
    return api === 'openai' ? `${this.url}v1` : this.url;
  }
}
