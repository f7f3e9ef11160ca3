#pragma once

#include "gwsresult.h"

#include <QJsonArray>
#include <QObject>
#include <functional>

class GwsClient;

// Reads a GWS list resource as documented ("List Devices", "Request Parameters"): asks for
// objects with ?fields=*, and when a server still answers only `uris`, reads each one.
// An answer with neither is an error, never an empty list: a caller must not drop what it
// holds because a server answered in an unexpected shape.
class ListReader : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const GwsResult &result, const QJsonArray &objects)>;

    // path e.g. "/me/calls", key the list's name ("calls"); done runs exactly once, in
    // the context of `context` (not at all if it is destroyed first).
    static void read(GwsClient *client, const QString &path, const QString &key,
                     QObject *context, Done done);

private:
    ListReader(GwsClient *client, QString key, Done done, QObject *context);
    void onList(const GwsResult &r);
    void follow(const QStringList &uris);
    void finish(const GwsResult &r);

    GwsClient *m_client;
    QString m_key;
    Done m_done;
    QJsonArray m_objects;
    int m_pending = 0;
    GwsResult m_firstError;
    bool m_failed = false;
};
