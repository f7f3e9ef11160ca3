#include "gwsresult.h"

using namespace Qt::StringLiterals;

QString GwsResult::describe() const
{
    // Each message whole, with and without the server's words, so a translation places
    // them (and their punctuation) as its language needs.
    const bool said = !statusMessage.isEmpty();
    switch (kind) {
    case Kind::Ok:
        return tr("OK");
    case Kind::Network:
        return said ? tr("Cannot reach the server: %1").arg(statusMessage)
                    : tr("Cannot reach the server");
    case Kind::Tls:
        return said ? tr("Secure connection refused: the server's certificate is not trusted: %1")
                          .arg(statusMessage)
                    : tr("Secure connection refused: the server's certificate is not trusted");
    case Kind::Timeout:
        return tr("The server did not answer in time");
    case Kind::Http:
        if (httpStatus == 401)
            return tr("Wrong user name or password");
        if (httpStatus == 403 && statusMessage.contains(u"Csrf"_s))
            return tr("Session expired (CSRF token rejected)");
        if (statusCode != 0) // a GWS refusal carried by an HTTP error status
            return said ? tr("Refused by the server: %1 (code %2, HTTP %3)")
                              .arg(statusMessage)
                              .arg(statusCode)
                              .arg(httpStatus)
                        : tr("Refused by the server (code %1, HTTP %2)").arg(statusCode).arg(httpStatus);
        return said ? tr("Server error %1: %2").arg(httpStatus).arg(statusMessage)
                    : tr("Server error %1").arg(httpStatus);
    case Kind::Api:
        return said ? tr("Refused by the server: %1 (code %2)").arg(statusMessage).arg(statusCode)
                    : tr("Refused by the server (code %1)").arg(statusCode);
    case Kind::BadReply:
        return said ? tr("Unreadable answer from the server: %1").arg(statusMessage)
                    : tr("Unreadable answer from the server");
    case Kind::Cancelled:
        return tr("Cancelled");
    case Kind::SignInPage:
        return said ? tr("The server asked to sign in on a web page instead of answering "
                         "(HTTP %1: %2); check the server address or sign-in settings")
                          .arg(httpStatus)
                          .arg(statusMessage)
                    : tr("The server asked to sign in on a web page instead of answering "
                         "(HTTP %1); check the server address or sign-in settings")
                          .arg(httpStatus);
    }
    return {};
}
