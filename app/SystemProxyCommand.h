#pragma once

#include <QString>

namespace Veil {

/**
 * `veil --restore-system-proxy`: undoes the system proxy change recorded in the state file at
 * @p statePath (left by a Veil that crashed or was killed). Returns the exit code: 0 when the
 * settings were restored, were changed by someone else since (left alone), or there was nothing
 * to do; 1 when restoring failed.
 */
int runSystemProxyRestore(const QString &statePath);

/**
 * At start: the same as runSystemProxyRestore() when a leftover mark exists, reported on stderr.
 * Returns false only when a leftover exists and could not be restored.
 */
bool recoverSystemProxyLeftover(const QString &statePath);

} // namespace Veil
