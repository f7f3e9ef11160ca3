#!/usr/bin/env node
// A Faye (npm `faye`) Bayeux server on loopback, a third-party peer for tst_interop_faye.
//
//   node faye_server.js [PORT] [--timeout SECONDS]
//
// Mounts Faye at /faye on 127.0.0.1:PORT (0 or absent: a free port) and prints
// "listening <port>" on stdout once it accepts connections. The test publishes through
//   POST /publish {"channel": "/v2/me/calls", "data": {...}}
// which goes through Faye's own server-side client and answers 200 {"published": true}
// once Faye has accepted the message (500 with the error otherwise).
'use strict';

const http = require('node:http');

let faye;
try {
  faye = require('faye');
} catch (e) {
  console.error(`faye_server: cannot load the npm package "faye" (${e.message}).\n` +
                'Run scripts/setup.sh (npm install in tests/interop) first.');
  process.exit(2);
}

const args = process.argv.slice(2);
let port = 0;
let timeoutSeconds = 5; // how long Faye holds a /meta/connect; short keeps the test brisk
for (let i = 0; i < args.length; ++i) {
  if (args[i] === '--timeout' && i + 1 < args.length)
    timeoutSeconds = Number(args[++i]);
  else
    port = Number(args[i]);
}
if (!Number.isInteger(port) || port < 0 || port > 65535 || !(timeoutSeconds > 0)) {
  console.error('usage: faye_server.js [PORT] [--timeout SECONDS]');
  process.exit(2);
}

const bayeux = new faye.NodeAdapter({ mount: '/faye', timeout: timeoutSeconds });

// Log the Bayeux traffic on stderr: the test prints it when something goes wrong.
bayeux.addExtension({
  incoming(message, callback) {
    console.error(`faye <- ${JSON.stringify(message)}`);
    callback(message);
  },
  outgoing(message, callback) {
    console.error(`faye -> ${JSON.stringify(message)}`);
    callback(message);
  },
});

function answer(response, status, body) {
  const raw = JSON.stringify(body);
  response.writeHead(status, { 'Content-Type': 'application/json',
                               'Content-Length': Buffer.byteLength(raw) });
  response.end(raw);
}

// Requests outside /faye land here (Faye's attach() routes its own mount point).
const server = http.createServer((request, response) => {
  if (request.method !== 'POST' || request.url !== '/publish') {
    answer(response, 404, { error: 'not found' });
    return;
  }
  let raw = '';
  request.setEncoding('utf8');
  request.on('data', (chunk) => { raw += chunk; });
  request.on('end', () => {
    let body;
    try {
      body = JSON.parse(raw);
    } catch (e) {
      answer(response, 400, { error: `bad JSON: ${e.message}` });
      return;
    }
    if (typeof body.channel !== 'string' || !body.channel.startsWith('/')) {
      answer(response, 400, { error: 'channel missing' });
      return;
    }
    bayeux.getClient().publish(body.channel, body.data).then(
      () => answer(response, 200, { published: true }),
      (error) => answer(response, 500, { error: String(error && error.message || error) }));
  });
});
bayeux.attach(server);

server.on('error', (error) => {
  console.error(`faye_server: ${error.message}`);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  // stdout carries only this line: the test reads the port from it.
  process.stdout.write(`listening ${server.address().port}\n`);
});

for (const signal of ['SIGTERM', 'SIGINT'])
  process.on(signal, () => process.exit(0));
