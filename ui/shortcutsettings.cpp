#include "shortcutsettings.h"

#include <QAction>
#include <QHash>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
constexpr char kDefault[] = "defaultShortcut"; // the built-in one, kept on the action itself
const QString kGroup = u"shortcuts"_s;

void rememberDefault(QAction *action)
{
    if (!action->property(kDefault).isValid())
        action->setProperty(kDefault, QVariant::fromValue(action->shortcut()));
}
} // namespace

ShortcutSettings::ShortcutSettings(std::function<QList<QAction *>()> actions, QObject *parent)
    : QObject(parent)
    , m_actions(std::move(actions))
{
}

QKeySequence ShortcutSettings::defaultShortcut(QAction *action)
{
    rememberDefault(action);
    return action->property(kDefault).value<QKeySequence>();
}

void ShortcutSettings::apply()
{
    QSettings settings;
    settings.beginGroup(kGroup);
    const QList<QAction *> actions = m_actions();
    // The agent's own choices first; a built-in shortcut one of them took is left out, so
    // no key ever means two actions (Qt would run neither).
    QHash<QAction *, QKeySequence> wanted;
    QList<ShortcutBinding> saved;
    for (QAction *action : actions) {
        rememberDefault(action);
        const QString id = action->objectName();
        if (id.isEmpty() || !settings.contains(id))
            continue;
        const QString text = settings.value(id).toString();
        wanted.insert(action, QKeySequence::fromString(text, QKeySequence::PortableText));
        saved.append({id, wanted.value(action)});
    }
    for (QAction *action : actions) {
        if (wanted.contains(action))
            continue;
        const QKeySequence keys = defaultShortcut(action);
        const bool taken = checkShortcut(saved, action->objectName(), keys).verdict
                           == ShortcutCheck::Verdict::Conflict;
        wanted.insert(action, taken ? QKeySequence() : keys);
    }
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
        if (it.key()->shortcut() != it.value())
            it.key()->setShortcut(it.value());
    emit changed();
}

ShortcutCheck ShortcutSettings::assign(QAction *action, const QKeySequence &keys)
{
    const ShortcutCheck check = checkShortcut(bindings(), action->objectName(), keys);
    if (!check.ok())
        return check;
    QSettings settings;
    settings.beginGroup(kGroup);
    if (keys == defaultShortcut(action))
        settings.remove(action->objectName()); // a later change of the default applies
    else
        settings.setValue(action->objectName(), keys.toString(QKeySequence::PortableText));
    apply();
    return check;
}

void ShortcutSettings::resetToDefaults()
{
    QSettings settings;
    settings.remove(kGroup);
    apply();
}

QAction *ShortcutSettings::actionNamed(const QString &id) const
{
    const QList<QAction *> actions = m_actions();
    for (QAction *action : actions)
        if (action->objectName() == id)
            return action;
    return nullptr;
}

QList<ShortcutBinding> ShortcutSettings::bindings() const
{
    QList<ShortcutBinding> list;
    const QList<QAction *> actions = m_actions();
    for (QAction *action : actions)
        list.append({action->objectName(), action->shortcut()});
    return list;
}
