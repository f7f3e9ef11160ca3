#pragma once

#include <QString>
#include <QUrl>

// A GWS resource path with an id in it, e.g. gwsPath(u"/me/devices", id, u"/calls"): the id
// percent-encoded, so an id with '/' or '?' in it stays one path segment.
inline QString gwsPath(QStringView collection, const QString &id, QStringView tail = {})
{
    return collection.toString() + u'/' + QString::fromUtf8(QUrl::toPercentEncoding(id))
           + tail.toString();
}
