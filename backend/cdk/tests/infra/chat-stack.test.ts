import { type CfnResource, Stack } from 'aws-cdk-lib';
import { Capture, Match, type Template } from 'aws-cdk-lib/assertions';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { beforeAll, describe, expect, it } from 'vitest';
import { FUNCTION_NAMES, type FunctionName, ROUTES } from '#contracts';
import {
  functionNameOutput,
  getStage,
  type LiveProviderConfig,
  type MockProviderConfig,
  STACK_OUTPUTS,
  type StageConfig,
} from '#stages';
import { ENV } from '../../../functions/commons/config.ts';
import { TABLE_KEYS } from '../../../functions/commons/table.ts';
import { createChatApp } from '../../chat-app.ts';
import type { ChatStack } from '../../chat-stack.ts';
import { MOCK_ENV } from '../../constructs/mock-provider.ts';
import { cdkJsonContext } from '../../project.ts';
import { resource, type Synthesized, synthesize } from '../support/synth.ts';

let stages: Record<string, Synthesized>;

/** prod, with the AI key encrypted by a customer managed key. */
const KMS_KEY_ARN = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

function prodWithKmsKey(): StageConfig {
  const stage = structuredClone(getStage('prod'));
  if (stage.provider.kind === 'mock') throw new Error('prod uses a real provider');
  stage.provider.apiKeyParameter = { name: '/loopgauge/prod/ai-api-key', kmsKeyArn: KMS_KEY_ARN };
  return stage;
}

beforeAll(() => {
  stages = synthesize(
    ['test', 'prod', 'throughput'],
    [
      {
        id: 'kms-key',
        stage: prodWithKmsKey(),
        env: { account: '111122223333', region: 'eu-west-1' },
      },
    ],
  );
});

function synthesized(name: string): Synthesized & { config: StageConfig } {
  const found = stages[name];
  if (!found) throw new Error(`stage ${name} was not synthesized`);
  return { ...found, config: getStage(name) };
}

function logicalId(stack: ChatStack, construct: { node: { defaultChild?: unknown } }): string {
  return stack.getLogicalId(construct.node.defaultChild as CfnResource);
}

function functionOf(stack: ChatStack, template: Template, fn: FunctionName) {
  const id = logicalId(stack, stack.functions[fn].function);
  return { id, props: resource(template, 'AWS::Lambda::Function', id).Properties };
}

function environmentOf(stack: ChatStack, template: Template, fn: FunctionName) {
  const { props } = functionOf(stack, template, fn);
  return (props.Environment as { Variables: Record<string, unknown> }).Variables;
}

/** All IAM statements of the role of `fn`. */
function statementsOf(stack: ChatStack, template: Template, fn: FunctionName) {
  const roleId = logicalId(stack, stack.functions[fn].role);
  const policies = template.findResources('AWS::IAM::Policy', {
    Properties: { Roles: Match.arrayWith([{ Ref: roleId }]) },
  });
  return Object.values(policies).flatMap(
    (policy) =>
      (policy as { Properties: { PolicyDocument: { Statement: Statement[] } } }).Properties
        .PolicyDocument.Statement,
  );
}

interface Statement {
  Action: string | string[];
  Resource: unknown;
  Condition?: unknown;
}

const actionsOf = (statement: Statement): string[] =>
  Array.isArray(statement.Action) ? statement.Action : [statement.Action];

describe.each(['test', 'prod'])('stage %s: HTTP API', (name) => {
  it('puts every route behind the Cognito JWT authorizer of the stack’s app client', () => {
    // Prepare
    const { stack, template } = synthesized(name);
    const clientId = logicalId(stack, stack.users.client);
    const poolId = logicalId(stack, stack.users.userPool);
    const authorizers = template.findResources('AWS::ApiGatewayV2::Authorizer', {
      Properties: {
        AuthorizerType: 'JWT',
        IdentitySource: ['$request.header.Authorization'],
        JwtConfiguration: {
          Audience: [{ Ref: clientId }],
          Issuer: Match.anyValue(),
        },
      },
    });
    const issuer = JSON.stringify(Object.values(authorizers)[0]);

    // Act
    const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map(
      (route) => (route as { Properties: Record<string, unknown> }).Properties,
    );

    // Assess
    expect(Object.keys(authorizers)).toHaveLength(1);
    expect(issuer).toContain('https://cognito-idp.');
    expect(issuer).toContain(poolId);
    expect(routes.map((route) => route.RouteKey).sort()).toEqual(
      FUNCTION_NAMES.map((fn) => ROUTES[fn].routeKey).sort(),
    );
    for (const route of routes) {
      expect(route).toMatchObject({
        AuthorizationType: 'JWT',
        AuthorizerId: { Ref: Object.keys(authorizers)[0] },
      });
    }
  });

  it('routes each route key to its own function with payload format 2.0', () => {
    const { stack, template } = synthesized(name);

    for (const fn of FUNCTION_NAMES) {
      const target = new Capture();
      template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
        RouteKey: ROUTES[fn].routeKey,
        Target: { 'Fn::Join': ['', ['integrations/', { Ref: target }]] },
      });
      const integration = resource(template, 'AWS::ApiGatewayV2::Integration', target.asString());
      expect(integration.Properties).toMatchObject({
        IntegrationType: 'AWS_PROXY',
        PayloadFormatVersion: '2.0',
        IntegrationUri: { 'Fn::GetAtt': [functionOf(stack, template, fn).id, 'Arn'] },
      });
    }
  });

  it('throttles the stage and each route with the numbers of the stage config', () => {
    const { template, config } = synthesized(name);

    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      DefaultRouteSettings: {
        ThrottlingRateLimit: config.api.throttle.rateLimit,
        ThrottlingBurstLimit: config.api.throttle.burstLimit,
      },
      RouteSettings: Object.fromEntries(
        FUNCTION_NAMES.map((fn) => [
          ROUTES[fn].routeKey,
          {
            ThrottlingRateLimit: config.api.routeThrottles[fn].rateLimit,
            ThrottlingBurstLimit: config.api.routeThrottles[fn].burstLimit,
          },
        ]),
      ),
    });
  });

  it('logs integration errors and error response types to its access log group', () => {
    const { template, config } = synthesized(name);
    const format = new Capture();
    const destination = new Capture();

    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      AccessLogSettings: { Format: format, DestinationArn: { 'Fn::GetAtt': [destination, 'Arn'] } },
    });

    const fields = Object.values(JSON.parse(format.asString()) as Record<string, string>);
    expect(fields).toEqual(
      expect.arrayContaining([
        '$context.requestId',
        '$context.integrationErrorMessage',
        '$context.error.responseType',
        '$context.status',
      ]),
    );
    expect(
      resource(template, 'AWS::Logs::LogGroup', destination.asString()).Properties,
    ).toMatchObject({ RetentionInDays: config.logRetentionDays });
  });

  it('allows CORS from the configured origins only', () => {
    const { template, config } = synthesized(name);

    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      ProtocolType: 'HTTP',
      CorsConfiguration: Match.objectLike({ AllowOrigins: config.api.corsAllowedOrigins }),
    });
  });
});

describe.each(['test', 'prod'])('stage %s: functions', (name) => {
  it('run bundled Node.js 22 code with the memory, timeout and concurrency of the config', () => {
    const { stack, template, config } = synthesized(name);

    for (const fn of FUNCTION_NAMES) {
      const { props } = functionOf(stack, template, fn);
      const settings = config.functions.settings[fn];
      expect(props).toMatchObject({
        Runtime: 'nodejs22.x',
        Handler: 'index.handler',
        Architectures: [config.functions.architecture],
        MemorySize: settings.memoryMb,
        Timeout: config.functions.timeoutSeconds,
      });
      expect(props.Timeout).toBeLessThanOrEqual(29);
      expect(props.ReservedConcurrentExecutions).toBe(settings.reservedConcurrency ?? undefined);
    }
  });

  it('set only environment variables the functions read, wiring the table and the cursor secret', () => {
    const { stack, template, config } = synthesized(name);
    const known = Object.values(ENV) as string[];
    const tableId = logicalId(stack, stack.chatTable.table);
    const secretId = logicalId(stack, stack.cursorSecret);

    for (const fn of FUNCTION_NAMES) {
      const env = environmentOf(stack, template, fn);
      expect(known).toEqual(expect.arrayContaining(Object.keys(env)));
      expect(env[ENV.tableName]).toEqual({ Ref: tableId });
      expect(env[ENV.telemetryHeaders]).toBe(String(config.telemetryHeaders));
      // A dynamic reference CloudFormation resolves at deploy time: no plaintext in the template.
      expect(env[ENV.cursorSecret]).toEqual({
        'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: secretId }, ':SecretString:::}}']],
      });
    }
  });

  it('give the AI settings to send_message only', () => {
    const { stack, template, config } = synthesized(name);

    const env = environmentOf(stack, template, 'send_message');
    expect(env).toMatchObject({
      [ENV.aiModel]: config.provider.model,
      [ENV.aiTimeoutMs]: String(config.ai.timeoutMs),
      [ENV.aiMaxRetries]: String(config.ai.maxRetries),
      [ENV.aiMaxOutputTokens]: String(config.ai.maxOutputTokens),
      [ENV.historyMaxMessages]: String(config.ai.historyMaxMessages),
      [ENV.historyMaxChars]: String(config.ai.historyMaxChars),
    });
    for (const fn of ['get_chats', 'get_chat'] as const) {
      expect(Object.keys(environmentOf(stack, template, fn))).toEqual(
        expect.not.arrayContaining([ENV.aiProvider, ENV.aiApiKey, ENV.aiApiKeyParameter]),
      );
    }
  });

  it('grant data access on the table and index ARNs only, never on "*"', () => {
    const { stack, template } = synthesized(name);
    const tableId = logicalId(stack, stack.chatTable.table);
    const tableArn = { 'Fn::GetAtt': [tableId, 'Arn'] };
    const indexArn = {
      'Fn::Join': ['', [tableArn, `/index/${TABLE_KEYS.activityIndex.name}`]],
    };

    const dynamo = (fn: FunctionName) =>
      statementsOf(stack, template, fn)
        .filter((s) => actionsOf(s).some((a) => a.startsWith('dynamodb:')))
        .map((s) => ({ actions: actionsOf(s).sort(), resource: s.Resource }));

    expect(dynamo('get_chats')).toEqual([{ actions: ['dynamodb:Query'], resource: indexArn }]);
    expect(dynamo('get_chat')).toEqual([{ actions: ['dynamodb:Query'], resource: tableArn }]);
    expect(dynamo('send_message')).toEqual([
      {
        actions: [
          'dynamodb:BatchGetItem',
          'dynamodb:PutItem',
          'dynamodb:Query',
          'dynamodb:UpdateItem',
        ],
        resource: tableArn,
      },
    ]);
    const everyStatement = Object.values(template.findResources('AWS::IAM::Policy')).flatMap(
      (p) =>
        (p as { Properties: { PolicyDocument: { Statement: Statement[] } } }).Properties
          .PolicyDocument.Statement,
    );
    expect(JSON.stringify(everyStatement.map((s) => s.Resource))).not.toMatch(/"\*"|:\*"/);
  });
});

describe('stage test: the mock provider', () => {
  it('runs the mock as a Lambda behind a Function URL, with the profile and seed of the config', () => {
    const { stack, template, config } = synthesized('test');
    const provider = config.provider as MockProviderConfig;
    const mock = stack.mockProvider;
    expect(mock).toBeDefined();
    const mockId = logicalId(stack, mock?.lambda.function ?? { node: {} });

    const props = resource(template, 'AWS::Lambda::Function', mockId).Properties;
    expect(props).toMatchObject({
      Runtime: 'nodejs22.x',
      Environment: {
        Variables: {
          [MOCK_ENV.profile]: provider.profile,
          [MOCK_ENV.seed]: String(provider.seed),
        },
      },
    });
    template.hasResourceProperties('AWS::Lambda::Url', {
      AuthType: 'NONE',
      TargetFunctionArn: { 'Fn::GetAtt': [mockId, 'Arn'] },
    });
  });

  it('points send_message at the mock with the key only it accepts, and no SSM access', () => {
    const { stack, template, config } = synthesized('test');
    const [urlId] = Object.keys(template.findResources('AWS::Lambda::Url'));

    const env = environmentOf(stack, template, 'send_message');

    expect(env[ENV.aiProvider]).toBe((config.provider as MockProviderConfig).api);
    // The openai SDK appends /chat/completions to a base ending in /v1.
    expect(env[ENV.aiBaseUrl]).toEqual({
      'Fn::Join': ['', [{ 'Fn::GetAtt': [urlId, 'FunctionUrl'] }, 'v1']],
    });
    // The one key the mock accepts: a generated secret, resolved at deploy
    // time into both functions, never plaintext in the template.
    const mockProps = resource(
      template,
      'AWS::Lambda::Function',
      logicalId(stack, stack.mockProvider?.lambda.function ?? { node: {} }),
    ).Properties as { Environment: { Variables: Record<string, unknown> } };
    const mockEnv = mockProps.Environment.Variables;
    expect(JSON.stringify(env[ENV.aiApiKey])).toMatch(/resolve:secretsmanager/);
    expect(mockEnv[MOCK_ENV.requiredKey]).toEqual(env[ENV.aiApiKey]);
    expect(env).not.toHaveProperty(ENV.aiApiKeyParameter);
    const actions = statementsOf(stack, template, 'send_message').flatMap(actionsOf);
    expect(actions.filter((a) => a.startsWith('ssm:') || a.startsWith('kms:'))).toEqual([]);
  });

  it('lets load-test users log in with USER_PASSWORD_AUTH and keeps tokens for a day', () => {
    const { template, config } = synthesized('test');

    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ExplicitAuthFlows: Match.arrayWith(['ALLOW_USER_PASSWORD_AUTH']),
      AccessTokenValidity: config.auth.accessTokenValidityMinutes,
      TokenValidityUnits: Match.objectLike({ AccessToken: 'minutes' }),
    });
  });
});

describe('stage prod', () => {
  it('turns telemetry headers off and point-in-time recovery on, and keeps the data', () => {
    const { stack, template } = synthesized('prod');
    const tableId = logicalId(stack, stack.chatTable.table);

    for (const fn of FUNCTION_NAMES) {
      expect(environmentOf(stack, template, fn)[ENV.telemetryHeaders]).toBe('false');
    }
    const table = resource(template, 'AWS::DynamoDB::Table', tableId);
    expect(table.Properties).toMatchObject({
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      DeletionProtectionEnabled: true,
      BillingMode: 'PAY_PER_REQUEST',
    });
    expect(table.DeletionPolicy).toBe('Retain');
  });

  it('reads the AI key from the one SSM parameter, with no KMS grant for the AWS managed key', () => {
    const { stack, template, config } = synthesized('prod');
    const parameter = (config.provider as LiveProviderConfig).apiKeyParameter;

    const env = environmentOf(stack, template, 'send_message');
    const statements = statementsOf(stack, template, 'send_message');

    expect(env[ENV.aiApiKeyParameter]).toBe(parameter.name);
    expect(env).not.toHaveProperty(ENV.aiApiKey);
    expect(env).not.toHaveProperty(ENV.aiBaseUrl);
    const ssm = statements.filter((s) => actionsOf(s).some((a) => a.startsWith('ssm:')));
    expect(ssm).toEqual([
      {
        Action: 'ssm:GetParameter',
        Effect: 'Allow',
        Resource: {
          'Fn::Join': [
            '',
            [
              'arn:',
              { Ref: 'AWS::Partition' },
              ':ssm:',
              { Ref: 'AWS::Region' },
              ':',
              { Ref: 'AWS::AccountId' },
              `:parameter${parameter.name}`,
            ],
          ],
        },
      },
    ]);
    expect(statements.flatMap(actionsOf).filter((a) => a.startsWith('kms:'))).toEqual([]);
    for (const fn of ['get_chats', 'get_chat'] as const) {
      expect(statementsOf(stack, template, fn).flatMap(actionsOf)).not.toContain(
        'ssm:GetParameter',
      );
    }
  });

  it('has no mock provider and no password login', () => {
    const { stack, template } = synthesized('prod');

    expect(stack.mockProvider).toBeUndefined();
    template.resourceCountIs('AWS::Lambda::Url', 0);
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ExplicitAuthFlows: Match.not(Match.arrayWith(['ALLOW_USER_PASSWORD_AUTH'])),
    });
  });
});

describe('stage throughput', () => {
  it('provisions the table and its index with the fixed units of the config', () => {
    const { template, config } = synthesized('throughput');
    const { billing } = config.table;
    if (billing.mode !== 'provisioned') throw new Error('the throughput stage is provisioned');

    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
      ],
      ProvisionedThroughput: {
        ReadCapacityUnits: billing.readUnits,
        WriteCapacityUnits: billing.writeUnits,
      },
      GlobalSecondaryIndexes: [
        {
          IndexName: TABLE_KEYS.activityIndex.name,
          KeySchema: [
            { AttributeName: TABLE_KEYS.activityIndex.partitionKey, KeyType: 'HASH' },
            { AttributeName: TABLE_KEYS.activityIndex.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
          ProvisionedThroughput: {
            ReadCapacityUnits: billing.indexReadUnits,
            WriteCapacityUnits: billing.indexWriteUnits,
          },
        },
      ],
    });
  });
});

describe.each(['test', 'prod', 'throughput'])('stage %s: outputs', (name) => {
  it('exports everything the load and report tools read', () => {
    const { template } = synthesized(name);

    const outputs = Object.keys(template.findOutputs('*'));

    expect(outputs).toEqual(
      expect.arrayContaining([
        STACK_OUTPUTS.stage,
        STACK_OUTPUTS.apiUrl,
        STACK_OUTPUTS.region,
        STACK_OUTPUTS.userPoolId,
        STACK_OUTPUTS.userPoolClientId,
        STACK_OUTPUTS.tableName,
        ...FUNCTION_NAMES.map(functionNameOutput),
      ]),
    );
    template.hasOutput(STACK_OUTPUTS.stage, { Value: name });
  });
});

describe('a stage whose AI key is encrypted with a customer managed key', () => {
  it('may decrypt with that key only through SSM, for that parameter', () => {
    const template = stages['kms-key']?.template;
    if (!template) throw new Error('the kms-key stack was not synthesized');

    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          {
            Action: 'ssm:GetParameter',
            Effect: 'Allow',
            Resource: 'arn:aws:ssm:eu-west-1:111122223333:parameter/loopgauge/prod/ai-api-key',
          },
          {
            Action: 'kms:Decrypt',
            Effect: 'Allow',
            Resource: KMS_KEY_ARN,
            Condition: {
              StringEquals: {
                'kms:ViaService': 'ssm.eu-west-1.amazonaws.com',
                'kms:EncryptionContext:PARAMETER_ARN':
                  'arn:aws:ssm:eu-west-1:111122223333:parameter/loopgauge/prod/ai-api-key',
              },
            },
          },
        ]),
      },
    });
  });
});

describe('cdk-nag in the chat app', () => {
  it('fails when cdk-nag finds something nobody acknowledged', () => {
    // Prepare: the chat app's checks, on a stack with one unreviewed resource.
    const { app } = createChatApp({ stages: [], appProps: { context: cdkJsonContext() } });
    new Secret(new Stack(app, 'unreviewed'), 'unreviewed-secret');

    // Act
    const synth = () => app.synth();

    // Assess
    expect(synth).toThrow(/unreviewed-secret[\s\S]*AwsSolutions-SMG4/);
  });
});
