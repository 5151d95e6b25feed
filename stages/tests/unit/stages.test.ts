import { describe, expect, it } from 'vitest';
import {
  deployOutputsFile,
  getStage,
  k6Thresholds,
  parseDeployOutputs,
  STAGE_NAMES,
  STAGES,
  type StageConfig,
  StageConfigError,
  stackName,
  validateStage,
} from '#stages';

/** A deep copy of a shipped stage, to break on purpose. */
function copyOf(name: keyof typeof STAGES): StageConfig {
  return structuredClone(STAGES[name]);
}

function issuesOf(stage: StageConfig): readonly string[] {
  try {
    validateStage(stage);
  } catch (error) {
    if (error instanceof StageConfigError) return error.issues;
    throw error;
  }
  return [];
}

describe('shipped stages', () => {
  it.each(STAGE_NAMES)('%s is valid and named after its key', (name) => {
    const stage = getStage(name);

    expect(stage.name).toBe(name);
  });

  it('has at least the local, test and prod stages', () => {
    expect(STAGE_NAMES).toEqual(expect.arrayContaining(['local', 'test', 'prod']));
  });

  it('keeps telemetry headers off and PITR on in prod', () => {
    const prod = getStage('prod');

    expect(prod.telemetryHeaders).toBe(false);
    expect(prod.table.pointInTimeRecovery).toBe(true);
    expect(prod.provider.kind).not.toBe('mock');
  });
});

describe('getStage', () => {
  it('names the known stages when the name is unknown', () => {
    expect(() => getStage('staging')).toThrow(
      'unknown stage "staging" (known: local, test, throughput, small-table, prod)',
    );
  });
});

describe('validateStage', () => {
  it('lists every problem at once, each with its path', () => {
    // Prepare
    const stage = copyOf('test');
    stage.api.throttle.rateLimit = 20_000;
    stage.api.routeThrottles.send_message.burstLimit = 1.5;
    stage.functions.timeoutSeconds = 30;
    stage.functions.settings.get_chat.memoryMb = 64;
    stage.logRetentionDays = 10;
    stage.api.corsAllowedOrigins = ['https://app.example.com/path'];

    // Act
    const issues = issuesOf(stage);

    // Assess
    expect(issues).toEqual([
      expect.stringContaining('api.throttle.rateLimit'),
      expect.stringContaining('api.routeThrottles.send_message.burstLimit'),
      expect.stringContaining('api.corsAllowedOrigins: "https://app.example.com/path"'),
      expect.stringContaining('functions.timeoutSeconds must be an integer from 1 to 29'),
      expect.stringContaining('functions.settings.get_chat.memoryMb'),
      expect.stringContaining('logRetentionDays must be one of'),
    ]);
  });

  it('checks how the emulator runs the table', () => {
    const stage = copyOf('small-table');
    stage.table.emulation = {
      throttling: 'yes' as unknown as boolean,
      burstSeconds: 301,
      partitions: 0,
      indexPropagationMs: -1,
    };

    expect(issuesOf(stage)).toEqual([
      'table.emulation.throttling must be true or false',
      expect.stringContaining('table.emulation.burstSeconds must be an integer from 0 to 300'),
      expect.stringContaining('table.emulation.partitions must be an integer from 1 to 1000'),
      expect.stringContaining('table.emulation.indexPropagationMs must be an integer from 0'),
    ]);
  });

  it('throttles the small-table stage and not the local one', () => {
    expect(getStage('local').table.emulation).toMatchObject({
      throttling: false,
      indexPropagationMs: 0,
    });
    expect(getStage('small-table').table).toMatchObject({
      billing: { mode: 'provisioned', writeUnits: 10 },
      emulation: { throttling: true },
    });
  });

  it('puts the stage name and the issues in the error message', () => {
    const stage = copyOf('test');
    stage.provider = { ...stage.provider, model: ' ' };

    expect(() => validateStage(stage)).toThrow(
      /^stage "test" is invalid:\n {2}- provider\.model must not be empty$/,
    );
  });

  it('rejects AI attempts that cannot all end inside the Lambda timeout', () => {
    const stage = copyOf('test');
    stage.ai.timeoutMs = 14_000;
    stage.ai.maxRetries = 1;

    expect(issuesOf(stage)).toEqual([
      expect.stringMatching(/^ai: 2 attempt\(s\) of 14000 ms plus backoff need 29000 ms/),
    ]);
  });

  it('rejects reserved concurrency that leaves under 100 unreserved of the default 1,000', () => {
    const stage = copyOf('test');
    stage.functions.settings.send_message.reservedConcurrency = 900;

    expect(issuesOf(stage)).toEqual([expect.stringContaining('adds up to 920, over the 900')]);
  });

  it('rejects malformed SSM parameter names and KMS key ARNs', () => {
    const stage = copyOf('prod');
    stage.provider = {
      kind: 'openai',
      model: 'gpt-4o-mini',
      apiKeyParameter: { name: 'no-leading-slash', kmsKeyArn: 'alias/aws/ssm' },
    };

    expect(issuesOf(stage)).toEqual([
      expect.stringContaining('provider.apiKeyParameter.name'),
      expect.stringContaining('provider.apiKeyParameter.kmsKeyArn'),
    ]);
  });

  it('holds a production stage to production rules', () => {
    const stage = copyOf('test');
    stage.purpose = 'production';

    expect(issuesOf(stage)).toEqual([
      'telemetryHeaders must be false in a production stage',
      'provider must not be the mock in a production stage',
      'auth.passwordAuth must be false in a production stage',
      'table.pointInTimeRecovery must be true in a production stage',
      'removal must be "retain" in a production stage',
    ]);
  });

  it('checks provisioned units and SLO ordering', () => {
    const stage = copyOf('throughput');
    stage.table.billing = {
      mode: 'provisioned',
      readUnits: 0,
      writeUnits: 50,
      indexReadUnits: 50,
      indexWriteUnits: 50_000,
    };
    stage.slo.routes.get_chats = { p95Ms: 500, p99Ms: 400 };

    expect(issuesOf(stage)).toEqual([
      expect.stringContaining('table.billing.readUnits'),
      expect.stringContaining('table.billing.indexWriteUnits'),
      expect.stringContaining('slo.routes.get_chats.p99Ms'),
    ]);
  });
});

describe('k6Thresholds', () => {
  it('turns the SLOs into k6 threshold expressions per route', () => {
    const thresholds = k6Thresholds(getStage('test').slo);

    expect(thresholds).toEqual({
      http_req_failed: ['rate<0.01'],
      'http_req_duration{route:GET /chats}': ['p(95)<300', 'p(99)<1000'],
      'http_req_duration{route:GET /chats/{chatId}}': ['p(95)<300', 'p(99)<1000'],
      'http_req_duration{route:POST /chats/{chatId}/messages}': ['p(95)<9000', 'p(99)<12000'],
    });
  });

  it('uses the tag name it is given', () => {
    const thresholds = k6Thresholds(getStage('test').slo, { routeTag: 'name' });

    expect(Object.keys(thresholds)).toContain('http_req_duration{name:GET /chats}');
  });
});

describe('stack names and deploy outputs', () => {
  it('names stacks per stage and per developer', () => {
    expect(stackName('test')).toBe('loopgauge-test');
    expect(stackName('test', 'alice')).toBe('loopgauge-test-alice');
    expect(deployOutputsFile('loopgauge-test-alice')).toBe(
      '.loopgauge/targets/loopgauge-test-alice.json',
    );
  });

  it('rejects an instance name a stack name cannot carry', () => {
    expect(() => stackName('test', 'Alice_1')).toThrow(/instance "Alice_1" must be/);
  });

  it('reads a stack from a cdk outputs file', () => {
    const document = {
      'loopgauge-test': {
        StageName: 'test',
        ApiUrl: 'https://abc.execute-api.eu-west-1.amazonaws.com/',
        Region: 'eu-west-1',
        UserPoolId: 'eu-west-1_abc',
        UserPoolClientId: 'client',
        TableName: 'table',
        GetChatsFunctionName: 'f1',
        GetChatFunctionName: 'f2',
        SendMessageFunctionName: 'f3',
        MockProviderUrl: 'https://mock.lambda-url.eu-west-1.on.aws/',
      },
    };

    const deployed = parseDeployOutputs(document, 'loopgauge-test');

    expect(deployed).toEqual({
      stackName: 'loopgauge-test',
      stage: 'test',
      apiUrl: 'https://abc.execute-api.eu-west-1.amazonaws.com/',
      region: 'eu-west-1',
      userPoolId: 'eu-west-1_abc',
      userPoolClientId: 'client',
      tableName: 'table',
      functionNames: { get_chats: 'f1', get_chat: 'f2', send_message: 'f3' },
      mockProviderUrl: 'https://mock.lambda-url.eu-west-1.on.aws/',
    });
  });

  it('names the missing stack or outputs', () => {
    expect(() => parseDeployOutputs({ other: {} }, 'loopgauge-test')).toThrow(
      'deploy outputs have no stack "loopgauge-test" (stacks: other)',
    );
    expect(() =>
      parseDeployOutputs({ 'loopgauge-test': { StageName: 'test' } }, 'loopgauge-test'),
    ).toThrow(/lack ApiUrl, Region, UserPoolId, UserPoolClientId, TableName, GetChatsFunctionName/);
  });
});
