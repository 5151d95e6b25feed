/**
 * The environment each function gets, from a stage's configuration and the
 * values only a deployment knows (table name, secrets, the mock's URL). The
 * CDK stack and the local stage both build it here, so a deployed function
 * and a local one read the same settings.
 */
import type { FunctionName } from '#contracts';
import type { StageConfig } from '#stages';
import { FUNCTION_ACCESS } from './chat-service.ts';
import { type AiProviderName, ENV } from './config.ts';

export interface FunctionWiring {
  tableName: string;
  /** The cursor HMAC key (in CDK, a deploy-time dynamic reference). */
  cursorSecret: string;
  /** The AI SDK's base URL when it is not the provider's own (the mock provider). */
  aiBaseUrl: string | undefined;
  /** Where the AI key comes from: an SSM SecureString by name, or a literal (mock, local). */
  aiKey: { parameterName: string } | { value: string };
  /** Local stage only: DynamoDB elsewhere than the Region's endpoint. */
  dynamodbEndpoint?: string | undefined;
}

/** The SDK the stage's chat function uses: its provider's, or for the mock the one it emulates. */
export function aiProviderOf(stage: StageConfig): AiProviderName {
  const { provider } = stage;
  return provider.kind === 'mock' ? provider.api : provider.kind;
}

export function functionEnvironment(
  stage: StageConfig,
  functionName: FunctionName,
  wiring: FunctionWiring,
): Record<string, string> {
  const common: Record<string, string> = {
    [ENV.tableName]: wiring.tableName,
    [ENV.telemetryHeaders]: String(stage.telemetryHeaders),
    [ENV.cursorSecret]: wiring.cursorSecret,
    ...(wiring.dynamodbEndpoint ? { [ENV.dynamodbEndpoint]: wiring.dynamodbEndpoint } : {}),
  };
  if (!FUNCTION_ACCESS[functionName].ai) return common;
  return {
    ...common,
    [ENV.aiProvider]: aiProviderOf(stage),
    [ENV.aiModel]: stage.provider.model,
    [ENV.aiTimeoutMs]: String(stage.ai.timeoutMs),
    [ENV.aiMaxRetries]: String(stage.ai.maxRetries),
    [ENV.aiMaxOutputTokens]: String(stage.ai.maxOutputTokens),
    [ENV.historyMaxMessages]: String(stage.ai.historyMaxMessages),
    [ENV.historyMaxChars]: String(stage.ai.historyMaxChars),
    ...(wiring.aiBaseUrl ? { [ENV.aiBaseUrl]: wiring.aiBaseUrl } : {}),
    ...('parameterName' in wiring.aiKey
      ? {
          [ENV.aiApiKeyParameter]: wiring.aiKey.parameterName,
          [ENV.aiApiKeyCacheSeconds]: String(stage.ai.apiKeyCacheSeconds),
        }
      : { [ENV.aiApiKey]: wiring.aiKey.value }),
  };
}
