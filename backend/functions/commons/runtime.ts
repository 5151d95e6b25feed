/**
 * Everything an execution environment builds once at init — configuration,
 * logger, SDK clients — and the per-request envelope around a route's work:
 * identity, route check, timing, logging, error mapping, telemetry headers.
 */
import { randomBytes } from 'node:crypto';
import { Logger } from '@aws-lambda-powertools/logger';
import type { Context } from 'aws-lambda';
import { type FunctionName, ROUTES } from '#contracts';
import type { Deadline } from './ai.ts';
import { readHttpConfig, readStoreConfig } from './config.ts';
import { CursorCodec } from './cursor.ts';
import { ApiError, asError, NotFoundError } from './errors.ts';
import { callerOf, errorResult, type HttpEvent, type HttpResult, jsonResult } from './http.ts';
import { RequestMeter } from './meter.ts';
import { ChatStore, createDocumentClient } from './store.ts';

type Env = Readonly<Record<string, string | undefined>>;

/** Time kept back from the Lambda deadline for storing the reply and answering. */
const RESPONSE_RESERVE_MS = 1_500;

export interface RequestScope {
  sub: string;
  store: ChatStore;
  cursors: CursorCodec;
  meter: RequestMeter;
  /** When the AI call must give up so the function still answers in time. */
  deadline: Deadline;
  /** When the function's time runs out (epoch ms). */
  endsAt: number;
}

export type RouteWork<T> = (event: HttpEvent, scope: RequestScope) => Promise<T>;

export interface Runtime {
  route<T>(
    name: FunctionName,
    work: RouteWork<T>,
  ): (event: HttpEvent, context: Context) => Promise<HttpResult>;
}

export function createRuntime(env: Env): Runtime {
  const logger = new Logger({ serviceName: 'loopgauge' });
  const storeConfig = readStoreConfig(env);
  const http = readHttpConfig(env);
  const store = new ChatStore(createDocumentClient(storeConfig), storeConfig.tableName);
  const cursors = new CursorCodec(http.cursorSecret);
  const environmentId = randomBytes(6).toString('hex');
  // Module evaluation ends here: in Lambda the clock started with the process,
  // in the local stage with the worker thread, so this is the init duration.
  let initDurationMs: number | undefined = performance.now();

  return {
    route(name, work) {
      const { routeKey } = ROUTES[name];
      return async (event, context) => {
        const meter = new RequestMeter();
        const requestId = event.requestContext?.requestId ?? context.awsRequestId;
        const coldInit = initDurationMs;
        initDurationMs = undefined;
        logger.addContext(context);
        logger.appendKeys({ route: routeKey, apiRequestId: requestId });
        let result: HttpResult;
        try {
          if (event.routeKey !== routeKey) throw new NotFoundError('no such route');
          const remainingMs = context.getRemainingTimeInMillis();
          const budgetMs = Math.max(0, remainingMs - RESPONSE_RESERVE_MS);
          const deadline = { signal: AbortSignal.timeout(budgetMs), at: Date.now() + budgetMs };
          const endsAt = Date.now() + remainingMs;
          const body = await work(event, {
            sub: callerOf(event),
            store,
            cursors,
            meter,
            deadline,
            endsAt,
          });
          result = jsonResult(200, body);
        } catch (thrown) {
          const error = asError(thrown);
          result = errorResult(error, requestId);
          logFailure(logger, error, result.statusCode);
        }
        logger.info('request', {
          status: result.statusCode,
          timings: meter.timings(),
          dynamodb: meter.dynamoDbLog(),
          ...(coldInit === undefined ? {} : { initDurationMs: coldInit }),
        });
        logger.removeKeys(['route', 'apiRequestId']);
        if (http.telemetryHeaders)
          Object.assign(result.headers, meter.headers(environmentId, coldInit));
        return result;
      };
    },
  };
}

/**
 * Logs what failed without leaking it: error names and statuses only —
 * no stack traces, provider bodies or key material.
 */
function logFailure(logger: Logger, error: Error, status: number): void {
  const cause = error.cause instanceof Error ? error.cause : undefined;
  const details = {
    status,
    error: error.name,
    code: error instanceof ApiError ? error.code : 'INTERNAL',
    ...(error instanceof ApiError && status < 500 ? { reason: error.message } : {}),
    ...(cause ? { cause: cause.name, causeStatus: (cause as { status?: unknown }).status } : {}),
  };
  if (status >= 500) logger.error('request failed', details);
  else logger.warn('request rejected', details);
}
