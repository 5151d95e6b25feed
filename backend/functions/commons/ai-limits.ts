/**
 * The ranges the chat function accepts for its AI settings: the function
 * checks the environment it is given against them at init, and
 * `validateStage` checks a stage's `ai` block against the same ranges
 * (through `backend/pure.ts`).
 */
export const AI_LIMITS = {
  /** Per-attempt timeout; under the 29 s a function has inside the HTTP API's 30 s. */
  timeoutMs: { min: 100, max: 28_000 },
  maxRetries: { min: 0, max: 5 },
  maxOutputTokens: { min: 1, max: 32_000 },
  historyMaxMessages: { min: 0, max: 200 },
  historyMaxChars: { min: 0, max: 400_000 },
  /** How long an execution environment may reuse the key it read from SSM. */
  apiKeyCacheSeconds: { min: 0, max: 86_400 },
} as const satisfies Record<string, { min: number; max: number }>;
