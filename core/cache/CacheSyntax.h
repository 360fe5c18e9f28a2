#pragma once

// Small lexical helpers shared by core/cache/. Not public API. http/HttpSyntax.h is private to
// core/http/, so the two token checks the cache needs live here rather than widening that header.

#include <QByteArray>
#include <QByteArrayView>

namespace Veil::Cache::Syntax {

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/** token (RFC 9110 §5.6.2): 1*tchar. */
inline bool isToken(QByteArrayView s)
{
    static constexpr QByteArrayView kSpecials("!#$%&'*+-.^_`|~");
    if (s.isEmpty())
        return false;
    for (char c : s) {
        const bool alnum = isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (!alnum && !kSpecials.contains(c))
            return false;
    }
    return true;
}

/** Strips optional whitespace (SP / HTAB) at both ends. */
inline QByteArrayView trimOws(QByteArrayView s)
{
    while (!s.isEmpty() && (s.front() == ' ' || s.front() == '\t'))
        s = s.sliced(1);
    while (!s.isEmpty() && (s.back() == ' ' || s.back() == '\t'))
        s.chop(1);
    return s;
}

/** ASCII lower case (QByteArray::toLower is ASCII-only in Qt 6). */
inline QByteArray toLower(QByteArrayView s)
{
    return s.toByteArray().toLower();
}

} // namespace Veil::Cache::Syntax
