/**
 * Where the AI key comes from: an SSM SecureString (decrypted, cached per
 * execution environment by Powertools Parameters), or a literal value for
 * tests and the local stage. Both behind one interface.
 */
import { SSMProvider } from '@aws-lambda-powertools/parameters/ssm';
import type { SSMClient } from '@aws-sdk/client-ssm';
import type { AiConfig } from './config.ts';
import { environmentCredentials } from './credentials.ts';

export interface SecretSource {
  get(): Promise<string>;
}

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
  // readAiConfig guarantees exactly one of the two is set.
  return new SsmSecret(config.apiKeyParameterName as string, config.apiKeyCacheSeconds);
}
