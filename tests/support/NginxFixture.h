#pragma once

#include "TestProcess.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Veil::Test {

/**
 * A real nginx on 127.0.0.1: one plain HTTP port and one TLS port (self-signed certificate for
 * "localhost" / 127.0.0.1, made with the openssl CLI at test time), everything (config, logs, temp
 * files, docroot) in a QTemporaryDir. The docroot holds hello.txt and a 100 MiB random file whose
 * SHA-256 is known; /upload/ accepts PUT (WebDAV, up to 200 MiB). Killed by PID on destruction.
 */
class NginxFixture
{
    Q_DISABLE_COPY_MOVE(NginxFixture)

public:
    static constexpr qint64 BigFileSize = 100 * 1024 * 1024;

    NginxFixture();
    ~NginxFixture();

    /** Writes the files, starts nginx and waits for both ports. False with errorString(). */
    bool start();
    void stop();
    QString errorString() const { return m_error; }

    quint16 httpPort() const { return m_httpPort; }
    quint16 tlsPort() const { return m_tlsPort; }
    QString dir() const { return m_dir.path(); }
    QString docroot() const;
    QString certificatePath() const;
    QString accessLogPath() const;
    /** Access log lines ("<connection> <requests-on-connection> <status> <request line>"). */
    QList<QByteArray> accessLog() const;

    /** "http://127.0.0.1:PORT" + @p path. */
    QString httpUrl(const QString &path) const;
    /** "https://localhost:PORT" + @p path (the certificate's name). */
    QString httpsUrl(const QString &path) const;

    static QByteArray helloText();
    QString bigFileName() const { return QStringLiteral("big.bin"); }
    QByteArray bigFileSha256() const { return m_bigSha256; }

private:
    bool writeConfig();
    bool makeCertificate();

    QTemporaryDir m_dir;
    std::unique_ptr<TestProcess> m_process;
    quint16 m_httpPort = 0;
    quint16 m_tlsPort = 0;
    QByteArray m_bigSha256;
    QString m_error;
};

} // namespace Veil::Test
