/** Route matching as an HTTP API does it: method plus path template, `{name}` matching one segment. */
import { FUNCTION_NAMES, type FunctionName, ROUTES } from '#contracts';

export interface RouteMatch {
  functionName: FunctionName;
  routeKey: string;
  pathParameters: Record<string, string> | undefined;
}

interface CompiledRoute {
  functionName: FunctionName;
  method: string;
  routeKey: string;
  pattern: RegExp;
  names: string[];
}

const COMPILED: CompiledRoute[] = FUNCTION_NAMES.map((functionName) => {
  const { method, path, routeKey } = ROUTES[functionName];
  const names: string[] = [];
  const source = path
    .split('/')
    .map((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment);
      if (!param?.[1]) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(param[1]);
      return '([^/]+)';
    })
    .join('/');
  return { functionName, method, routeKey, pattern: new RegExp(`^${source}$`), names };
});

export function matchRoute(method: string, path: string): RouteMatch | undefined {
  for (const route of COMPILED) {
    if (route.method !== method) continue;
    const match = route.pattern.exec(path);
    if (!match) continue;
    const values = match.slice(1);
    let pathParameters: Record<string, string> | undefined;
    if (route.names.length > 0) {
      pathParameters = {};
      route.names.forEach((name, index) => {
        (pathParameters as Record<string, string>)[name] = safeDecode(values[index] ?? '');
      });
    }
    return { functionName: route.functionName, routeKey: route.routeKey, pathParameters };
  }
  return undefined;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
