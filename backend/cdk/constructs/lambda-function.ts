import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { StageConfig } from '#stages';
import { bundlingOptions, FUNCTION_RUNTIME } from '../bundling.ts';
import { acknowledge, NAG_REASONS } from '../nag.ts';
import { PROJECT_ROOT, repoPath } from '../project.ts';

export interface LambdaFunctionProps {
  stage: StageConfig;
  /** The handler module (exports `handler`), absolute path. */
  entry: string;
  memoryMb: number;
  timeoutSeconds: number;
  reservedConcurrency: number | null;
  environment: Record<string, string>;
  description: string;
  /** Writes esbuild's metafile next to the bundle (the bundle benchmark only). */
  metafile?: boolean;
}

/**
 * A bundled Node.js function with its own log group (retention from the
 * stage) and its own role, which may write to that log group and nothing
 * else until the caller grants more.
 */
export class LambdaFunction extends Construct {
  readonly function: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: LambdaFunctionProps) {
    super(scope, id);
    const { stage } = props;

    this.logGroup = new LogGroup(this, 'logs', {
      retention: stage.logRetentionDays as RetentionDays,
      removalPolicy: stage.removal === 'retain' ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    this.role = new Role(this, 'role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: props.description,
    });
    // Instead of the AWSLambdaBasicExecutionRole managed policy (logs:* on every group).
    this.logGroup.grantWrite(this.role);

    this.function = new NodejsFunction(this, 'function', {
      entry: props.entry,
      handler: 'handler',
      runtime: FUNCTION_RUNTIME,
      architecture:
        stage.functions.architecture === 'arm64' ? Architecture.ARM_64 : Architecture.X86_64,
      memorySize: props.memoryMb,
      timeout: Duration.seconds(props.timeoutSeconds),
      ...(props.reservedConcurrency === null
        ? {}
        : { reservedConcurrentExecutions: props.reservedConcurrency }),
      environment: props.environment,
      description: props.description,
      role: this.role,
      logGroup: this.logGroup,
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: repoPath('package-lock.json'),
      bundling: bundlingOptions({ stage, metafile: props.metafile ?? false }),
    });
    acknowledge(this.function, NAG_REASONS.latestRuntime);
  }
}
