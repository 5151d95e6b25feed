/**
 * `Response.html()`: k6's Selection over the response body, parsed by cheerio
 * (the jQuery-like API k6's goquery-based Selection mirrors).
 * https://grafana.com/docs/k6/latest/javascript-api/k6-html/selection/
 */
import { createRequire } from 'node:module';
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode, Element as DomElement } from 'domhandler';

/** cheerio is loaded on the first res.html(), so runs that never parse HTML do not pay its memory. */
let loadHtml: ((html: string) => CheerioAPI) | undefined;
function load(html: string): CheerioAPI {
  loadHtml ??= (createRequire(import.meta.url)('cheerio') as { load: (html: string) => CheerioAPI })
    .load;
  return loadHtml(html);
}

type Nodes = Cheerio<AnyNode>;

/** One element of a Selection, as k6's `Element`. */
export class HtmlElement {
  readonly #$: CheerioAPI;
  readonly #node: AnyNode;
  constructor($: CheerioAPI, node: AnyNode) {
    this.#$ = $;
    this.#node = node;
  }
  #sel(): Nodes {
    return this.#$(this.#node);
  }
  nodeName(): string {
    return ((this.#node as DomElement).name ?? '#text').toLowerCase();
  }
  textContent(): string {
    return this.#sel().text();
  }
  innerHTML(): string {
    return this.#sel().html() ?? '';
  }
  getAttribute(name: string): string | undefined {
    return this.#sel().attr(name);
  }
  hasAttribute(name: string): boolean {
    return this.#sel().attr(name) !== undefined;
  }
  hasAttributes(): boolean {
    return Object.keys((this.#node as DomElement).attribs ?? {}).length > 0;
  }
  attributes(): Record<string, { name: string; value: string }> {
    const out: Record<string, { name: string; value: string }> = {};
    for (const [name, value] of Object.entries((this.#node as DomElement).attribs ?? {})) {
      out[name] = { name, value };
    }
    return out;
  }
  id(): string {
    return this.#sel().attr('id') ?? '';
  }
  classList(): string[] {
    return (this.#sel().attr('class') ?? '').split(/\s+/).filter(Boolean);
  }
  value(): string | undefined {
    const v = this.#sel().val();
    return Array.isArray(v) ? v.join(',') : v;
  }
  selection(): Selection {
    return new Selection(this.#$, this.#sel());
  }
}

export class Selection {
  readonly #$: CheerioAPI;
  readonly #nodes: Nodes;

  constructor($: CheerioAPI, nodes: Nodes) {
    this.#$ = $;
    this.#nodes = nodes;
  }

  #wrap(nodes: Nodes): Selection {
    return new Selection(this.#$, nodes);
  }

  get length(): number {
    return this.#nodes.length;
  }
  size(): number {
    return this.#nodes.length;
  }
  find(selector: string): Selection {
    return this.#wrap(this.#nodes.find(selector));
  }
  filter(selector: string): Selection {
    return this.#wrap(this.#nodes.filter(selector));
  }
  not(selector: string): Selection {
    return this.#wrap(this.#nodes.not(selector));
  }
  has(selector: string): Selection {
    return this.#wrap(this.#nodes.has(selector));
  }
  is(selector: string): boolean {
    return this.#nodes.is(selector);
  }
  eq(index: number): Selection {
    return this.#wrap(this.#nodes.eq(index));
  }
  first(): Selection {
    return this.#wrap(this.#nodes.first());
  }
  last(): Selection {
    return this.#wrap(this.#nodes.last());
  }
  slice(start: number, end?: number): Selection {
    return this.#wrap(this.#nodes.slice(start, end));
  }
  children(selector?: string): Selection {
    return this.#wrap(this.#nodes.children(selector));
  }
  contents(): Selection {
    return this.#wrap(this.#nodes.contents());
  }
  parent(selector?: string): Selection {
    return this.#wrap(this.#nodes.parent(selector));
  }
  parents(selector?: string): Selection {
    return this.#wrap(this.#nodes.parents(selector));
  }
  closest(selector: string): Selection {
    return this.#wrap(this.#nodes.closest(selector));
  }
  next(selector?: string): Selection {
    return this.#wrap(this.#nodes.next(selector));
  }
  nextAll(selector?: string): Selection {
    return this.#wrap(this.#nodes.nextAll(selector));
  }
  prev(selector?: string): Selection {
    return this.#wrap(this.#nodes.prev(selector));
  }
  prevAll(selector?: string): Selection {
    return this.#wrap(this.#nodes.prevAll(selector));
  }
  siblings(selector?: string): Selection {
    return this.#wrap(this.#nodes.siblings(selector));
  }
  attr(name: string, fallback?: string): string | undefined {
    return this.#nodes.attr(name) ?? fallback;
  }
  data(key?: string): unknown {
    return key === undefined ? this.#nodes.data() : this.#nodes.data(key);
  }
  text(): string {
    return this.#nodes.text();
  }
  html(): string | undefined {
    return this.#nodes.html() ?? undefined;
  }
  val(): string | undefined {
    const v = this.#nodes.val();
    return Array.isArray(v) ? v.join(',') : v;
  }
  get(index: number): HtmlElement | undefined {
    const node = this.#nodes.get(index < 0 ? this.#nodes.length + index : index);
    return node ? new HtmlElement(this.#$, node) : undefined;
  }
  toArray(): Selection[] {
    return this.#nodes.toArray().map((n) => this.#wrap(this.#$(n)));
  }
  each(fn: (index: number, element: HtmlElement) => unknown): Selection {
    this.#nodes.toArray().forEach((n, i) => {
      fn(i, new HtmlElement(this.#$, n));
    });
    return this;
  }
  map(fn: (index: number, element: Selection) => unknown): unknown[] {
    return this.#nodes.toArray().map((n, i) => fn(i, this.#wrap(this.#$(n))));
  }
  serialize(): string {
    return this.#nodes.serialize();
  }
  serializeArray(): { name: string; value: string }[] {
    return this.#nodes.serializeArray();
  }
  serializeObject(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const { name, value } of this.#nodes.serializeArray()) out[name] = value;
    return out;
  }
}

/** Parses `html` and selects `selector` (the whole document without one). */
export function parseHtml(html: string, selector?: unknown): Selection {
  const $ = load(html);
  const root = $.root();
  const selection = new Selection($, root);
  return typeof selector === 'string' && selector !== '' ? selection.find(selector) : selection;
}
