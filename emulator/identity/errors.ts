/**
 * Cognito's errors as the JSON 1.1 protocol carries them: HTTP 400 (500 for
 * internal errors), `x-amzn-ErrorType: <Name>` and `{"__type": <Name>,
 * "message": ...}`. The SDK reads the name from the header, else from
 * `__type`, and throws the modelled exception class of that name
 * (https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html,
 * "Operation error serialization").
 *
 * Names and status codes from the Errors section of each operation in
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_Operations.html
 */
export type CognitoErrorType =
  | 'InvalidParameterException'
  | 'InvalidPasswordException'
  | 'NotAuthorizedException'
  | 'ResourceNotFoundException'
  | 'UserNotFoundException'
  | 'UsernameExistsException'
  | 'InternalErrorException'
  // Protocol-level errors of AWS JSON services (dynalite answers the same two
  // for DynamoDB: node_modules/dynalite/index.js).
  | 'UnknownOperationException'
  | 'SerializationException';

export class CognitoError extends Error {
  readonly type: CognitoErrorType;

  constructor(type: CognitoErrorType, message: string) {
    super(message);
    this.name = 'CognitoError';
    this.type = type;
  }

  get status(): number {
    return this.type === 'InternalErrorException' ? 500 : 400;
  }
}

/** The exact messages Cognito sends for the cases the local pool reproduces. */
export const MESSAGES = {
  incorrectCredentials: 'Incorrect username or password.',
  userExists: 'User account already exists',
  userMissing: 'User does not exist.',
  invalidRefreshToken: 'Invalid Refresh Token',
  expiredRefreshToken: 'Refresh Token has expired',
  invalidSession: 'Invalid session for the user.',
  expiredSession: 'Invalid session for the user, session is expired.',
  passwordAuthDisabled: 'USER_PASSWORD_AUTH flow not enabled for this client',
  emailFormatUsername:
    'Username cannot be of email format, since user pool is configured for email alias.',
  poolMissing: (id: string) => `User pool ${id} does not exist.`,
  clientMissing: (id: string) => `User pool client ${id} does not exist.`,
} as const;

/**
 * A request member that fails its model constraint, in the wording of AWS's
 * request validation ("1 validation error detected: Value null at 'username'
 * failed to satisfy constraint: Member must not be null").
 */
export function constraintError(member: string, value: unknown, constraint: string): CognitoError {
  const shown = value === undefined || value === null ? 'null' : `'${String(value)}'`;
  return new CognitoError(
    'InvalidParameterException',
    `1 validation error detected: Value ${shown} at '${member}' failed to satisfy constraint: ${constraint}`,
  );
}
