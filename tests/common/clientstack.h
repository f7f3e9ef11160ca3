#pragma once

// One logged-in softphone client without widgets: the same objects main.cpp wires.

#include "agentavailability.h"
#include "callcontroller.h"
#include "callmodel.h"
#include "cometdclient.h"
#include "countingnetwork.h"
#include "gwsclient.h"
#include "recentnumbers.h"
#include "requestbudget.h"
#include "session.h"

#include <QtCore/qtestsupport_core.h> // QTest::qWaitFor, without linking QtTest
#include <QUrl>

struct ClientStack
{
    ClientStack(const QUrl &server, const QString &user, const QString &password)
        : client(&network)
        , cometd(&network)
        , session(&client, &cometd, &calls)
        , control(&session, &client, &calls, &recent)
        , availability(&session, &client)
    {
        client.setServer(server);
        client.setCredentials(user, password);
        client.setTimeout(5000);
        cometd.setBackoff(100, 1000);
        // The same budget as the application: no test gets a client the app would not be.
        client.setBudget(&budget);
        cometd.setBudget(&budget);
    }
    ~ClientStack() { session.logout(); }

    // Logs in and waits until online with a device; false if that takes too long.
    [[nodiscard]] bool loginAndWait(int timeoutMs = 5000)
    {
        session.login();
        return QTest::qWaitFor([this] {
            return session.status() == Session::Status::Online && !session.device().id.isEmpty();
        }, timeoutMs);
    }

    // The first call whose state is `state`, or nullptr.
    const Call *firstIn(CallState state) const
    {
        for (const Call &c : calls.calls())
            if (c.state == state)
                return calls.call(c.id);
        return nullptr;
    }

    // Null-safe looks for tests: a call that is gone reads as a default Call (no id, state
    // Unknown), so a QTRY_COMPARE on it fails as a comparison instead of crashing.
    Call callOf(const QString &id) const
    {
        const Call *c = calls.call(id);
        return c ? *c : Call();
    }
    CallState stateOf(const QString &id) const { return callOf(id).state; }
    QString firstIdIn(CallState state) const
    {
        const Call *c = firstIn(state);
        return c ? c->id : QString();
    }
    // Waits for a call in `state`; its id, or empty after the timeout (callers assert it).
    [[nodiscard]] QString waitForFirstIn(CallState state, int timeoutMs = 5000) const
    {
        if (!QTest::qWaitFor([&] { return firstIn(state) != nullptr; }, timeoutMs))
            return {};
        return firstIdIn(state);
    }
    // Waits until call `id` is in `state` with no request in flight; false after the timeout.
    [[nodiscard]] bool waitForSettled(const QString &id, CallState state, int timeoutMs = 5000) const
    {
        return QTest::qWaitFor([&] { return stateOf(id) == state && !control.isBusy(id); },
                               timeoutMs);
    }

    CountingNetwork network; // a plain QNetworkAccessManager that also logs what is sent
    RequestBudget budget;
    GwsClient client;
    CometdClient cometd;
    CallModel calls;
    Session session;
    RecentNumbers recent;
    CallController control;       // the agent's call operations
    AgentAvailability availability; // agent state and Do Not Disturb
};
