#pragma once

// The real EasyList, EasyPrivacy and URLhaus files that Debian's webext-ublock-origin-firefox
// installs, for tst_blocklist_reallists and bench/blocklist (header-only: the benchmark links no
// test support).

#include "rules/Blocklist.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QString>

namespace Veil::Test {

/** The three lists, or an empty list when the package is not installed. */
inline QList<BlocklistSource> realBlocklistSources()
{
    QDirIterator it(QStringLiteral("/usr/share/mozilla/extensions"), {QStringLiteral("thirdparties")},
                    QDir::Dirs, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString dir = it.next();
        if (QFile::exists(dir + QStringLiteral("/easylist/easylist.txt"))) {
            return {
                {QStringLiteral("easylist"), dir + QStringLiteral("/easylist/easylist.txt"), true},
                {QStringLiteral("easyprivacy"), dir + QStringLiteral("/easylist/easyprivacy.txt"), true},
                {QStringLiteral("urlhaus"), dir + QStringLiteral("/urlhaus-filter/urlhaus-filter-online.txt"),
                 true},
            };
        }
    }
    return {};
}

} // namespace Veil::Test
