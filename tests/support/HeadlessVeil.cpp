#include "HeadlessVeil.h"

#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

namespace Veil::Test {

HeadlessVeil::HeadlessVeil(QString binary)
    : m_binary(std::move(binary))
    , m_env(environmentWithoutProxies())
{
    const QStringList names = m_env.keys();
    for (const QString &name : names) {
        if (name.startsWith(QLatin1String("VEIL_")) && name != QLatin1String("VEIL_TEST_KEYRING") &&
            name != QLatin1String("VEIL_TEST_KEYRING_PID")) {
            m_env.remove(name);
        }
    }
    m_env.remove(QStringLiteral("DISPLAY"));
    m_env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    m_env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
}

HeadlessVeil::~HeadlessVeil()
{
    if (m_process) {
        m_process->stop();
    }
}

QString HeadlessVeil::writeConfig(const QJsonObject &config)
{
    const QString path = m_dir.filePath(QStringLiteral("veil.json"));
    QFile file(path);
    const QByteArray json = QJsonDocument(config).toJson();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size()) {
        return {};
    }
    return path;
}

bool HeadlessVeil::start(const QStringList &args)
{
    m_port = freePort();
    const QString listen = QStringLiteral("127.0.0.1:") + QString::number(m_port);
    m_process = std::make_unique<TestProcess>();
    m_process->setEnvironment(m_env);
    if (!m_process->start(m_binary,
                          QStringList{QStringLiteral("--headless"), QStringLiteral("--listen"), listen,
                                      QStringLiteral("--log-format"), QStringLiteral("text")} +
                              args)) {
        m_error =
            QStringLiteral("cannot start ") + m_binary + QStringLiteral(": ") + m_process->errorString();
        return false;
    }
    const QByteArray listening = "listening on " + listen.toUtf8();
    if (!QTest::qWaitFor(
            [&] { return m_process->stderrText().contains(listening) || !m_process->isRunning(); }, 20000) ||
        !m_process->isRunning()) {
        m_error =
            QStringLiteral("veil did not start listening: ") + QString::fromUtf8(m_process->stderrText());
        return false;
    }
    return true;
}

bool HeadlessVeil::stop()
{
    if (!m_process) {
        return false;
    }
    m_process->terminate();
    return m_process->waitForExit(15000) && m_process->exitStatus() == QProcess::NormalExit &&
           m_process->exitCode() == 0;
}

} // namespace Veil::Test
