#pragma once

// Loopback-only control endpoints under /sim for tests and demos: ring a device from an
// outside number, hang up from the far side, look at the server's view, count requests.

#include "httpreply.h"

class CallControl;
class RequestStats;
class Telephony;
class QHttpServerRequest;

class ControlHandler
{
public:
    ControlHandler(Telephony *telephony, CallControl *control, RequestStats *stats);

    HttpReply handle(const QHttpServerRequest &request);

private:
    Telephony *m_telephony;
    CallControl *m_control;
    RequestStats *m_stats;
};
