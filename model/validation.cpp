#include "validation.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxDestinationLength = 32;

bool setError(QString *error, const char *text, const QString &arg = {})
{
    if (error) {
        QString message = QCoreApplication::translate("Validation", text);
        *error = arg.isNull() ? message : message.arg(arg);
    }
    return false;
}

bool isAsciiDigit(QChar c)
{
    // QChar::isDigit() would let other scripts' digits through; the switch can't dial them.
    return c >= u'0' && c <= u'9';
}

} // namespace

namespace Validation {

std::optional<QString> normalizeDestination(const QString &input, QString *error)
{
    QString result;
    result.reserve(input.size());
    for (const QChar c : input) {
        // Separators people type or paste from address books carry no meaning.
        // The separators of the contract (tests/contract): what the simulator drops too.
        if (c.isSpace() || c == u'-' || c == u'.' || c == u'(' || c == u')')
            continue;
        if (isAsciiDigit(c) || c == u'*' || c == u'#') {
            result.append(c);
        } else if (c == u'+' && result.isEmpty()) {
            result.append(c);
        } else if (c == u'+') {
            setError(error, QT_TRANSLATE_NOOP("Validation", "'+' is only allowed at the start."));
            return std::nullopt;
        } else {
            setError(error,
                     QT_TRANSLATE_NOOP("Validation", "'%1' is not allowed in a phone number."),
                     QString(c));
            return std::nullopt;
        }
    }
    if (result.isEmpty() || result == "+"_L1) {
        setError(error, QT_TRANSLATE_NOOP("Validation", "Enter a number to dial."));
        return std::nullopt;
    }
    if (result.size() > MaxDestinationLength) {
        setError(error, QT_TRANSLATE_NOOP("Validation", "The number is too long (at most %1)."),
                 QString::number(MaxDestinationLength));
        return std::nullopt;
    }
    return result;
}

bool isValidDtmf(const QString &digits, QString *error)
{
    if (digits.isEmpty())
        return setError(error, QT_TRANSLATE_NOOP("Validation", "Enter the digits to send."));
    for (const QChar c : digits) {
        // The documented set ("SendDtmf"): 0-9, * and #; the simulator accepts the same.
        const bool ok = isAsciiDigit(c) || c == u'*' || c == u'#';
        if (!ok)
            return setError(error,
                            QT_TRANSLATE_NOOP("Validation", "'%1' is not a DTMF digit."),
                            QString(c));
    }
    return true;
}

} // namespace Validation
