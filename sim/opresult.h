#pragma once

// The outcome of an operation request, before it becomes an HTTP answer: refusals are
// immediate (HTTP 4xx, non-zero statusCode); an accepted operation's effects follow as
// notifications. Shared by call control, agent state and supervisor monitoring.

#include "httpreply.h"

#include <QJsonObject>
#include <QString>

struct OpResult
{
    int httpStatus = 200;
    int statusCode = GwsStatus::Ok;
    QString message;
    QJsonObject fields; // extra fields of a successful answer

    static OpResult ok(const QJsonObject &fields = {}) { return {200, 0, {}, fields}; }
    static OpResult fail(int httpStatus, int statusCode, const QString &message)
    {
        return {httpStatus, statusCode, message, {}};
    }
    bool isOk() const { return statusCode == GwsStatus::Ok; }
    HttpReply reply() const;
};
