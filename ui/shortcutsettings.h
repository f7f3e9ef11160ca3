#pragma once

#include "shortcutrules.h"

#include <QObject>
#include <functional>

class QAction;

// The agent's own shortcuts: kept in QSettings (group "shortcuts", key = the action's object
// name, value = the sequence in portable text, "" for none), applied over each action's
// built-in one at start, after any change, and whenever the actions are rebuilt (the
// server's agent states). Refuses a sequence another action has (checkShortcut).
class ShortcutSettings : public QObject
{
    Q_OBJECT
public:
    // `actions`: every action that may have a shortcut, asked afresh each time.
    explicit ShortcutSettings(std::function<QList<QAction *>()> actions,
                              QObject *parent = nullptr);

    // Sets every action's shortcut: the saved one, else the built-in default.
    void apply();
    // Gives `action` the sequence `keys` (empty: none) and saves it, unless checkShortcut
    // refuses it; then nothing changes and the check says why.
    ShortcutCheck assign(QAction *action, const QKeySequence &keys);
    // Forgets every saved shortcut: the built-in ones again.
    void resetToDefaults();
    static QKeySequence defaultShortcut(QAction *action);
    QAction *actionNamed(const QString &id) const;

signals:
    void changed(); // shortcuts were applied: tips and lists that show them redraw

private:
    QList<ShortcutBinding> bindings() const;

    std::function<QList<QAction *>()> m_actions;
};
