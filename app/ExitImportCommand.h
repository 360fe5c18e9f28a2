#pragma once

#include <QString>

namespace Veil {

/**
 * `veil --import-exits FILE`: adds the exits listed in @p listPath to the config file at
 * @p configPath (created when missing), prints what was added and every skipped line with its
 * reason to stdout, and returns the process exit code: 0 when the list was read (even if nothing
 * in it was new), 1 when the list or the config cannot be read or written. Only the "exits"
 * array of the config is appended to; every other field stays as the user wrote it.
 */
int runExitImport(const QString &configPath, const QString &listPath, const QString &defaultRegion);

} // namespace Veil
