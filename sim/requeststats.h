#pragma once

// Counts the operations the simulator received, refused ones included, so tests can
// assert that one click sent one request (GET /sim/stats).

#include <QHash>
#include <QJsonObject>
#include <QString>

class RequestStats
{
public:
    void countRequest() { ++m_requests; }
    void countOperation(const QString &operationName) { ++m_operations[operationName]; }
    int operationCount(const QString &operationName) const
    {
        return m_operations.value(operationName);
    }
    void reset()
    {
        m_requests = 0;
        m_operations.clear();
    }
    QJsonObject toJson() const;

private:
    int m_requests = 0;
    QHash<QString, int> m_operations;
};
