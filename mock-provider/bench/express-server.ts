import { createServer } from '@mswjs/http-middleware';
import { resolveProfile } from '../profiles.ts';
import { createMockProvider } from '../provider.ts';
import { listen } from '../server.ts';

/**
 * For the benchmark only: the same handlers served by `@mswjs/http-middleware`
 * (Express), to compare with the node:http adapter the server uses.
 * Usage: tsx mock-provider/bench/express-server.ts <profile> <seed>
 */
const [profileName = 'fast', seedText = '1'] = process.argv.slice(2);
const provider = createMockProvider({
  profile: resolveProfile(profileName),
  seed: Number(seedText),
  openaiBaseUrl: '*',
  anthropicBaseUrl: '*',
});
const app = createServer(...provider.handlers, ...provider.adminHandlers);
const { createServer: createHttpServer } = await import('node:http');
const server = createHttpServer({ noDelay: true, keepAliveTimeout: 65_000 }, app);
const address = await listen(server, 0, '127.0.0.1');
process.stdout.write(`mock-provider listening on http://127.0.0.1:${address.port}\n`);
const stop = () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
