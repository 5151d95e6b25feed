/**
 * The capacity file: what a team expects (users, messages, peaks,
 * its AI provider's latency, quotas and prices) — the inputs the capacity
 * model cannot measure. One TypeBox definition gives the TypeScript type and
 * the JSON Schema (`capacity.schema.json`, which the main job's
 * configuration embeds); Ajv validates a file against it and every error
 * names the field, what it must be and what it was.
 *
 * Everything but `traffic` is optional: a figure the file leaves out comes
 * from the run (when it transfers to AWS) or from AWS's published figures,
 * and the report says which next to each number.
 */
import { readFile } from 'node:fs/promises';
import { type Static, Type as T, type TNumber, type TOptional } from '@sinclair/typebox';
import { Ajv, type ErrorObject } from 'ajv';
import { FUNCTION_NAMES, type FunctionName } from '#contracts';
import { AWS_PRICES, type PriceKey } from './prices.ts';

export const CAPACITY_FILE_VERSION = 1;

const nonNegative = (description: string) => T.Number({ minimum: 0, description });
const positive = (description: string) => T.Number({ exclusiveMinimum: 0, description });

const perRoute = (description: string) =>
  T.Object(
    Object.fromEntries(
      FUNCTION_NAMES.map((fn) => [fn, T.Optional(nonNegative(description))]),
    ) as Record<FunctionName, TOptional<TNumber>>,
    { additionalProperties: false, description },
  );

export const CapacityFileSchema = T.Object(
  {
    $schema: T.Optional(T.String()),
    version: T.Literal(CAPACITY_FILE_VERSION, { description: 'the capacity file format version' }),
    traffic: T.Object(
      {
        dailyActiveUsers: T.Integer({
          minimum: 0,
          description: 'users who send at least one message a day',
        }),
        messagesPerUserPerDay: nonNegative(
          'messages (POST /chats/{chatId}/messages) one user sends a day',
        ),
        peakToAverage: T.Number({
          minimum: 1,
          description:
            'peak request rate over the day’s average rate (3 = the busiest second carries 3× the mean)',
        }),
        signInsPerUserPerDay: T.Optional(
          nonNegative(
            'Cognito sign-ins (InitiateAuth) per user a day, refreshes included (default 1)',
          ),
        ),
        requestsPerMessage: T.Optional(
          T.Object(
            {
              get_chats: T.Optional(nonNegative('GET /chats per message sent')),
              get_chat: T.Optional(nonNegative('GET /chats/{chatId} per message sent')),
            },
            {
              additionalProperties: false,
              description: 'the read mix per message sent (default: the mix measured in the runs)',
            },
          ),
        ),
      },
      { additionalProperties: false },
    ),
    ai: T.Optional(
      T.Object(
        {
          latencyMs: T.Optional(positive('mean time of one AI provider call in production, ms')),
          inputTokensPerMessage: T.Optional(
            nonNegative('prompt tokens per message (history included)'),
          ),
          outputTokensPerMessage: T.Optional(nonNegative('completion tokens per message')),
          requestsPerMinute: T.Optional(
            positive('the provider account’s request limit per minute'),
          ),
          tokensPerMinute: T.Optional(positive('the provider account’s token limit per minute')),
          usdPerMillionInputTokens: T.Optional(nonNegative('price of 1M prompt tokens, USD')),
          usdPerMillionOutputTokens: T.Optional(nonNegative('price of 1M completion tokens, USD')),
        },
        { additionalProperties: false },
      ),
    ),
    lambda: T.Optional(
      T.Object(
        {
          durationMs: T.Optional(
            perRoute(
              'mean Lambda duration in production, ms, AI call excluded (default: measured on a deployed stage; a local run’s figures are the emulator’s own)',
            ),
          ),
          initDurationMs: T.Optional(
            positive('mean INIT duration of a cold start in production, ms'),
          ),
          coldStartShare: T.Optional(
            T.Number({
              minimum: 0,
              maximum: 1,
              description: 'share of invocations that cold-start in production',
            }),
          ),
        },
        { additionalProperties: false },
      ),
    ),
    quotas: T.Optional(
      T.Object(
        {
          lambdaAccountConcurrency: T.Optional(
            positive('the account’s Lambda concurrency in the Region'),
          ),
          apiGatewayAccountRps: T.Optional(
            positive('the account’s API Gateway throttle rate, requests/s'),
          ),
          apiGatewayAccountBurst: T.Optional(positive('the account’s API Gateway burst')),
          dynamodbTableReadUnits: T.Optional(positive('the table’s read unit quota per second')),
          dynamodbTableWriteUnits: T.Optional(positive('the table’s write unit quota per second')),
          ssmGetParameterTps: T.Optional(positive('SSM GetParameter throughput, calls/s')),
          cognitoUserAuthenticationRps: T.Optional(
            positive('Cognito UserAuthentication quota, requests/s'),
          ),
        },
        {
          additionalProperties: false,
          description: 'the Region’s quotas where they differ from AWS’s defaults',
        },
      ),
    ),
    prices: T.Optional(
      T.Object(
        Object.fromEntries(
          (Object.keys(AWS_PRICES) as PriceKey[]).map((key) => [
            key,
            T.Optional(nonNegative(`${AWS_PRICES[key].label}, USD per ${AWS_PRICES[key].unit}`)),
          ]),
        ) as Record<PriceKey, TOptional<TNumber>>,
        {
          additionalProperties: false,
          description: 'prices where they differ from us-east-1 on-demand',
        },
      ),
    ),
    verdict: T.Optional(
      T.Object(
        {
          regressionTolerance: T.Optional(
            T.Number({
              minimum: 0,
              maximum: 10,
              description:
                'how much worse than the baseline a figure may get before it fails (0.1 = 10 %; default 0.1)',
            }),
          ),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false, title: 'loopgauge capacity file' },
);

export type CapacityFile = Static<typeof CapacityFileSchema>;

export const DEFAULT_REGRESSION_TOLERANCE = 0.1;
export const DEFAULT_SIGN_INS_PER_USER_PER_DAY = 1;

export class CapacityFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CapacityFileError';
  }
}

const ajv = new Ajv({ allErrors: true, strict: true });
const validate = ajv.compile<CapacityFile>(CapacityFileSchema);

function describe(error: ErrorObject): string {
  const at =
    error.instancePath === '' ? 'the file' : error.instancePath.slice(1).replaceAll('/', '.');
  switch (error.keyword) {
    case 'additionalProperties':
      return `${at === 'the file' ? '' : `${at}: `}unknown field "${String(error.params.additionalProperty)}"`;
    case 'required':
      return `${at === 'the file' ? '' : `${at}: `}missing field "${String(error.params.missingProperty)}"`;
    case 'const':
      return `${at} must be ${JSON.stringify(error.params.allowedValue)}`;
    default:
      return `${at} ${error.message ?? 'is invalid'}`;
  }
}

/** The file's content checked against the schema; every problem in one error. */
export function parseCapacityFile(value: unknown, name = 'capacity file'): CapacityFile {
  if (validate(value)) return value;
  const problems = [...new Set((validate.errors ?? []).map(describe))];
  throw new CapacityFileError(`${name}: ${problems.join('; ')}`);
}

export async function readCapacityFile(path: string): Promise<CapacityFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CapacityFileError(
      `cannot read the capacity file ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CapacityFileError(`capacity file ${path} is not JSON: ${(error as Error).message}`);
  }
  return parseCapacityFile(value, `capacity file ${path}`);
}
