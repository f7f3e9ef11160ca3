#pragma once

#include <QString>

class QWidget;
class Session;

// --screenshot: once the session is online (or has failed), waits `delayMs` for the view
// to settle, saves a PNG of `window` to `file` and ends the program (exit code 1 if the
// file could not be written). For the README's picture and scripts/screenshot.sh.
void scheduleScreenshot(QWidget *window, Session *session, const QString &file, int delayMs);
