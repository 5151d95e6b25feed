/**
 * The AWS credentials of every SDK client the functions build. Lambda puts
 * the execution role's credentials in the environment
 * (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`:
 * https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime),
 * and the local stage sets the same variables, so the clients read them
 * there and nowhere else: the environment is the first source of the SDK's
 * default chain anyway
 * (https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/setting-credentials-node.html),
 * whose other sources (SSO, STS web identity, instance metadata, …) a
 * function never reaches but would have to load.
 */
import { fromEnv } from '@aws-sdk/credential-provider-env';

/** The credentials option of an SDK client: the environment's, read on first use. */
export function environmentCredentials(): ReturnType<typeof fromEnv> {
  return fromEnv();
}

/**
 * Stands in for `@aws-sdk/credential-provider-node` in the bundles (an
 * esbuild `alias`, bundle-options.ts): each client's runtime config imports
 * that package for its default chain, which the clients here never use
 * because they are given `environmentCredentials()`. Should a client be
 * built without credentials, it reads the environment, as the default chain
 * would in Lambda.
 */
export const defaultProvider: typeof fromEnv = fromEnv;
