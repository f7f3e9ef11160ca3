#pragma once

#include <QList>
#include <QString>

class QSettings;

// The language the softphone speaks. The agent's choice is saved as QSettings `language`
// (a code such as "de"; empty follows the system locale). Applying it installs our
// translator (:/i18n/softphone_<code>.qm, built from SOFTPHONE_LANGUAGES) and Qt's own
// (qtbase_<code>.qm, for the standard dialogs), sets the default locale (numbers, dates)
// and the layout direction (right to left for Arabic, Hebrew...). Switching at runtime
// replaces the translators; Qt then sends QEvent::LanguageChange to every widget, whose
// retranslateUi() shows the new texts.
namespace Translations {

struct Language
{
    QString code;       // "en", "de"
    QString nativeName; // "English", "Deutsch": how its speakers find it in a list
};

// English (the source language) first, then the shipped languages by code.
QList<Language> offered();
// The name a language's speakers know it by, for a code of any language.
QString nativeName(const QString &code);

// The saved choice; empty: the system locale.
QString load(const QSettings &settings);
void save(QSettings &settings, const QString &code);

// Speaks `code` (empty: the system locale) from now on. A language without a translation
// shows English texts, but still its locale's numbers and direction.
void apply(const QString &code);
// Saves `code` (QSettings) and applies it, if it is not the one applied already.
void setLanguage(const QString &code);
// The code last applied, as chosen (empty: the system locale).
QString current();
// The shipped language whose texts are shown now, or "en".
QString shownLanguage();

} // namespace Translations
