import { createChatModel } from './commons/ai.ts';
import { sendMessage } from './commons/chat-service.ts';
import { createRuntime } from './commons/runtime.ts';
import { decodeBody, parseChatId, parseSendMessageBody } from './commons/validation.ts';

const runtime = createRuntime(process.env);
const { model, config } = createChatModel(process.env);
const history = { maxMessages: config.historyMaxMessages, maxChars: config.historyMaxChars };

export const handler = runtime.route('send_message', (event, scope) => {
  // The size limit applies before anything else is read (a 413 beats a 400).
  const body = decodeBody(event.body, event.isBase64Encoded);
  const chatId = parseChatId(event.pathParameters);
  const request = parseSendMessageBody(body);
  return sendMessage({ ...scope, model, history }, scope.sub, chatId, request);
});
