#pragma once

#include <QString>

class MainWindow;
class Session;

// --screenshot: once the session is online (or has failed), waits `delayMs` for the view
// to settle, sets up `scene` ("window": as it is; "answer": answers the ringing call;
// "palette": opens the command palette and types "ho"; "history": opens the call
// history), then saves a PNG of the window with its open popups to `file` and ends the
// program (exit code 1 if the file could not be written or the scene is unknown). For
// the README's pictures: scripts/screenshot.sh.
void scheduleScreenshot(MainWindow *window, Session *session, const QString &file, int delayMs,
                        const QString &scene = QStringLiteral("window"));
