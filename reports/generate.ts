/** `npm run report:generate`: writes the generated files (see generated.ts). */
import { writeFile } from 'node:fs/promises';
import { generatedFiles } from './generated.ts';

for (const [path, content] of Object.entries(generatedFiles())) {
  await writeFile(path, content);
  process.stdout.write(`wrote ${path}\n`);
}
