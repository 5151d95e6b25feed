import { describe, expect, it } from 'vitest';
import { MockState } from '../../state.ts';

describe('MockState', () => {
  it('keeps the latest entries of a bounded journal and counts the dropped ones', () => {
    // Prepare
    const state = new MockState(3);

    // Act
    for (let i = 0; i < 5; i++) {
      const entry = state.begin('openai', null);
      entry.status = 200;
      entry.outcome = 'ok';
      state.finish(entry);
    }

    // Assess
    expect(state.journal().map((e) => e.seq)).toEqual([3, 4, 5]);
    expect(state.journal({ limit: 2 }).map((e) => e.seq)).toEqual([4, 5]);
    expect(state.metrics()).toMatchObject({
      requests: 5,
      inFlight: 0,
      journalDropped: 2,
      byStatus: { '200': 5 },
    });
  });

  it('counts attempts per fingerprint and per conversation, and reset forgets them', () => {
    const state = new MockState(10, [{ conversation: 'c1', steps: ['429'] }]);
    expect([state.nextAttempt('f'), state.nextAttempt('f'), state.nextAttempt('g')]).toEqual([
      1, 2, 1,
    ]);
    expect(state.nextConversationAttempt('c1')).toBe(1);
    state.setScript('c2', ['500', 'ok']);
    state.reset();
    expect(state.nextAttempt('f')).toBe(1);
    expect(state.scriptFor('c1')).toEqual(['429']);
    expect(state.scriptFor('c2')).toBeUndefined();
  });

  it('keeps the in-flight count across a reset', () => {
    const state = new MockState(10);
    const pending = state.begin('anthropic', 0);
    state.reset();
    expect(state.metrics().inFlight).toBe(1);
    pending.outcome = 'client_closed';
    state.finish(pending);
    expect(state.metrics()).toMatchObject({ inFlight: 0, byOutcome: { client_closed: 1 } });
  });
});
