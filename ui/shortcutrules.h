#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

// One action's shortcut, by the action's object name (stable, never translated text).
struct ShortcutBinding
{
    QString id;
    QKeySequence keys;
};

// Whether `keys` may become the shortcut of action `id`, given every action's binding now.
struct ShortcutCheck
{
    enum class Verdict {
        Ok,            // free (or empty: the action gets no shortcut)
        Conflict,      // another action has it, or a sequence one is the start of the other
        NeedsModifier, // a key alone types text or moves the cursor: only F-keys may go alone
    };
    Verdict verdict = Verdict::Ok;
    QString otherId; // Conflict: the action that has it

    bool ok() const { return verdict == Verdict::Ok; }
};

ShortcutCheck checkShortcut(const QList<ShortcutBinding> &bindings, const QString &id,
                            const QKeySequence &keys);
