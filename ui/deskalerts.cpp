#include "deskalerts.h"

#include "agentstatebutton.h"
#include "desktopnotifier.h"
#include "historyretention.h"
#include "languagechange.h"
#include "mainwindow.h"
#include "ringer.h"
#include "ringingalerts.h"
#include "session.h"
#include "settingsdialog.h"
#include "teamview.h"
#include "translations.h"
#include "trayicon.h"
#include "windowtitle.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

DeskAlerts::DeskAlerts(MainWindow *window, Session *session, CallController *calls,
                       DesktopNotifier *notifier, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_ringing(new RingingAlerts(session->calls(), calls, window, notifier, this))
    , m_tray(new TrayIcon(session, m_ringing, window->actions()->action(CallOperation::Answer),
                          window->agentState()->actions(), window, this))
    , m_settingsAction(new QAction(this))
{
    m_settingsAction->setObjectName(u"settings"_s);
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    auto retranslate = [this] {
        m_settingsAction->setText(tr("&Settings…"));
        m_settingsAction->setToolTip(tr("How a ringing call is shown and heard"));
    };
    retranslate();
    onLanguageChange(window, this, retranslate);
    connect(m_settingsAction, &QAction::triggered, this, &DeskAlerts::openSettings);
    QMenu *tools = window->toolsMenu();
    tools->addAction(m_settingsAction);

    // The ringing caller is a part of the window's title, which has one writer.
    connect(m_ringing, &RingingAlerts::titleTextChanged, window->title(), &WindowTitle::setRinging);
    window->title()->setRinging(m_ringing->titleText());
    m_tray->setHistory(window->missedCalls(), window->historyAction());

    const AlertSettings settings = AlertSettings::load(QSettings());
    m_ringing->setSettings(settings);
    // Asking the desktop for its tray is a D-Bus round trip: not before the window shows.
    QTimer::singleShot(0, this, [this] { m_tray->setEnabled(m_ringing->settings().trayIcon); });
}

DeskAlerts::~DeskAlerts()
{
    delete m_dialog;
}

SettingsDialog *DeskAlerts::settingsDialog() const
{
    return m_dialog;
}

void DeskAlerts::apply(const AlertSettings &settings)
{
    QSettings stored;
    settings.save(stored);
    m_ringing->setSettings(settings);
    m_tray->setEnabled(settings.trayIcon);
}

void DeskAlerts::applyRetention(int days)
{
    QSettings stored;
    HistoryRetention::save(stored, days);
    emit historyRetentionChanged(HistoryRetention::load(stored));
}

void DeskAlerts::applyTeamThresholds(const TeamThresholds &thresholds)
{
    QSettings stored;
    thresholds.save(stored);
    if (TeamView *team = m_window->teamView())
        team->setThresholds(thresholds);
}

void DeskAlerts::openSettings()
{
    if (m_dialog) {
        m_dialog->raise(); // the agent asked for it again
        return;
    }
    // Window-modal and not blocking: calls go on being shown (and answered) meanwhile.
    auto *dialog = new SettingsDialog(m_ringing->settings(), Ringer::outputDevices(), m_window);
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRetentionDays(HistoryRetention::load(QSettings()));
    dialog->setTeamThresholds(TeamThresholds::load(QSettings()));
    // Only a supervisor has a team board to tune.
    dialog->setTeamBoardShown(m_window->teamView() && m_session->user().isSupervisor());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        apply(dialog->settings());
        applyRetention(dialog->retentionDays());
        applyTeamThresholds(dialog->teamThresholds());
        Translations::setLanguage(dialog->language()); // every window retranslates itself
    });
    dialog->open();
}
