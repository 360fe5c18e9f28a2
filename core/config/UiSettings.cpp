#include "config/UiSettings.h"

#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QRegularExpression>

namespace Veil {

namespace {

/** Translation context; lupdate reads it from the macro (translations/README.md). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Veil::UiSettings)
};

struct BoolField
{
    const char *key;
    bool UiSettings::*member;
};

constexpr BoolField kBoolFields[] = {
    {"startMinimized", &UiSettings::startMinimized},
    {"closeToTray", &UiSettings::closeToTray},
};

} // namespace

QJsonObject UiSettings::toJson() const
{
    QJsonObject ui{{QStringLiteral("language"), language},
                   {QStringLiteral("theme"), uiThemeName(theme)},
                   {QStringLiteral("trafficRows"), trafficRows}};
    for (const BoolField &f : kBoolFields) {
        ui.insert(QLatin1String(f.key), this->*f.member);
    }
    return {{QStringLiteral("ui"), ui}};
}

void UiSettings::applyJson(const QJsonObject &json, QStringList *errors)
{
    const QJsonValue uiValue = json.value(QStringLiteral("ui"));
    if (uiValue.isUndefined()) {
        return;
    }
    auto reject = [errors](const QString &field, const QString &why) {
        if (errors) {
            errors->append(
                Tr::tr("%1: %2; keeping the previous value").arg(QStringLiteral("ui.") + field, why));
        }
    };
    if (!uiValue.isObject()) {
        if (errors) {
            errors->append(Tr::tr("ui: must be an object; keeping the previous value"));
        }
        return;
    }
    const QJsonObject ui = uiValue.toObject();
    if (const QJsonValue v = ui.value(QStringLiteral("language")); !v.isUndefined()) {
        // Only languages Veil has (canonical spelling: "zh-cn" → "zh_CN"); "" follows the system.
        const QString code = canonicalLanguageCode(v.toString());
        if (v.isString() && (v.toString().isEmpty() || !code.isEmpty())) {
            language = code;
        } else {
            reject(QStringLiteral("language"),
                   Tr::tr("must be \"\" (follow the system) or one of %1").arg(languageCodeList()));
        }
    }
    if (const QJsonValue v = ui.value(QStringLiteral("theme")); !v.isUndefined()) {
        if (!parseUiTheme(v.toString(), &theme)) {
            reject(QStringLiteral("theme"), Tr::tr("must be \"system\", \"light\" or \"dark\""));
        }
    }
    if (const QJsonValue v = ui.value(QStringLiteral("trafficRows")); !v.isUndefined()) {
        const double d = v.toDouble(-1);
        if (v.isDouble() && d == double(qint64(d)) && d >= MinTrafficRows && d <= MaxTrafficRows) {
            trafficRows = int(d);
        } else {
            reject(QStringLiteral("trafficRows"),
                   Tr::tr("must be a whole number from %1 to %2").arg(MinTrafficRows).arg(MaxTrafficRows));
        }
    }
    for (const BoolField &f : kBoolFields) {
        const QJsonValue v = ui.value(QLatin1String(f.key));
        if (v.isUndefined()) {
            continue;
        }
        if (v.isBool()) {
            this->*f.member = v.toBool();
        } else {
            reject(QLatin1String(f.key), Tr::tr("must be true or false"));
        }
    }
}

QString uiThemeName(UiTheme theme)
{
    switch (theme) {
    case UiTheme::System:
        return QStringLiteral("system");
    case UiTheme::Light:
        return QStringLiteral("light");
    case UiTheme::Dark:
        return QStringLiteral("dark");
    }
    return {};
}

bool parseUiTheme(const QString &text, UiTheme *theme)
{
    for (const UiTheme t : {UiTheme::System, UiTheme::Light, UiTheme::Dark}) {
        if (text == uiThemeName(t)) {
            *theme = t;
            return true;
        }
    }
    return false;
}

} // namespace Veil
