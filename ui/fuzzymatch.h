#pragma once

#include <QStringView>

// How well `pattern` matches `text` as a fuzzy find does: every character of the pattern
// appears in the text in order, case-insensitively ("hld" matches "Hold"). Higher is better:
// matches at the start of the text or of a word, and runs of consecutive characters, count
// most; gaps count against. -1 when the pattern does not match at all; 0 for an empty pattern.
int fuzzyMatchScore(QStringView pattern, QStringView text);
