#pragma once

#include <QFrame>
#include <QHash>

class QLabel;
class QToolButton;

// One error next to the call it concerns: plain words, a Details disclosure with the
// technical text, and Dismiss.
class CallErrorBar : public QFrame
{
    Q_OBJECT
public:
    CallErrorBar(const QString &message, const QString &details, QWidget *parent = nullptr);

    QString message() const;
    QString details() const;
    QToolButton *detailsButton() const { return m_toggle; }
    QToolButton *dismissButton() const { return m_dismiss; }
    QLabel *detailsLabel() const { return m_details; }

signals:
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;

private:
    // The message is said in the words of the moment it happened (as the log keeps it);
    // the bar's own words follow the language.
    void retranslateUi();

    QLabel *m_text;
    QLabel *m_details;
    QToolButton *m_toggle;
    QToolButton *m_dismiss;
};

// The errors of the agent's calls, one bar per call, above the call list. An error stays
// until dismissed or resolved: the same operation on that call succeeds, or the call goes.
class CallErrorList : public QWidget
{
    Q_OBJECT
public:
    explicit CallErrorList(QWidget *parent = nullptr);

    // Shows (or replaces) the error of `callId`; `operation` is the wire name, for resolve().
    void showError(const QString &callId, const QString &operation, const QString &message,
                   const QString &details);
    void resolve(const QString &callId, const QString &operation);
    // Removes the error of `callId` and returns its message (empty if none).
    QString take(const QString &callId);
    QStringList callIds() const { return m_bars.keys(); }
    CallErrorBar *bar(const QString &callId) const { return m_bars.value(callId); }

private:
    QHash<QString, CallErrorBar *> m_bars;
    QHash<QString, QString> m_operations;
};
