#include "exits/GeoIpDatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <cstring>

#ifdef VEIL_HAVE_MAXMINDDB
#include <maxminddb.h>
#endif

namespace Veil {

#ifdef VEIL_HAVE_MAXMINDDB

struct GeoIpDatabase::Handle
{
    MMDB_s mmdb{};
    ~Handle() { MMDB_close(&mmdb); }
};

namespace {

QString mmdbError(int status)
{
    return QString::fromUtf8(MMDB_strerror(status));
}

/** The string at country/iso_code (or registered_country/iso_code); empty when absent. */
QString isoCode(MMDB_entry_s *entry, const char *map, int *status)
{
    MMDB_entry_data_s data{};
    *status = MMDB_get_value(entry, &data, map, "iso_code", nullptr);
    if (*status != MMDB_SUCCESS || !data.has_data || data.type != MMDB_DATA_TYPE_UTF8_STRING) {
        return {};
    }
    return QString::fromUtf8(data.utf8_string, int(data.data_size));
}

} // namespace

#else

struct GeoIpDatabase::Handle
{};

#endif

GeoIpDatabase::GeoIpDatabase() = default;
GeoIpDatabase::~GeoIpDatabase() = default;

bool GeoIpDatabase::isSupported()
{
#ifdef VEIL_HAVE_MAXMINDDB
    return true;
#else
    return false;
#endif
}

bool GeoIpDatabase::open(const QString &path)
{
    close();
    m_path = path;
    m_error.clear();
    if (!QFileInfo(path).isFile()) {
        m_error = tr("GeoIP database %1 does not exist or is not a file").arg(path);
        return false;
    }
#ifdef VEIL_HAVE_MAXMINDDB
    auto handle = std::make_unique<Handle>();
    const int status = MMDB_open(QFile::encodeName(path).constData(), MMDB_MODE_MMAP, &handle->mmdb);
    if (status != MMDB_SUCCESS) {
        // libmaxminddb leaves nothing to close after a failed open.
        handle->mmdb = {};
        m_error = tr("cannot read GeoIP database %1: %2").arg(path, mmdbError(status));
        return false;
    }
    m_handle = std::move(handle);
    return true;
#else
    m_error = tr("this build of Veil cannot read GeoIP databases (built without libmaxminddb)");
    return false;
#endif
}

void GeoIpDatabase::close()
{
    m_handle.reset();
}

bool GeoIpDatabase::isOpen() const
{
    return m_handle != nullptr;
}

QString GeoIpDatabase::countryOf(const QHostAddress &address, QString *error) const
{
    error->clear();
    if (!m_handle) {
        *error = m_error.isEmpty() ? tr("no GeoIP database is open") : m_error;
        return {};
    }
#ifdef VEIL_HAVE_MAXMINDDB
    bool isV4 = address.protocol() == QAbstractSocket::IPv4Protocol;
    quint32 v4 = isV4 ? address.toIPv4Address() : 0;
    if (!isV4) {
        // An IPv4-mapped IPv6 address ("::ffff:1.2.3.4") is looked up as the IPv4 address.
        v4 = address.toIPv4Address(&isV4);
    }
    sockaddr_storage storage{};
    if (isV4) {
        auto *in = reinterpret_cast<sockaddr_in *>(&storage);
        in->sin_family = AF_INET;
        in->sin_addr.s_addr = qToBigEndian(v4);
    } else if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        in6->sin6_family = AF_INET6;
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, bytes.c, sizeof bytes.c);
    } else {
        *error = tr("\"%1\" is not an IP address").arg(address.toString());
        return {};
    }
    int status = MMDB_SUCCESS;
    MMDB_lookup_result_s found =
        MMDB_lookup_sockaddr(&m_handle->mmdb, reinterpret_cast<const sockaddr *>(&storage), &status);
    if (status != MMDB_SUCCESS) {
        *error = tr("GeoIP lookup of %1 failed: %2").arg(address.toString(), mmdbError(status));
        return {};
    }
    if (!found.found_entry) {
        return {};
    }
    QString code = isoCode(&found.entry, "country", &status);
    if (code.isEmpty() && (status == MMDB_SUCCESS || status == MMDB_LOOKUP_PATH_DOES_NOT_MATCH_DATA_ERROR)) {
        code = isoCode(&found.entry, "registered_country", &status);
    }
    if (code.isEmpty()) {
        if (status != MMDB_SUCCESS && status != MMDB_LOOKUP_PATH_DOES_NOT_MATCH_DATA_ERROR) {
            *error = tr("GeoIP lookup of %1 failed: %2").arg(address.toString(), mmdbError(status));
        }
        return {};
    }
    if (code.size() != 2 || !code.at(0).isLetter() || !code.at(1).isLetter() || code.at(0).unicode() > 0x7f ||
        code.at(1).unicode() > 0x7f) {
        *error = tr("the GeoIP database has no valid country code for %1").arg(address.toString());
        return {};
    }
    return code.toUpper();
#else
    Q_UNUSED(address);
    return {};
#endif
}

} // namespace Veil
