#pragma once

#include <functional>

class QObject;
class QWidget;

// Calls `retranslate` each time `widget` receives QEvent::LanguageChange (a translator was
// installed or removed), for as long as `owner` lives. Widgets retranslate in their own
// changeEvent; this is for the QObjects that own texts shown in a widget (actions, the
// parts of a title), which receive no such event of their own.
void onLanguageChange(QWidget *widget, QObject *owner, std::function<void()> retranslate);
