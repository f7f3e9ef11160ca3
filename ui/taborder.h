#pragma once

class QWidget;

// Puts the controls inside `part` in the tab order right after `anchor`, keeping their own
// order. A part added to a window after it was built (Qt chains widgets as they are made)
// is otherwise reached last, wherever it shows.
void placeInTabOrderAfter(QWidget *anchor, QWidget *part);
