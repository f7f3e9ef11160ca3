#pragma once

#include "actionsection.h"
#include "commandpalette.h"

#include <QObject>
#include <QPointer>

class AgentStateActions;
class CallActions;
class CallController;
class QAction;
class QLineEdit;
class QMenu;
class QWidget;
class ShortcutDialog;
class ShortcutSettings;
class ShortcutSheet;
class TeamView;

// Everything the window offers from the keyboard, found in one place: the cheat sheet
// (F1), the command palette (Ctrl+K), the agent's own shortcuts (Customize shortcuts…),
// and a Help menu with the three. The lists are generated from the actions themselves.
class KeyboardCommands : public QObject
{
    Q_OBJECT
public:
    struct Sources
    {
        CallActions *calls = nullptr;
        AgentStateActions *states = nullptr;
        QList<QAction *> window;        // reconnect, resync, quit
        QLineEdit *number = nullptr;    // where a recent number goes
        CallController *controller = nullptr; // recent numbers
    };
    KeyboardCommands(QWidget *window, const Sources &sources);

    QList<ActionSection> sections() const;
    QList<PaletteEntry> paletteEntries() const;
    QMenu *helpMenu() const { return m_help; }
    QAction *paletteAction() const { return m_paletteAction; }
    QAction *sheetAction() const { return m_sheetAction; }
    QAction *customizeAction() const { return m_customizeAction; }
    ShortcutSettings *settings() const { return m_settings; }
    CommandPalette *palette(); // built when first asked for (Ctrl+K)
    ShortcutSheet *sheet() const;   // null until first shown, and once closed
    ShortcutDialog *dialog() const; // null until first shown, and once closed

    void showSheet();
    void showPalette();
    void showShortcutDialog();
    // The supervisor's monitoring actions, once the team board is built (after the login).
    void setTeam(TeamView *team);
    // Every text again, in the language now installed (the window's LanguageChange).
    void retranslate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<QAction *> allActions() const;
    void onStatesRebuilt();
    void fillSheet(); // the sections and the footer, in the language now installed
    // The open palette, sheet and shortcut editor, shown again from the actions' words.
    void showAgain();

    QWidget *m_window;
    Sources m_sources;
    TeamView *m_team = nullptr; // a supervisor's monitoring, once built (setTeam)
    QAction *m_paletteAction;
    QAction *m_sheetAction;
    QAction *m_customizeAction;
    QMenu *m_help;
    ShortcutSettings *m_settings;
    CommandPalette *m_palette = nullptr;
    QPointer<ShortcutSheet> m_sheet;
    QPointer<ShortcutDialog> m_dialog;
};
