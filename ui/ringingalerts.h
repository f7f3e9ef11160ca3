#pragma once

#include "alertsettings.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class CallController;
class CallModel;
class DesktopNotifier;
class QWidget;
class Ringer;
struct Call;

// Makes a ringing call impossible to miss without ever taking the focus: while a call
// rings (a CallModel row in state Ringing) a desktop notification with the caller and
// Answer / Decline, the urgency hint on the window, "Ringing: <caller>" for the title
// (titleText, which the WindowTitle shows) and the ring tone, each as AlertSettings allow.
// Never raises or activates the window.
class RingingAlerts : public QObject
{
    Q_OBJECT
public:
    // Notification action keys (DesktopNotification::actions).
    static QString answerAction();
    static QString declineAction();

    // Takes ownership of `notifier`.
    RingingAlerts(CallModel *calls, CallController *control, QWidget *window,
                  DesktopNotifier *notifier, QObject *parent = nullptr);
    ~RingingAlerts() override;

    void setSettings(const AlertSettings &settings);
    const AlertSettings &settings() const { return m_settings; }
    Ringer *ringer() const { return m_ringer; }
    DesktopNotifier *notifier() const { return m_notifier; }

    // The ringing calls, longest ringing first.
    QStringList ringingCalls() const { return m_ringing; }
    // "Name (number)" with the name from the case data (settings' keys), else the number.
    QString callerOf(const Call &call) const;
    QString callerName(const Call &call) const;
    // "Ringing: <caller> (+n more)" while a call rings and the title alert is on, else empty.
    QString titleText() const { return m_titleText; }

signals:
    void ringingChanged();
    // A new call rang and the window's taskbar entry was asked to flash (urgency hint).
    void attentionRequested();
    void titleTextChanged(const QString &text);

private:
    void retranslate(); // the title and the open notifications, in the new language
    void update();
    void notify(const Call &call);
    void onAction(const QString &callId, const QString &actionKey);
    void updateTitle();
    void updateSound();
    void closeNotifications();

    CallModel *m_calls;
    CallController *m_control;
    QPointer<QWidget> m_window;
    DesktopNotifier *m_notifier;
    Ringer *m_ringer;
    AlertSettings m_settings;
    QStringList m_ringing;
    QHash<QString, QString> m_notified; // call id -> caller shown in its notification
    QString m_titleText;
};
