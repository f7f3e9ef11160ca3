#pragma once

// One logged-in softphone client without widgets: the same objects main.cpp wires.

#include "callmodel.h"
#include "cometdclient.h"
#include "gwsclient.h"
#include "session.h"

#include <QNetworkAccessManager>
#include <QUrl>

struct ClientStack
{
    ClientStack(const QUrl &server, const QString &user, const QString &password)
        : client(&network), cometd(&network), session(&client, &cometd, &calls)
    {
        client.setServer(server);
        client.setCredentials(user, password);
        client.setTimeout(5000);
        cometd.setBackoff(100, 1000);
    }
    ~ClientStack() { session.logout(); }

    // The first call whose state is `state`, or nullptr.
    const Call *firstIn(CallState state) const
    {
        for (const Call &c : calls.calls())
            if (c.state == state)
                return calls.call(c.id);
        return nullptr;
    }

    QNetworkAccessManager network;
    GwsClient client;
    CometdClient cometd;
    CallModel calls;
    Session session;
};
