#pragma once

#include "disposition.h"

#include <QObject>

class GwsClient;
class Session;

// The disposition codes the agent picks from: the server's (GET
// /api/v2/settings/dispositions, read once per login, where the agent states are read),
// else the local list (QSettings wrapUp/dispositions). A server without the group, one that
// fails or one that has none configured leaves the local list, with a log line and no
// retry until the next login.
class DispositionCatalog : public QObject
{
    Q_OBJECT
public:
    DispositionCatalog(Session *session, GwsClient *client, QObject *parent = nullptr);

    void setLocal(const QList<Disposition> &local);
    QList<Disposition> dispositions() const { return m_server.isEmpty() ? m_local : m_server; }
    bool fromServer() const { return !m_server.isEmpty(); }

signals:
    void changed();

private:
    void fetch();

    Session *m_session;
    GwsClient *m_client;
    QList<Disposition> m_local;
    QList<Disposition> m_server;
    QString m_userName;   // whose codes m_server are
    bool m_asked = false; // this login's request went out (answered or not)
};
