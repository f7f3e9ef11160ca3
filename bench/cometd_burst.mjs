#!/usr/bin/env node
// The official CometD JavaScript client (npm `cometd` + `cometd-nodejs-client`, installed
// in tests/interop/node_modules by scripts/setup.sh) as the peer of bench_notify: it logs
// in to the simulator as a GWS client does (Basic auth, JSESSIONID cookie, CSRF token),
// subscribes to /v2/me/calls, prints "ready", and then times the notifications that carry
// `simSentAtMs` (the simulator's enqueue time): per-message latency to the subscriber
// callback, and the time of the first and last. COUNTS is a comma-separated list: a round
// ends after that many such messages and prints `result {json}`; after the last it exits.
//
//   node bench/cometd_burst.mjs BASE_URL USER PASSWORD COUNTS     e.g. 10000,10000,2000

import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const [base, user, password, countsArg] = process.argv.slice(2);
if (!base || !user || !password || !countsArg) {
  console.error('usage: cometd_burst.mjs BASE_URL USER PASSWORD COUNTS');
  process.exit(2);
}
const counts = countsArg.split(',').map(Number);

function fail(reason) {
  console.error(`FAIL: ${reason}`);
  process.exit(1);
}
process.on('unhandledRejection', (e) => fail(e && e.stack || String(e)));

// The packages live with the interop tests; resolve them from there.
const here = path.dirname(fileURLToPath(import.meta.url));
const interop = createRequire(path.join(here, '..', 'tests', 'interop', 'package.json'));
let CometD, adapt;
try {
  ({ CometD } = await import(pathToFileURL(interop.resolve('cometd')).href));
  ({ adapt } = await import(pathToFileURL(interop.resolve('cometd-nodejs-client')).href));
} catch (e) {
  fail(`cannot load cometd / cometd-nodejs-client from tests/interop/node_modules (${e.message}); ` +
       'run scripts/setup.sh first');
}

const { gwsRest } = await import(pathToFileURL(path.join(here, '..', 'tests', 'interop', 'gwsrest.mjs')).href);
const gws = gwsRest({ base, user, password, adapt, fail });
const rest = gws.rest;

await rest('GET', '/api/v2/me');
await rest('POST', '/api/v2/me', { operationName: 'StartContactCenterSession', channels: ['voice'] });

const cometd = new CometD();
cometd.unregisterTransport('websocket'); // GWS 8.5 serves long-polling only
cometd.configure({
  url: `${base}/api/v2/notifications`,
  requestHeaders: gws.cometdHeaders(),
  logLevel: 'warn',
  maxNetworkDelay: 30000,
});
const handshake = await new Promise((resolve) => cometd.handshake(resolve));
if (!handshake.successful)
  fail(`handshake: ${JSON.stringify(handshake)}`);

const nowMs = () => performance.timeOrigin + performance.now();
let latencies = [];
let first = 0;
let last = 0;
let sentFirst = 0;
let sentLast = 0;

function finishRound() {
  const sorted = Float64Array.from(latencies).sort();
  const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  console.log('result ' + JSON.stringify({
    count: latencies.length, firstMs: first, lastMs: last, sentFirstMs: sentFirst, sentLastMs: sentLast,
    p50: pct(0.5), p99: pct(0.99), max: sorted[sorted.length - 1],
  }));
  latencies = [];
  counts.shift();
  if (counts.length === 0)
    cometd.disconnect(() => process.exit(0));
}

const subscribed = await new Promise((resolve) => {
  cometd.subscribe('/v2/me/calls', (message) => {
    const sent = message.data && message.data.simSentAtMs;
    if (sent === undefined)
      return;
    const now = nowMs();
    if (latencies.length === 0) {
      first = now;
      sentFirst = sentLast = sent;
    }
    last = now;
    sentFirst = Math.min(sentFirst, sent);
    sentLast = Math.max(sentLast, sent);
    latencies.push(now - sent);
    if (latencies.length === counts[0])
      finishRound();
  }, resolve);
});
if (!subscribed.successful)
  fail(`subscribe: ${JSON.stringify(subscribed)}`);
console.log('ready');
