// The benchmark's k6-style script: async iterations, one request and one check each.
import { check } from 'k6';
import http from 'k6/http';

export const options = {
  vus: Number(__ENV.VUS ?? 64),
  duration: __ENV.DURATION ?? '10s',
  summaryTrendStats: ['avg', 'med', 'p(95)', 'p(99)', 'max'],
};

export default async function () {
  const res = await http.asyncRequest('GET', `${__ENV.BASE}/`);
  check(res, { 'status is 200': (r) => r.status === 200 });
}
