#include "listreader.h"

#include "gwsclient.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
// A server that lists more than this by URI only is not read one request per entry.
constexpr int kMaxFollowedUris = 200;
} // namespace

void ListReader::read(GwsClient *client, const QString &path, const QString &key,
                      QObject *context, Done done)
{
    auto *reader = new ListReader(client, key, std::move(done), context);
    connect(client->get(path + u"?fields=*"_s), &GwsRequest::finished, reader,
            &ListReader::onList);
}

ListReader::ListReader(GwsClient *client, QString key, Done done, QObject *context)
    : QObject(context)
    , m_client(client)
    , m_key(std::move(key))
    , m_done(std::move(done))
{}

void ListReader::onList(const GwsResult &r)
{
    if (!r.ok())
        return finish(r);
    if (r.body.value(m_key).isArray()) {
        m_objects = r.body.value(m_key).toArray();
        return finish(r);
    }
    if (!r.body.value(u"uris").isArray()) {
        GwsResult bad = r;
        bad.kind = GwsResult::Kind::BadReply;
        bad.statusMessage = u"neither \"%1\" nor \"uris\" in the answer"_s.arg(m_key);
        return finish(bad);
    }
    QStringList uris;
    for (const QJsonValue &v : r.body.value(u"uris").toArray())
        uris.append(v.toString());
    follow(uris);
}

void ListReader::follow(const QStringList &uris)
{
    const QString singular = m_key.chopped(1); // "calls" -> "call"
    const QUrl server = m_client->urlFor(QString());
    if (uris.size() > kMaxFollowedUris) {
        GwsResult bad;
        bad.kind = GwsResult::Kind::BadReply;
        bad.statusMessage = u"%1 entries listed by URI only"_s.arg(uris.size());
        return finish(bad);
    }
    for (const QString &uri : uris) {
        const QUrl url(uri);
        // Only this server's own resources: credentials never go anywhere else.
        const qsizetype api = url.path().indexOf(u"/api/v2/");
        if (url.scheme() != server.scheme() || url.host() != server.host()
            || url.port(-1) != server.port(-1) || api < 0) {
            GwsResult bad;
            bad.kind = GwsResult::Kind::BadReply;
            bad.statusMessage = u"a listed URI points elsewhere: %1"_s.arg(url.host());
            return finish(bad);
        }
        ++m_pending;
        const QString path = url.path().mid(api + qsizetype(qstrlen("/api/v2")));
        connect(m_client->get(path), &GwsRequest::finished, this,
                [this, singular](const GwsResult &one) {
                    --m_pending;
                    if (one.ok() && one.body.value(singular).isObject()) {
                        m_objects.append(one.body.value(singular));
                    } else if (one.httpStatus != 404 && !m_failed) { // 404: gone meanwhile
                        m_failed = true;
                        m_firstError = one;
                        if (one.ok()) {
                            m_firstError.kind = GwsResult::Kind::BadReply;
                            m_firstError.statusMessage = u"no \"%1\" in the answer"_s.arg(singular);
                        }
                    }
                    if (m_pending == 0)
                        finish(m_failed ? m_firstError : GwsResult{});
                });
    }
    if (uris.isEmpty())
        finish(GwsResult{});
}

void ListReader::finish(const GwsResult &r)
{
    if (m_done) {
        const Done done = std::exchange(m_done, nullptr);
        done(r, r.ok() ? m_objects : QJsonArray{});
    }
    deleteLater();
}
