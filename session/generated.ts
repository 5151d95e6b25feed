/**
 * The configuration's JSON Schema, generated from its TypeBox definition
 * and committed as `config.schema.json` (editors validate
 * `loopgauge.config.json` through its `$schema`). `npm run config:generate`
 * writes it; a unit test fails when it is stale.
 */
import { ConfigSchema } from './config.ts';

export const CONFIG_SCHEMA_FILE = 'session/config.schema.json';

export function configSchemaJson(): string {
  return `${JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', ...ConfigSchema }, null, 2)}\n`;
}
