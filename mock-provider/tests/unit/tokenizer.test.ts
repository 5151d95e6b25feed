import { describe, expect, it } from 'vitest';
import { countPromptTokens, countTokens } from '#mock-provider';
import { Rng } from '../../prng.ts';
import { generatePieces } from '../../text.ts';

describe('tokenizer approximation', () => {
  it.each([
    ['', 0],
    ['hello', 1],
    ['hello world', 2],
    ['Hello, world!', 4],
    ['internationalization', 4],
    ['12345678', 3],
    ['日本語', 3],
    ['line one\n\nline two', 5],
  ])('counts %j as %i tokens', (text, tokens) => {
    expect(countTokens(text)).toBe(tokens);
  });

  it('adds OpenAI message framing: 3 per message plus the role, and 3 for the reply', () => {
    // "user" is 1 token, "hi" is 1 token: 3 + (3 + 1 + 1)
    expect(countPromptTokens([{ role: 'user', content: 'hi' }])).toBe(8);
    expect(
      countPromptTokens(
        [{ role: 'user', content: [{ type: 'text', text: 'hi' }, { type: 'image_url' }] }],
        'be brief',
      ),
    ).toBe(3 + (3 + 1 + 2) + (3 + 1 + 1 + 85));
  });

  it('generated replies count back to exactly the planned number of tokens', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const tokens = seed * 7;
      const pieces = generatePieces(new Rng(seed, 2, 3, 4), tokens);
      expect(pieces).toHaveLength(tokens);
      expect(countTokens(pieces.join(''))).toBe(tokens);
    }
  });
});
