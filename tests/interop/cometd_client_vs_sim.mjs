#!/usr/bin/env node
// Interop: the official CometD JavaScript client (npm `cometd` with `cometd-nodejs-client`)
// against our GWS simulator. It logs in as a GWS client must (Basic auth, JSESSIONID
// cookie, CSRF token), handshakes, subscribes to /v2/me/calls, dials an external number
// over REST and expects the call's Dialing and Established notifications through the
// CometD subscription.
//
//   node cometd_client_vs_sim.mjs /path/to/gws-sim
//
// Exit code 0 on success; 1 with a "FAIL (step): reason" line otherwise. Set
// COMETD_DEBUG=1 for the CometD client's own debug log.

import { spawn } from 'node:child_process';
import { gwsRest } from './gwsrest.mjs';

const HARD_TIMEOUT_MS = 20000;
const USER = 'agent1';
const PASSWORD = 'agent1';
const DESTINATION = '+15550001234';

let step = 'start';
let sim = null;
let simLog = '';

function fail(reason) {
  console.error(`FAIL (${step}): ${reason}`);
  if (simLog)
    console.error(`--- gws-sim output ---\n${simLog}`);
  process.exit(1);
}

process.on('exit', () => {
  if (sim && sim.exitCode === null)
    sim.kill('SIGKILL');
});
process.on('unhandledRejection', (e) => fail(e && e.stack || String(e)));
setTimeout(() => fail(`no result after ${HARD_TIMEOUT_MS / 1000} s`), HARD_TIMEOUT_MS);

const simExe = process.argv[2];
if (!simExe)
  fail('usage: cometd_client_vs_sim.mjs /path/to/gws-sim');

let CometD, adapt;
try {
  ({ CometD } = await import('cometd'));
  ({ adapt } = await import('cometd-nodejs-client'));
} catch (e) {
  fail(`cannot load the npm packages cometd / cometd-nodejs-client (${e.message}); ` +
       'run scripts/setup.sh (npm install in tests/interop) first');
}

// --- the simulator ------------------------------------------------------------------

step = 'starting gws-sim';
const base = await new Promise((resolve) => {
  // Short holds and a quick far end keep the test brisk.
  sim = spawn(simExe, ['--port', '0', '--poll-timeout', '3000', '--answer-delay', '300'],
              { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  sim.on('error', (e) => fail(`cannot run ${simExe}: ${e.message}`));
  sim.on('exit', (code, signal) => fail(`gws-sim exited (code ${code}, signal ${signal})`));
  sim.stderr.on('data', (chunk) => { simLog += chunk; });
  sim.stdout.on('data', (chunk) => {
    simLog += chunk;
    out += chunk;
    const url = /https?:\/\/[^\s/]+/.exec(out);
    if (url)
      resolve(url[0]);
  });
});

// --- REST, as a GWS client -----------------------------------------------------------

const gws = gwsRest({ base, user: USER, password: PASSWORD, adapt, fail });
const rest = gws.rest;

step = 'GET /api/v2/me';
const me = await rest('GET', '/api/v2/me');
if (!me.user || me.user.userName !== USER)
  fail(`unexpected user: ${JSON.stringify(me)}`);
if (!gws.jar.has('JSESSIONID'))
  fail('no JSESSIONID cookie was set');
if (!gws.csrf)
  fail('no X-CSRF-HEADER / X-CSRF-TOKEN headers in the answer');

step = 'StartContactCenterSession';
await rest('POST', '/api/v2/me',
           { operationName: 'StartContactCenterSession', channels: ['voice'] });

// --- CometD ----------------------------------------------------------------------------

const cometd = new CometD();
// GWS 8.5 serves long-polling only; without this the client would try WebSocket first.
cometd.unregisterTransport('websocket');
cometd.configure({
  url: `${base}/api/v2/notifications`,
  // The cookie comes from the shared jar; credentials and the CSRF token go on every POST.
  requestHeaders: gws.cometdHeaders(),
  logLevel: process.env.COMETD_DEBUG ? 'debug' : 'warn',
  maxNetworkDelay: 5000,
});

step = 'CometD handshake';
const handshake = await new Promise((resolve) => cometd.handshake(resolve));
if (!handshake.successful)
  fail(`handshake failed: ${JSON.stringify(handshake)}`);
if (cometd.getTransport().type !== 'long-polling')
  fail(`negotiated transport ${cometd.getTransport().type}, expected long-polling`);

// Every call notification, in order of arrival; the one waiter is woken on each. A
// notification that never comes ends in the hard timeout, which names the step.
const events = [];
let wake = () => {};
function waitFor(predicate) {
  return new Promise((resolve) => {
    wake = () => {
      const found = events.find(predicate);
      if (found) {
        wake = () => {};
        resolve(found);
      }
    };
    wake();
  });
}

step = 'subscribe /v2/me/calls';
const subscribed = await new Promise((resolve) => {
  cometd.subscribe('/v2/me/calls', (message) => {
    events.push(message);
    wake();
  }, resolve);
});
if (!subscribed.successful)
  fail(`subscription failed: ${JSON.stringify(subscribed)}`);

// --- dial, and see it through the subscription -------------------------------------------

// A list answers URIs unless asked for objects ("List Devices"): ask for them.
step = 'GET /api/v2/me/devices?fields=*';
const devices = (await rest('GET', '/api/v2/me/devices?fields=*')).devices || [];
const device = devices.find((d) => d.phoneNumber === '5001') || devices[0];
if (!device || !device.id)
  fail(`no device: ${JSON.stringify(devices)}`);

step = 'Dial';
await rest('POST', `/api/v2/me/devices/${encodeURIComponent(device.id)}/calls`,
           { operationName: 'Dial', destination: { phoneNumber: DESTINATION } });

const isCallState = (state) => (m) =>
  m.channel === '/v2/me/calls' && m.data && m.data.messageType === 'CallStateChangeMessage'
  && m.data.call && m.data.call.state === state;

step = 'waiting for Dialing';
const dialing = await waitFor(isCallState('Dialing'));
const callId = dialing.data.call.id;
if (!callId)
  fail(`Dialing notification without call id: ${JSON.stringify(dialing)}`);

step = `waiting for Established of call ${callId}`;
await waitFor((m) => isCallState('Established')(m) && m.data.call.id === callId);
if (events.findIndex(isCallState('Dialing')) > events.findIndex(isCallState('Established')))
  fail('Established arrived before Dialing');

// --- tidy up ---------------------------------------------------------------------------

step = 'Hangup';
await rest('POST', `/api/v2/me/calls/${encodeURIComponent(callId)}`, { operationName: 'Hangup' });

step = 'CometD disconnect';
await new Promise((resolve) => cometd.disconnect(resolve));

console.log(`PASS: CometD ${handshake.version} client ${handshake.clientId} saw call ${callId} ` +
            `go Dialing then Established on /v2/me/calls`);
process.exit(0);
