#pragma once

#include <QObject>
#include <QStringList>

// The numbers the agent transferred or conferenced to, newest first, at most ten; offered
// in the destination dialog. A number is remembered only once the server accepted the
// operation, so a mistyped or refused one does not come back.
class RecentNumbers : public QObject
{
    Q_OBJECT
public:
    explicit RecentNumbers(QObject *parent = nullptr) : QObject(parent) {}

    QStringList numbers() const { return m_numbers; }
    void setNumbers(const QStringList &numbers);
    void remember(const QString &number);

signals:
    void changed();

private:
    QStringList m_numbers;
};
