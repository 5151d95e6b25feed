import { createChatModel } from './commons/ai.ts';
import { sendMessage } from './commons/chat-service.ts';
import { createRuntime } from './commons/runtime.ts';
import { decodeBody, parseChatId, parseSendMessageBody } from './commons/validation.ts';

const runtime = createRuntime(process.env);
const { model, config } = createChatModel(process.env);
const history = { maxMessages: config.historyMaxMessages, maxChars: config.historyMaxChars };

export const handler = runtime.route('send_message', (event, scope) => {
  const chatId = parseChatId(event.pathParameters);
  const request = parseSendMessageBody(decodeBody(event.body, event.isBase64Encoded));
  return sendMessage({ ...scope, model, history }, scope.sub, chatId, request);
});
