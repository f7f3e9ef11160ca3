#pragma once

class QAction;
class QWidget;

// Keeps `button`'s accessible name and description those of `action`, at every change of
// the action: its words (iconText: no mnemonic, no ellipsis) and its status tip, which
// says why while the action cannot run. QAction has no accessible description itself, and
// a button shown for it would otherwise read only its name.
void describeButtonByAction(QWidget *button, QAction *action);
