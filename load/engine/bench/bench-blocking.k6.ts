// The benchmark's blocking-style script (k6's documentation style): http.get, a check,
// then an optional sleep (PAUSE seconds).
import { check, sleep } from 'k6';
import http from 'k6/http';

const pause = Number(__ENV.PAUSE ?? 0);

export const options = {
  vus: Number(__ENV.VUS ?? 64),
  duration: __ENV.DURATION ?? '10s',
  summaryTrendStats: ['avg', 'med', 'p(95)', 'p(99)', 'max'],
};

export default function () {
  const res = http.get(`${__ENV.BASE}/`);
  check(res, { 'status is 200': (r) => r.status === 200 });
  if (pause > 0) sleep(pause);
}
