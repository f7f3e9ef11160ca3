#include "shortcutrules.h"

namespace {

// Keys that do nothing in a text field or a list, so they may be a shortcut on their own.
bool standsAlone(Qt::Key key)
{
    return (key >= Qt::Key_F1 && key <= Qt::Key_F35) || key == Qt::Key_Pause
           || key == Qt::Key_Print || key == Qt::Key_ScrollLock;
}

} // namespace

ShortcutCheck checkShortcut(const QList<ShortcutBinding> &bindings, const QString &id,
                            const QKeySequence &keys)
{
    if (keys.isEmpty())
        return {};
    const QKeyCombination first = keys[0];
    const Qt::KeyboardModifiers commanding =
        first.keyboardModifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
    if (!commanding && !standsAlone(first.key()))
        return {ShortcutCheck::Verdict::NeedsModifier, {}};
    for (const ShortcutBinding &b : bindings) {
        if (b.id == id || b.keys.isEmpty())
            continue;
        // Equal, or one the beginning of the other ("Ctrl+K" and "Ctrl+K, Ctrl+H"): the
        // shorter would fire first, or wait for a second chord that never means it.
        if (keys.matches(b.keys) != QKeySequence::NoMatch
            || b.keys.matches(keys) != QKeySequence::NoMatch)
            return {ShortcutCheck::Verdict::Conflict, b.id};
    }
    return {};
}
