/**
 * Where the AI key comes from: an SSM SecureString (decrypted, cached per
 * execution environment by Powertools Parameters), or a literal value for
 * tests and the local stage. Both behind one interface.
 */
import { SSMProvider } from '@aws-lambda-powertools/parameters/ssm';
import type { SSMClient } from '@aws-sdk/client-ssm';
import { type AiConfig, ENV } from './config.ts';
import { environmentCredentials } from './credentials.ts';
import { ConfigError } from './errors.ts';

export interface SecretSource {
  get(): Promise<string>;
}

/**
 * Whether a bundle can read the key from SSM, replaced at build time by
 * esbuild's `define` with whether the stage names an SSM parameter
 * (bundle-options.ts): a bundle for a stage without one leaves `SsmSecret`,
 * Powertools Parameters and the SSM client out
 * (https://esbuild.github.io/api/#define). Not defined when the functions run
 * from source (tests): then both sources are available.
 */
declare const LOOPGAUGE_AI_KEY_IN_SSM: boolean;

export class SsmSecret implements SecretSource {
  readonly #provider: SSMProvider;
  readonly #name: string;
  readonly #maxAge: number;

  constructor(name: string, maxAgeSeconds: number, client?: SSMClient) {
    this.#provider = new SSMProvider(
      client
        ? { awsSdkV3Client: client }
        : { clientConfig: { credentials: environmentCredentials() } },
    );
    this.#name = name;
    this.#maxAge = maxAgeSeconds;
  }

  async get(): Promise<string> {
    const value = await this.#provider.get(this.#name, { decrypt: true, maxAge: this.#maxAge });
    if (typeof value !== 'string' || value.length === 0) {
      throw new Error(`SSM parameter ${this.#name} has no value`);
    }
    return value;
  }
}

export class StaticSecret implements SecretSource {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  async get(): Promise<string> {
    return this.#value;
  }
}

export function secretSourceFor(config: AiConfig): SecretSource {
  if (config.apiKey !== undefined) return new StaticSecret(config.apiKey);
  // Starts with the build-time constant, so esbuild folds the whole `if` away
  // in a bundle without SSM. readAiConfig guarantees the parameter name is set.
  if (typeof LOOPGAUGE_AI_KEY_IN_SSM === 'undefined' || LOOPGAUGE_AI_KEY_IN_SSM) {
    return new SsmSecret(config.apiKeyParameterName as string, config.apiKeyCacheSeconds);
  }
  throw new ConfigError(
    `${ENV.aiApiKeyParameter} is set, but this bundle was built for a stage without an SSM parameter`,
  );
}
