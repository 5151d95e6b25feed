import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { AccountRecovery, Mfa, UserPool, type UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import type { StageConfig } from '#stages';
import { acknowledge, NAG_REASONS } from '../nag.ts';

export interface UserDirectoryProps {
  stage: StageConfig;
}

/**
 * The Cognito user pool and the one public app client whose access tokens
 * the HTTP API's JWT authorizer accepts. Users are created by an admin (the
 * load tools provision load-test users); there is no self sign-up.
 */
export class UserDirectory extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;

  constructor(scope: Construct, id: string, { stage }: UserDirectoryProps) {
    super(scope, id);
    const production = stage.purpose === 'production';

    this.userPool = new UserPool(this, 'user-pool', {
      selfSignUpEnabled: false,
      signInAliases: { username: true, email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      standardAttributes: { email: { required: false, mutable: true } },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: production ? Mfa.OPTIONAL : Mfa.OFF,
      mfaSecondFactor: { sms: false, otp: production },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      deletionProtection: stage.removal === 'retain',
      removalPolicy: stage.removal === 'retain' ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });

    acknowledge(this.userPool, NAG_REASONS.plusFeaturePlan, NAG_REASONS.mfaRequired);

    this.client = this.userPool.addClient('client', {
      generateSecret: false,
      authFlows: {
        userSrp: true,
        // USER_PASSWORD_AUTH lets load tools log users in with one InitiateAuth call (test stages only).
        userPassword: stage.auth.passwordAuth,
      },
      accessTokenValidity: Duration.minutes(stage.auth.accessTokenValidityMinutes),
      idTokenValidity: Duration.minutes(stage.auth.accessTokenValidityMinutes),
      refreshTokenValidity: Duration.days(stage.auth.refreshTokenValidityDays),
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      disableOAuth: true,
    });
  }
}
