#pragma once

#include "exits/ExitSettings.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace Veil {

class SecretStore;

/** Environment variable the command line uses for the password of exit @p id:
 *  "VEIL_EXIT_PASSWORD_" + the id upper-cased with '-' → '_'. */
QString exitPasswordVariable(const QString &id);

/** Keychain key of an exit's password ("exit/<id>", service "Veil"). */
QString exitSecretKey(const QString &id);

/**
 * Looks up the password of every exit that has a user: its passwordEnv variable (then
 * VEIL_EXIT_PASSWORD as a shared fallback for command-line exits), else the keychain through
 * @p store (blocking, start-up only; may be null). Exits without a password are reported in
 * @p messages; they still load and the exit will answer 407, which the health check shows.
 */
QHash<QString, QString> resolveExitPasswords(const ExitSettings &settings, SecretStore *store,
                                             QStringList *messages);

} // namespace Veil
