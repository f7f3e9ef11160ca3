#pragma once

#include <QString>
#include <optional>

// Checks of what a user types, before anything is sent.
namespace Validation {

// A dial destination: digits, a leading '+', '*', '#'; spaces, dashes, dots and round
// brackets are stripped. Empty or over 32 characters (after stripping) or any other character is an
// error with a user-readable, translated message in *error.
std::optional<QString> normalizeDestination(const QString &input, QString *error = nullptr);

// DTMF digits: 0-9, *, # (the documented set); non-empty. *error as above.
bool isValidDtmf(const QString &digits, QString *error = nullptr);

} // namespace Validation
