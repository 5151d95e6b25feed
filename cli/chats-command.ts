/**
 * `loopgauge chats`: lists a provisioned user's chats, most recently active
 * first, through the reference client. A second, small consumer of the chat
 * API with a pact of its own (it reads four fields of a chat summary).
 */
import { readFile } from 'node:fs/promises';
import { ChatApiError, type GetChatsResponse } from '#contracts';
import { ChatApiClient } from '#contracts/client';
import { USERS_FILE } from '#stages';
import type { UsersFile } from '#targets';
import { type Command, countFlag, parseFlags, UsageError } from './args.ts';

export const CHATS_USAGE = `loopgauge chats [options]

Lists a user's chats, most recently active first (a small second client of the chat API).

  --users FILE    the tokens file npm run users writes (default ${USERS_FILE})
  --user N        which user of that file (default 1)
  --limit N       chats per page (default 20, at most 100)
  --cursor TEXT   the page after this cursor (printed under a page that has more)`;

/** The command as `loopgauge` runs it (cli/main.ts). */
export const command: Command = { usage: CHATS_USAGE, run: chatsCommand };

export async function chatsCommand(argv: string[]): Promise<number> {
  const { values } = parseFlags(argv, {
    users: { type: 'string' },
    user: { type: 'string' },
    limit: { type: 'string' },
    cursor: { type: 'string' },
  });
  const limit = countFlag(values.limit, 'limit', 20, 100);
  const which = countFlag(values.user, 'user', 1, 10_000);
  const path = values.users ?? USERS_FILE;
  const file = await readUsers(path);
  const user = file.users[which - 1];
  if (!user)
    throw new UsageError(`${path} holds ${file.users.length} users; --user ${which} is not one`);
  const client = new ChatApiClient({ baseUrl: file.apiUrl, getToken: () => user.accessToken });
  const page = await chatsPage(client, limit, values.cursor).catch((error: unknown) => {
    if (error instanceof ChatApiError && error.status === 401) {
      throw new UsageError(
        `the API refused user ${which}'s token of ${path} (401): tokens expire; provision users again (npm run users)`,
      );
    }
    if (error instanceof ChatApiError) throw error;
    // fetch failed: nothing answers at the file's API.
    throw new UsageError(
      `the API at ${file.apiUrl} (from ${path}) is not reachable: is its stage running? (npm run stage)`,
    );
  });
  process.stdout.write(page);
  return 0;
}

/** One page of the user's chats as a table, and how to get the next one. */
export async function chatsPage(
  client: ChatApiClient,
  limit: number,
  cursor: string | undefined,
): Promise<string> {
  const page: GetChatsResponse = await client.listChats({
    limit,
    ...(cursor === undefined ? {} : { cursor }),
  });
  if (page.chats.length === 0) return 'no chats\n';
  const rows = page.chats.map(
    (chat) =>
      `${chat.updatedAt.padEnd(24)}  ${String(chat.messageCount).padStart(8)}  ${chat.chatId}  ${chat.title}`,
  );
  const lines = [
    `${'LAST ACTIVE'.padEnd(24)}  ${'MESSAGES'.padStart(8)}  ${'CHAT'.padEnd(26)}  TITLE`,
    ...rows,
  ];
  if (page.nextCursor) lines.push('', `more: loopgauge chats --cursor ${page.nextCursor}`);
  return `${lines.join('\n')}\n`;
}

async function readUsers(path: string): Promise<UsersFile> {
  let file: Partial<UsersFile>;
  try {
    file = JSON.parse(await readFile(path, 'utf8')) as Partial<UsersFile>;
  } catch {
    throw new UsageError(
      `cannot read ${path} — provision users first (npm run users -- --count 1)`,
    );
  }
  if (typeof file.apiUrl !== 'string' || !Array.isArray(file.users)) {
    throw new UsageError(`${path} is not a users file (npm run users writes one)`);
  }
  return file as UsersFile;
}
