/** `npm run config:generate`: writes the configuration's JSON Schema (see generated.ts). */
import { writeFile } from 'node:fs/promises';
import { CONFIG_SCHEMA_FILE, configSchemaJson } from './generated.ts';

await writeFile(CONFIG_SCHEMA_FILE, configSchemaJson());
process.stdout.write(`wrote ${CONFIG_SCHEMA_FILE}\n`);
