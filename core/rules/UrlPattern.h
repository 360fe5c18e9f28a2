#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <cstdint>

namespace Veil::UrlPattern {

/**
 * Adblock URL glob matching: '*' is any run of characters, '^' a separator (anything but a letter,
 * digit, '_', '-', '.' or '%') or the end of the URL. Work is bounded by O(pattern × URL) per start
 * position (greedy star backtracking, no recursion), and patterns are capped at
 * FilterLine::MaxPatternLength, so no list line can stall a worker.
 *
 * @p hostBegin / @p hostEnd delimit the host inside @p url for "||" (host-anchored) patterns.
 */
bool matches(QByteArrayView pattern, QByteArrayView url, qsizetype hostBegin, qsizetype hostEnd,
             bool hostAnchor, bool leftAnchor, bool rightAnchor);

/**
 * Matches @p pattern against @p url from position @p start only (the place a filter's indexed
 * token puts it), to the end of the URL when @p rightAnchor.
 */
bool matchesAt(QByteArrayView pattern, QByteArrayView url, qsizetype start, bool rightAnchor);

/** True for characters that make up URL tokens: a-z, A-Z, 0-9 and '%'. */
inline bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '%';
}

/** Start value and one step of tokenHash(), for callers that hash while they scan. */
constexpr std::uint32_t TokenHashSeed = 2166136261u;
inline std::uint32_t tokenHashStep(std::uint32_t h, char c)
{
    const char lower = (c >= 'A' && c <= 'Z') ? char(c | 0x20) : c;
    return (h ^ std::uint8_t(lower)) * 16777619u;
}

/** Hash of a token (case-insensitive), the key of the URL filter index. */
std::uint32_t tokenHash(QByteArrayView token);

/**
 * Every token of @p pattern that each matching URL must contain as a whole token (surrounded by
 * non-token characters), leaving out tokens that occur in nearly every URL ("http", "www", "com").
 * The list compiler indexes a filter under the one of these that fewest filters share.
 */
QList<QByteArrayView> tokens(QByteArrayView pattern, bool hostAnchor, bool leftAnchor, bool rightAnchor);

/**
 * The token of @p pattern that every matching URL must contain as a whole token (surrounded by
 * non-token characters), longest first, avoiding tokens that occur in nearly every URL ("http",
 * "www", "com"). Empty when the pattern has none: such filters are tried on every URL.
 */
QByteArrayView bestToken(QByteArrayView pattern, bool hostAnchor, bool leftAnchor, bool rightAnchor);

} // namespace Veil::UrlPattern
