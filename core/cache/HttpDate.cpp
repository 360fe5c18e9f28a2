#include "cache/HttpDate.h"

#include "http/HttpHeaders.h"

#include <algorithm>

namespace Veil::Cache::HttpDate {

namespace {

constexpr qint64 kSecondsPerDay = 86400;

constexpr const char *kDayNames[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
constexpr const char *kLongDayNames[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                         "Thursday", "Friday", "Saturday"};
constexpr const char *kMonthNames[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// Days since 1970-01-01 of a proleptic Gregorian date, and back (H. Hinnant's algorithms).
qint64 daysFromCivil(qint64 y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

struct Civil
{
    qint64 year;
    int month;
    int day;
};

Civil civilFromDays(qint64 z)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    return {yoe + era * 400 + (m <= 2 ? 1 : 0), m, d};
}

bool isLeap(qint64 y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/** Day number of @p t (floor division, so times before 1970 land on the right day). */
qint64 dayOf(qint64 t)
{
    return t >= 0 ? t / kSecondsPerDay : (t - kSecondsPerDay + 1) / kSecondsPerDay;
}

int daysInMonth(qint64 y, int m)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

/** Exactly @p n ASCII digits at the start of @p s. */
int digits(QByteArrayView s, qsizetype n)
{
    if (s.size() < n)
        return -1;
    int v = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/** Index of @p s in @p names (case-insensitive), or -1. */
template <qsizetype N> int lookup(QByteArrayView s, const char *const (&names)[N])
{
    for (qsizetype i = 0; i < N; ++i) {
        if (Http::equalsIgnoreCase(s, names[i]))
            return int(i);
    }
    return -1;
}

struct Fields
{
    qint64 year = 0;
    int month = 0; ///< 1..12
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
};

/** "HH:MM:SS" */
bool parseTime(QByteArrayView s, Fields &f)
{
    if (s.size() != 8 || s[2] != ':' || s[5] != ':')
        return false;
    f.hour = digits(s, 2);
    f.minute = digits(s.sliced(3), 2);
    f.second = digits(s.sliced(6), 2);
    return f.hour >= 0 && f.hour <= 23 && f.minute >= 0 && f.minute <= 59 && f.second >= 0 && f.second <= 60;
}

bool parseMonth(QByteArrayView s, Fields &f)
{
    f.month = lookup(s, kMonthNames) + 1;
    return f.month > 0;
}

std::optional<qint64> toSeconds(const Fields &f)
{
    if (f.day < 1 || f.day > daysInMonth(f.year, f.month))
        return std::nullopt;
    return daysFromCivil(f.year, f.month, f.day) * kSecondsPerDay + f.hour * 3600 + f.minute * 60 +
           std::min(f.second, 59);
}

// "Sun, 06 Nov 1994 08:49:37 GMT"
bool parseImfFixdate(QByteArrayView s, Fields &f)
{
    if (s.size() != 29 || s.sliced(3, 2) != QByteArrayView(", ") || s[7] != ' ' || s[11] != ' ' ||
        s[16] != ' ' || s[25] != ' ') {
        return false;
    }
    const int year = digits(s.sliced(12), 4);
    f.day = digits(s.sliced(5), 2);
    f.year = year;
    return lookup(s.first(3), kDayNames) >= 0 && f.day >= 0 && parseMonth(s.sliced(8, 3), f) && year >= 0 &&
           parseTime(s.sliced(17, 8), f) && Http::equalsIgnoreCase(s.sliced(26), "GMT");
}

// "Sunday, 06-Nov-94 08:49:37 GMT"
bool parseRfc850(QByteArrayView s, qint64 now, Fields &f)
{
    const qsizetype comma = s.indexOf(',');
    if (comma < 0 || lookup(s.first(comma), kLongDayNames) < 0)
        return false;
    const QByteArrayView rest = s.sliced(comma);
    if (rest.size() != 24 || rest[1] != ' ' || rest[4] != '-' || rest[8] != '-' || rest[11] != ' ' ||
        rest[20] != ' ') {
        return false;
    }
    f.day = digits(rest.sliced(2), 2);
    const int yy = digits(rest.sliced(9), 2);
    if (f.day < 1 || yy < 0 || !parseMonth(rest.sliced(5, 3), f) || !parseTime(rest.sliced(12, 8), f) ||
        !Http::equalsIgnoreCase(rest.sliced(21), "GMT")) {
        return false;
    }

    // RFC 9110 §5.6.7: a date that appears more than 50 years in the future is in the most recent
    // past year with the same two digits. Taking the year in this century, then moving it back or
    // forward by one, keeps the result within (now - 50 years, now + 50 years].
    const Civil today = civilFromDays(dayOf(now));
    const qint64 century = today.year - ((today.year % 100) + 100) % 100;
    const qint64 secondOfDay = now - dayOf(now) * kSecondsPerDay;
    const auto horizon = [&](qint64 year) {
        // now + 50 years, same calendar position (29 February becomes the 28th in a common year).
        const qint64 y = year + 50;
        const int d = std::min(today.day, daysInMonth(y, today.month));
        return daysFromCivil(y, today.month, d) * kSecondsPerDay + secondOfDay;
    };
    const auto at = [&](qint64 year) -> std::optional<qint64> {
        Fields g = f;
        g.year = year;
        if (g.day > daysInMonth(year, g.month)) // 29-Feb in the wrong century: clamp for comparing
            g.day = daysInMonth(year, g.month);
        return toSeconds(g);
    };
    qint64 year = century + yy;
    if (*at(year) > horizon(today.year))
        year -= 100;
    else if (*at(year + 100) <= horizon(today.year))
        year += 100;
    f.year = year;
    return true;
}

// "Sun Nov  6 08:49:37 1994" (day is 2DIGIT or SP DIGIT)
bool parseAsctime(QByteArrayView s, Fields &f)
{
    if (s.size() != 24 || s[3] != ' ' || s[7] != ' ' || s[10] != ' ' || s[19] != ' ')
        return false;
    if (s[8] == ' ') {
        f.day = digits(s.sliced(9), 1);
        if (f.day == 0)
            return false;
    } else {
        f.day = digits(s.sliced(8), 2);
    }
    const int year = digits(s.sliced(20), 4);
    f.year = year;
    return lookup(s.first(3), kDayNames) >= 0 && parseMonth(s.sliced(4, 3), f) && f.day >= 0 &&
           parseTime(s.sliced(11, 8), f) && year >= 0;
}

} // namespace

std::optional<qint64> parse(QByteArrayView text, qint64 now)
{
    Fields f;
    if (parseImfFixdate(text, f) || parseAsctime(text, f))
        return toSeconds(f);
    f = Fields{};
    if (parseRfc850(text, now, f))
        return toSeconds(f);
    return std::nullopt;
}

QByteArray format(qint64 secondsSinceEpoch)
{
    const qint64 lowest = daysFromCivil(0, 1, 1) * kSecondsPerDay;
    const qint64 highest = daysFromCivil(9999, 12, 31) * kSecondsPerDay + kSecondsPerDay - 1;
    const qint64 t = std::clamp(secondsSinceEpoch, lowest, highest);
    const qint64 days = dayOf(t);
    const qint64 secs = t - days * kSecondsPerDay;
    const Civil c = civilFromDays(days);
    const int weekday = int(((days % 7) + 11) % 7); // 1970-01-01 was a Thursday (4)

    const auto two = [](qint64 v) {
        return QByteArray::number(v).rightJustified(2, '0');
    };
    QByteArray out;
    out.reserve(29);
    out += kDayNames[weekday];
    out += ", ";
    out += two(c.day);
    out += ' ';
    out += kMonthNames[c.month - 1];
    out += ' ';
    out += QByteArray::number(c.year).rightJustified(4, '0');
    out += ' ';
    out += two(secs / 3600);
    out += ':';
    out += two(secs / 60 % 60);
    out += ':';
    out += two(secs % 60);
    out += " GMT";
    return out;
}

} // namespace Veil::Cache::HttpDate
