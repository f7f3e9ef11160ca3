#pragma once

// The requests the "hang" fault holds (sim/README.md "Faults and limits"): no byte of an
// answer, the connection left open, until the hang ends; then each still-connected client
// gets 503. At most `max` are held at once: past that a new one's connection is closed, as
// with dropConnections, so a client cannot pile up held requests on pipelined connections.

#include <QObject>
#include <map>
#include <memory>

class QHttpServerResponder;

class HungRequests : public QObject
{
    Q_OBJECT
public:
    explicit HungRequests(QObject *parent = nullptr);
    ~HungRequests() override;

    // Keeps the request unanswered; false (the connection closed) when `max` are held.
    bool hold(QHttpServerResponder &&responder, int max);
    // The hang is over: answers every held request 503 (statusCode 4) and forgets it.
    void releaseAll();
    // Forgets every held request without a word (the server shuts down: the connections
    // close with it).
    void abandon();
    int count() const { return int(m_held.size()); }

private:
    struct Held;
    void forget(quint64 id);

    std::map<quint64, std::unique_ptr<Held>> m_held;
    quint64 m_nextId = 1;
};
