#pragma once

#include "calloperation.h"
#include "gwsresult.h"

#include <QMetaType>
#include <QString>
#include <optional>

// What the wording of a failed call operation depends on: the outcome (HTTP status,
// statusCode, transport) and the situation the agent is in.
struct FailureSituation
{
    std::optional<CallOperation> op; // unknown: an error notification nobody can trace
    GwsResult result;        // for an error notification: kind Api, its errorCode as statusCode
    bool asynchronous = false; // told later by an error notification (a busy destination)
    bool callGone = false;     // the call is not there any more
    bool inbound = false;      // the other party called the agent
    QString destination;       // the number the operation called, if any
    bool callerOnHold = false; // the agent's caller waits on hold meanwhile
};

// A failure that concerns one call, in the agent's words and in the log's.
struct CallError
{
    QString callId; // empty: no call yet (a Dial the server refused)
    std::optional<CallOperation> op;
    QString message; // plain words, lower case, shown as "<Action>: <message>"
    QString details; // the technical text, as logged: server words and codes
};
Q_DECLARE_METATYPE(CallError)

namespace ErrorWording {
// The plain words for a failure: what happened and what the agent can do, from one table
// (errorwording.cpp). Translated in the context "ErrorWording"; never empty.
QString plain(const FailureSituation &situation);
} // namespace ErrorWording
