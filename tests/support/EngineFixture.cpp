#include "EngineFixture.h"

namespace Veil::Test {

EngineFixture::EngineFixture()
    : m_engine(std::make_unique<Engine>())
{}

EngineFixture::~EngineFixture()
{
    stopNow();
}

Settings EngineFixture::testSettings()
{
    Settings s;
    s.listenHost = QStringLiteral("127.0.0.1");
    s.listenPort = 0;
    s.threads = 2;
    s.shutdownTimeoutMs = 5000;
    // Suites that are not about the cache see every request reach their origin; the cache suites
    // switch it on with a directory of their own.
    s.cache.enabled = false;
    // Likewise the privacy filters (Sec-GPC, Referer, tracking parameters): suites that check what
    // reaches the origin byte for byte would otherwise see them; tst_engine_privacy turns them on.
    s.privacy.enabled = false;
    return s;
}

bool EngineFixture::start(Settings settings, const QHash<QString, QString> &exitPasswords)
{
    settings.listenHost = QStringLiteral("127.0.0.1");
    settings.listenPort = 0;
    return m_engine->start(settings, exitPasswords);
}

void EngineFixture::stopNow()
{
    if (m_engine->isRunning()) {
        m_engine->stopNow();
    }
}

QString EngineFixture::proxyUrl() const
{
    return QStringLiteral("http://") + hostPort();
}

QString EngineFixture::hostPort() const
{
    return QStringLiteral("127.0.0.1:") + QString::number(port());
}

} // namespace Veil::Test
