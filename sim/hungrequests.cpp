#include "hungrequests.h"

#include "httpreply.h"

#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

struct HungRequests::Held
{
    explicit Held(QHttpServerResponder &&r)
        : responder(std::move(r))
        , socket(responder.socket())
    {}
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket; // the server deletes sockets that close
    QMetaObject::Connection onDisconnect;
};

HungRequests::HungRequests(QObject *parent)
    : QObject(parent)
{}

HungRequests::~HungRequests()
{
    abandon();
}

bool HungRequests::hold(QHttpServerResponder &&responder, int max)
{
    QTcpSocket *socket = responder.socket();
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return false;
    if (count() >= max) {
        socket->abort();
        return false;
    }
    const quint64 id = m_nextId++;
    auto held = std::make_unique<Held>(std::move(responder));
    // A client that gives up closes the connection: nothing is left to answer.
    held->onDisconnect = connect(socket, &QAbstractSocket::disconnected, this,
                                 [this, id] { forget(id); });
    m_held.emplace(id, std::move(held));
    return true;
}

void HungRequests::releaseAll()
{
    const auto held = std::exchange(m_held, {});
    const HttpReply reply =
        HttpReply::error(503, GwsStatus::InternalError, u"Simulated hang ended"_s);
    for (const auto &entry : held) {
        Held &h = *entry.second;
        QObject::disconnect(h.onDisconnect);
        if (h.socket && h.socket->state() == QAbstractSocket::ConnectedState)
            reply.send(h.responder);
    }
}

void HungRequests::abandon()
{
    for (const auto &entry : m_held)
        QObject::disconnect(entry.second->onDisconnect);
    m_held.clear();
}

void HungRequests::forget(quint64 id)
{
    m_held.erase(id);
}
