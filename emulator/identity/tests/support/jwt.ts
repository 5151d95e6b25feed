/** Reads a compact JWT without verifying it (test assertions only). */
export function decodeJwt(token: string): {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
} {
  const [header = '', payload = ''] = token.split('.');
  const part = (text: string) => JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  return { header: part(header), payload: part(payload) };
}

/** The claim names Cognito puts in an access token (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html). */
export const ACCESS_CLAIMS = [
  'auth_time',
  'client_id',
  'event_id',
  'exp',
  'iat',
  'iss',
  'jti',
  'origin_jti',
  'scope',
  'sub',
  'token_use',
  'username',
];

export const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
