#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace Veil::Cache::HttpDate {

/**
 * Parses an HTTP-date (RFC 9110 §5.6.7) in any of its three formats: IMF-fixdate
 * ("Sun, 06 Nov 1994 08:49:37 GMT"), obsolete RFC 850 ("Sunday, 06-Nov-94 08:49:37 GMT") and
 * asctime ("Sun Nov  6 08:49:37 1994"). Returns seconds since the Unix epoch, or nothing.
 *
 * Strict about layout, digits and ranges (a day that does not exist in its month is invalid), but
 * day and month names and "GMT" match case-insensitively, as RFC 9111 §4.2 asks of caches. The
 * day name must be a real one but is not checked against the date: it carries no information and
 * real servers get it wrong. A leap second (":60") reads as ":59" (RFC 9111 §4.2: the nearest
 * time not later than the value). The two-digit year of RFC 850 is placed relative to @p now: a
 * date more than 50 years in the future means the most recent past year with those digits.
 */
std::optional<qint64> parse(QByteArrayView text, qint64 now);

/** Formats @p secondsSinceEpoch as IMF-fixdate; clamped to years 0000–9999. */
QByteArray format(qint64 secondsSinceEpoch);

} // namespace Veil::Cache::HttpDate
