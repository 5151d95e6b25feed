import { describe, expect, it } from 'vitest';
import { type Directives, formatDirectives, parseDirectives } from '#mock-provider';

describe('parseDirectives', () => {
  it('reads every key of a valid block', () => {
    // Act
    const { directives, problems } = parseDirectives(
      'Hello [mock latency=1500ms tokens=200 fault=429 retry-after=1.5s] there',
    );

    // Assess
    expect(problems).toEqual([]);
    expect(directives).toEqual({ latencyMs: 1500, tokens: 200, fault: '429', retryAfterMs: 1500 });
  });

  it('reads ttft, tpot, scripts and several blocks', () => {
    const { directives, problems } = parseDirectives(
      '[mock ttft=20ms tpot=0.5ms] and later [mock script=429,429,ok fault=none]',
    );
    expect(problems).toEqual([]);
    expect(directives).toEqual({
      ttftMs: 20,
      tpotMs: 0.5,
      script: ['429', '429', 'ok'],
      fault: 'none',
    });
  });

  it('ignores text without a block and the bare block', () => {
    expect(parseDirectives('no directives here [mocked] [mock]')).toEqual({
      directives: {},
      problems: [],
    });
  });

  it.each([
    ['unknown key', '[mock speed=3]', /unknown key "speed"/],
    ['duration without unit', '[mock latency=1500]', /expected a duration/],
    ['negative duration', '[mock ttft=-5ms]', /expected a duration/],
    ['duration over the maximum', '[mock latency=601s]', /over the 600000ms maximum/],
    ['zero tokens', '[mock tokens=0]', /positive integer/],
    ['fractional tokens', '[mock tokens=2.5]', /positive integer/],
    ['too many tokens', '[mock tokens=40000]', /over the 32768 maximum/],
    ['unknown fault', '[mock fault=418]', /expected one of 429, 500, 529/],
    ['bad script step', '[mock script=429,teapot]', /script step "teapot"/],
    ['missing value', '[mock tokens=]', /expected key=value/],
    ['upper-case key', '[mock TOKENS=5]', /unknown key "TOKENS"/],
  ])('reports and ignores %s', (_label, text, problem) => {
    // Act
    const { directives, problems } = parseDirectives(`${text} [mock tokens=7]`);

    // Assess: the bad pair is reported, the good one still applies
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(problem);
    expect(directives.tokens).toBe(7);
  });

  it('keeps the first of a repeated key and reports the second', () => {
    const { directives, problems } = parseDirectives('[mock tokens=5 tokens=9]');
    expect(directives.tokens).toBe(5);
    expect(problems).toEqual(['"tokens=9": "tokens" was already given; the first value stays']);
  });

  it('drops latency when ttft or tpot is also given', () => {
    const { directives, problems } = parseDirectives('[mock latency=1s ttft=10ms]');
    expect(directives).toEqual({ ttftMs: 10 });
    expect(problems).toEqual([
      '"latency" cannot be combined with "ttft" or "tpot"; latency ignored',
    ]);
  });

  it('never throws on arbitrary text', () => {
    const samples = [
      '[mock',
      '[mock ]]]',
      '[mock ==== = =]',
      '[mock a=b=c]',
      '\u0000[mock \u{1F600}=1]',
    ];
    for (const text of samples) {
      expect(() => parseDirectives(text)).not.toThrow();
    }
    expect(parseDirectives('[mock a=b=c]').problems[0]).toMatch(/unknown key "a"/);
  });
});

describe('formatDirectives', () => {
  it('writes a block that parses back to the same directives', () => {
    const directives: Directives = {
      ttftMs: 20,
      tpotMs: 0.5,
      tokens: 200,
      script: ['429', 'ok'],
      retryAfterMs: 1500,
    };
    const text = formatDirectives(directives);
    expect(text).toBe('[mock ttft=20ms tpot=0.5ms tokens=200 script=429,ok retry-after=1500ms]');
    expect(parseDirectives(`Hello ${text}`)).toEqual({ directives, problems: [] });
    expect(parseDirectives(formatDirectives({ latencyMs: 300, fault: 'none' })).directives).toEqual(
      { latencyMs: 300, fault: 'none' },
    );
  });

  it('writes nothing when there is nothing to ask for', () => {
    expect(formatDirectives({})).toBe('');
  });
});
