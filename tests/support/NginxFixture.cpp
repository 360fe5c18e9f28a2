#include "NginxFixture.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>

namespace Veil::Test {

namespace {

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

} // namespace

NginxFixture::NginxFixture() = default;

NginxFixture::~NginxFixture()
{
    stop();
}

QString NginxFixture::docroot() const
{
    return m_dir.filePath(QStringLiteral("www"));
}

QString NginxFixture::certificatePath() const
{
    return m_dir.filePath(QStringLiteral("cert.pem"));
}

QString NginxFixture::accessLogPath() const
{
    return m_dir.filePath(QStringLiteral("access.log"));
}

QList<QByteArray> NginxFixture::accessLog() const
{
    QFile file(accessLogPath());
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QList<QByteArray> lines = file.readAll().split('\n');
    lines.removeAll(QByteArray());
    return lines;
}

QString NginxFixture::httpUrl(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:") + QString::number(m_httpPort) + path;
}

QString NginxFixture::httpsUrl(const QString &path) const
{
    return QStringLiteral("https://localhost:") + QString::number(m_tlsPort) + path;
}

QByteArray NginxFixture::helloText()
{
    return QByteArrayLiteral("hello from nginx behind veil\n");
}

bool NginxFixture::makeCertificate()
{
    const ProcessResult r =
        runProcess(QStringLiteral("openssl"),
                   {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                    m_dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"), certificatePath(),
                    QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                    QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"), QStringLiteral("-days"),
                    QStringLiteral("2")},
                   60000);
    if (!r.ok()) {
        m_error = QStringLiteral("openssl req failed: ") + QString::fromUtf8(r.describe());
        return false;
    }
    return true;
}

bool NginxFixture::writeConfig()
{
    const QByteArray dir = m_dir.path().toUtf8();
    QByteArray conf;
    if (runningAsRoot()) {
        conf += "user root;\n"; // nginx would switch to "nobody", who cannot read the temp dir
    }
    conf += "daemon off;\n"
            "master_process off;\n"
            "worker_processes 1;\n"
            "pid " +
            dir + "/nginx.pid;\n" + "error_log " + dir +
            "/error.log warn;\n"
            "events { worker_connections 1024; }\n"
            "http {\n"
            "    default_type application/octet-stream;\n"
            "    log_format veil '$connection $connection_requests $status \"$request\"';\n"
            "    access_log " +
            dir +
            "/access.log veil;\n"
            "    client_body_temp_path " +
            dir + "/tmp/body;\n" + "    proxy_temp_path " + dir + "/tmp/proxy;\n" + "    fastcgi_temp_path " +
            dir + "/tmp/fastcgi;\n" + "    uwsgi_temp_path " + dir + "/tmp/uwsgi;\n" + "    scgi_temp_path " +
            dir +
            "/tmp/scgi;\n"
            "    sendfile on;\n"
            "    keepalive_requests 100000;\n"
            "    keepalive_timeout 60s;\n"
            "    server {\n"
            "        listen 127.0.0.1:" +
            QByteArray::number(m_httpPort) +
            ";\n"
            "        listen 127.0.0.1:" +
            QByteArray::number(m_tlsPort) +
            " ssl;\n"
            "        server_name localhost;\n"
            "        ssl_certificate " +
            dir + "/cert.pem;\n" + "        ssl_certificate_key " + dir +
            "/key.pem;\n"
            "        root " +
            dir +
            "/www;\n"
            "        location /upload/ {\n"
            "            dav_methods PUT;\n"
            "            create_full_put_path on;\n"
            "            client_max_body_size 200m;\n"
            "            client_body_buffer_size 1m;\n"
            "        }\n"
            "    }\n"
            "}\n";
    return writeFile(m_dir.filePath(QStringLiteral("nginx.conf")), conf);
}

bool NginxFixture::start()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    QDir d(m_dir.path());
    if (!d.mkpath(QStringLiteral("www/upload")) || !d.mkpath(QStringLiteral("tmp"))) {
        m_error = QStringLiteral("cannot create the docroot");
        return false;
    }
    if (!writeFile(d.filePath(QStringLiteral("www/hello.txt")), helloText())) {
        m_error = QStringLiteral("cannot write hello.txt");
        return false;
    }
    m_bigSha256 = writeRandomFile(d.filePath(QStringLiteral("www/big.bin")), BigFileSize);
    if (m_bigSha256.isEmpty()) {
        m_error = QStringLiteral("cannot write big.bin");
        return false;
    }
    if (!makeCertificate()) {
        return false;
    }
    m_httpPort = freePort();
    do {
        m_tlsPort = freePort();
    } while (m_tlsPort == m_httpPort);
    if (!writeConfig()) {
        m_error = QStringLiteral("cannot write nginx.conf");
        return false;
    }
    m_process = std::make_unique<TestProcess>();
    const QString prefix = m_dir.path() + QLatin1Char('/');
    if (!m_process->start(QStringLiteral("nginx"),
                          {QStringLiteral("-p"), prefix, QStringLiteral("-c"),
                           prefix + QStringLiteral("nginx.conf"), QStringLiteral("-e"),
                           prefix + QStringLiteral("error.log")})) {
        m_error = QStringLiteral("cannot start nginx: ") + m_process->errorString();
        return false;
    }
    if (!waitForPort(m_httpPort, 15000) || !waitForPort(m_tlsPort, 15000)) {
        QFile log(d.filePath(QStringLiteral("error.log")));
        log.open(QIODevice::ReadOnly);
        m_error = QStringLiteral("nginx did not come up: ") + QString::fromUtf8(m_process->stderrText()) +
                  QString::fromUtf8(log.readAll());
        return false;
    }
    return true;
}

void NginxFixture::stop()
{
    if (m_process) {
        m_process->stop();
        m_process.reset();
    }
}

} // namespace Veil::Test
