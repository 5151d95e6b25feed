import { LIMITS } from '#contracts';
import { getChat } from './commons/chat-service.ts';
import { createRuntime } from './commons/runtime.ts';
import { parseChatId, parseCursorParam, parseLimit } from './commons/validation.ts';

const runtime = createRuntime(process.env);

export const handler = runtime.route('get_chat', (event, scope) =>
  getChat(scope, scope.sub, parseChatId(event.pathParameters), {
    limit: parseLimit(event.queryStringParameters, LIMITS.messagesPage),
    cursor: parseCursorParam(event.queryStringParameters),
  }),
);
