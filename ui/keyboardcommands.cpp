#include "keyboardcommands.h"

#include "agentstateactions.h"
#include "callactions.h"
#include "callcontroller.h"
#include "shortcutdialog.h"
#include "shortcutsettings.h"
#include "shortcutsheet.h"
#include "teamview.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>

using namespace Qt::StringLiterals;

KeyboardCommands::KeyboardCommands(QWidget *window, const Sources &sources)
    : QObject(window)
    , m_window(window)
    , m_sources(sources)
    , m_paletteAction(new QAction(this))
    , m_sheetAction(new QAction(this))
    , m_customizeAction(new QAction(this))
    , m_help(new QMenu(window))
    , m_settings(new ShortcutSettings([this] { return allActions(); }, this))
{
    m_paletteAction->setObjectName(u"commandPalette"_s);
    m_paletteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_sheetAction->setObjectName(u"shortcutSheet"_s);
    m_sheetAction->setShortcut(QKeySequence(Qt::Key_F1));
    m_customizeAction->setObjectName(u"customizeShortcuts"_s);
    retranslate();
    connect(m_paletteAction, &QAction::triggered, this, &KeyboardCommands::showPalette);
    connect(m_sheetAction, &QAction::triggered, this, &KeyboardCommands::showSheet);
    connect(m_customizeAction, &QAction::triggered, this, &KeyboardCommands::showShortcutDialog);
    m_help->addActions({m_sheetAction, m_paletteAction, m_customizeAction});
    // Window-wide, wherever the focus is in it.
    window->addActions({m_sheetAction, m_paletteAction, m_customizeAction});

    connect(m_settings, &ShortcutSettings::changed, m_sources.calls, &CallActions::showShortcuts);
    connect(m_sources.states, &AgentStateActions::rebuilt, this, &KeyboardCommands::onStatesRebuilt);
    onStatesRebuilt();
    // A text field binds Ctrl+K itself (delete to the end of the line on X11): the palette
    // and the sheet come first anywhere in this window.
    qApp->installEventFilter(this);
}

void KeyboardCommands::retranslate()
{
    m_help->setTitle(tr("&Help"));
    m_paletteAction->setText(tr("Command &palette…"));
    m_paletteAction->setToolTip(tr("Find any action, agent state or recent number by typing"));
    m_sheetAction->setText(tr("&Keyboard shortcuts"));
    m_sheetAction->setToolTip(tr("Every action with its shortcut"));
    m_customizeAction->setText(tr("&Customize shortcuts…"));
    m_customizeAction->setToolTip(tr("Choose your own keys for the actions"));
    for (QAction *action : {m_sheetAction, m_paletteAction, m_customizeAction})
        action->setStatusTip(action->toolTip());
    // The open lists show the actions again, once every owner has worded its own (the
    // agent states and the team view do so after the window).
    QTimer::singleShot(0, this, &KeyboardCommands::showAgain);
}

void KeyboardCommands::setTeam(TeamView *team)
{
    m_team = team;
    m_settings->apply(); // the agent's own keys for the monitoring actions too
    showAgain();
}

void KeyboardCommands::showAgain()
{
    if (m_palette && m_palette->isVisible())
        m_palette->replaceEntries(paletteEntries()); // what is typed and chosen stays
    if (m_sheet && m_sheet->isVisible())
        fillSheet();
    if (m_dialog && m_dialog->isVisible())
        m_dialog->showSections(sections()); // worded anew in place: its fields stay
}

ShortcutSheet *KeyboardCommands::sheet() const
{
    return m_sheet;
}

ShortcutDialog *KeyboardCommands::dialog() const
{
    return m_dialog;
}

void KeyboardCommands::onStatesRebuilt()
{
    // The state actions live in the button's menu; on the window their keys work anywhere.
    m_window->addActions(m_sources.states->stateActions());
    m_window->addAction(m_sources.states->doNotDisturb());
    if (m_dialog)
        m_dialog->showSections(sections()); // before apply(): the old actions are gone
    m_settings->apply();
}

QList<ActionSection> KeyboardCommands::sections() const
{
    ActionSection calls{tr("Calls"), {m_sources.calls->action(CallOperation::Dial)}};
    ActionSection consult{tr("Transfer and conference"), {}};
    const QList<CallOperation> ops = CallActions::callOperations();
    for (CallOperation op : ops)
        (CallActions::isTransferOrConference(op) ? consult : calls)
            .actions.append(m_sources.calls->action(op));
    ActionSection states{tr("Agent state"), m_sources.states->stateActions()};
    states.actions.append(m_sources.states->doNotDisturb());
    QList<ActionSection> list{calls, consult, states};
    if (m_team)
        list.append({tr("Monitoring"), m_team->actions()});
    ActionSection window{tr("Window"), m_sources.window};
    window.actions.append({m_sheetAction, m_paletteAction, m_customizeAction});
    list.append(window);
    return list;
}

QList<QAction *> KeyboardCommands::allActions() const
{
    QList<QAction *> all;
    const QList<ActionSection> list = sections();
    for (const ActionSection &section : list)
        all.append(section.actions);
    return all;
}

QList<PaletteEntry> KeyboardCommands::paletteEntries() const
{
    QList<PaletteEntry> entries;
    const QList<ActionSection> list = sections();
    for (const ActionSection &section : list) {
        for (QAction *action : section.actions) {
            if (action == m_paletteAction || !action->isVisible())
                continue;
            PaletteEntry e;
            e.text = actionLabel(action);
            e.section = section.title;
            e.enabled = action->isEnabled();
            const QString tip = action->statusTip().isEmpty() ? action->toolTip()
                                                              : action->statusTip();
            if (e.enabled) {
                e.detail = action->shortcut().toString(QKeySequence::NativeText);
                e.description = tip;
            } else {
                // The tip says "<Action>: <reason>"; the list shows the reason beside the name.
                const QString prefix = e.text + u": "_s;
                e.detail = tip.startsWith(prefix) ? tip.mid(prefix.size()) : tip;
                e.description = tip;
            }
            QPointer<QAction> guarded = action;
            e.run = [guarded](bool) {
                if (guarded && guarded->isEnabled())
                    guarded->trigger();
            };
            entries.append(e);
        }
    }
    const QStringList numbers = m_sources.controller->recentNumbers();
    QPointer<QLineEdit> number = m_sources.number;
    QPointer<QAction> dial = m_sources.calls->action(CallOperation::Dial);
    for (const QString &n : numbers) {
        PaletteEntry e;
        e.text = n;
        e.section = tr("Recent number");
        e.detail = tr("Enter: to the number field · Ctrl+Enter: dial");
        e.description = tr("Put %1 in the number field (Ctrl+Enter dials it)").arg(n);
        e.run = [number, dial, n](bool dialNow) {
            if (!number)
                return;
            number->setText(n);
            number->setFocus();
            if (dialNow && dial && dial->isEnabled())
                dial->trigger();
        };
        entries.append(e);
    }
    return entries;
}

// A dialog: nothing of it is built before the agent first asks for it.
CommandPalette *KeyboardCommands::palette()
{
    if (!m_palette)
        m_palette = new CommandPalette(m_window);
    return m_palette;
}

void KeyboardCommands::showPalette()
{
    palette()->popup(paletteEntries());
}

void KeyboardCommands::showSheet()
{
    if (!m_sheet) {
        m_sheet = new ShortcutSheet(m_window);
        m_sheet->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_sheet, &ShortcutSheet::customizeRequested, this,
                &KeyboardCommands::showShortcutDialog);
    }
    fillSheet();
    m_sheet->show();
    m_sheet->raise(); // the agent asked for it
    m_sheet->activateWindow();
}

void KeyboardCommands::fillSheet()
{
    const QString palette = m_paletteAction->shortcut().toString(QKeySequence::NativeText);
    const QString footer =
        palette.isEmpty()
            ? tr("Change any shortcut with Help › Customize shortcuts.")
            : tr("%1 finds any action, agent state or recent number by typing. "
                 "Change any shortcut with Help › Customize shortcuts.")
                  .arg(palette);
    m_sheet->showSections(sections(), footer);
}

void KeyboardCommands::showShortcutDialog()
{
    if (!m_dialog) {
        m_dialog = new ShortcutDialog(m_settings, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dialog->showSections(sections());
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

bool KeyboardCommands::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != m_window)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    const QKeySequence pressed(key->keyCombination());
    for (QAction *action : {m_paletteAction, m_sheetAction}) {
        if (!action->shortcut().isEmpty() && action->shortcut() == pressed) {
            event->ignore(); // not the field's: the shortcut map runs the action
            return true;
        }
    }
    return false;
}
