import type { Incoming } from './routes.ts';
import { countPromptTokens } from './tokenizer.ts';
import type { ChatFacts, Dialect, WireResponse } from './wire.ts';

/**
 * The checks a request passes before the model sees it, in the order the
 * real APIs apply them: key, required headers, size, JSON, shape, context
 * window. Each failure is the provider's own error response.
 */

export type Admission =
  | { ok: true; body: unknown; facts: ChatFacts; apiKey: string; inputTokens: number }
  | { ok: false; error: WireResponse };

export interface AdmissionLimits {
  maxBodyBytes: number;
  contextWindowTokens: number;
}

export async function admit(
  dialect: Dialect,
  request: Incoming,
  limits: AdmissionLimits,
  requestId: string,
): Promise<Admission> {
  const refuse = (error: WireResponse): Admission => ({ ok: false, error });
  const apiKey = dialect.apiKey(request.headers);
  if (!apiKey) return refuse(dialect.unauthorized(requestId));
  const headerProblem = dialect.checkHeaders(request.headers, requestId);
  if (headerProblem) return refuse(headerProblem);

  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limits.maxBodyBytes) {
    return refuse(dialect.tooLarge(declared, limits.maxBodyBytes, requestId));
  }
  const bytes = await request.body();
  if (bytes.byteLength > limits.maxBodyBytes) {
    return refuse(dialect.tooLarge(bytes.byteLength, limits.maxBodyBytes, requestId));
  }
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    return refuse(dialect.invalidJson((error as Error).message, requestId));
  }
  const validation = dialect.validate(body, requestId);
  if (!validation.ok) return refuse(validation.error);

  const { facts } = validation;
  const inputTokens = countPromptTokens(facts.messages, facts.system);
  if (inputTokens > limits.contextWindowTokens) {
    return refuse(dialect.contextExceeded(inputTokens, limits.contextWindowTokens, requestId));
  }
  return { ok: true, body, facts, apiKey, inputTokens };
}
