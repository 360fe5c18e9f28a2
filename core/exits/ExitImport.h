#pragma once

#include "exits/Exit.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Veil {

/** What importExitList() made of a text file. */
struct ImportReport
{
    /** Parsed exits in file order, each with a unique id. */
    QList<Exit> exits;
    /** A line that did not become an exit. */
    struct Skipped
    {
        int line = 0; ///< 1-based
        QString text; ///< the line, with any password replaced by "***" and cut to 200 characters
        QString reason;
    };
    QList<Skipped> skipped;
};

/**
 * Reads a list of exit URLs, one per line, each optionally ending in "#REGION". Blank lines and
 * comments (lines starting with ';' or "//") are ignored without a report; CRLF line ends and a
 * UTF-8 byte order mark are accepted. Every other line that is not a usable exit is reported in
 * ImportReport::skipped with a reason: parse errors, passwords (never echoed), duplicates of an
 * earlier line (same scheme, host, port and user), lines over 2048 characters, binary data.
 * Lines without a region get @p defaultRegion (upper-cased), if given.
 */
ImportReport importExitList(QByteArrayView text, const QString &defaultRegion = {});

} // namespace Veil
