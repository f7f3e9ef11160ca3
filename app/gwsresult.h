#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// The outcome of one GWS REST request, typed so the UI can say what went wrong.
struct GwsResult
{
    Q_DECLARE_TR_FUNCTIONS(GwsResult)
public:
    enum class Kind {
        Ok,        // HTTP 2xx and statusCode 0, or 7 (partial success: statusMessage says what failed)
        Network,   // connection refused, reset, DNS ...
        Tls,       // the server's certificate is not trusted (or TLS failed)
        Timeout,   // no answer within the request's timeout
        Http,      // HTTP 4xx/5xx (httpStatus set; statusCode/statusMessage if the body had them)
        Api,       // HTTP 2xx but statusCode != 0
        BadReply,  // the body was not the JSON object GWS promises
        Cancelled, // we aborted it (logout, shutdown)
        // A redirect (never followed: credentials stay with their origin) or an HTML page
        // where JSON was expected: a sign-in or SSO page stands in front of GWS.
        SignInPage,
    };

    Kind kind = Kind::Ok;
    int httpStatus = 0;
    int statusCode = 0;
    QString statusMessage; // server's text, or the network error text
    QJsonObject body;

    bool ok() const { return kind == Kind::Ok; }
    bool partialSuccess() const { return kind == Kind::Ok && statusCode == 7; }
    // One line for the status bar, e.g. "Hold refused: Invalid state (code 2)".
    QString describe() const;
};
