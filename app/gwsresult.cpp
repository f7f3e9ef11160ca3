#include "gwsresult.h"

using namespace Qt::StringLiterals;

QString GwsResult::describe() const
{
    const QString detail = statusMessage.isEmpty() ? QString() : u": "_s + statusMessage;
    switch (kind) {
    case Kind::Ok:
        return tr("OK");
    case Kind::Network:
        return tr("Cannot reach the server%1").arg(detail);
    case Kind::Tls:
        return tr("Secure connection refused: the server's certificate is not trusted%1").arg(detail);
    case Kind::Timeout:
        return tr("The server did not answer in time");
    case Kind::Http:
        if (httpStatus == 401)
            return tr("Wrong user name or password");
        if (httpStatus == 403 && statusMessage.contains(u"Csrf"_s))
            return tr("Session expired (CSRF token rejected)");
        if (statusCode != 0) // a GWS refusal carried by an HTTP error status
            return tr("Refused by the server%1 (code %2, HTTP %3)")
                .arg(detail)
                .arg(statusCode)
                .arg(httpStatus);
        return tr("Server error %1%2").arg(httpStatus).arg(detail);
    case Kind::Api:
        return tr("Refused by the server%1 (code %2)").arg(detail).arg(statusCode);
    case Kind::BadReply:
        return tr("Unreadable answer from the server%1").arg(detail);
    case Kind::Cancelled:
        return tr("Cancelled");
    case Kind::SignInPage:
        return tr("The server asked to sign in on a web page instead of answering (HTTP %1%2); "
                  "check the server address or sign-in settings")
            .arg(httpStatus)
            .arg(detail);
    }
    return {};
}
