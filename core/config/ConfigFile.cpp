#include "config/ConfigFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>
#include <QStandardPaths>

namespace Veil {

namespace {

/** Translation context; lupdate reads it from the macro (translations/README.md). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Veil::ConfigFile)
};

} // namespace

ConfigFile::ConfigFile(QString path)
    : m_path(std::move(path))
{}

QString ConfigFile::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/veil.json");
}

ConfigFile::LoadResult ConfigFile::load(const Settings &defaults) const
{
    LoadResult result;
    result.settings = defaults;
    QFile file(m_path);
    if (!file.exists()) {
        return result;
    }
    result.existed = true;
    // Only a regular file is ours to read and, if broken, to move aside: renaming /dev/null or a
    // named pipe given as --config would break the whole machine, not just Veil's settings.
    if (!QFileInfo(m_path).isFile()) {
        result.messages.append(Tr::tr("%1 is not a regular file; defaults are used").arg(m_path));
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.messages.append(Tr::tr("cannot read %1: %2; using defaults").arg(m_path, file.errorString()));
        return result;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    file.close();
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        // Keep the user's file aside untouched; a later save must not destroy it.
        const QString aside = m_path + QStringLiteral(".broken-") +
                              QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString why = error.error != QJsonParseError::NoError
                                ? Tr::tr("%1 at offset %2").arg(error.errorString()).arg(error.offset)
                                : Tr::tr("the top level is not a JSON object");
        if (QFile::rename(m_path, aside)) {
            result.messages.append(
                Tr::tr("config file %1 is not valid (%2); it was moved to %3 and defaults are used")
                    .arg(m_path, why, aside));
        } else {
            result.messages.append(
                Tr::tr("config file %1 is not valid (%2); defaults are used").arg(m_path, why));
        }
        return result;
    }
    result.settings.applyJson(doc.object(), &result.messages);
    return result;
}

bool ConfigFile::save(const Settings &settings)
{
    return saveObject(settings.toJson());
}

bool ConfigFile::saveFields(const QString &section, const QJsonObject &fields)
{
    std::optional<QJsonObject> root = loadRoot();
    if (!root) {
        return false;
    }
    QJsonObject object = root->value(section).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        object.insert(it.key(), it.value());
    }
    root->insert(section, object);
    return saveObject(*root);
}

bool ConfigFile::saveValue(const QString &key, const QJsonValue &value)
{
    std::optional<QJsonObject> root = loadRoot();
    if (!root) {
        return false;
    }
    root->insert(key, value);
    return saveObject(*root);
}

bool ConfigFile::saveChanges(const Settings &before, const Settings &after)
{
    const QJsonObject was = before.toJson();
    const QJsonObject now = after.toJson();
    if (was == now) {
        return true;
    }
    std::optional<QJsonObject> root = loadRoot();
    if (!root) {
        return false;
    }
    for (auto it = now.begin(); it != now.end(); ++it) {
        const QJsonValue old = was.value(it.key());
        if (it.value() == old) {
            continue;
        }
        if (!it.value().isObject() || !old.isObject()) {
            root->insert(it.key(), it.value());
            continue;
        }
        QJsonObject section = root->value(it.key()).toObject();
        const QJsonObject fieldsNow = it.value().toObject();
        const QJsonObject fieldsWas = old.toObject();
        for (auto f = fieldsNow.begin(); f != fieldsNow.end(); ++f) {
            if (f.value() != fieldsWas.value(f.key())) {
                section.insert(f.key(), f.value());
            }
        }
        root->insert(it.key(), section);
    }
    return saveObject(*root);
}

std::optional<QJsonObject> ConfigFile::loadRoot()
{
    QFile file(m_path);
    if (!file.exists()) {
        return QJsonObject{{QStringLiteral("version"), Settings::SchemaVersion}};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = file.errorString();
        return std::nullopt;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        m_error = Tr::tr("%1 is not valid JSON; it was not changed").arg(m_path);
        return std::nullopt;
    }
    return doc.object();
}

bool ConfigFile::saveObject(const QJsonObject &root)
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_error = Tr::tr("cannot create folder %1").arg(info.absolutePath());
        return false;
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        m_error = file.errorString();
        return false;
    }
    m_error.clear();
    return true;
}

} // namespace Veil
