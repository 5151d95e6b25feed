/**
 * `k6/html`: parseHTML(src), the same Selection as Response.html().
 * https://grafana.com/docs/k6/latest/javascript-api/k6-html/
 */
import type { VUHost } from '../vu-host.ts';
import { parseHtml } from './http/html.ts';
import { guarded } from './util.ts';

export function createHtmlModule(_vu: VUHost): Record<string, unknown> {
  const api = { parseHTML: (src: unknown) => parseHtml(String(src ?? '')) };
  return { ...api, default: guarded('k6/html', api) };
}
