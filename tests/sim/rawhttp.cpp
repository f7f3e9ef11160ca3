#include "rawhttp.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QEventLoop>
#include <QTest>
#include <QTimer>
#include <functional>

namespace RawHttp {

namespace {

// Runs the event loop (the simulator lives in this thread) until `done` holds after some
// news on the socket, or the time is up.
bool waitOnSocket(QTcpSocket &socket, const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    auto check = [&] {
        if (done())
            loop.quit();
    };
    QObject::connect(&socket, &QIODevice::readyRead, &loop, check);
    QObject::connect(&socket, &QAbstractSocket::stateChanged, &loop, check);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    loop.exec();
    return done();
}

} // namespace

std::unique_ptr<QTcpSocket> connectTo(quint16 port)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, port);
    // The simulator runs in this thread: wait in the event loop, never block it.
    if (!QTest::qWaitFor([&] { return socket->state() == QAbstractSocket::ConnectedState; },
                         5000))
        return nullptr;
    return socket;
}

QByteArray hostOf(quint16 port)
{
    return "127.0.0.1:" + QByteArray::number(port);
}

QByteArray request(const QByteArray &method, const QByteArray &path, const Headers &headers,
                   const QByteArray &body)
{
    QByteArray raw = method + ' ' + path + " HTTP/1.1\r\n";
    for (const auto &h : headers)
        raw += h.first + ": " + h.second + "\r\n";
    return raw + "\r\n" + body;
}

Answer readAnswer(QTcpSocket &socket, int timeoutMs)
{
    Answer answer;
    QByteArray data;
    qsizetype headEnd = -1;
    qint64 length = -1;
    auto complete = [&] {
        data += socket.readAll();
        if (headEnd < 0 && (headEnd = data.indexOf("\r\n\r\n")) >= 0) {
            answer.head = data.left(headEnd);
            for (const QByteArray &line : answer.head.split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            const QList<QByteArray> statusLine = answer.head.split(' ');
            answer.status = statusLine.size() > 1 ? statusLine.at(1).toInt() : 0;
        }
        return (headEnd >= 0 && length >= 0 && data.size() - headEnd - 4 >= length) ||
               socket.state() == QAbstractSocket::UnconnectedState;
    };
    waitOnSocket(socket, complete, timeoutMs); // a partial answer is the caller's to judge
    if (headEnd >= 0)
        answer.body = data.mid(headEnd + 4);
    // A connection the server says it closes is closed within a moment.
    if (answer.head.toLower().contains("\r\nconnection: close"))
        waitOnSocket(
            socket, [&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 1000);
    answer.closed = socket.state() == QAbstractSocket::UnconnectedState;
    return answer;
}

int statusCode(const Answer &answer)
{
    return QJsonDocument::fromJson(answer.body).object().value(QLatin1String("statusCode")).toInt(-1);
}

} // namespace RawHttp
