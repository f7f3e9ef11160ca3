#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Translations {
namespace {
const QString kKey = u"language"_s;
const QString kSourceLanguage = u"en"_s;
const QString kResourceDir = u":/i18n"_s;
const QString kPrefix = u"softphone_"_s;

struct State
{
    QString chosen; // as applied: empty follows the system
    QString shown = kSourceLanguage;
    QPointer<QTranslator> ours;
    QPointer<QTranslator> qt;
};

State &state()
{
    static State s;
    return s;
}

// The codes built into the program (SOFTPHONE_LANGUAGES); English's file, which holds
// only its plural forms, is not another language.
QStringList shipped()
{
    QStringList codes;
    // Filtered here, not by a name filter: that compiles a regular expression, and
    // loading PCRE2's code for it costs half a MiB of memory at every start.
    const QStringList files = QDir(kResourceDir).entryList(QDir::Files, QDir::Name);
    for (const QString &file : files) {
        if (!file.startsWith(kPrefix) || !file.endsWith(u".qm"_s))
            continue;
        const QString code = file.mid(kPrefix.size()).chopped(3);
        if (code != kSourceLanguage)
            codes << code;
    }
    return codes;
}

// The first of the locale's languages (the system's list of preferred ones, for the
// system locale) that we have texts for: English, or a shipped one. English when none is.
QString languageFor(const QLocale &locale)
{
    const QStringList available = shipped();
    const QStringList preferred = locale.uiLanguages();
    for (QString tag : preferred) {
        tag.replace(u'-', u'_');
        for (const QString &candidate : {tag, tag.section(u'_', 0, 0)}) {
            if (candidate == kSourceLanguage || available.contains(candidate))
                return candidate;
        }
    }
    return kSourceLanguage;
}

void remove(QPointer<QTranslator> &translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
}

QTranslator *install(const QString &file, const QString &dir)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(file, dir) && QCoreApplication::installTranslator(translator))
        return translator;
    delete translator;
    return nullptr;
}
} // namespace

QList<Language> offered()
{
    QList<Language> languages{{kSourceLanguage, nativeName(kSourceLanguage)}};
    const QStringList codes = shipped();
    for (const QString &code : codes)
        languages.append({code, nativeName(code)});
    return languages;
}

QString nativeName(const QString &code)
{
    // Qt names plain "en" after its default territory ("American English").
    if (code == kSourceLanguage)
        return u"English"_s;
    const QLocale locale(code);
    if (locale.language() == QLocale::C)
        return code;
    QString name = locale.nativeLanguageName();
    // CLDR names some languages after their first territory ("es": "español de España"):
    // a code without a territory gets the plain name inside it, as another of its
    // locales has it ("español"), not another variety's ("nl": "Nederlands", not "Vlaams").
    if (!code.contains(u'_') && !code.contains(u'-')) {
        const QList<QLocale> locales =
            QLocale::matchingLocales(locale.language(), locale.script(), QLocale::AnyTerritory);
        for (const QLocale &other : locales) {
            const QString plainer = other.nativeLanguageName();
            if (!plainer.isEmpty() && plainer.size() < name.size() && name.contains(plainer))
                name = plainer;
        }
    }
    if (name.isEmpty())
        return code;
    // CLDR writes some in lower case ("français"); a list shows them as titles.
    name[0] = name[0].toUpper();
    return name;
}

QString load(const QSettings &settings)
{
    return settings.value(kKey).toString();
}

void save(QSettings &settings, const QString &code)
{
    if (code.isEmpty())
        settings.remove(kKey);
    else
        settings.setValue(kKey, code);
}

void apply(const QString &code)
{
    State &s = state();
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    s.chosen = code;
    s.shown = languageFor(locale);
    // Numbers, dates and direction first: the widgets format with them when they retranslate.
    QLocale::setDefault(locale);
    QGuiApplication::setLayoutDirection(locale.textDirection());
    remove(s.ours);
    remove(s.qt);
    // English too: "1 call", "2 calls" come from its plural forms, ours and Qt's.
    s.ours = install(kPrefix + s.shown, kResourceDir);
    s.qt = install(u"qtbase_"_s + s.shown, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // Also when no translator changed (English to Arabic, both without one): the texts that
    // carry numbers or dates take the new locale. QApplication posts it to every window,
    // once however many translators changed.
    if (QCoreApplication *app = QCoreApplication::instance()) {
        QEvent changed(QEvent::LanguageChange);
        QCoreApplication::sendEvent(app, &changed);
    }
}

void setLanguage(const QString &code)
{
    QSettings settings;
    save(settings, code);
    if (code != state().chosen)
        apply(code);
}

QString current()
{
    return state().chosen;
}

QString shownLanguage()
{
    return state().shown;
}

} // namespace Translations
