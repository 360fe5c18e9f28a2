#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

#include <memory>

namespace Veil {

/**
 * A MaxMind-format (.mmdb) database, read with libmaxminddb, for the country of an exit's public
 * address. GeoLite2/GeoIP2 Country and City files, and any database that stores "country" or
 * "registered_country" → "iso_code", work. Memory-mapped; lookups are cheap and local.
 */
class GeoIpDatabase
{
    Q_DECLARE_TR_FUNCTIONS(Veil::GeoIpDatabase)
    Q_DISABLE_COPY_MOVE(GeoIpDatabase)

public:
    GeoIpDatabase();
    ~GeoIpDatabase();

    /** True when this build can read databases (libmaxminddb found at build time). */
    static bool isSupported();

    /** Opens @p path; false with errorString() set (missing file, not a MaxMind database, …). */
    bool open(const QString &path);
    void close();
    bool isOpen() const;
    QString errorString() const { return m_error; }

    /**
     * The ISO 3166 alpha-2 code (upper case) of @p address. Empty when the address is not in the
     * database (@p error left empty) or the lookup failed (@p error set).
     */
    QString countryOf(const QHostAddress &address, QString *error) const;

private:
    struct Handle;
    std::unique_ptr<Handle> m_handle;
    QString m_path;
    QString m_error;
};

} // namespace Veil
