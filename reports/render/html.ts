/**
 * `index.html`: one self-contained file that works offline — the sections
 * as HTML tables, the report's data as JSON, and the chart code (Apache
 * ECharts and the page's own script, bundled and inlined). It loads
 * nothing from the network.
 */
import type { Report } from '../report-schema.ts';
import { chartBundle } from './bundle.ts';
import { type Cell, type Section, sections, type Table } from './sections.ts';

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** Escaped text, with Markdown's `**bold**` as <strong>. */
function inline(text: string): string {
  return escapeHtml(text).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');
}

function cell(c: Cell): string {
  if (typeof c === 'string') return inline(c);
  if ('href' in c)
    return `<a href="${escapeHtml(c.href)}" rel="noreferrer">${escapeHtml(c.text)}</a>`;
  return `<strong>${escapeHtml(c.text)}</strong>`;
}

function table(t: Table): string {
  const cls = (i: number) => (t.numeric?.includes(i) ? ' class="n"' : '');
  return `<div class="scroll"><table><thead><tr>${t.head.map((h, i) => `<th${cls(i)}>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${t.rows
    .map((row) => `<tr>${row.map((c, i) => `<td${cls(i)}>${cell(c)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table></div>`;
}

function section(s: Section): string {
  const parts: string[] = [`<h${s.level}>${escapeHtml(s.title)}</h${s.level}>`];
  for (const b of s.blocks) {
    const body: string[] = [];
    if (b.text) body.push(`<p>${inline(b.text)}</p>`);
    if (b.list)
      body.push(
        `<ul>${b.list.map((item) => `<li>${item.map(cell).join(' ')}</li>`).join('')}</ul>`,
      );
    if (b.table) body.push(table(b.table));
    if (b.chart)
      body.push(
        `<figure><figcaption>${escapeHtml(b.chart.title)}</figcaption><div class="chart" data-chart="${escapeHtml(b.chart.id)}"></div></figure>`,
      );
    parts.push(
      b.collapsed
        ? `<details><summary>${escapeHtml(b.collapsed)}</summary>${body.join('')}</details>`
        : body.join(''),
    );
  }
  return `<section id="${escapeHtml(s.id)}">${parts.join('\n')}</section>`;
}

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1200px;padding:16px 24px;color:#1b1f24}
h1{font-size:22px}h2{font-size:18px;border-bottom:1px solid #d0d7de;padding-bottom:4px;margin-top:32px}h3{font-size:16px;margin-top:24px}
table{border-collapse:collapse;margin:8px 0;font-size:12.5px;width:100%}th,td{border:1px solid #d0d7de;padding:3px 6px;text-align:left;vertical-align:top;overflow-wrap:break-word}td:first-child{min-width:12em}
th{background:#f6f8fa}.n{text-align:right}.scroll{overflow-x:auto}
figure{margin:12px 0}figcaption{font-weight:600;margin-bottom:4px}.chart{width:100%;height:320px}
.pass{color:#1a7f37}.fail{color:#cf222e}details{margin:8px 0}summary{cursor:pointer}
`;

/** JSON inside a <script> element: `<` escaped so no `</script>` can end it early. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}

export async function renderHtml(report: Report): Promise<string> {
  const script = await chartBundle();
  const verdict = report.verdict.passed
    ? '<span class="pass">pass</span>'
    : '<span class="fail">FAIL</span>';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(report.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(report.title)} — ${verdict}</h1>
<p>${report.runs.length} scenario${report.runs.length === 1 ? '' : 's'} (${escapeHtml(report.runs.map((r) => r.scenario).join(', '))}), generated ${escapeHtml(report.generatedAt)}.</p>
${sections(report).map(section).join('\n')}
<script type="application/json" id="report-data">${scriptJson(report)}</script>
<script>${script.replaceAll('</script', '<\\/script')}</script>
</body>
</html>
`;
}
