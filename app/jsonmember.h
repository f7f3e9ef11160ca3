#pragma once

#include <QByteArrayView>

// Finds one member of a JSON object in its text without parsing the rest into values: the
// text of the member's value (a string keeps its quotes), or a null view when the object
// does not have it for sure: no such member, the name twice, a member name written with
// escapes, or text that is not one well-formed object at the levels scanned. What it
// returns is to be compared, not trusted: the real parse still decides what an event says.
QByteArrayView jsonMemberText(QByteArrayView object, QByteArrayView name);
