#include "rules/UrlPattern.h"

#include <array>
#include <string_view>

namespace Veil::UrlPattern {

namespace {

bool isSeparator(char c)
{
    return !(isTokenChar(c) || c == '_' || c == '-' || c == '.');
}

bool charMatches(char p, char s)
{
    return p == '^' ? isSeparator(s) : p == s;
}

/**
 * Matches @p p against the start of @p s (all of it when @p anchorEnd); with @p floating the match
 * may also start anywhere (an implicit leading '*').
 */
bool glob(QByteArrayView p, QByteArrayView s, bool anchorEnd, bool floating)
{
    const qsizetype n = p.size();
    const qsizetype m = s.size();
    qsizetype i = 0;
    qsizetype j = 0;
    qsizetype star = floating ? 0 : -1; // pattern index to resume at after backtracking
    qsizetype mark = 0;                 // input index the current star has consumed up to
    for (;;) {
        if (j < n) {
            const char c = p[j];
            if (c == '*') {
                star = ++j;
                mark = i;
                continue;
            }
            if (i < m && charMatches(c, s[i])) {
                ++i;
                ++j;
                continue;
            }
            if (i == m && c == '^') {
                ++j; // '^' also matches the end of the URL
                continue;
            }
        } else if (!anchorEnd || i == m) {
            return true;
        }
        if (star < 0 || mark >= m) {
            return false;
        }
        i = ++mark;
        j = star;
    }
}

} // namespace

bool matches(QByteArrayView pattern, QByteArrayView url, qsizetype hostBegin, qsizetype hostEnd,
             bool hostAnchor, bool leftAnchor, bool rightAnchor)
{
    if (leftAnchor) {
        return glob(pattern, url, rightAnchor, false);
    }
    if (hostAnchor) {
        for (qsizetype at = hostBegin; at < hostEnd; ++at) {
            if (at == hostBegin || url[at - 1] == '.') {
                if (glob(pattern, url.sliced(at), rightAnchor, false)) {
                    return true;
                }
            }
        }
        return false;
    }
    // Floating: try only the places where the pattern's leading literal run occurs (found with a
    // vectorised search), instead of backtracking through every start position.
    qsizetype literal = 0;
    while (literal < pattern.size() && pattern[literal] != '*' && pattern[literal] != '^') {
        ++literal;
    }
    if (literal == 0) {
        return glob(pattern, url, rightAnchor, true);
    }
    // std::string_view::find (memchr for the first byte, then memcmp): on URL-sized subjects it
    // is several times faster than QByteArrayView::indexOf, whose rolling hash touches every byte.
    const std::string_view subject(url.data(), std::size_t(url.size()));
    const std::string_view head(pattern.data(), std::size_t(literal));
    for (std::size_t at = subject.find(head); at != std::string_view::npos; at = subject.find(head, at + 1)) {
        if (glob(pattern.sliced(literal), url.sliced(qsizetype(at) + literal), rightAnchor, false)) {
            return true;
        }
    }
    return false;
}

bool matchesAt(QByteArrayView pattern, QByteArrayView url, qsizetype start, bool rightAnchor)
{
    return start >= 0 && start <= url.size() && glob(pattern, url.sliced(start), rightAnchor, false);
}

std::uint32_t tokenHash(QByteArrayView token)
{
    std::uint32_t h = TokenHashSeed;
    for (const char c : token) {
        h = tokenHashStep(h, c);
    }
    return h;
}

QList<QByteArrayView> tokens(QByteArrayView pattern, bool hostAnchor, bool leftAnchor, bool rightAnchor)
{
    static constexpr std::array<const char *, 6> common = {"http", "https", "www", "com", "html", "js"};
    QList<QByteArrayView> out;
    qsizetype i = 0;
    while (i < pattern.size()) {
        if (!isTokenChar(pattern[i])) {
            ++i;
            continue;
        }
        const qsizetype begin = i;
        while (i < pattern.size() && isTokenChar(pattern[i])) {
            ++i;
        }
        // The token must be whole in every matching URL: bounded by a separator-like pattern
        // character (not '*'), or by an anchor at the pattern's ends.
        const bool leftOk = begin > 0 ? pattern[begin - 1] != '*' : (hostAnchor || leftAnchor);
        const bool rightOk = i < pattern.size() ? pattern[i] != '*' : rightAnchor;
        if (!leftOk || !rightOk) {
            continue;
        }
        const QByteArrayView token = pattern.sliced(begin, i - begin);
        bool isCommon = false;
        for (const char *c : common) {
            isCommon = isCommon || token.compare(QByteArrayView(c), Qt::CaseInsensitive) == 0;
        }
        if (!isCommon) {
            out.append(token);
        }
    }
    return out;
}

QByteArrayView bestToken(QByteArrayView pattern, bool hostAnchor, bool leftAnchor, bool rightAnchor)
{
    QByteArrayView best;
    for (const QByteArrayView token : tokens(pattern, hostAnchor, leftAnchor, rightAnchor)) {
        if (token.size() > best.size()) {
            best = token;
        }
    }
    return best;
}

} // namespace Veil::UrlPattern
