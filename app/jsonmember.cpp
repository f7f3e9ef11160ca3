#include "jsonmember.h"

#include <cstring>

namespace {

class Scanner
{
public:
    explicit Scanner(QByteArrayView text) : m_d(text.data()), m_n(text.size()) {}

    qsizetype pos() const { return m_i; }
    const char *data() const { return m_d; }

    void skipSpace()
    {
        while (m_i < m_n && (m_d[m_i] == ' ' || m_d[m_i] == '\n' || m_d[m_i] == '\r' || m_d[m_i] == '\t'))
            ++m_i;
    }
    bool take(char c)
    {
        skipSpace();
        if (m_i >= m_n || m_d[m_i] != c)
            return false;
        ++m_i;
        return true;
    }
    // A string from its opening quote; *escaped says whether it holds a backslash.
    bool string(bool *escaped = nullptr)
    {
        if (!take('"'))
            return false;
        bool sawEscape = false;
        while (m_i < m_n) {
            const char *quote = static_cast<const char *>(std::memchr(m_d + m_i, '"', size_t(m_n - m_i)));
            if (!quote)
                return false;
            const char *slash = static_cast<const char *>(std::memchr(m_d + m_i, '\\', size_t(quote - m_d - m_i)));
            if (slash) {
                sawEscape = true;
                m_i = slash - m_d + 2; // the backslash and the character it escapes
                continue;
            }
            m_i = quote - m_d + 1;
            if (escaped)
                *escaped = sawEscape;
            return true;
        }
        return false;
    }
    // Any value, nested ones included (their members are not looked at by name).
    bool value(int depth = 0)
    {
        if (depth > 64)
            return false; // nesting a real event never has
        skipSpace();
        if (m_i >= m_n)
            return false;
        const char c = m_d[m_i];
        if (c == '"')
            return string();
        if (c == '{' || c == '[') {
            const char close = c == '{' ? '}' : ']';
            ++m_i;
            if (take(close))
                return true;
            do {
                if (c == '{' && !(string() && take(':')))
                    return false;
                if (!value(depth + 1))
                    return false;
            } while (take(','));
            return take(close);
        }
        // A number or a literal: up to the next delimiter.
        const qsizetype start = m_i;
        while (m_i < m_n && !std::strchr(",}] \n\r\t", m_d[m_i]))
            ++m_i;
        return m_i > start;
    }

private:
    const char *m_d;
    qsizetype m_n;
    qsizetype m_i = 0;
};

} // namespace

QByteArrayView jsonMemberText(QByteArrayView object, QByteArrayView name)
{
    Scanner s(object);
    if (!s.take('{'))
        return {};
    QByteArrayView found;
    if (s.take('}'))
        return {};
    do {
        s.skipSpace();
        const qsizetype keyStart = s.pos();
        bool escaped = false;
        if (!s.string(&escaped))
            return {};
        const QByteArrayView key(s.data() + keyStart + 1, s.pos() - keyStart - 2);
        if (escaped)
            return {}; // the name might be ours, spelled another way
        if (!s.take(':'))
            return {};
        s.skipSpace();
        const qsizetype valueStart = s.pos();
        if (!s.value())
            return {};
        if (key == name) {
            if (!found.isNull())
                return {}; // twice: which one a parser keeps is its own choice
            found = QByteArrayView(s.data() + valueStart, s.pos() - valueStart);
        }
    } while (s.take(','));
    if (!s.take('}'))
        return {};
    s.skipSpace();
    return s.pos() == object.size() ? found : QByteArrayView();
}
