#pragma once

#include <QString>

#include <optional>

namespace Veil {

/**
 * Whether @p variableName is a portable environment variable name: `[A-Z_][A-Z0-9_]*`
 * (POSIX upper case, as Veil's own variables such as VEIL_PROXY_PASSWORD are).
 */
bool isValidEnvironmentVariableName(const QString &variableName);

/**
 * A secret handed to a headless server through the environment (e.g. VEIL_PROXY_PASSWORD under
 * systemd or Docker, where there is no keychain). Returns std::nullopt when the variable is unset
 * or empty, or when @p variableName is not a valid name (see isValidEnvironmentVariableName());
 * otherwise its value exactly as set: no trimming, since spaces may belong to the secret.
 * Never logs the value.
 */
std::optional<QString> secretFromEnvironment(const QString &variableName);

} // namespace Veil
