#include "config/EnvSecretSource.h"

#include <QByteArray>
#include <QtGlobal>

namespace Veil {

bool isValidEnvironmentVariableName(const QString &variableName)
{
    if (variableName.isEmpty()) {
        return false;
    }
    for (qsizetype i = 0; i < variableName.size(); ++i) {
        const char16_t c = variableName.at(i).unicode();
        const bool letterOrUnderscore = (c >= u'A' && c <= u'Z') || c == u'_';
        const bool digit = c >= u'0' && c <= u'9';
        if (!letterOrUnderscore && !(digit && i > 0)) {
            return false;
        }
    }
    return true;
}

std::optional<QString> secretFromEnvironment(const QString &variableName)
{
    if (!isValidEnvironmentVariableName(variableName)) {
        return std::nullopt;
    }
    const QByteArray name = variableName.toLatin1(); // plain ASCII, checked above
    // qEnvironmentVariable() decodes with the locale's codec (UTF-8 on any sane system).
    QString value = qEnvironmentVariable(name.constData());
    if (value.isEmpty()) {
        return std::nullopt;
    }
    return value;
}

} // namespace Veil
