#pragma once

// What one HTTP connection may cost the simulator (sim/README.md "Limits and hardening").
// ConnectionGuard enforces these on the bytes as they arrive, before Qt HttpServer (which
// buffers a whole request before anyone sees it) gets to hold them.

#include <QtGlobal>

struct ConnectionLimits
{
    qint64 maxBodySize = 1024 * 1024;   // larger bodies: 413 (from Content-Length or while read)
    qint64 maxHeaderSize = 64 * 1024;   // request line and headers: 431 beyond
    int headerTimeoutMs = 10000;        // to send complete headers, from the first byte
    int bodyTimeoutMs = 30000;          // to send the whole body, once the headers are in
    int idleTimeoutMs = 30000;          // keep-alive: between an answer and the next request
    int maxConnectionsPerPeer = 512;    // open connections per peer address
};
