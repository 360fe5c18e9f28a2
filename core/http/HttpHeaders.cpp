#include "http/HttpHeaders.h"

#include "http/HttpSyntax.h"

namespace Veil::Http {

bool equalsIgnoreCase(QByteArrayView a, QByteArrayView b)
{
    // ASCII only: Qt's case-insensitive compare folds Latin-1 too, which HTTP tokens must not.
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (Syntax::toLowerAscii(a[i]) != Syntax::toLowerAscii(b[i]))
            return false;
    }
    return true;
}

QList<QByteArrayView> splitList(QByteArrayView value)
{
    QList<QByteArrayView> out;
    const auto flush = [&](qsizetype start, qsizetype end) {
        const QByteArrayView element = Syntax::trimOws(value.sliced(start, end - start));
        if (!element.isEmpty())
            out.append(element);
    };
    qsizetype start = 0;
    bool quoted = false;
    bool escaped = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value[i];
        // Commas inside a quoted-string do not separate elements (RFC 9110 §5.6.4).
        if (escaped) {
            escaped = false;
        } else if (quoted) {
            if (c == '\\')
                escaped = true;
            else if (c == '"')
                quoted = false;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            flush(start, i);
            start = i + 1;
        }
    }
    flush(start, value.size());
    return out;
}

QByteArray Headers::value(QByteArrayView name) const
{
    for (const HeaderField &field : m_fields) {
        if (equalsIgnoreCase(field.name, name))
            return field.value;
    }
    return {};
}

QList<QByteArray> Headers::values(QByteArrayView name) const
{
    QList<QByteArray> out;
    for (const HeaderField &field : m_fields) {
        if (equalsIgnoreCase(field.name, name))
            out.append(field.value);
    }
    return out;
}

bool Headers::contains(QByteArrayView name) const
{
    for (const HeaderField &field : m_fields) {
        if (equalsIgnoreCase(field.name, name))
            return true;
    }
    return false;
}

qsizetype Headers::count(QByteArrayView name) const
{
    qsizetype n = 0;
    for (const HeaderField &field : m_fields) {
        if (equalsIgnoreCase(field.name, name))
            ++n;
    }
    return n;
}

bool Headers::hasToken(QByteArrayView name, QByteArrayView token) const
{
    for (const HeaderField &field : m_fields) {
        if (!equalsIgnoreCase(field.name, name))
            continue;
        for (QByteArrayView element : splitList(field.value)) {
            if (equalsIgnoreCase(element, token))
                return true;
        }
    }
    return false;
}

void Headers::append(QByteArray name, QByteArray value)
{
    m_fields.append(HeaderField{std::move(name), std::move(value)});
}

void Headers::set(QByteArrayView name, QByteArray value)
{
    // The first occurrence keeps its position so a rewrite does not reorder the head.
    qsizetype first = -1;
    for (qsizetype i = 0; i < m_fields.size();) {
        if (!equalsIgnoreCase(m_fields[i].name, name)) {
            ++i;
        } else if (first < 0) {
            first = i++;
        } else {
            m_fields.removeAt(i);
        }
    }
    if (first < 0) {
        append(name.toByteArray(), std::move(value));
        return;
    }
    m_fields[first].name = name.toByteArray();
    m_fields[first].value = std::move(value);
}

qsizetype Headers::remove(QByteArrayView name)
{
    return m_fields.removeIf([name](const HeaderField &field) { return equalsIgnoreCase(field.name, name); });
}

void Headers::serializeTo(QByteArray &out) const
{
    qsizetype size = out.size();
    for (const HeaderField &field : m_fields)
        size += field.name.size() + field.value.size() + 4;
    out.reserve(size);
    for (const HeaderField &field : m_fields) {
        out.append(field.name);
        out.append(": ");
        out.append(field.value);
        out.append("\r\n");
    }
}

} // namespace Veil::Http
