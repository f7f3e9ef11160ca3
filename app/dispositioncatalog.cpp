#include "dispositioncatalog.h"

#include "gwsclient.h"
#include "session.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDispositions, "softphone.dispositions", QtInfoMsg)

DispositionCatalog::DispositionCatalog(Session *session, GwsClient *client, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_client(client)
{
    // Once per login: a session signed in again after it expired keeps what was read.
    connect(m_session, &Session::contactCenterSessionStarted, this, [this] {
        if (!m_asked)
            fetch();
    });
    connect(m_session, &Session::statusChanged, this, [this](Session::Status status) {
        if (status == Session::Status::LoggedOut)
            m_asked = false;
    });
    connect(m_session, &Session::userChanged, this, [this] {
        if (m_session->user().userName == m_userName)
            return;
        m_userName = m_session->user().userName;
        m_asked = false;
        if (!m_server.isEmpty()) {
            m_server.clear(); // another agent (or server) has its own codes
            emit changed();
        }
    });
}

void DispositionCatalog::setLocal(const QList<Disposition> &local)
{
    m_local = local;
    if (m_server.isEmpty())
        emit changed();
}

void DispositionCatalog::fetch()
{
    m_asked = true;
    connect(m_client->get(u"/settings/dispositions"_s), &GwsRequest::finished,
            m_session->attemptContext(), [this](const GwsResult &r) {
                if (!r.ok()) {
                    qCInfo(lcDispositions).noquote()
                        << "no disposition settings, using the local list:" << r.describe();
                    return;
                }
                const QList<Disposition> codes = Disposition::listFromSettings(r.body);
                if (codes.isEmpty()) {
                    qCInfo(lcDispositions) << "the server has no dispositions, using the local list";
                    return;
                }
                qCInfo(lcDispositions) << codes.size() << "dispositions from the server";
                if (codes != m_server) {
                    m_server = codes;
                    emit changed();
                }
            });
}
