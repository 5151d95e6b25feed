/** Shaping the mock AI provider per request, through the chat API (the directive rides in the message). */
import { type Directives, formatDirectives } from '../../mock-provider/pure.ts';

export type { Directives };

/** `[mock …]` for these directives, to append to a message's content. */
export function mockDirective(directives: Directives): string {
  return formatDirectives(directives);
}
