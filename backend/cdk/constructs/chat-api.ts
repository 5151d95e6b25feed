import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  type CfnStage,
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  HttpRoute,
  HttpRouteKey,
  HttpStage,
  LogGroupLogDestination,
  PayloadFormatVersion,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IUserPool, IUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { CORS_POLICY, FUNCTION_NAMES, type FunctionName, ROUTES } from '#contracts';
import type { StageConfig } from '#stages';

export interface ChatApiProps {
  stage: StageConfig;
  functions: Record<FunctionName, IFunction>;
  userPool: IUserPool;
  client: IUserPoolClient;
}

/**
 * Access log fields. `integrationErrorMessage` and `error.responseType` tell
 * a Lambda throttle (the client sees a plain 500) from a function error and
 * from the gateway's own 429/401
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-troubleshooting-lambda.html).
 */
export const ACCESS_LOG_FIELDS = {
  requestId: '$context.requestId',
  requestTime: '$context.requestTime',
  routeKey: '$context.routeKey',
  status: '$context.status',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationStatus: '$context.integrationStatus',
  integrationLatency: '$context.integrationLatency',
  integrationErrorMessage: '$context.integrationErrorMessage',
  errorResponseType: '$context.error.responseType',
  errorMessage: '$context.error.message',
  authorizerError: '$context.authorizer.error',
  sourceIp: '$context.identity.sourceIp',
  protocol: '$context.protocol',
} as const;

/**
 * The HTTP API: the three routes (payload v2.0), each behind the Cognito JWT
 * authorizer; stage and route throttles from the stage; access logs; CORS
 * for the configured origins only.
 */
export class ChatApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;
  readonly accessLogs: LogGroup;

  constructor(scope: Construct, id: string, props: ChatApiProps) {
    super(scope, id);
    const { stage } = props;

    this.api = new HttpApi(this, 'http-api', {
      apiName: `${Stack.of(this).stackName}-api`,
      description: `loopgauge chat API (${stage.name})`,
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: stage.api.corsAllowedOrigins,
        allowMethods: CORS_POLICY.allowMethods.map(
          (method) => CorsHttpMethod[method as keyof typeof CorsHttpMethod],
        ),
        allowHeaders: [...CORS_POLICY.allowHeaders],
        maxAge: Duration.seconds(CORS_POLICY.maxAgeSeconds),
      },
    });

    this.accessLogs = new LogGroup(this, 'access-logs', {
      retention: stage.logRetentionDays as RetentionDays,
      removalPolicy: stage.removal === 'retain' ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });

    const authorizer = new HttpUserPoolAuthorizer('cognito-authorizer', props.userPool, {
      userPoolClients: [props.client],
    });
    const routes = FUNCTION_NAMES.map((fn) => {
      const route = ROUTES[fn];
      return new HttpRoute(this, `route-${fn.replaceAll('_', '-')}`, {
        httpApi: this.api,
        routeKey: HttpRouteKey.with(route.path, HttpMethod[route.method]),
        integration: new HttpLambdaIntegration(
          `integration-${fn.replaceAll('_', '-')}`,
          props.functions[fn],
          {
            payloadFormatVersion: PayloadFormatVersion.VERSION_2_0,
          },
        ),
        authorizer,
      });
    });

    this.stage = new HttpStage(this, 'stage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: stage.api.throttle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
      },
    });
    // The L2 stage has no per-route throttles; CloudFormation's RouteSettings does.
    const cfnStage = this.stage.node.defaultChild as CfnStage;
    cfnStage.routeSettings = Object.fromEntries(
      FUNCTION_NAMES.map((fn) => [
        ROUTES[fn].routeKey,
        {
          ThrottlingRateLimit: stage.api.routeThrottles[fn].rateLimit,
          ThrottlingBurstLimit: stage.api.routeThrottles[fn].burstLimit,
        },
      ]),
    );
    // Route settings name routes by key: the routes must exist first.
    for (const route of routes) this.stage.node.addDependency(route);
  }
}
