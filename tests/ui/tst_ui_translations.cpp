// The language switched at runtime as the agent does it: Tools > Settings, the Language
// combo, OK; the window, its menus, the tray menu and texts computed from state follow
// without a restart, and back. Arabic (no translation shipped) turns the layout right to
// left without breaking it. Offscreen, against the simulator over real HTTP.

#include "clientstack.h"
#include "deskalerts.h"
#include "desktopnotifier.h"
#include "gwssimulator.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "simcontrol.h"
#include "supervision.h"
#include "teamfilter.h"
#include "teammodel.h"
#include "teamview.h"
#include "translations.h"
#include "trayicon.h"

#include <QAbstractScrollArea>
#include <QComboBox>
#include <QDockWidget>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
// No notification server here: the tray menu and the Settings dialog are what is tested.
class SilentNotifier : public DesktopNotifier
{
public:
    void show(const DesktopNotification &) override {}
    void close(const QString &) override {}
};

// Every one-line label and push button (with `everyButton`, tool buttons too) under `root`
// that is shown in `window` is as wide as its whole text.
void verifyNoTextCut(QWidget *root, QWidget *window, bool everyButton)
{
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window))
            continue;
        auto *label = qobject_cast<QLabel *>(w);
        QAbstractButton *button = everyButton ? qobject_cast<QAbstractButton *>(w)
                                              : qobject_cast<QPushButton *>(w);
        if ((!label || label->wordWrap() || label->text().isEmpty()) && !button)
            continue;
        QVERIFY2(w->width() >= w->minimumSizeHint().width(),
                 qPrintable(u"%1 \"%2\" is %3 px wide, its text needs %4"_s
                                .arg(w->objectName(), label ? label->text() : button->text())
                                .arg(w->width())
                                .arg(w->minimumSizeHint().width())));
    }
}

QStringList texts(const QList<QAction *> &actions)
{
    QStringList list;
    for (const QAction *action : actions)
        list << action->text();
    return list;
}
} // namespace

class TestUiTranslations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void offersEnglishAndTheShippedLanguages();
    void switchesToGermanAndBackWithoutRestart();
    void switchesToSpanish();
    void pluralFormsInTheShippedLanguages();
    void pluralFormsInFrench();
    void toolbarsFitTheDefaultWidth_data();
    void toolbarsFitTheDefaultWidth();
    void rightToLeftLanguageMirrorsTheWindow();
    void loginDialogFollowsTheLanguage();
    void fitsA1080pScreenAt200Percent_data();
    void fitsA1080pScreenAt200Percent();
    void teamBoardFitsA1080pScreenAt200Percent_data() { fitsA1080pScreenAt200Percent_data(); }
    void teamBoardFitsA1080pScreenAt200Percent();

private:
    void chooseLanguageInSettings(const QString &typed, const QString &code);
    QWidget *buttonFor(CallOperation op) const;
    QStringList menuTitles() const;
    void verifyEverythingInsideTheWindow() const;

    QTemporaryDir m_config;
    std::unique_ptr<GwsSimulator> m_sim;
    std::unique_ptr<SimControl> m_control;
    std::unique_ptr<ClientStack> m_stack;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<DeskAlerts> m_alerts;
};

void TestUiTranslations::initTestCase()
{
    // The settings of this test only, never the user's.
    QVERIFY(m_config.isValid());
    QCoreApplication::setOrganizationName(u"softphone-tests"_s);
    QCoreApplication::setApplicationName(u"tst_ui_translations"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
    m_sim = std::make_unique<GwsSimulator>();
    m_sim->setPollTimeout(3000);
    QVERIFY(m_sim->listen());
    m_control = std::make_unique<SimControl>(m_sim->baseUrl());
}

void TestUiTranslations::init()
{
    QSettings().clear();
    Translations::apply(u"en"_s); // whatever the machine's locale, each test starts in English
    m_stack = std::make_unique<ClientStack>(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    m_window =
        std::make_unique<MainWindow>(&m_stack->session, &m_stack->control, &m_stack->availability);
    m_alerts = std::make_unique<DeskAlerts>(m_window.get(), &m_stack->session, &m_stack->control,
                                            new SilentNotifier);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_stack->loginAndWait());
}

void TestUiTranslations::cleanup()
{
    for (const Call &c : m_stack->calls.calls())
        m_control->post(u"/sim/calls/"_s + c.id + u"/hangup"_s);
    QTRY_COMPARE(m_stack->calls.callCount(), 0);
    m_alerts.reset();
    m_window.reset();
    m_stack.reset();
    Translations::apply(u"en"_s);
}

QWidget *TestUiTranslations::buttonFor(CallOperation op) const
{
    for (QToolBar *toolbar : m_window->findChildren<QToolBar *>())
        if (QWidget *button = toolbar->widgetForAction(m_window->actions()->action(op)))
            return button;
    return nullptr;
}

QStringList TestUiTranslations::menuTitles() const
{
    return texts(m_window->menuBar()->actions());
}

// Tools > Settings… by its shortcut, the language typed into the combo as a user picks an
// entry from the keyboard, then OK with the mouse.
void TestUiTranslations::chooseLanguageInSettings(const QString &typed, const QString &code)
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
    QTRY_VERIFY(m_alerts->settingsDialog() && m_alerts->settingsDialog()->isVisible());
    SettingsDialog *dialog = m_alerts->settingsDialog();
    auto *combo = dialog->findChild<QComboBox *>(u"language"_s);
    QVERIFY(combo);
    QVERIFY(!combo->accessibleName().isEmpty());
    combo->setFocus();
    QTest::keyClicks(combo, typed);
    QCOMPARE(combo->currentData().toString(), code);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"ok"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_alerts->settingsDialog());
}

void TestUiTranslations::offersEnglishAndTheShippedLanguages()
{
    const QList<Translations::Language> offered = Translations::offered();
    QVERIFY(offered.size() >= 2);
    QCOMPARE(offered.first().code, u"en"_s);
    QCOMPARE(offered.first().nativeName, u"English"_s);
    bool german = false;
    bool spanish = false;
    bool french = false;
    for (const Translations::Language &language : offered) {
        german = german || (language.code == u"de"_s && language.nativeName == u"Deutsch"_s);
        spanish = spanish || (language.code == u"es"_s && language.nativeName == u"Español"_s);
        french = french || (language.code == u"fr"_s && language.nativeName == u"Français"_s);
    }
    QVERIFY(german); // built in from SOFTPHONE_LANGUAGES
    QVERIFY(spanish);
    QVERIFY(french);
    // The Settings dialog lists them after the system's default, by their own names.
    m_alerts->openSettings();
    QTRY_VERIFY(m_alerts->settingsDialog());
    auto *combo = m_alerts->settingsDialog()->findChild<QComboBox *>(u"language"_s);
    QCOMPARE(combo->count(), offered.size() + 1);
    QCOMPARE(combo->itemData(0).toString(), QString());
    QCOMPARE(combo->itemText(0), u"System default"_s);
    QCOMPARE(combo->itemText(1), u"English"_s);
    m_alerts->settingsDialog()->reject();
}

void TestUiTranslations::switchesToGermanAndBackWithoutRestart()
{
    // A caller rings first: Answer names them, a text made from the state.
    m_control->ringFrom(u"+15550100009"_s, u"5001"_s);
    QAction *answer = m_window->actions()->action(CallOperation::Answer);
    QTRY_COMPARE(answer->text(), u"&Answer +15550100009"_s);
    QAction *hold = m_window->actions()->action(CallOperation::Hold);
    QCOMPARE(hold->text(), u"&Hold"_s);
    QCOMPARE(menuTitles().mid(0, 3), (QStringList{u"&Call"_s, u"&View"_s, u"&Tools"_s}));
    auto *connection = m_window->findChild<QLabel *>(u"connectionLabel"_s);
    QCOMPARE(connection->text(), u"Connected"_s);

    // A dock, made in English (its Float and Close buttons named by Qt then).
    auto *dock = new QDockWidget(u"Dock"_s, m_window.get());
    m_window->addDockWidget(Qt::BottomDockWidgetArea, dock);

    chooseLanguageInSettings(u"D"_s, u"de"_s);

    QTRY_COMPARE(hold->text(), u"&Halten"_s);
    QCOMPARE(m_window->actions()->action(CallOperation::Retrieve)->text(), u"&Zurückholen"_s);
    QCOMPARE(answer->text(), u"+15550100009 &annehmen"_s);
    QCOMPARE(buttonFor(CallOperation::Answer)->accessibleName(), u"+15550100009 annehmen"_s);
    // A disabled action says why, in German too (app's reasons are translated).
    QCOMPARE(hold->toolTip(), u"Halten: zuerst den Anruf annehmen"_s);
    QCOMPARE(menuTitles().mid(0, 3), (QStringList{u"&Anruf"_s, u"An&sicht"_s, u"E&xtras"_s}));
    QVERIFY(menuTitles().contains(u"&Hilfe"_s));
    QCOMPARE(connection->text(), u"Verbunden"_s);
    QCOMPARE(m_window->historyAction()->text(), u"&Anrufliste"_s);
    const QStringList tray = texts(m_alerts->tray()->menu()->actions());
    QVERIFY2(tray.contains(u"Softphone &anzeigen"_s), qPrintable(tray.join(u" | "_s)));
    QVERIFY(tray.contains(u"&Beenden"_s));
    QVERIFY(tray.contains(u"+15550100009 &annehmen"_s)); // the window's Answer, shared
    QVERIFY(tray.contains(u"Nicht stören"_s)); // the state button's action, shared
    auto *stateButton = m_window->findChild<QToolButton *>(u"agentState"_s);
    QVERIFY(stateButton);
    QCOMPARE(stateButton->accessibleName(), u"Agentenstatus"_s);
    // The state menu: the system states in German, the server's own reasons as it words them.
    const QStringList states = texts(stateButton->menu()->actions());
    QVERIFY2(states.contains(u"Bereit"_s) && states.contains(u"Nicht bereit"_s),
             qPrintable(states.join(u" | "_s)));
    QVERIFY2(states.contains(u"Not Ready - Lunch"_s), qPrintable(states.join(u" | "_s)));
    // Qt's own dock buttons, in German too (Qt names them once, at their creation).
    auto *closeDock = dock->findChild<QAbstractButton *>(u"qt_dockwidget_closebutton"_s);
    QVERIFY(closeDock);
    QCOMPARE(closeDock->accessibleName(), u"Schließen"_s);
    QVERIFY2(m_alerts->tray()->toolTip().contains(u"Klingelt: "_s),
             qPrintable(m_alerts->tray()->toolTip()));
    // Remembered, and the dialog opens in German with German chosen; Qt's own buttons too.
    QCOMPARE(QSettings().value(u"language"_s).toString(), u"de"_s);
    m_alerts->openSettings();
    QTRY_VERIFY(m_alerts->settingsDialog());
    SettingsDialog *dialog = m_alerts->settingsDialog();
    QCOMPARE(dialog->windowTitle(), u"Einstellungen"_s);
    QCOMPARE(dialog->findChild<QComboBox *>(u"language"_s)->currentText(), u"Deutsch"_s);
    QCOMPARE(dialog->findChild<QPushButton *>(u"cancel"_s)->text(), u"Abbrechen"_s);
    dialog->reject();
    QTRY_VERIFY(!m_alerts->settingsDialog());

    chooseLanguageInSettings(u"En"_s, u"en"_s); // "E" alone would find Español after Deutsch

    QTRY_COMPARE(hold->text(), u"&Hold"_s);
    QCOMPARE(answer->text(), u"&Answer +15550100009"_s);
    QCOMPARE(menuTitles().mid(0, 3), (QStringList{u"&Call"_s, u"&View"_s, u"&Tools"_s}));
    QCOMPARE(connection->text(), u"Connected"_s);
    QVERIFY(texts(m_alerts->tray()->menu()->actions()).contains(u"&Show the softphone"_s));
    QVERIFY(texts(m_alerts->tray()->menu()->actions()).contains(u"Do Not Disturb"_s));
    QCOMPARE(stateButton->accessibleName(), u"Agent state"_s);
    QVERIFY(texts(stateButton->menu()->actions()).contains(u"Ready"_s));
    QCOMPARE(QSettings().value(u"language"_s).toString(), u"en"_s);
}

// The agent's words in Spanish, as in German: the caller on Answer, a disabled action's
// reason, the menus, the tray, the status bar and Qt's own buttons.
void TestUiTranslations::switchesToSpanish()
{
    m_control->ringFrom(u"+15550100011"_s, u"5001"_s);
    QAction *answer = m_window->actions()->action(CallOperation::Answer);
    QTRY_COMPARE(answer->text(), u"&Answer +15550100011"_s);

    chooseLanguageInSettings(u"Es"_s, u"es"_s);

    QAction *hold = m_window->actions()->action(CallOperation::Hold);
    QTRY_COMPARE(hold->text(), u"&Retener"_s);
    QCOMPARE(m_window->actions()->action(CallOperation::Retrieve)->text(), u"Rec&uperar"_s);
    QCOMPARE(answer->text(), u"&Contestar a +15550100011"_s);
    QCOMPARE(buttonFor(CallOperation::Answer)->accessibleName(), u"Contestar a +15550100011"_s);
    QCOMPARE(hold->toolTip(), u"Retener: conteste primero la llamada"_s);
    QCOMPARE(menuTitles().mid(0, 3), (QStringList{u"&Llamada"_s, u"&Ver"_s, u"&Herramientas"_s}));
    QVERIFY(menuTitles().contains(u"Ay&uda"_s));
    QCOMPARE(m_window->findChild<QLabel *>(u"connectionLabel"_s)->text(), u"Conectado"_s);
    QCOMPARE(m_window->historyAction()->text(), u"&Historial de llamadas"_s);
    const QStringList tray = texts(m_alerts->tray()->menu()->actions());
    QVERIFY2(tray.contains(u"&Mostrar el softphone"_s), qPrintable(tray.join(u" | "_s)));
    QVERIFY(tray.contains(u"&Salir"_s));
    QVERIFY(tray.contains(u"&Contestar a +15550100011"_s));
    QVERIFY2(m_alerts->tray()->toolTip().contains(u"Sonando: "_s),
             qPrintable(m_alerts->tray()->toolTip()));
    QCOMPARE(QSettings().value(u"language"_s).toString(), u"es"_s);
    m_alerts->openSettings();
    QTRY_VERIFY(m_alerts->settingsDialog());
    SettingsDialog *dialog = m_alerts->settingsDialog();
    QCOMPARE(dialog->windowTitle(), u"Configuración"_s);
    QCOMPARE(dialog->findChild<QComboBox *>(u"language"_s)->currentText(), u"Español"_s);
    QCOMPARE(dialog->findChild<QPushButton *>(u"cancel"_s)->text(), u"Cancelar"_s);
    dialog->reject();
}

// English has plural forms of its own ("1 day", not "1 day(s)"), as German and Spanish
// have.
void TestUiTranslations::pluralFormsInTheShippedLanguages()
{
    m_alerts->openSettings();
    QTRY_VERIFY(m_alerts->settingsDialog());
    auto *days = m_alerts->settingsDialog()->findChild<QSpinBox *>(u"retentionDays"_s);
    QVERIFY(days);
    days->setValue(1);
    QCOMPARE(days->suffix(), u" day"_s);
    days->setValue(2);
    QCOMPARE(days->suffix(), u" days"_s);
    Translations::apply(u"de"_s); // the open dialog follows
    QTRY_COMPARE(days->suffix(), u" Tage"_s);
    days->setValue(1);
    QCOMPARE(days->suffix(), u" Tag"_s);
    Translations::apply(u"es"_s);
    QTRY_COMPARE(days->suffix(), u" día"_s);
    days->setValue(2);
    QCOMPARE(days->suffix(), u" días"_s);
    m_alerts->settingsDialog()->reject();
}

// French uses the singular for 0 and 1: "1 jour", "2 jours".
void TestUiTranslations::pluralFormsInFrench()
{
    m_alerts->openSettings();
    QTRY_VERIFY(m_alerts->settingsDialog());
    auto *days = m_alerts->settingsDialog()->findChild<QSpinBox *>(u"retentionDays"_s);
    QVERIFY(days);
    days->setValue(2);
    Translations::apply(u"fr"_s);
    QTRY_COMPARE(days->suffix(), u" jours"_s);
    days->setValue(1);
    QCOMPARE(days->suffix(), u" jour"_s);
    m_alerts->settingsDialog()->reject();
}

// Longer words must not push a control into the toolbar's overflow menu at the size the
// window opens with: a translator whose labels do not fit shortens them.
void TestUiTranslations::toolbarsFitTheDefaultWidth_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("hold"); // to know the language's texts are there
    QTest::newRow("German") << u"de"_s << u"&Halten"_s;
    QTest::newRow("Spanish") << u"es"_s << u"&Retener"_s;
    QTest::newRow("French") << u"fr"_s << u"&Mettre en attente"_s;
}

void TestUiTranslations::toolbarsFitTheDefaultWidth()
{
    QFETCH(QString, code);
    QFETCH(QString, hold);
    Translations::apply(code);
    QTRY_COMPARE(m_window->actions()->action(CallOperation::Hold)->text(), hold);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QList<QToolBar *> toolbars = m_window->findChildren<QToolBar *>();
    QCOMPARE(toolbars.size(), 2);
    for (QToolBar *toolbar : toolbars) {
        for (QAction *action : toolbar->actions()) {
            if (action->isSeparator())
                continue;
            QWidget *button = toolbar->widgetForAction(action);
            QVERIFY(button);
            QTRY_VERIFY2(button->isVisible(), qPrintable(action->text() + u" overflows"_s));
        }
    }
    verifyEverythingInsideTheWindow();
}

// Every visible widget lies inside the window (what scrolls inside a view excepted).
void TestUiTranslations::verifyEverythingInsideTheWindow() const
{
    const QRect window = m_window->rect();
    const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(m_window.get()) || w->isWindow())
            continue;
        bool scrolled = false;
        for (QWidget *p = w->parentWidget(); p && p != m_window.get(); p = p->parentWidget())
            scrolled = scrolled || qobject_cast<QAbstractScrollArea *>(p);
        if (scrolled)
            continue;
        const QRect where(w->mapTo(m_window.get(), QPoint(0, 0)), w->size());
        QVERIFY2(
            window.contains(where),
            qPrintable(u"%1 (%2) at %3,%4 %5x%6 is outside the window %7x%8"_s
                           .arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()))
                           .arg(where.x())
                           .arg(where.y())
                           .arg(where.width())
                           .arg(where.height())
                           .arg(window.width())
                           .arg(window.height())));
    }
}

void TestUiTranslations::fitsA1080pScreenAt200Percent_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("German") << u"de"_s;
    QTest::newRow("Spanish") << u"es"_s;
    QTest::newRow("French") << u"fr"_s;
}

// A 1920x1080 screen at 200 % (QT_SCALE_FACTOR=2; also run so by tst_ui_scale200) is 960x540
// logical pixels; less a taskbar and a title bar, the window must fit 960x492, with a call
// up (the call card and keypad shown), without cutting a text.
void TestUiTranslations::fitsA1080pScreenAt200Percent()
{
    QFETCH(QString, code);
    Translations::apply(code);
    m_control->ringFrom(u"+15550001111"_s, u"5001"_s);
    QTRY_VERIFY(m_stack->firstIn(CallState::Ringing));
    QVERIFY(m_stack->control.answer(m_stack->firstIdIn(CallState::Ringing)));
    QTRY_VERIFY(m_stack->firstIn(CallState::Established));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QSize screen(960, 492);
    m_window->resize(screen);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QSize least = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
    QVERIFY2(least.width() <= screen.width() && least.height() <= screen.height(),
             qPrintable(u"the window needs at least %1x%2"_s.arg(least.width()).arg(least.height())));
    QTRY_COMPARE(m_window->size(), screen);
    verifyEverythingInsideTheWindow();
    // The side panel scrolls up and down, never sideways: as wide as it needs.
    auto *side = m_window->findChild<QScrollArea *>(u"sidePanelScroll"_s);
    QVERIFY(side && side->widget());
    QVERIFY(side->widget()->width() >= side->widget()->minimumSizeHint().width());
    // No text cut: every shown one-line label and push button has its whole text's width.
    verifyNoTextCut(m_window.get(), m_window.get(), false);
    m_stack->control.hangup(m_stack->firstIdIn(CallState::Established));
    QTRY_COMPARE(m_stack->calls.callCount(), 0);
}

// A supervisor's window with the team board docked: as wide as the screen at most (the
// board may be floated for height), no text of the board cut, its time and call columns as
// wide as their usual words.
void TestUiTranslations::teamBoardFitsA1080pScreenAt200Percent()
{
    QFETCH(QString, code);
    Translations::apply(code);
    ClientStack boss(m_sim->baseUrl(), u"super1"_s, u"super1"_s);
    TeamModel team;
    Supervision supervision(&boss.session, &boss.client, &boss.control, &team);
    MainWindow window(&boss.session, &boss.control, &boss.availability, &supervision);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(boss.loginAndWait());
    QTRY_VERIFY(window.teamDock() && window.teamDock()->isVisible());
    QTRY_VERIFY(team.rowCount() > 0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const int screenWidth = 960;
    const QSize least = window.minimumSizeHint().expandedTo(window.minimumSize());
    QVERIFY2(least.width() <= screenWidth, qPrintable(u"the window needs %1 px"_s.arg(least.width())));
    window.resize(screenWidth, std::max(least.height(), 492));
    QTRY_COMPARE(window.width(), screenWidth);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    TeamView *view = window.teamView();
    verifyNoTextCut(view, &window, true); // its tool buttons too
    QVERIFY(view->numberEdit()->width()
            >= view->numberEdit()->fontMetrics().horizontalAdvance(view->numberEdit()->placeholderText()));
    const QFontMetrics metrics = view->table()->fontMetrics();
    QVERIFY(view->table()->columnWidth(TeamModel::TimeColumn)
            > metrics.horizontalAdvance(TeamFilter::timeTextSample()));
    QVERIFY(view->table()->columnWidth(TeamModel::CallColumn)
            > metrics.horizontalAdvance(TeamModel::callTextSample()));
}

void TestUiTranslations::rightToLeftLanguageMirrorsTheWindow()
{
    verifyEverythingInsideTheWindow();
    const int answerLeftToRight = buttonFor(CallOperation::Answer)->x();
    const int hangupLeftToRight = buttonFor(CallOperation::Hangup)->x();
    QVERIFY(answerLeftToRight < hangupLeftToRight);

    // Arabic has no translation shipped: English texts, right-to-left layout. Set as an
    // administrator would, in the settings file.
    Translations::setLanguage(u"ar"_s);
    QCOMPARE(QSettings().value(u"language"_s).toString(), u"ar"_s);
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QTRY_COMPARE(m_window->layoutDirection(), Qt::RightToLeft);
    QTRY_VERIFY(buttonFor(CallOperation::Answer)->x() > buttonFor(CallOperation::Hangup)->x());
    QCOMPARE(m_window->actions()->action(CallOperation::Hold)->text(), u"&Hold"_s);
    QCOMPARE(QLocale().language(), QLocale::Arabic);
    verifyEverythingInsideTheWindow();
    // The window still works: a caller rings and is named on Answer.
    m_control->ringFrom(u"+15550100010"_s, u"5001"_s);
    QTRY_COMPARE(m_window->actions()->action(CallOperation::Answer)->text(),
                 u"&Answer +15550100010"_s);
    verifyEverythingInsideTheWindow();
    // The dialog shows the language set by hand as chosen.
    m_alerts->openSettings();
    QTRY_VERIFY(m_alerts->settingsDialog());
    auto *combo = m_alerts->settingsDialog()->findChild<QComboBox *>(u"language"_s);
    QCOMPARE(combo->currentData().toString(), u"ar"_s);
    QCOMPARE(m_alerts->settingsDialog()->layoutDirection(), Qt::RightToLeft);
    m_alerts->settingsDialog()->reject();

    Translations::setLanguage(u"en"_s);
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    QTRY_VERIFY(buttonFor(CallOperation::Answer)->x() < buttonFor(CallOperation::Hangup)->x());
}

void TestUiTranslations::loginDialogFollowsTheLanguage()
{
    LoginDialog dialog(u"https://gws.example.com"_s, u"jane"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *logIn = dialog.findChild<QPushButton *>(u"logIn"_s);
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(logIn && buttons);
    QCOMPARE(logIn->text(), u"Log in"_s);
    QCOMPARE(dialog.windowTitle(), u"Log in to https://gws.example.com"_s);

    Translations::apply(u"de"_s);
    QTRY_COMPARE(logIn->text(), u"Anmelden"_s); // not reset by the box's own retranslation
    QCOMPARE(dialog.windowTitle(), u"Bei https://gws.example.com anmelden"_s);
    QTRY_COMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), u"Abbrechen"_s);

    Translations::apply(u"en"_s);
    QTRY_COMPARE(logIn->text(), u"Log in"_s);
    // Qt words it with or without a mnemonic, depending on who set it.
    QTRY_COMPARE(buttons->button(QDialogButtonBox::Cancel)->text().remove(u'&'), u"Cancel"_s);
}

QTEST_MAIN(TestUiTranslations)
#include "tst_ui_translations.moc"
