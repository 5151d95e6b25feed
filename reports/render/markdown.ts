/** `report.md`: the sections as GitHub-flavoured Markdown, short enough for a pull-request comment. */
import type { Report } from '../report-schema.ts';
import { type Cell, type Section, sections, type Table } from './sections.ts';

/** GitHub's limit for a comment body is 65,536 characters. */
export const COMMENT_LIMIT = 65_536;

function cell(c: Cell): string {
  const text = typeof c === 'string' ? c : c.text;
  const escaped = text.replaceAll('|', '\\|').replaceAll('\n', ' ');
  if (typeof c === 'string') return escaped;
  if ('href' in c) return `[${escaped}](${c.href})`;
  return `**${escaped}**`;
}

function table(t: Table): string {
  const align = t.head.map((_, i) => (t.numeric?.includes(i) ? '---:' : '---'));
  return [
    `| ${t.head.map(cell).join(' | ')} |`,
    `| ${align.join(' | ')} |`,
    ...t.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

function section(s: Section): string {
  const parts = [`${'#'.repeat(s.level + 1)} ${s.title}`];
  for (const b of s.blocks) {
    if (b.chart) continue;
    const body: string[] = [];
    if (b.text) body.push(b.text);
    if (b.list) body.push(b.list.map((item) => `- ${item.map(cell).join(' ')}`).join('\n'));
    if (b.table) body.push(table(b.table));
    if (body.length === 0) continue;
    parts.push(
      b.collapsed
        ? `<details><summary>${b.collapsed}</summary>\n\n${body.join('\n\n')}\n\n</details>`
        : body.join('\n\n'),
    );
  }
  return parts.join('\n\n');
}

export function renderMarkdown(report: Report): string {
  const head = `## ${report.title}\n\n${report.verdict.passed ? '✅' : '❌'} ${report.runs.length} scenario${report.runs.length === 1 ? '' : 's'} (${report.runs.map((r) => r.scenario).join(', ')}), generated ${report.generatedAt}. The HTML report (index.html) beside this file has the charts.`;
  const body = [head, ...sections(report).map(section)].join('\n\n');
  if (body.length <= COMMENT_LIMIT) return `${body}\n`;
  // Too long for a comment: keep the verdict and capacity, point at the HTML for the rest.
  const short = [
    head,
    ...sections(report)
      .filter((s) => s.id === 'verdict' || s.id === 'capacity' || s.id === 'cost')
      .map(section),
  ];
  return `${short.join('\n\n')}\n\n_The per-scenario tables are in index.html (this file is kept under ${COMMENT_LIMIT.toLocaleString('en-US')} characters for a pull-request comment)._\n`;
}
