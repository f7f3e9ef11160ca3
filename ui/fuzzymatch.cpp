#include "fuzzymatch.h"

#include <QList>
#include <algorithm>
#include <limits>

namespace {

constexpr int kMatch = 16;        // each character found
constexpr int kTextStart = 24;    // ... at the very start of the text
constexpr int kWordStart = 16;    // ... at the start of a word ("Consult transfer": "ct")
constexpr int kConsecutive = 12;  // ... right after the previous one ("hol" in "Hold")
constexpr int kGap = 1;           // each character skipped between two found ones
constexpr int kNone = std::numeric_limits<int>::min() / 2;

bool startsWord(QStringView text, qsizetype i)
{
    if (i == 0)
        return true;
    const QChar before = text[i - 1];
    const QChar here = text[i];
    return (!before.isLetterOrNumber() && here.isLetterOrNumber())
           || (before.isLower() && here.isUpper()) || (!before.isDigit() && here.isDigit());
}

} // namespace

int fuzzyMatchScore(QStringView pattern, QStringView text)
{
    const qsizetype n = pattern.size();
    const qsizetype m = text.size();
    if (n == 0)
        return 0;
    if (n > m)
        return -1;
    // best[j]: the best score with the pattern's current character found at text[j]; a small
    // dynamic programme, so "hld" in "Hang up, Hold" finds the better "Hold" alignment.
    QList<int> best(m, kNone);
    QList<int> next(m, kNone);
    for (qsizetype i = 0; i < n; ++i) {
        const QChar wanted = pattern[i].toCaseFolded();
        int bestBefore = kNone; // the previous row's best left of j, minus its gaps
        for (qsizetype j = 0; j < m; ++j) {
            next[j] = kNone;
            if (i > 0 && j > 0) {
                // Carry the previous row's best ending before j, paying for the gap.
                bestBefore = std::max(bestBefore - kGap, best[j - 1]);
            }
            if (text[j].toCaseFolded() != wanted)
                continue;
            int bonus = kMatch;
            if (j == 0)
                bonus += kTextStart;
            if (startsWord(text, j))
                bonus += kWordStart;
            if (i == 0) {
                next[j] = bonus - int(j) * kGap / 2; // a late first match costs a little
                continue;
            }
            int score = kNone;
            if (j > 0 && best[j - 1] > kNone)
                score = best[j - 1] + kConsecutive; // right after the previous character
            if (bestBefore > kNone)
                score = std::max(score, bestBefore);
            if (score > kNone)
                next[j] = score + bonus;
        }
        std::swap(best, next);
    }
    const int result = *std::max_element(best.cbegin(), best.cend());
    if (result <= kNone)
        return -1;
    // A shorter text that matches as well is the likelier one ("Hold" before "Hold music").
    return std::max(1, result - int(m - n) / 4);
}
