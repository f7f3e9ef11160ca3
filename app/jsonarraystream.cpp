#include "jsonarraystream.h"

#include <cstring>

namespace {
bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}
} // namespace

bool JsonArrayStream::feed(QByteArrayView bytes, const ElementHandler &onElement)
{
    if (m_failed || m_stopped)
        return false;
    m_seen += bytes.size();
    // With nothing left over from the last piece, scan the new one where it is.
    const bool direct = m_buffer.isEmpty();
    if (!direct)
        m_buffer.append(bytes.data(), bytes.size());
    const char *d = direct ? bytes.data() : m_buffer.constData();
    const qsizetype n = direct ? bytes.size() : m_buffer.size();
    // Hands out [m_start, end) and forgets it.
    auto emitElement = [&](qsizetype end) {
        qsizetype last = end;
        while (last > m_start && isSpace(d[last - 1]))
            --last;
        const bool go = onElement(QByteArrayView(d + m_start, last - m_start));
        m_start = -1;
        if (!go)
            m_stopped = true;
        return go;
    };

    for (qsizetype i = m_scan; i < n; ++i) {
        const char c = d[i];
        if (m_state == State::Done) {
            if (isSpace(c))
                continue;
            m_failed = true; // something after the array
            break;
        }
        if (m_state == State::BeforeArray) {
            if (isSpace(c))
                continue;
            if (c != '[') {
                m_failed = true;
                break;
            }
            m_state = State::InArray;
            continue;
        }
        // In the array: inside an element, or between elements.
        if (m_inString) {
            if (m_escape) {
                m_escape = false;
                continue;
            }
            // Strings are most of the bytes: jump to the next quote or backslash.
            const char *quote = static_cast<const char *>(std::memchr(d + i, '"', size_t(n - i)));
            const qsizetype limit = quote ? quote - d : n;
            const char *slash =
                static_cast<const char *>(std::memchr(d + i, '\\', size_t(limit - i)));
            if (slash) {
                i = slash - d;
                m_escape = true;
            } else if (quote) {
                i = limit;
                m_inString = false;
            } else {
                i = n - 1; // the string goes on in the next piece
            }
            continue;
        }
        if (m_start < 0) {
            if (isSpace(c) || c == ',')
                continue;
            if (c == ']') {
                m_state = State::Done;
                continue;
            }
            if (c == '}') {
                m_failed = true;
                break;
            }
            m_start = i;
            m_depth = 0;
        }
        switch (c) {
        case '"': m_inString = true; break;
        case '{':
        case '[': ++m_depth; break;
        case '}':
        case ']':
            if (m_depth == 0) { // the array's own ']' ends a scalar element
                if (c == '}') {
                    m_failed = true;
                    break;
                }
                if (emitElement(i))
                    m_state = State::Done;
                break;
            }
            if (--m_depth == 0)
                emitElement(i + 1);
            break;
        case ',':
            if (m_depth == 0)
                emitElement(i); // the end of a scalar element
            break;
        default: break;
        }
        if (m_failed || m_stopped)
            break;
    }

    if (m_failed || m_stopped) {
        m_buffer.clear();
        return false;
    }
    // Keep only what is still needed: the element in progress, or nothing.
    const qsizetype keepFrom = m_start >= 0 ? m_start : n;
    if (direct)
        m_buffer = QByteArray(d + keepFrom, n - keepFrom);
    else
        m_buffer.remove(0, keepFrom);
    m_scan = n - keepFrom;
    if (m_start >= 0)
        m_start = 0;
    return true;
}
