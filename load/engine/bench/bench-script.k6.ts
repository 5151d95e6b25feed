// The benchmark's async-style script: one awaited request and one check per iteration,
// then an optional pause (PAUSE seconds).
import { check } from 'k6';
import http from 'k6/http';

const pause = Number(__ENV.PAUSE ?? 0);

export const options = {
  vus: Number(__ENV.VUS ?? 64),
  duration: __ENV.DURATION ?? '10s',
  summaryTrendStats: ['avg', 'med', 'p(95)', 'p(99)', 'max'],
};

export default async function () {
  const res = await http.asyncRequest('GET', `${__ENV.BASE}/`);
  check(res, { 'status is 200': (r) => r.status === 200 });
  if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause * 1000));
}
