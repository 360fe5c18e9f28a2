#include "config/ExitPasswords.h"

#include "config/EnvSecretSource.h"
#include "config/SecretStore.h"

#include <QCoreApplication>

namespace Veil {

QString exitPasswordVariable(const QString &id)
{
    QString name = QStringLiteral("VEIL_EXIT_PASSWORD_") + id.toUpper();
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    return name;
}

QString exitSecretKey(const QString &id)
{
    return QStringLiteral("exit/") + id;
}

QHash<QString, QString> resolveExitPasswords(const ExitSettings &settings, SecretStore *store,
                                             QStringList *messages)
{
    QHash<QString, QString> passwords;
    for (const Exit &exit : settings.exits) {
        if (exit.user.isEmpty() || !exit.enabled) {
            continue;
        }
        std::optional<QString> secret;
        if (!exit.passwordEnv.isEmpty()) {
            secret = secretFromEnvironment(exit.passwordEnv);
            if (!secret && exit.passwordEnv == exitPasswordVariable(exit.id)) {
                secret = secretFromEnvironment(QStringLiteral("VEIL_EXIT_PASSWORD"));
            }
        }
        SecretStore::Error error = SecretStore::Error::None;
        QString errorString;
        if (!secret && store) {
            secret = store->readBlocking(exitSecretKey(exit.id), 5000, &error, &errorString);
        }
        if (secret) {
            passwords.insert(exit.id, *secret);
        } else if (messages) {
            messages->append(
                QCoreApplication::translate("Veil::ExitPasswords",
                                            "exit %1 has user \"%2\" but no password was found (%3%4)")
                    .arg(exit.id, exit.user,
                         exit.passwordEnv.isEmpty()
                             ? QString()
                             : QCoreApplication::translate("Veil::ExitPasswords", "environment variable %1, ")
                                   .arg(exit.passwordEnv),
                         errorString.isEmpty()
                             ? QCoreApplication::translate("Veil::ExitPasswords", "keychain entry %1")
                                   .arg(exitSecretKey(exit.id))
                             : errorString));
        }
    }
    return passwords;
}

} // namespace Veil
