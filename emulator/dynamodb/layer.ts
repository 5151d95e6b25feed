/**
 * The capacity layer: an HTTP server that speaks DynamoDB's JSON protocol in
 * front of the storage engine. Clients (the SDK, the functions) talk to it as
 * to DynamoDB. It passes each request on to the engine and answers what the
 * engine answers, except for what the engine gets wrong:
 *
 * - consumed capacity, computed from UTF-8 item sizes by AWS's rules
 *   (capacity.ts), with index writes, minimum charges, failed conditions,
 *   and `TOTAL`/`INDEXES` answered in AWS's shape
 *   (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ConsumedCapacity.html);
 * - Query and Scan pages, cut once 1 MB of UTF-8 item data has been read
 *   (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.Pagination.html);
 * - throttling (throttle.ts), answered as AWS does: HTTP 400 with the
 *   exception's `__type` and its throttling reasons
 *   (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html);
 * - optionally, index reads that lag the table (replica.ts).
 *
 * Writes to one item are serialised here, so the item as it was before and
 * after each write is known exactly. Operations the layer does not handle
 * (table management, anything unsigned or malformed) are relayed untouched.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { crc32 } from 'node:zlib';
import { closeServer, listenOnLoopback } from '../loopback.ts';
import type { DynamoDbActivity } from './activity.ts';
import {
  canonical,
  type IndexSchema,
  indexEntry,
  keyOf,
  readUnits,
  type TableSchema,
  type WriteCost,
  writeCost,
  writeUnits,
} from './capacity.ts';
import { API_VERSION, Engine, type EngineAnswer, errorBody, errorName } from './engine.ts';
import { type AttributeValue, type Item, itemSize, KB } from './item-size.ts';
import { IndexReplica } from './replica.ts';
import {
  type Clock,
  type Operation,
  type TableCapacity,
  TableThrottle,
  type Throttled,
  type ThrottleSettings,
} from './throttle.ts';

export interface CapacityLayerOptions {
  /** The storage engine's endpoint. */
  engine: string;
  /** A second engine for the lagging index copy; needed when `indexPropagationMs` > 0. */
  replica?: string;
  indexPropagationMs?: number;
  /** `false` (the default): count capacity, never throttle. */
  throttling?: ThrottleSettings | false;
  port?: number;
  /** For the ARNs in throttling reasons. */
  region?: string;
  now?: Clock;
  /** Told of every unit consumed and every throttle event, as CloudWatch would count them. */
  onActivity?: (activity: DynamoDbActivity) => void;
}

/** What CloudWatch would show for a table (metric names as in AWS/DynamoDB). */
export interface TableMetrics {
  ConsumedReadCapacityUnits: number;
  ConsumedWriteCapacityUnits: number;
  GlobalSecondaryIndexes: Record<
    string,
    { ConsumedReadCapacityUnits: number; ConsumedWriteCapacityUnits: number }
  >;
  ThrottledRequests: number;
  ReadThrottleEvents: number;
  WriteThrottleEvents: number;
  ConditionalCheckFailedRequests: number;
}

export interface CapacityLayer {
  endpoint: string;
  /** Per table, since the start or the last reset. */
  metrics(): Record<string, TableMetrics>;
  resetMetrics(): void;
  /** Resolves once the index copy has caught up with every write so far. */
  indexSettled(): Promise<void>;
  close(): Promise<void>;
}

interface TableInfo {
  schema: TableSchema;
  localIndexes: Set<string>;
  throttle: TableThrottle | undefined;
}

// biome-ignore lint/suspicious/noExplicitAny: request bodies are untyped JSON, checked as read.
type Input = Record<string, any>;

interface Answer {
  status: number;
  body: unknown;
}

/** A Query or Scan page ends once it has read this much item data. */
const PAGE_BYTES = 1_024 * KB;
/** DynamoDB rejects larger requests; so does the engine (16 MB). */
const MAX_REQUEST_BYTES = 16 * 1_024 * KB;
const ACCOUNT = '000000000000';
const TABLE_OPERATIONS = new Set(['CreateTable', 'DeleteTable', 'UpdateTable']);

export async function startCapacityLayer(options: CapacityLayerOptions): Promise<CapacityLayer> {
  const layer = new Layer(options);
  const server = createServer((request, response) => {
    layer.handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) {
        send(response, 500, errorBody('InternalServerError', String(error)));
      } else {
        response.destroy();
      }
    });
  });
  const port = await listenOnLoopback(server, options.port ?? 0, 'DynamoDB capacity layer');
  return {
    endpoint: `http://127.0.0.1:${port}`,
    metrics: () => layer.metrics(),
    resetMetrics: () => layer.resetMetrics(),
    indexSettled: () => layer.indexSettled(),
    async close() {
      await closeServer(server);
      await layer.close();
    },
  };
}

class Layer {
  readonly #engine: Engine;
  readonly #replica: IndexReplica | undefined;
  readonly #throttling: ThrottleSettings | false;
  readonly #region: string;
  readonly #now: Clock;
  readonly #tables = new Map<string, Promise<TableInfo | undefined>>();
  readonly #locks = new Map<string, Promise<unknown>>();
  #metrics = new Map<string, TableMetrics>();
  readonly #onActivity: ((activity: DynamoDbActivity) => void) | undefined;

  constructor(options: CapacityLayerOptions) {
    this.#onActivity = options.onActivity;
    this.#engine = new Engine(options.engine);
    const delay = options.indexPropagationMs ?? 0;
    if (delay > 0) {
      if (!options.replica) throw new Error('an index propagation delay needs a replica engine');
      this.#replica = new IndexReplica(new Engine(options.replica), delay);
    }
    this.#throttling = options.throttling ?? false;
    this.#region = options.region ?? 'us-east-1';
    this.#now = options.now ?? (() => performance.now());
  }

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(request);
    if (body === undefined) {
      response.writeHead(413).end();
      return;
    }
    const [api, operation = ''] = String(request.headers['x-amz-target'] ?? '').split('.');
    const signed = String(request.headers.authorization ?? '').startsWith('AWS4-');
    let input: unknown;
    try {
      input = JSON.parse(body.toString('utf8'));
    } catch {
      input = undefined;
    }
    const handler = this.#handlers[operation];
    if (
      request.method !== 'POST' ||
      api !== API_VERSION ||
      !signed ||
      !handler ||
      typeof input !== 'object' ||
      input === null ||
      Array.isArray(input)
    ) {
      await this.#relay(request, response, body, operation, input);
      return;
    }
    const answer = await handler(input as Input);
    send(response, answer.status, answer.body);
  }

  metrics(): Record<string, TableMetrics> {
    return structuredClone(Object.fromEntries(this.#metrics));
  }

  resetMetrics(): void {
    this.#metrics = new Map();
  }

  indexSettled(): Promise<void> {
    return this.#replica?.settled() ?? Promise.resolve();
  }

  async close(): Promise<void> {
    await this.#replica?.close();
    await this.#engine.close();
  }

  readonly #handlers: Record<string, ((input: Input) => Promise<Answer>) | undefined> = {
    GetItem: (input) => this.#getItem(input),
    BatchGetItem: (input) => this.#batchGetItem(input),
    Query: (input) => this.#read('Query', input),
    Scan: (input) => this.#read('Scan', input),
    PutItem: (input) => this.#putItem(input),
    UpdateItem: (input) => this.#updateItem(input),
    DeleteItem: (input) => this.#deleteItem(input),
    BatchWriteItem: (input) => this.#batchWriteItem(input),
  };

  // Reads.

  async #getItem(input: Input): Promise<Answer> {
    const info = await this.#table(input.TableName);
    if (!info || !isObject(input.Key)) return this.#forward('GetItem', input);
    const consistent = input.ConsistentRead === true;
    const partitionKey = input.Key[info.schema.keys[0] ?? ''];
    const throttled = info.throttle?.check(undefined, 'Read', partitionKey);
    if (throttled) return this.#throttled(input.TableName, 'GetItem', 'Read', throttled);
    const answer = await this.#engine.call('GetItem', withoutCapacity(input));
    if (answer.status !== 200) return answer;
    let item: Item | undefined = answer.body.Item;
    if (projects(input)) {
      const raw = await this.#engine.call('GetItem', {
        TableName: input.TableName,
        Key: input.Key,
        ConsistentRead: consistent,
      });
      item = raw.body.Item;
    }
    const units = readUnits(item ? itemSize(item) : 0, consistent);
    this.#consume(info, undefined, 'Read', units, partitionKey);
    return ok({ ...answer.body, ...consumed(input, info, units, {}) });
  }

  async #batchGetItem(input: Input): Promise<Answer> {
    const requests: Record<string, Input> = isObject(input.RequestItems) ? input.RequestItems : {};
    const infos = new Map<string, TableInfo>();
    for (const name of Object.keys(requests)) {
      const info = await this.#table(name);
      if (!info || !Array.isArray(requests[name]?.Keys))
        return this.#forward('BatchGetItem', input);
      infos.set(name, info);
    }
    const forwarded: Record<string, Input> = {};
    const unprocessed: Record<string, Input> = {};
    let first: { table: string; throttled: Throttled } | undefined;
    for (const [name, request] of Object.entries(requests)) {
      const info = infos.get(name) as TableInfo;
      const kept: Item[] = [];
      const dropped: Item[] = [];
      for (const key of request.Keys as Item[]) {
        const throttled = info.throttle?.check(undefined, 'Read', key[info.schema.keys[0] ?? '']);
        if (throttled) {
          dropped.push(key);
          first ??= { table: name, throttled };
          this.#throttleEvent(name, 'Read', throttled);
        } else {
          kept.push(key);
        }
      }
      if (kept.length > 0) forwarded[name] = { ...request, Keys: kept };
      if (dropped.length > 0) unprocessed[name] = { ...request, Keys: dropped };
    }
    if (first && Object.keys(forwarded).length === 0) {
      return this.#throttled(first.table, 'BatchGetItem', 'Read', first.throttled);
    }
    const answer = await this.#engine.call('BatchGetItem', {
      ...withoutCapacity(input),
      RequestItems: forwarded,
    });
    if (answer.status !== 200) return answer;
    const capacity: unknown[] = [];
    for (const [name, request] of Object.entries(forwarded)) {
      const info = infos.get(name) as TableInfo;
      const consistent = request.ConsistentRead === true;
      let items: Item[] = answer.body.Responses?.[name] ?? [];
      if (projects(request)) {
        const raw = await this.#engine.call('BatchGetItem', {
          RequestItems: { [name]: { Keys: request.Keys, ConsistentRead: consistent } },
        });
        items = raw.body.Responses?.[name] ?? [];
      }
      const found = new Map(items.map((item) => [canonical(keyOf(info.schema, item)), item]));
      let units = 0;
      for (const key of request.Keys as Item[]) {
        const item = found.get(canonical(key));
        const itemUnits = readUnits(item ? itemSize(item) : 0, consistent);
        units += itemUnits;
        this.#consume(info, undefined, 'Read', itemUnits, key[info.schema.keys[0] ?? '']);
      }
      const entry = consumed(input, info, units, {}).ConsumedCapacity;
      if (entry) capacity.push(entry);
    }
    const body = { ...answer.body };
    body.UnprocessedKeys = { ...(body.UnprocessedKeys ?? {}), ...unprocessed };
    if (wantsCapacity(input)) body.ConsumedCapacity = capacity;
    return ok(body);
  }

  /** Query and Scan: one page of at most 1 MB of UTF-8 item data. */
  async #read(operation: 'Query' | 'Scan', input: Input): Promise<Answer> {
    const info = await this.#table(input.TableName);
    if (!info) return this.#forward(operation, input);
    const index =
      input.IndexName === undefined
        ? undefined
        : info.schema.indexes.find((candidate) => candidate.name === input.IndexName);
    if (input.IndexName !== undefined && !index && !info.localIndexes.has(input.IndexName)) {
      return this.#forward(operation, input);
    }
    const consistent = input.ConsistentRead === true;
    const partitionKey =
      operation === 'Query'
        ? partitionValueOf(input, index?.keys[0] ?? info.schema.keys[0] ?? '')
        : undefined;
    const throttled = info.throttle?.check(index?.name, 'Read', partitionKey);
    if (throttled) return this.#throttled(input.TableName, operation, 'Read', throttled);
    const engine = index && this.#replica ? this.#replica.engine : this.#engine;

    const limit = typeof input.Limit === 'number' ? input.Limit : undefined;
    const raw = await this.#page(engine, operation, keyRangeOnly(input), limit, info.schema, index);
    if ('status' in raw) return raw;
    const units = readUnits(raw.bytes, consistent);
    this.#consume(info, index?.name, 'Read', units, partitionKey);

    let result: Input;
    if (isPlain(input)) {
      result = { Items: raw.items, Count: raw.items.length, ScannedCount: raw.items.length };
    } else {
      const evaluated = await this.#evaluate(
        engine,
        operation,
        withoutCapacity(input),
        raw.items.length,
      );
      if ('error' in evaluated) return evaluated.error;
      result = evaluated.result;
    }
    if (raw.lastKey) result.LastEvaluatedKey = raw.lastKey;
    const indexUnits = index ? { [index.name]: units } : {};
    return ok({ ...result, ...consumed(input, info, index ? 0 : units, indexUnits) });
  }

  /**
   * Reads whole items in key order, from the engine's pages, until `limit`
   * items or 1 MB of item data (the item that crosses it included, as
   * DynamoDB Local does), or the end of the key range.
   */
  async #page(
    engine: Engine,
    operation: 'Query' | 'Scan',
    request: Input,
    limit: number | undefined,
    schema: TableSchema,
    index: IndexSchema | undefined,
  ): Promise<EngineAnswer | { items: Item[]; bytes: number; lastKey: Item | undefined }> {
    const items: Item[] = [];
    let bytes = 0;
    let start: Item | undefined = request.ExclusiveStartKey;
    for (;;) {
      const answer = await engine.call(operation, {
        ...request,
        ExclusiveStartKey: start,
        Limit: limit === undefined ? undefined : limit - items.length,
      });
      if (answer.status !== 200) return answer;
      for (const item of (answer.body.Items ?? []) as Item[]) {
        items.push(item);
        bytes += itemSize(item);
        if (bytes >= PAGE_BYTES || (limit !== undefined && items.length >= limit)) {
          return { items, bytes, lastKey: keyOf(schema, item, index) };
        }
      }
      start = answer.body.LastEvaluatedKey;
      if (!start) return { items, bytes, lastKey: undefined };
    }
  }

  /** Runs the client's own request (filter, projection, count) over exactly `count` items. */
  async #evaluate(
    engine: Engine,
    operation: 'Query' | 'Scan',
    request: Input,
    count: number,
  ): Promise<{ error: EngineAnswer } | { result: Input }> {
    const counting = request.Select === 'COUNT';
    const items: Item[] = [];
    let matched = 0;
    let scanned = 0;
    let start: Item | undefined = request.ExclusiveStartKey;
    while (scanned < count) {
      const answer = await engine.call(operation, {
        ...request,
        ExclusiveStartKey: start,
        Limit: count - scanned,
      });
      if (answer.status !== 200) return { error: answer };
      matched += answer.body.Count ?? 0;
      scanned += answer.body.ScannedCount ?? 0;
      if (!counting) items.push(...((answer.body.Items ?? []) as Item[]));
      start = answer.body.LastEvaluatedKey;
      if (!start) break;
    }
    return {
      result: counting
        ? { Count: matched, ScannedCount: scanned }
        : { Items: items, Count: matched, ScannedCount: scanned },
    };
  }

  // Writes.

  #putItem(input: Input): Promise<Answer> {
    return this.#replaceOrDelete('PutItem', input);
  }

  #deleteItem(input: Input): Promise<Answer> {
    return this.#replaceOrDelete('DeleteItem', input);
  }

  /**
   * PutItem and DeleteItem: the engine returns the item they replaced
   * (`ALL_OLD`, dropped again unless the client asked for it). A delete's
   * index entries are known only once it ran: its indexes are charged
   * afterwards, their buckets not asked first.
   */
  async #replaceOrDelete(operation: 'PutItem' | 'DeleteItem', input: Input): Promise<Answer> {
    const info = await this.#table(input.TableName);
    const target: unknown = operation === 'PutItem' ? input.Item : input.Key;
    const returnValues = input.ReturnValues ?? 'NONE';
    if (!info || !isObject(target) || (returnValues !== 'NONE' && returnValues !== 'ALL_OLD')) {
      return this.#forward(operation, input);
    }
    const after = operation === 'PutItem' ? (target as Item) : undefined;
    const key = after ? keyOf(info.schema, after) : (target as Item);
    return this.#locked(input.TableName, key, async () => {
      const throttled = this.#admitWrite(info, key, after ? [after] : [], undefined);
      if (throttled) return this.#throttled(input.TableName, operation, 'Write', throttled);
      const answer = await this.#engine.call(operation, {
        ...withoutCapacity(input),
        ReturnValues: 'ALL_OLD',
      });
      if (answer.status !== 200) return this.#failedWrite(info, key, undefined, answer);
      const before: Item | undefined = answer.body.Attributes;
      const cost = this.#written(info, key, before, after);
      const body = { ...answer.body };
      if (returnValues !== 'ALL_OLD') delete body.Attributes;
      return ok({ ...body, ...consumedWrite(input, info, cost) });
    });
  }

  async #updateItem(input: Input): Promise<Answer> {
    const info = await this.#table(input.TableName);
    if (!info || !isObject(input.Key)) return this.#forward('UpdateItem', input);
    const key = input.Key as Item;
    const returnValues = input.ReturnValues ?? 'NONE';
    return this.#locked(input.TableName, key, async () => {
      const current = await this.#engine.call('GetItem', {
        TableName: input.TableName,
        Key: key,
        ConsistentRead: true,
      });
      if (current.status !== 200) return this.#forward('UpdateItem', input);
      const before: Item | undefined = current.body.Item;
      const throttled = this.#admitWrite(info, key, [before], namesIn(input));
      if (throttled) return this.#throttled(input.TableName, 'UpdateItem', 'Write', throttled);
      const simple = ['NONE', 'ALL_NEW', 'ALL_OLD'].includes(returnValues);
      const answer = await this.#engine.call('UpdateItem', {
        ...withoutCapacity(input),
        ReturnValues: simple ? 'ALL_NEW' : returnValues,
      });
      if (answer.status !== 200) return this.#failedWrite(info, key, before, answer);
      const after: Item | undefined = simple
        ? answer.body.Attributes
        : (await this.#get(input.TableName, key)).Item;
      const cost = this.#written(info, key, before, after);
      const body = { ...answer.body };
      if (returnValues === 'NONE') delete body.Attributes;
      if (returnValues === 'ALL_OLD') {
        if (before) body.Attributes = before;
        else delete body.Attributes;
      }
      return ok({ ...body, ...consumedWrite(input, info, cost) });
    });
  }

  async #batchWriteItem(input: Input): Promise<Answer> {
    const requests: Record<string, Input[]> = isObject(input.RequestItems)
      ? input.RequestItems
      : {};
    const writes: Array<{ table: string; info: TableInfo; key: Item; item?: Item; raw: Input }> =
      [];
    for (const [name, list] of Object.entries(requests)) {
      const info = await this.#table(name);
      if (!info || !Array.isArray(list)) return this.#forward('BatchWriteItem', input);
      for (const raw of list) {
        const item: unknown = raw?.PutRequest?.Item;
        const key: unknown = raw?.DeleteRequest?.Key;
        if (isObject(item)) {
          writes.push({ table: name, info, key: keyOf(info.schema, item as Item), item, raw });
        } else if (isObject(key)) {
          writes.push({ table: name, info, key: key as Item, raw });
        } else {
          return this.#forward('BatchWriteItem', input);
        }
      }
    }
    const lockKeys = writes.map((write) => lockKeyOf(write.table, write.key));
    return this.#lockedAll(lockKeys, async () => {
      const keysByTable: Record<string, { Keys: Item[]; ConsistentRead: true }> = {};
      for (const write of writes) {
        keysByTable[write.table] ??= { Keys: [], ConsistentRead: true };
        keysByTable[write.table]?.Keys.push(write.key);
      }
      const current = await this.#engine.call('BatchGetItem', { RequestItems: keysByTable });
      if (current.status !== 200) return this.#forward('BatchWriteItem', input);
      const before = new Map<string, Item>();
      for (const write of writes) {
        for (const item of (current.body.Responses?.[write.table] ?? []) as Item[]) {
          before.set(lockKeyOf(write.table, keyOf(write.info.schema, item)), item);
        }
      }
      const forwarded: Record<string, Input[]> = {};
      const unprocessed: Record<string, Input[]> = {};
      const accepted: typeof writes = [];
      let first: { table: string; throttled: Throttled } | undefined;
      for (const write of writes) {
        const old = before.get(lockKeyOf(write.table, write.key));
        const throttled = this.#admitWrite(write.info, write.key, [old, write.item], undefined);
        const target = throttled ? unprocessed : forwarded;
        target[write.table] ??= [];
        target[write.table]?.push(write.raw);
        if (throttled) {
          first ??= { table: write.table, throttled };
          this.#throttleEvent(write.table, 'Write', throttled);
        } else {
          accepted.push(write);
        }
      }
      if (first && accepted.length === 0)
        return this.#throttled(first.table, 'BatchWriteItem', 'Write', first.throttled);
      const answer = await this.#engine.call('BatchWriteItem', {
        ...withoutCapacity(input),
        RequestItems: forwarded,
      });
      if (answer.status !== 200) return answer;
      const costs = new Map<string, { info: TableInfo; cost: WriteCost }>();
      for (const write of accepted) {
        const old = before.get(lockKeyOf(write.table, write.key));
        const cost = this.#written(write.info, write.key, old, write.item);
        const total = costs.get(write.table) ?? {
          info: write.info,
          cost: { table: 0, indexes: [] },
        };
        total.cost.table += cost.table;
        total.cost.indexes.push(...cost.indexes);
        costs.set(write.table, total);
      }
      const body = { ...answer.body };
      body.UnprocessedItems = { ...(body.UnprocessedItems ?? {}), ...unprocessed };
      if (wantsCapacity(input)) {
        body.ConsumedCapacity = [...costs.values()].map(
          ({ info, cost }) => consumedWrite(input, info, cost).ConsumedCapacity,
        );
      }
      return ok(body);
    });
  }

  /** Whether the table and the indexes a write may touch have units left. */
  #admitWrite(
    info: TableInfo,
    key: Item,
    images: Array<Item | undefined>,
    mentioned: Set<string> | undefined,
  ): Throttled | undefined {
    const throttle = info.throttle;
    if (!throttle) return undefined;
    const table = throttle.check(undefined, 'Write', key[info.schema.keys[0] ?? '']);
    if (table) return table;
    for (const index of info.schema.indexes) {
      const entry = images
        .map((image) => indexEntry(info.schema, index, image))
        .find((found) => found !== undefined);
      const named = index.keys.some((name) => mentioned?.has(name));
      if (!entry && !named) continue;
      const throttled = throttle.check(index.name, 'Write', entry?.[index.keys[0] ?? '']);
      if (throttled) return throttled;
    }
    return undefined;
  }

  /** Charges a successful write and passes it on to the index copy. */
  #written(info: TableInfo, key: Item, before: Item | undefined, after: Item | undefined) {
    const cost = writeCost(info.schema, before, after);
    this.#consume(info, undefined, 'Write', cost.table, key[info.schema.keys[0] ?? '']);
    for (const write of cost.indexes) {
      this.#consume(info, write.index, 'Write', write.units, write.partitionKey);
    }
    if (this.#replica && cost.indexes.length > 0) {
      this.#replica.schedule(info.schema.name, canonical(key), key, after);
    }
    return cost;
  }

  /** A failed conditional write still costs the item it found, at least 1 unit. */
  async #failedWrite(
    info: TableInfo,
    key: Item,
    found: Item | undefined,
    answer: EngineAnswer,
  ): Promise<Answer> {
    if (errorName(answer) === 'ConditionalCheckFailedException') {
      const item = found ?? (await this.#get(info.schema.name, key)).Item;
      this.#consume(
        info,
        undefined,
        'Write',
        writeUnits(item ? itemSize(item) : 0),
        key[info.schema.keys[0] ?? ''],
      );
      this.#count(info.schema.name, (m) => m.ConditionalCheckFailedRequests++);
    }
    return answer;
  }

  // Helpers.

  async #get(table: string, key: Item): Promise<{ Item?: Item }> {
    const answer = await this.#engine.call('GetItem', {
      TableName: table,
      Key: key,
      ConsistentRead: true,
    });
    return answer.status === 200 ? answer.body : {};
  }

  #consume(
    info: TableInfo,
    index: string | undefined,
    operation: Operation,
    units: number,
    partitionKey: AttributeValue | undefined,
  ): void {
    info.throttle?.charge(index, operation, units, partitionKey);
    this.#count(info.schema.name, (metrics) => {
      let target: Pick<TableMetrics, 'ConsumedReadCapacityUnits' | 'ConsumedWriteCapacityUnits'> =
        metrics;
      if (index !== undefined) {
        const indexMetrics = metrics.GlobalSecondaryIndexes[index] ?? {
          ConsumedReadCapacityUnits: 0,
          ConsumedWriteCapacityUnits: 0,
        };
        metrics.GlobalSecondaryIndexes[index] = indexMetrics;
        target = indexMetrics;
      }
      if (operation === 'Read') target.ConsumedReadCapacityUnits += units;
      else target.ConsumedWriteCapacityUnits += units;
    });
    const consumed = {
      readUnits: operation === 'Read' ? units : 0,
      writeUnits: operation === 'Write' ? units : 0,
    };
    this.#onActivity?.(
      index === undefined
        ? { tableName: info.schema.name, ...consumed }
        : {
            tableName: info.schema.name,
            readUnits: 0,
            writeUnits: 0,
            indexes: { [index]: consumed },
          },
    );
  }

  /**
   * One throttle event (a key of a batch, or a whole request), counted on the
   * table or on the index the throttling reason names, and reported to the
   * activity hook; `request` names the operation when the request failed.
   */
  #throttleEvent(
    table: string,
    operation: Operation,
    throttled: Throttled,
    request?: string,
  ): void {
    const index = /\/index\/([^/]+)$/.exec(throttled.resource)?.[1];
    const events = {
      readEvents: operation === 'Read' ? 1 : 0,
      writeEvents: operation === 'Write' ? 1 : 0,
    };
    this.#count(table, (metrics) => {
      if (operation === 'Read') metrics.ReadThrottleEvents++;
      else metrics.WriteThrottleEvents++;
    });
    this.#onActivity?.({
      tableName: table,
      ...(request ? { operation: request } : {}),
      readUnits: 0,
      writeUnits: 0,
      throttled: {
        request: request !== undefined,
        table: index === undefined ? events : { readEvents: 0, writeEvents: 0 },
        ...(index === undefined ? {} : { indexes: { [index]: events } }),
      },
    });
  }

  #count(table: string, update: (metrics: TableMetrics) => void): void {
    let metrics = this.#metrics.get(table);
    if (!metrics) {
      metrics = {
        ConsumedReadCapacityUnits: 0,
        ConsumedWriteCapacityUnits: 0,
        GlobalSecondaryIndexes: {},
        ThrottledRequests: 0,
        ReadThrottleEvents: 0,
        WriteThrottleEvents: 0,
        ConditionalCheckFailedRequests: 0,
      };
      this.#metrics.set(table, metrics);
    }
    update(metrics);
  }

  /** A request refused as a whole: one throttled request and one throttle event. */
  #throttled(table: string, request: string, operation: Operation, throttled: Throttled): Answer {
    this.#count(table, (metrics) => {
      metrics.ThrottledRequests++;
    });
    this.#throttleEvent(table, operation, throttled, request);
    const reasons = [{ reason: throttled.reason, resource: throttled.resource }];
    // The SDK's models name the member differently on the two exceptions.
    const extra =
      throttled.exception === 'ThrottlingException'
        ? { throttlingReasons: reasons }
        : { ThrottlingReasons: reasons };
    return { status: 400, body: errorBody(throttled.exception, throttled.message, extra) };
  }

  async #forward(operation: string, input: Input): Promise<Answer> {
    return this.#engine.call(operation, input);
  }

  async #relay(
    request: IncomingMessage,
    response: ServerResponse,
    body: Buffer,
    operation: string,
    input: unknown,
  ): Promise<void> {
    const headers: Record<string, string> = {};
    for (const name of [
      'content-type',
      'x-amz-target',
      'authorization',
      'x-amz-date',
      'x-amz-security-token',
    ]) {
      const value = request.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const answer = await this.#engine.relay(headers, body);
    if (answer.status === 200 && TABLE_OPERATIONS.has(operation)) {
      const name = (input as Input | undefined)?.TableName;
      if (typeof name === 'string') {
        this.#tables.delete(name);
        if (this.#replica) await this.#replica.engine.call(operation, input);
      }
    }
    const passed: Record<string, string> = {};
    for (const [name, value] of Object.entries(answer.headers)) {
      if (!['connection', 'keep-alive', 'transfer-encoding', 'date'].includes(name)) {
        passed[name] = value;
      }
    }
    response.writeHead(answer.status, passed).end(answer.body);
  }

  #table(name: unknown): Promise<TableInfo | undefined> {
    if (typeof name !== 'string') return Promise.resolve(undefined);
    let info = this.#tables.get(name);
    if (!info) {
      info = this.#describe(name);
      this.#tables.set(name, info);
      // A table that does not exist yet may be created later.
      void info.then((found) => {
        if (!found) this.#tables.delete(name);
      });
    }
    return info;
  }

  async #describe(name: string): Promise<TableInfo | undefined> {
    const answer = await this.#engine.call('DescribeTable', { TableName: name });
    if (answer.status !== 200) return undefined;
    const table = answer.body.Table;
    const keys = (list: Input[] | undefined) =>
      [...(list ?? [])]
        .sort((a, b) => (a.KeyType === 'HASH' ? -1 : b.KeyType === 'HASH' ? 1 : 0))
        .map((element) => String(element.AttributeName));
    const indexes: IndexSchema[] = (table.GlobalSecondaryIndexes ?? []).map((index: Input) => ({
      name: String(index.IndexName),
      keys: keys(index.KeySchema),
      projection:
        index.Projection?.ProjectionType === 'INCLUDE'
          ? { include: index.Projection.NonKeyAttributes ?? [] }
          : index.Projection?.ProjectionType === 'KEYS_ONLY'
            ? 'KEYS_ONLY'
            : 'ALL',
    }));
    const schema: TableSchema = { name, keys: keys(table.KeySchema), indexes };
    const localIndexes = new Set<string>(
      (table.LocalSecondaryIndexes ?? []).map((index: Input) => String(index.IndexName)),
    );
    const capacity: TableCapacity =
      table.BillingModeSummary?.BillingMode === 'PAY_PER_REQUEST'
        ? { mode: 'on-demand' }
        : {
            mode: 'provisioned',
            table: throughputOf(table.ProvisionedThroughput),
            indexes: Object.fromEntries(
              (table.GlobalSecondaryIndexes ?? []).map((index: Input) => [
                String(index.IndexName),
                throughputOf(index.ProvisionedThroughput),
              ]),
            ),
          };
    const throttle = this.#throttling
      ? new TableThrottle({
          arn: `arn:aws:dynamodb:${this.#region}:${ACCOUNT}:table/${name}`,
          capacity,
          indexes: indexes.map((index) => index.name),
          settings: this.#throttling,
          now: this.#now,
        })
      : undefined;
    return { schema, localIndexes, throttle };
  }

  /** Runs `work` alone for one item. */
  #locked<T>(table: string, key: Item, work: () => Promise<T>): Promise<T> {
    return this.#lockedAll([lockKeyOf(table, key)], work);
  }

  /** Runs `work` alone for several items, taking their locks in one order. */
  async #lockedAll<T>(keys: string[], work: () => Promise<T>): Promise<T> {
    const unique = [...new Set(keys)].sort();
    const waits = unique.map((key) => this.#locks.get(key) ?? Promise.resolve());
    let release: (() => void) | undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    for (const key of unique) this.#locks.set(key, held);
    await Promise.all(waits.map((wait) => wait.catch(() => undefined)));
    try {
      return await work();
    } finally {
      for (const key of unique) if (this.#locks.get(key) === held) this.#locks.delete(key);
      release?.();
    }
  }
}

function lockKeyOf(table: string, key: Item): string {
  return `${table}\u0000${canonical(key)}`;
}

function ok(body: unknown): Answer {
  return { status: 200, body };
}

function isObject(value: unknown): value is Input {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function wantsCapacity(input: Input): boolean {
  return input.ReturnConsumedCapacity === 'TOTAL' || input.ReturnConsumedCapacity === 'INDEXES';
}

function withoutCapacity(input: Input): Input {
  const { ReturnConsumedCapacity: _, ...rest } = input;
  return rest;
}

/** Whether a read returns less than whole items (then sizes come from a second, plain read). */
function projects(input: Input): boolean {
  return input.ProjectionExpression !== undefined || input.AttributesToGet !== undefined;
}

/** A Query or Scan whose items come back whole and unfiltered. */
function isPlain(input: Input): boolean {
  return (
    !projects(input) &&
    input.FilterExpression === undefined &&
    input.QueryFilter === undefined &&
    input.ScanFilter === undefined &&
    (input.Select === undefined ||
      input.Select === 'ALL_ATTRIBUTES' ||
      input.Select === 'ALL_PROJECTED_ATTRIBUTES')
  );
}

/** The request without filter, projection or count, and with only the names and values its key condition uses. */
function keyRangeOnly(input: Input): Input {
  const request: Input = {};
  for (const name of [
    'TableName',
    'IndexName',
    'KeyConditionExpression',
    'KeyConditions',
    'ExclusiveStartKey',
    'ScanIndexForward',
    'ConsistentRead',
    'Segment',
    'TotalSegments',
  ]) {
    if (input[name] !== undefined) request[name] = input[name];
  }
  const expression: string = request.KeyConditionExpression ?? '';
  const used = new Set(expression.match(/[#:][A-Za-z0-9_]+/g) ?? []);
  const pick = (map: unknown) =>
    isObject(map) ? Object.fromEntries(Object.entries(map).filter(([k]) => used.has(k))) : {};
  const names = pick(input.ExpressionAttributeNames);
  const values = pick(input.ExpressionAttributeValues);
  if (Object.keys(names).length > 0) request.ExpressionAttributeNames = names;
  if (Object.keys(values).length > 0) request.ExpressionAttributeValues = values;
  return request;
}

/** The partition key value a Query asks for, when it can be read off its key condition. */
function partitionValueOf(input: Input, partitionKey: string): AttributeValue | undefined {
  const legacy = input.KeyConditions?.[partitionKey]?.AttributeValueList?.[0];
  if (legacy) return legacy;
  const expression = String(input.KeyConditionExpression ?? '');
  const names: Record<string, string> = isObject(input.ExpressionAttributeNames)
    ? input.ExpressionAttributeNames
    : {};
  for (const match of expression.matchAll(/(#?[A-Za-z0-9_]+)\s*=\s*(:[A-Za-z0-9_]+)/g)) {
    const [, name = '', value = ''] = match;
    if ((names[name] ?? name) === partitionKey) return input.ExpressionAttributeValues?.[value];
  }
  return undefined;
}

/** Attribute names an update may set or remove (index buckets are asked for those). */
function namesIn(input: Input): Set<string> {
  const names = new Set<string>(
    Object.keys(isObject(input.AttributeUpdates) ? input.AttributeUpdates : {}),
  );
  const aliases: Record<string, string> = isObject(input.ExpressionAttributeNames)
    ? input.ExpressionAttributeNames
    : {};
  for (const token of String(input.UpdateExpression ?? '').match(/#?[A-Za-z0-9_]+/g) ?? []) {
    names.add(aliases[token] ?? token);
  }
  return names;
}

function throughputOf(value: Input | undefined): { read: number; write: number } {
  return {
    read: Number(value?.ReadCapacityUnits ?? 0),
    write: Number(value?.WriteCapacityUnits ?? 0),
  };
}

/** `ConsumedCapacity` of a read or of a table's writes, as the request asked for it. */
function consumed(
  input: Input,
  info: TableInfo,
  tableUnits: number,
  indexUnits: Record<string, number>,
): { ConsumedCapacity?: Input } {
  if (!wantsCapacity(input)) return {};
  const total = Object.values(indexUnits).reduce((sum, units) => sum + units, tableUnits);
  const capacity: Input = { TableName: info.schema.name, CapacityUnits: total };
  if (input.ReturnConsumedCapacity === 'INDEXES') {
    capacity.Table = { CapacityUnits: tableUnits };
    const entries = Object.entries(indexUnits);
    if (entries.length > 0) {
      capacity.GlobalSecondaryIndexes = Object.fromEntries(
        entries.map(([name, units]) => [name, { CapacityUnits: units }]),
      );
    }
  }
  return { ConsumedCapacity: capacity };
}

function consumedWrite(input: Input, info: TableInfo, cost: WriteCost) {
  const indexUnits: Record<string, number> = {};
  for (const write of cost.indexes)
    indexUnits[write.index] = (indexUnits[write.index] ?? 0) + write.units;
  return consumed(input, info, cost.table, indexUnits);
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/x-amz-json-1.0',
    'content-length': Buffer.byteLength(text),
    'x-amzn-requestid': randomBytes(39).toString('base64url').slice(0, 52).toUpperCase(),
    'x-amz-crc32': String(crc32(text)),
  });
  response.end(text);
}

function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    request.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length <= MAX_REQUEST_BYTES) chunks.push(chunk);
    });
    request.on('end', () =>
      resolve(length > MAX_REQUEST_BYTES ? undefined : Buffer.concat(chunks)),
    );
    request.on('error', reject);
  });
}
