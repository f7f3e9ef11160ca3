#!/usr/bin/env node
// A scripted GWS 8.5 that answers exactly the documented request/answer pairs, quirks
// included (lists answer URIs unless ?fields=*, CSRF, statusCode 7, ...), with Faye as
// the Bayeux server for /api/v2/notifications. It is NOT our simulator: it exists so the
// client is tested against the documentation rather than against our own reading of it.
//
//   node documented_gws.mjs [--port N] [--user jane] [--password secret] [--partial-success]
//                           [--supervisor]
//
// Prints "documented-gws listening on http://127.0.0.1:PORT" on stdout once ready; logs
// on stderr. Script control for tests (no auth): see README.md in this directory.
import http from 'node:http';
import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import { createCalls } from './calls.mjs';

const require = createRequire(import.meta.url);
let faye;
try {
  faye = require('../interop/node_modules/faye');
} catch (e) {
  console.error(`documented-gws: cannot load faye from tests/interop/node_modules (${e.message}); ` +
                'run scripts/setup.sh');
  process.exit(2);
}

// ---- options ---------------------------------------------------------------------------
const opts = { port: 0, user: 'jane', password: 'secret', partialSuccess: false, supervisor: false };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; ++i) {
  const a = argv[i];
  if (a === '--port') opts.port = Number(argv[++i]);
  else if (a === '--user') opts.user = argv[++i];
  else if (a === '--password') opts.password = argv[++i];
  else if (a === '--partial-success') opts.partialSuccess = true;
  else if (a === '--supervisor') opts.supervisor = true;
  else { console.error(`documented-gws: unknown argument ${a}`); process.exit(2); }
}

// ---- the one user (an agent, or with --supervisor a supervisor), its device and calls --
let origin = ''; // http://127.0.0.1:PORT, known once listening
const USER_ID = '2a6b4ef2-60c7-4b3b-8d8d-3f7c8a1b9e01';
// The agent's device of device-state-*.json; the supervisor's of device-monitoring-listenin.json,
// whose targetDeviceUri names the monitored agent's device (number 5000, talking to 5001 in
// call-supervisor-switched-to-listenin.json).
const DEVICE_ID = opts.supervisor ? 'efe1ab32-53f9-43ce-b65e-5768c61f7d4a' : '74152ed8-858f-4a33-9e96-36213a678d30';
const PHONE = opts.supervisor ? '5005' : '5000';
const AGENT_DEVICE_ID = '9c14cad7-17c4-48d0-8492-7cf0ff92c224';
const AGENT_PHONE = '5000';
const CUSTOMER_PHONE = '5001';
const ROLES = opts.supervisor ? ['ROLE_AGENT', 'ROLE_SUPERVISOR'] : ['ROLE_AGENT']; // never ROLE_ADMIN
// userState ids and display names as in gws-samples/device-state-*.json
const USER_STATES = {
  Ready: { id: '9430250E-0A1B-421F-B372-F29E69366DED', displayName: 'Ready', state: 'Ready' },
  NotReady: { id: '900D55CC-2BB0-431F-8BF9-D3525B383BE6', displayName: 'Not Ready', state: 'NotReady' },
  AfterCallWork: { id: 'D3663509-3D82-4DD3-A82E-2EA8EFA02AEF', displayName: 'AfterCallWork',
                   state: 'NotReady', workMode: 'AfterCallWork' },
  AuxWork: { id: '2B36138D-C564-4562-A8CB-3C32D564F296', displayName: 'AuxWork',
             state: 'NotReady', workMode: 'AuxWork' },
  LoggedOut: { id: 'E5F0E5D3-7A2C-4F9B-9A35-3D3C2A0F5C11', displayName: 'Logged Out', state: 'LoggedOut' },
};
// monitoring: the supervisorMonitoringState object while monitoring, else null.
const device = { userState: USER_STATES.LoggedOut, dnd: false, monitoring: null };

// A device as the samples show it: no `uri`, device capabilities only (no Ready/NotReady);
// a supervisor's adds ListenIn/Coach/BargeIn (device-dnd-on-supervisor.json) and, while
// monitoring, CancelSupervisorMonitoring and supervisorMonitoringState (device-monitoring-listenin.json).
function deviceResource() {
  const supervisorOps = opts.supervisor ? ['ListenIn', 'Coach', 'BargeIn'] : [];
  return {
    id: DEVICE_ID, deviceState: 'Active', userState: { ...device.userState },
    phoneNumber: PHONE, e164Number: PHONE, telephonyNetwork: 'Private',
    doNotDisturb: device.dnd ? 'On' : 'Off',
    voiceEnvironmentUri: `${origin}/api/v2/voice-environments/370ef5e6-9e3c-4d91-9588-7f4dfe67e011`,
    capabilities: ['ForwardCallsOn', device.dnd ? 'DoNotDisturbOff' : 'DoNotDisturbOn', ...supervisorOps,
                   ...(device.monitoring ? ['CancelSupervisorMonitoring'] : [])],
    ...(device.monitoring ? { supervisorMonitoringState: { ...device.monitoring } } : {}),
  };
}

function userResource() {
  return { id: USER_ID, userName: opts.user, firstName: opts.supervisor ? 'Bo' : 'Jane',
           lastName: opts.supervisor ? 'Supervisor' : 'Agent', roles: ROLES, enabled: true, uri: `${origin}/api/v2/users/${USER_ID}`,
           path: `/users/${USER_ID}` };
}

// ---- notifications (Faye) --------------------------------------------------------------
const bayeux = new faye.NodeAdapter({ mount: '/api/v2/notifications', timeout: 20 });
const liveClients = new Set();
const forgotten = new Set(); // clientIds whose next message gets 402::Unknown client
bayeux.on('handshake', (id) => liveClients.add(id));
bayeux.on('disconnect', (id) => liveClients.delete(id));

bayeux.addExtension({
  // Record the Bayeux channels of each HTTP request in its /script/requests entry.
  incoming(message, request, callback) {
    if (request && request.logEntry) {
      request.logEntry.channels.push(message.channel);
      if (message.subscription) request.logEntry.subscriptions.push(message.subscription);
    }
    callback(message);
  },
  // A forgotten client is told what a CometD (Java) server, as GWS runs, says: 402 and
  // advice handshake. Faye itself would say 401::Unknown client.
  outgoing(message, callback) {
    const unknown = (message.clientId && forgotten.has(message.clientId)) ||
                    /^401:[^:]*:Unknown client/.test(message.error || '');
    if (message.channel && message.channel.startsWith('/meta/') && unknown) {
      message.successful = false;
      message.error = '402::Unknown client';
      message.advice = { reconnect: 'handshake', interval: 0 };
    }
    console.error(`faye -> ${JSON.stringify(message).slice(0, 300)}`);
    callback(message);
  },
});

const metrics = () => ({ eventProcessing: { nodeProcessingTimeNanos: 4911602,
  serverGenerationTimestamp: Date.now(), serverProcessingTimeTotalMs: 5 } });

function publish(channel, data) {
  bayeux.getClient().publish(channel, data).then(
    () => {}, (e) => console.error(`publish on ${channel} failed: ${e && e.message}`));
}

function publishDevice() {
  publish('/v2/me/devices', { messageType: 'DeviceStateChangeMessage',
                              devices: [deviceResource()], metrics: metrics() });
}

const { calls, callResource, dial, ring, monitored, operate, setState } = createCalls({
  origin: () => origin, deviceId: () => DEVICE_ID, phone: () => PHONE, publish, metrics });

// ---- HTTP plumbing ---------------------------------------------------------------------
const requestLog = [];
const sessions = new Map(); // JSESSIONID -> CSRF token
let loginPage = false;

function send(res, status, body, headers = {}) {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  const type = typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json';
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(raw), ...headers });
  res.end(raw);
}
const ok = (res, extra = {}, headers) => send(res, 200, { statusCode: 0, ...extra }, headers);
const notFound = (res, what) => send(res, 404, { statusCode: 6, statusMessage: `${what} not found` });
const invalid = (res, what) => send(res, 400, { statusCode: 2, statusMessage: what });

function readBody(req) {
  return new Promise((resolve) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c) => { raw += c; });
    req.on('end', () => resolve(raw));
  });
}

function cookieValue(req, name) {
  for (const part of (req.headers.cookie || '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return '';
}

function basicOk(req) {
  const m = /^Basic (.+)$/.exec(req.headers.authorization || '');
  return !!m && Buffer.from(m[1], 'base64').toString('utf8') === `${opts.user}:${opts.password}`;
}

// Basic credentials on every /api request; a JSESSIONID on the first authenticated answer;
// the CSRF token on every GET; cookie + token required on every write ("CSRF protection").
// Returns the headers to add, or null once it has answered the refusal itself.
function authenticate(req, res) {
  if (!basicOk(req)) {
    send(res, 401, { statusCode: 20, statusMessage: 'Not authenticated' },
         { 'WWW-Authenticate': 'Basic realm="GWS"' });
    return null;
  }
  let sid = cookieValue(req, 'JSESSIONID');
  const headers = {};
  if (req.method !== 'GET') {
    const token = sessions.get(sid);
    if (!token || req.headers['x-csrf-token'] !== token) {
      send(res, 403, 'Missing or invalid Csrf token');
      return null;
    }
    return headers;
  }
  if (!sessions.has(sid)) {
    sid = crypto.randomBytes(12).toString('hex');
    sessions.set(sid, crypto.randomUUID());
    headers['Set-Cookie'] = `JSESSIONID=${sid}; Path=/; HttpOnly`;
  }
  headers['X-CSRF-HEADER'] = 'X-CSRF-TOKEN';
  headers['X-CSRF-TOKEN'] = sessions.get(sid);
  return headers;
}

// ---- the documented resources ----------------------------------------------------------
async function api(req, res, url, entry) {
  const headers = authenticate(req, res);
  if (!headers) return;
  const path = url.pathname.replace(/^\/api\/v2/, '');
  const fields = url.searchParams.get('fields') === '*';
  let body = {};
  if (req.method === 'POST') {
    try { body = JSON.parse((await readBody(req)) || '{}'); } catch { return invalid(res, 'bad JSON'); }
    entry.operation = body.operationName;
    entry.body = body;
  }
  const op = body.operationName;
  let m;

  if (req.method === 'GET') {
    // "List Devices", "Request Parameters": URIs unless fields=* asks for objects.
    if (path === '/me') {
      const user = userResource();
      if (url.searchParams.get('subresources') === '*') {
        user.devices = [deviceResource()];
        user.calls = [...calls.values()].map(callResource);
      }
      return ok(res, { user }, headers);
    }
    if (path === '/me/devices')
      return ok(res, fields ? { devices: [deviceResource()] }
                            : { uris: [`${origin}/api/v2/devices/${DEVICE_ID}`] }, headers);
    if ((m = /^\/(?:me\/)?devices\/([^/]+)$/.exec(path)))
      return m[1] === DEVICE_ID ? ok(res, { device: deviceResource() }, headers) : notFound(res, 'device');
    // "Working with roles": the user and device lists are for the contact-center admin role,
    // which no user here has.
    if (path === '/users' || path.startsWith('/users/') || path === '/devices')
      return send(res, 403, { statusCode: 5, statusMessage: 'No permission: ROLE_ADMIN is required' });
    if (path === '/me/calls')
      return ok(res, fields ? { calls: [...calls.values()].map(callResource) }
                            : { uris: [...calls.values()].map((c) => c.uri) }, headers);
    if ((m = /^\/me\/calls\/([^/]+)$/.exec(path)))
      return calls.has(m[1]) ? ok(res, { call: callResource(calls.get(m[1])) }, headers)
                             : notFound(res, 'call');
    return notFound(res, 'resource');
  }
  if (req.method !== 'POST') return send(res, 405, { statusCode: 3, statusMessage: 'method not allowed' });

  if (path === '/me') {
    if (op === 'StartContactCenterSession') {
      device.userState = USER_STATES.Ready;
      publishDevice(); // lost by a client not yet subscribed: subscribe first
      const channels = Array.isArray(body.channels) ? body.channels : ['voice'];
      if (opts.partialSuccess || channels.some((c) => c !== 'voice'))
        return ok(res, { statusCode: 7, statusMessage: 'Partial success: only voice was started' });
      return ok(res);
    }
    if (op === 'EndContactCenterSession') {
      device.userState = USER_STATES.LoggedOut;
      publishDevice();
      return ok(res);
    }
    return invalid(res, `unknown operation ${op}`);
  }
  if (path === '/me/channels/voice') {
    if (!['Ready', 'NotReady', 'AfterCallWork', 'AuxWork'].includes(op))
      return invalid(res, `${op} is not a voice channel operation`);
    if (device.userState === USER_STATES.LoggedOut)
      return invalid(res, 'no contact-center session');
    if (body.reasonCode !== undefined && (op !== 'NotReady' || typeof body.reasonCode !== 'string'))
      return invalid(res, 'reasonCode: a string, with NotReady only');
    // A NotReady reason shows as userState.reason; the displayName stays the documented one.
    device.userState = body.reasonCode ? { ...USER_STATES.NotReady, reason: body.reasonCode } : USER_STATES[op];
    publishDevice();
    return ok(res);
  }
  if ((m = /^\/me\/devices\/([^/]+)(\/calls)?$/.exec(path))) {
    if (m[1] !== DEVICE_ID) return notFound(res, 'device');
    if (m[2]) { // Dial
      const number = body.destination && body.destination.phoneNumber;
      if (op !== 'Dial') return invalid(res, `${op} is not valid here`);
      if (!number) return send(res, 400, { statusCode: 1, statusMessage: 'destination missing' });
      ok(res);
      dial(String(number));
      return;
    }
    if (!deviceResource().capabilities.includes(op)) return invalid(res, `${op} is not valid now`);
    if (['ListenIn', 'Coach', 'BargeIn'].includes(op)) return monitor(res, op, body);
    if (op === 'CancelSupervisorMonitoring') {
      device.monitoring = null;
      ok(res);
      publishDevice();
      for (const call of [...calls.values()].filter((c) => c.monitorMode)) setState(call, 'Released');
      return;
    }
    if (op.startsWith('DoNotDisturb')) device.dnd = op === 'DoNotDisturbOn';
    publishDevice();
    return ok(res);
  }
  if ((m = /^\/me\/calls\/([^/]+)$/.exec(path))) {
    const call = calls.get(m[1]);
    if (!call) return notFound(res, 'call');
    const { refused, then } = operate(call, body);
    if (refused) return send(res, 400, refused);
    ok(res);
    then();
    return;
  }
  return notFound(res, 'resource');
}

// ListenIn / Coach / BargeIn on the supervisor's device ("ListenIn" page): the agent's device
// as targetDeviceUri, or its phoneNumber; scope Agent|Call (default Call), mode
// NextCall|AllCalls (default AllCalls). The outcome is our device's supervisorMonitoringState.
function monitor(res, op, body) {
  const agentUri = `${origin}/api/v2/devices/${AGENT_DEVICE_ID}`;
  const { targetDeviceUri, phoneNumber } = body;
  const scope = body.supervisorMonitoringScope ?? 'Call';
  const mode = body.supervisorMonitoringMode ?? 'AllCalls';
  if (targetDeviceUri === undefined && phoneNumber === undefined)
    return send(res, 400, { statusCode: 1, statusMessage: 'targetDeviceUri or phoneNumber is missing' });
  if (!['Agent', 'Call'].includes(scope) || !['NextCall', 'AllCalls'].includes(mode))
    return invalid(res, 'supervisorMonitoringScope: Agent|Call; supervisorMonitoringMode: NextCall|AllCalls');
  if ((targetDeviceUri !== undefined && targetDeviceUri !== agentUri) ||
      (phoneNumber !== undefined && phoneNumber !== AGENT_PHONE))
    return notFound(res, 'target device');
  device.monitoring = { state: op, mode, scope, targetDeviceUri: agentUri };
  ok(res);
  publishDevice();
}

// ---- script control (tests only; no auth) ----------------------------------------------
async function script(req, res, url) {
  const raw = req.method === 'POST' ? await readBody(req) : '';
  let body = {};
  try { body = raw ? JSON.parse(raw) : {}; } catch { return send(res, 400, { error: 'bad JSON' }); }
  const route = `${req.method} ${url.pathname}`;
  if (route === 'POST /script/ring') {
    const call = ring(String(body.from || '+15551234567'));
    return send(res, 200, { id: call.id });
  }
  if (route === 'POST /script/ring-monitored') {
    // The monitored agent (5000) talks to 5001: the supervisor gets that call too.
    if (!device.monitoring) return send(res, 409, { error: 'not monitoring' });
    const call = monitored(device.monitoring.state, AGENT_PHONE, CUSTOMER_PHONE);
    return send(res, 200, { id: call.id });
  }
  if (route === 'GET /script/requests') return send(res, 200, requestLog);
  if (route === 'DELETE /script/requests') { requestLog.length = 0; return send(res, 200, { ok: true }); }
  if (route === 'POST /script/forget-cometd-clients') {
    // Like a GWS node that lost its CometD state: every client is unknown from now on;
    // a held connect ends at once (and the outgoing extension turns it into a 402).
    const ids = [...liveClients];
    for (const id of ids) {
      forgotten.add(id);
      bayeux._server._engine.destroyClient(id);
    }
    return send(res, 200, { forgotten: ids });
  }
  if (route === 'POST /script/login-page') {
    loginPage = !!body.on;
    // An SSO front answers the next request; end held connects so that happens now.
    if (loginPage)
      for (const id of liveClients) bayeux._server._engine.flushConnection(id);
    return send(res, 200, { on: loginPage });
  }
  return send(res, 404, { error: `no script route ${route}` });
}

const LOGIN_HTML = '<!DOCTYPE html><html><head><title>Sign in</title></head><body>' +
  '<form method="post" action="/login"><input name="username"><input name="password" type="password">' +
  '<button type="submit">Sign in</button></form></body></html>';

const server = http.createServer((req, res) => {
  const url = new URL(req.url, origin || 'http://127.0.0.1');
  const entry = { method: req.method, host: req.headers.host || '', path: url.pathname,
                  query: url.search.replace(/^\?/, ''),
                  hasAuthorization: !!req.headers.authorization,
                  hasCsrf: !!req.headers['x-csrf-token'], hasCookie: !!cookieValue(req, 'JSESSIONID'),
                  time: Date.now(), channels: [], subscriptions: [] };
  res.on('finish', () => { entry.status = res.statusCode; });
  if (url.pathname.startsWith('/script/')) return void script(req, res, url);
  requestLog.push(entry);
  console.error(`${req.method} ${req.url}`);

  if (url.pathname === '/login')
    return send(res, 200, LOGIN_HTML, { 'Content-Type': 'text/html; charset=utf-8' });
  if (!url.pathname.startsWith('/api/')) return send(res, 404, 'not found');
  if (loginPage) return send(res, 302, '', { Location: '/login' });

  if (url.pathname === '/api/v2/notifications' || url.pathname.startsWith('/api/v2/notifications/')) {
    const headers = authenticate(req, res);
    if (!headers) return;
    // The notification requests need the HTTP session, as a load balancer pins by it.
    if (!sessions.has(cookieValue(req, 'JSESSIONID')))
      return send(res, 403, 'Missing or invalid Csrf token');
    req.logEntry = entry;
    return bayeux.handle(req, res);
  }
  api(req, res, url, entry).catch((e) => {
    console.error(e);
    send(res, 500, { statusCode: 4, statusMessage: String(e && e.message) });
  });
});

server.on('error', (e) => { console.error(`documented-gws: ${e.message}`); process.exit(1); });
server.listen(opts.port, '127.0.0.1', () => {
  origin = `http://127.0.0.1:${server.address().port}`;
  process.stdout.write(`documented-gws listening on ${origin}\n`);
});
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => process.exit(0));
