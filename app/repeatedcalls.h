#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

// Tells, from a notification's text and before it is parsed, whether it is a call update
// that repeats byte for byte what was last delivered for the same call: the call resource
// and the extensions beside it, all that parseNotification() reads of a
// CallStateChangeMessage. A burst of identical updates then costs a scan each instead of
// a parse (issue 18). Anything it cannot read for sure is not a repeat.
//
// What was delivered must still be what the model shows: the owner forgets a call when
// it waits for an operation's outcome (the update that ends the wait may repeat the last
// one), and everything when the calls are read again or may have changed unseen.
class RepeatedCalls
{
public:
    // True for a repeat; otherwise remembers the event's call as delivered.
    bool isRepeat(QByteArrayView event);
    void forget(const QString &callId); // its next update is delivered, whatever it holds
    void forgetAll() { m_delivered.clear(); }

private:
    QHash<QByteArray, QByteArray> m_delivered; // call id's JSON text -> call and extensions
};
