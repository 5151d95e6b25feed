/**
 * Files generated from the definitions in code, committed so that readers
 * and other tools find them without running anything: the two JSON Schemas
 * and the docs page of every AWS figure. `npm run report:generate` writes
 * them; a unit test fails when one is stale.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { CapacityFileSchema } from './capacity-file.ts';
import { figures } from './figures.ts';
import { ReportSchema } from './report-schema.ts';

const SCHEMA_DIALECT = 'http://json-schema.org/draft-07/schema#';

function schemaJson(schema: object): string {
  return `${JSON.stringify({ $schema: SCHEMA_DIALECT, ...schema }, null, 2)}\n`;
}

function figureTable(rows: ReturnType<typeof figures>['quotas']): string {
  const lines = [
    '| figure | value | source | confirmed by | taken |',
    '| --- | ---: | --- | --- | --- |',
  ];
  for (const f of rows) {
    lines.push(
      `| ${f.label} | ${f.value.toLocaleString('en-US', { maximumFractionDigits: 10 })} ${f.unit} | ${f.url} | ${f.confirmedBy ?? '—'} | ${f.taken} |`,
    );
  }
  return lines.join('\n');
}

/** Markdown as the repository's formatter (Biome, which `npm run lint` checks) writes it. */
function formatMarkdown(path: string, text: string): string {
  const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');
  return execFileSync(process.execPath, [biome, 'format', `--stdin-file-path=${path}`], {
    input: text,
    encoding: 'utf8',
  });
}

/** Paths relative to the repository root, and their generated content. */
export function generatedFiles(): Record<string, string> {
  const { quotas, prices } = figures(null);
  const page = `# AWS figures the reports use

Generated from \`stages/quotas.ts\` (\`AWS_QUOTAS\`, \`AWS_QUOTA_SOURCES\`) and
\`reports/prices.ts\` (\`AWS_PRICES\`) by \`npm run report:generate\`; do not edit
by hand. Every capacity report prints the same table with the figures it used,
marking those a capacity file replaced (\`quotas\`, \`prices\` in the capacity
file, schema \`reports/capacity.schema.json\`).

Quotas are AWS's defaults per account and Region; check your account's in
Service Quotas. Prices are us-east-1, on demand, before free tiers and volume
discounts. Where AWS's pricing page renders its numbers only in the browser,
"confirmed by" names the page the figure was read from.

## Quotas

${figureTable(quotas)}

## Prices

${figureTable(prices)}
`;
  return {
    'reports/capacity.schema.json': schemaJson(CapacityFileSchema),
    'reports/report.schema.json': schemaJson(ReportSchema),
    'docs/aws-figures.md': formatMarkdown('docs/aws-figures.md', page),
  };
}
