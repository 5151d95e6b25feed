/**
 * The first half of loading a script: esbuild bundles it with its relative
 * imports (.ts or .js) and resolves `k6`, `k6/http`, … to virtual modules
 * that each VU supplies; then the bundle is rewritten so blocking calls can
 * wait (blocking.ts). esbuild and the rewrite's parser are loaded only here,
 * and bundle.ts runs this in a worker thread when it can, so the engine's
 * own process does not keep them in memory for the whole run.
 */
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'esbuild';
import { sourcePosition } from './source-position.ts';

/** The names each k6 module exports (from @types/k6). Unsupported ones throw when used. */
export const K6_MODULE_EXPORTS: Record<string, readonly string[]> = {
  k6: ['check', 'fail', 'group', 'randomSeed', 'sleep'],
  'k6/http': [
    'del',
    'head',
    'get',
    'options',
    'patch',
    'post',
    'put',
    'request',
    'asyncRequest',
    'url',
    'batch',
    'file',
    'cookieJar',
    'expectedStatuses',
    'setResponseCallback',
    'CookieJar',
    'FileData',
    'SSL_3_0',
    'TLS_1_0',
    'TLS_1_1',
    'TLS_1_2',
    'TLS_1_3',
    'OCSP_STATUS_GOOD',
    'OCSP_STATUS_REVOKED',
    'OCSP_STATUS_SERVER_FAILED',
    'OCSP_STATUS_UNKNOWN',
    'OCSP_REASON_AA_COMPROMISE',
    'OCSP_REASON_AFFILIATION_CHANGED',
    'OCSP_REASON_CA_COMPROMISE',
    'OCSP_REASON_CERTIFICATE_HOLD',
    'OCSP_REASON_CESSATION_OF_OPERATION',
    'OCSP_REASON_KEY_COMPROMISE',
    'OCSP_REASON_PRIVILEGE_WITHDRAWN',
    'OCSP_REASON_REMOVE_FROM_CRL',
    'OCSP_REASON_SUPERSEDED',
    'OCSP_REASON_UNSPECIFIED',
  ],
  'k6/metrics': ['Counter', 'Gauge', 'Rate', 'Trend'],
  'k6/execution': ['scenario', 'instance', 'test', 'vu'],
  'k6/data': ['SharedArray'],
  'k6/timers': ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
  'k6/encoding': ['b64encode', 'b64decode'],
  'k6/html': ['parseHTML'],
  'k6/crypto': [
    'createHash',
    'createHMAC',
    'hmac',
    'md4',
    'md5',
    'randomBytes',
    'ripemd160',
    'sha1',
    'sha256',
    'sha384',
    'sha512',
    'sha512_224',
    'sha512_256',
  ],
};

/** A bundled and rewritten script, or why it cannot be loaded (plain data: it crosses threads). */
export type PreparedScript =
  | {
      ok: true;
      /** The rewritten bundle (CommonJS, k6 modules through `__k6require`). */
      code: string;
      /** esbuild's source map (bundle → sources), if any. */
      bundleMap: string | undefined;
      /** The rewrite's source map (rewritten → bundle). */
      rewriteMap: string;
      /** Where the bundle's positions are reported (`<script>.bundle.js`). */
      bundleName: string;
    }
  | { ok: false; message: string; unsupported: boolean };

function k6ModulesPlugin(): Plugin {
  return {
    name: 'k6-modules',
    setup(b) {
      b.onResolve({ filter: /^k6(\/|$)/ }, (args) => {
        if (args.path in K6_MODULE_EXPORTS) return { path: args.path, namespace: 'k6' };
        return {
          errors: [
            {
              text: `module "${args.path}" is not provided by the built-in engine (available: ${Object.keys(K6_MODULE_EXPORTS).join(', ')})`,
            },
          ],
        };
      });
      b.onResolve({ filter: /^https?:\/\// }, (args) => ({
        errors: [
          {
            text: `remote module "${args.path}" cannot be loaded by the built-in engine (no network access to module hosts)`,
          },
        ],
      }));
      b.onLoad({ filter: /.*/, namespace: 'k6' }, (args) => {
        const names = K6_MODULE_EXPORTS[args.path] ?? [];
        const lines = [
          `const m = __k6require(${JSON.stringify(args.path)});`,
          'export default m.default;',
        ];
        for (const n of names) lines.push(`export const ${n} = m.${n};`);
        return { contents: lines.join('\n'), loader: 'js' };
      });
      // Per-module `open()`: k6 resolves relative paths against the calling module's folder.
      b.onLoad({ filter: /\.(m?[jt]s|cjs)$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        const dir = JSON.stringify(path.dirname(args.path));
        return {
          contents: `var __k6_open_here = (p, m) => __k6open(p, m, ${dir});${source}`,
          loader: args.path.endsWith('.ts') ? 'ts' : 'js',
        };
      });
    },
  };
}

export async function prepareScript(scriptPath: string): Promise<PreparedScript> {
  const { build } = await import('esbuild');
  const abs = path.resolve(scriptPath);
  const bundleName = `${abs}.bundle.js`;
  let code: string;
  let mapText: string | undefined;
  try {
    const result = await build({
      entryPoints: [abs],
      bundle: true,
      write: false,
      format: 'cjs',
      platform: 'neutral',
      target: 'es2022',
      sourcemap: 'external',
      outfile: bundleName,
      logLevel: 'silent',
      mainFields: ['module', 'main'],
      define: { open: '__k6_open_here' },
      plugins: [k6ModulesPlugin()],
    });
    code = result.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? '';
    mapText = result.outputFiles.find((f) => f.path.endsWith('.map'))?.text;
  } catch (err) {
    const errors = (
      err as { errors?: { text: string; location?: { file: string; line: number } | null }[] }
    ).errors;
    const detail = errors?.length
      ? errors
          .map((e) => (e.location ? `${e.location.file}:${e.location.line}: ${e.text}` : e.text))
          .join('\n')
      : (err as Error).message;
    return { ok: false, message: `could not load ${scriptPath}: ${detail}`, unsupported: false };
  }
  const { rewriteBlocking } = await import('./blocking.ts');
  let rewritten: Awaited<ReturnType<typeof rewriteBlocking>>;
  try {
    rewritten = rewriteBlocking(code, bundleName);
  } catch (err) {
    return {
      ok: false,
      message: `could not load ${scriptPath}: ${(err as Error).message}`,
      unsupported: false,
    };
  }
  if (rewritten.errors.length > 0) {
    const bundleMap = mapText ? new SourceMap(JSON.parse(mapText)) : undefined;
    const lines = rewritten.errors.map((e) => {
      const before = code.slice(0, e.offset);
      const line0 = before.split('\n').length - 1;
      const col0 = e.offset - before.lastIndexOf('\n') - 1;
      return `${sourcePosition(bundleMap, bundleName, line0, col0) ?? scriptPath}: ${e.message}`;
    });
    return {
      ok: false,
      message: `could not load ${scriptPath}: ${lines.join('\n')}`,
      unsupported: true,
    };
  }
  return {
    ok: true,
    code: rewritten.code,
    bundleMap: mapText,
    rewriteMap: rewritten.map.toString(),
    bundleName,
  };
}
