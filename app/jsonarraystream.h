#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <functional>

// Splits a JSON array arriving in pieces into its elements, so each can be parsed and
// used while the rest is still on the wire: a long-poll answer carrying a burst of
// thousands of events is applied as it arrives instead of after the last byte. It only
// finds where elements begin and end (strings, escapes, nesting); the caller parses each
// element. Anything that is not one array ends in failed().
class JsonArrayStream
{
public:
    // Called once per complete element with its JSON text (valid during the call only);
    // return false to stop (the rest of the input is then ignored).
    using ElementHandler = std::function<bool(QByteArrayView element)>;

    // Consumes the next piece of input. Returns false once failed() or stopped.
    bool feed(QByteArrayView bytes, const ElementHandler &onElement);

    bool failed() const { return m_failed; }
    bool finished() const { return m_state == State::Done; } // the closing ']' was read
    qint64 bytesSeen() const { return m_seen; }

private:
    enum class State { BeforeArray, InArray, Done };

    QByteArray m_buffer;    // input not yet handed out (from the current element on)
    qsizetype m_scan = 0;   // next byte of m_buffer to look at
    qsizetype m_start = -1; // where the current element begins in m_buffer, or -1
    State m_state = State::BeforeArray;
    int m_depth = 0; // nesting inside the current element
    bool m_inString = false;
    bool m_escape = false;
    bool m_failed = false;
    bool m_stopped = false;
    qint64 m_seen = 0;
};
