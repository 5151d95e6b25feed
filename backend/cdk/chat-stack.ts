import { CfnOutput, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { FUNCTION_NAMES, type FunctionName, ROUTES } from '#contracts';
import {
  type ApiKeyParameter,
  functionNameOutput,
  STACK_OUTPUTS,
  type StageConfig,
  validateStage,
} from '#stages';
import { FUNCTION_ENTRY_FILES } from '../functions/bundle-options.ts';
import { FUNCTION_ACCESS } from '../functions/commons/chat-service.ts';
import { type FunctionWiring, functionEnvironment } from '../functions/commons/environment.ts';
import { ChatApi } from './constructs/chat-api.ts';
import { ChatTable } from './constructs/chat-table.ts';
import { LambdaFunction } from './constructs/lambda-function.ts';
import { MockProvider } from './constructs/mock-provider.ts';
import { UserDirectory } from './constructs/user-directory.ts';
import { acknowledge, NAG_REASONS } from './nag.ts';
import { repoPath } from './project.ts';

export interface ChatStackProps extends StackProps {
  stage: StageConfig;
  /** Writes esbuild metafiles next to the bundles (the bundle benchmark only). */
  bundleMetafiles?: boolean;
}

/**
 * One deployable stage of the reference backend: Cognito → HTTP API → three
 * functions → DynamoDB, the AI key in SSM (referenced by name, never created
 * here), and in mock stages the mock provider behind a Function URL.
 */
export class ChatStack extends Stack {
  readonly functions: Record<FunctionName, LambdaFunction>;
  readonly users: UserDirectory;
  readonly chatTable: ChatTable;
  readonly cursorSecret: Secret;
  /** The mock AI provider, in stages that use it. */
  readonly mockProvider: MockProvider | undefined;

  constructor(scope: Construct, id: string, props: ChatStackProps) {
    super(scope, id, props);
    // Fails synthesis with every problem listed when the stage config is invalid.
    const stage = validateStage(props.stage);
    const removalPolicy = stage.removal === 'retain' ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

    const users = new UserDirectory(this, 'users', { stage });
    this.users = users;
    const chatTable = new ChatTable(this, 'chat-table', { stage });
    this.chatTable = chatTable;

    // Pagination cursors are HMAC-signed with this. It reaches the functions
    // as a CloudFormation dynamic reference ({{resolve:secretsmanager:…}}),
    // resolved at deploy time: the template holds no plaintext, and the
    // functions need no Secrets Manager access at run time.
    const cursorSecret = new Secret(this, 'cursor-secret', {
      description: `loopgauge ${stage.name}: HMAC key of pagination cursors`,
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
      removalPolicy,
    });
    acknowledge(cursorSecret, NAG_REASONS.secretRotation);
    this.cursorSecret = cursorSecret;

    const provider = stage.provider;
    const apiKeyParameter: ApiKeyParameter | null = provider.apiKeyParameter;
    // Where the chat function's AI key comes from. A live provider's key is
    // always an SSM parameter; a mock stage without one gets a generated key,
    // the only one its mock's Function URL accepts (a deploy-time dynamic
    // reference, like the cursor secret). With a parameter the mock accepts any.
    let aiKey: FunctionWiring['aiKey'];
    if (apiKeyParameter) {
      aiKey = { parameterName: apiKeyParameter.name };
    } else {
      const secret = new Secret(this, 'mock-provider-key', {
        description: `loopgauge ${stage.name}: the one key the mock AI provider accepts`,
        generateSecretString: { passwordLength: 40, excludePunctuation: true },
        removalPolicy,
      });
      acknowledge(secret, NAG_REASONS.secretRotation);
      aiKey = { value: secret.secretValue.unsafeUnwrap() };
    }
    const mock =
      provider.kind === 'mock'
        ? new MockProvider(this, 'mock-provider', {
            stage,
            provider,
            requiredKey: 'value' in aiKey ? aiKey.value : undefined,
            metafile: props.bundleMetafiles ?? false,
          })
        : undefined;
    this.mockProvider = mock;
    // The same environment the local stage builds (functionEnvironment), with
    // the values only this deployment knows.
    const wiring: FunctionWiring = {
      tableName: chatTable.table.tableName,
      cursorSecret: cursorSecret.secretValue.unsafeUnwrap(),
      aiBaseUrl: mock?.baseUrlFor(provider.kind === 'mock' ? provider.api : provider.kind),
      aiKey,
    };

    const functions = {} as Record<FunctionName, LambdaFunction>;
    for (const fn of FUNCTION_NAMES) {
      const settings = stage.functions.settings[fn];
      const lambda = new LambdaFunction(this, fn.replaceAll('_', '-'), {
        stage,
        entry: repoPath(FUNCTION_ENTRY_FILES[fn]),
        memoryMb: settings.memoryMb,
        timeoutSeconds: stage.functions.timeoutSeconds,
        reservedConcurrency: settings.reservedConcurrency,
        environment: functionEnvironment(stage, fn, wiring),
        description: `loopgauge ${stage.name}: ${ROUTES[fn].routeKey}`,
        metafile: props.bundleMetafiles ?? false,
      });
      const access = FUNCTION_ACCESS[fn];
      if (access.table.length > 0) {
        lambda.role.addToPrincipalPolicy(
          new PolicyStatement({ actions: access.table, resources: [chatTable.table.tableArn] }),
        );
      }
      if (access.index.length > 0) {
        lambda.role.addToPrincipalPolicy(
          new PolicyStatement({ actions: access.index, resources: [chatTable.activityIndexArn] }),
        );
      }
      functions[fn] = lambda;
    }
    this.functions = functions;

    if (apiKeyParameter) {
      for (const fn of FUNCTION_NAMES) {
        if (FUNCTION_ACCESS[fn].ai) grantParameterRead(this, functions[fn], apiKeyParameter);
      }
    }

    const api = new ChatApi(this, 'chat-api', {
      stage,
      functions: Object.fromEntries(
        FUNCTION_NAMES.map((fn) => [fn, functions[fn].function]),
      ) as Record<FunctionName, LambdaFunction['function']>,
      userPool: users.userPool,
      client: users.client,
    });

    const output = (id: string, key: string, value: string, description: string): void => {
      new CfnOutput(this, id, { value, description }).overrideLogicalId(key);
    };
    output('stage-name', STACK_OUTPUTS.stage, stage.name, 'loopgauge stage of this stack');
    output('api-url', STACK_OUTPUTS.apiUrl, api.stage.url, 'base URL of the HTTP API');
    output('region', STACK_OUTPUTS.region, this.region, 'AWS Region of the stack');
    output(
      'user-pool-id',
      STACK_OUTPUTS.userPoolId,
      users.userPool.userPoolId,
      'Cognito user pool',
    );
    output(
      'user-pool-client-id',
      STACK_OUTPUTS.userPoolClientId,
      users.client.userPoolClientId,
      'Cognito app client',
    );
    output('table-name', STACK_OUTPUTS.tableName, chatTable.table.tableName, 'DynamoDB chat table');
    for (const fn of FUNCTION_NAMES) {
      output(
        `${fn.replaceAll('_', '-')}-function-name`,
        functionNameOutput(fn),
        functions[fn].function.functionName,
        `Lambda function of ${ROUTES[fn].routeKey}`,
      );
    }
    if (mock)
      output(
        'mock-provider-url',
        STACK_OUTPUTS.mockProviderUrl,
        mock.url,
        'mock AI provider Function URL',
      );
  }
}

/**
 * `ssm:GetParameter` on exactly the key's parameter. `kms:Decrypt` only for a
 * customer managed key, and only through SSM for that parameter: the AWS
 * managed `aws/ssm` key's policy already lets account principals decrypt
 * through SSM (https://docs.aws.amazon.com/systems-manager/latest/userguide/ps-restrict-decryption.html).
 */
function grantParameterRead(stack: Stack, fn: LambdaFunction, parameter: ApiKeyParameter): void {
  const parameterArn = stack.formatArn({
    service: 'ssm',
    resource: 'parameter',
    resourceName: parameter.name.slice(1),
  });
  fn.role.addToPrincipalPolicy(
    new PolicyStatement({ actions: ['ssm:GetParameter'], resources: [parameterArn] }),
  );
  if (parameter.kmsKeyArn !== null) {
    fn.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['kms:Decrypt'],
        resources: [parameter.kmsKeyArn],
        conditions: {
          StringEquals: {
            'kms:ViaService': `ssm.${stack.region}.amazonaws.com`,
            'kms:EncryptionContext:PARAMETER_ARN': parameterArn,
          },
        },
      }),
    );
  }
}
