// The benchmark's arrival-rate script: RATE iterations/s (1,000) for DURATION with
// PREALLOCATED (50) VUs, one http.get and one check each.
import { check } from 'k6';
import http from 'k6/http';

export const options = {
  scenarios: {
    arrival: {
      executor: 'constant-arrival-rate',
      rate: Number(__ENV.RATE ?? 1000),
      timeUnit: '1s',
      duration: __ENV.DURATION ?? '10s',
      preAllocatedVUs: Number(__ENV.VUS ?? 50),
    },
  },
  summaryTrendStats: ['avg', 'med', 'p(95)', 'p(99)', 'max'],
};

export default function () {
  const res = http.get(`${__ENV.BASE}/`);
  check(res, { 'status is 200': (r) => r.status === 200 });
}
