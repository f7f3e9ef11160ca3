#pragma once

#include <QString>

// Tooltips render anything that looks like markup as rich text; text from a server or a
// user must show as typed ("<b>" stays "<b>"). Escaped and wrapped, it is rich text that
// displays exactly the original characters.
inline QString plainToolTip(const QString &text)
{
    return text.isEmpty() ? QString() : QStringLiteral("<p>") + text.toHtmlEscaped()
                                            + QStringLiteral("</p>");
}
