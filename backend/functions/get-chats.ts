import { LIMITS } from '#contracts';
import { listChats } from './commons/chat-service.ts';
import { createRuntime } from './commons/runtime.ts';
import { parseCursorParam, parseLimit } from './commons/validation.ts';

const runtime = createRuntime(process.env);

export const handler = runtime.route('get_chats', (event, scope) =>
  listChats(scope, scope.sub, {
    limit: parseLimit(event.queryStringParameters, LIMITS.chatsPage),
    cursor: parseCursorParam(event.queryStringParameters),
  }),
);
