#include "platform/SystemProxyStateFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace Veil {

namespace {

/** Translation context; lupdate reads it from the macro (translations/README.md). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Veil::SystemProxyStateFile)
};

} // namespace

SystemProxyStateFile::SystemProxyStateFile(QString path)
    : m_path(std::move(path))
{}

QString SystemProxyStateFile::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/system-proxy-state.json");
}

bool SystemProxyStateFile::exists() const
{
    return QFileInfo::exists(m_path);
}

std::optional<SystemProxyState> SystemProxyStateFile::load()
{
    m_error.clear();
    QFile file(m_path);
    if (!file.exists()) {
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = Tr::tr("cannot read %1: %2").arg(m_path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() ||
        root.value(QStringLiteral("version")).toInt() != SystemProxyState::Version ||
        !root.value(QStringLiteral("active")).toBool()) {
        m_error = Tr::tr("%1 is not a system proxy state file Veil can read").arg(m_path);
        return std::nullopt;
    }
    SystemProxyState state;
    state.backend = root.value(QStringLiteral("backend")).toString();
    state.target = SystemProxyTarget::fromJson(root.value(QStringLiteral("target")).toObject());
    state.saved = SystemProxySnapshot::fromJson(root.value(QStringLiteral("saved")).toObject());
    state.written = SystemProxySnapshot::fromJson(root.value(QStringLiteral("written")).toObject());
    state.pid = root.value(QStringLiteral("pid")).toInteger();
    return state;
}

bool SystemProxyStateFile::save(const SystemProxyState &state)
{
    const QJsonObject root{{QStringLiteral("version"), SystemProxyState::Version},
                           {QStringLiteral("active"), true},
                           {QStringLiteral("backend"), state.backend},
                           {QStringLiteral("target"), state.target.toJson()},
                           {QStringLiteral("saved"), state.saved.toJson()},
                           {QStringLiteral("written"), state.written.toJson()},
                           {QStringLiteral("pid"), state.pid}};
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(dir)) {
        m_error = Tr::tr("cannot create folder %1").arg(dir);
        return false;
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = Tr::tr("cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    // Only this user should read which proxy they had (it may name a company proxy).
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        m_error = Tr::tr("cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

bool SystemProxyStateFile::remove()
{
    if (QFile::exists(m_path) && !QFile::remove(m_path)) {
        m_error = Tr::tr("cannot remove %1").arg(m_path);
        return false;
    }
    return true;
}

} // namespace Veil
