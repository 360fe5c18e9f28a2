#pragma once

// On-disk formats of the cache store (internal to core/cache).
//
// <dir>/v1/<first two hex digits of id>/<id>.meta   metadata: keys, status, headers, times, sizes,
//                                                    then a SHA-1 of everything before it
// <dir>/v1/<first two hex digits of id>/<id>.body   "VEIB" header (id and keys), then the body
//
// Both are written to a temporary file in the same directory, fsynced and renamed (QSaveFile).

#include "cache/CacheStore.h"

#include <QByteArray>
#include <QIODevice>

#include <optional>

namespace Veil::Cache::Files {

constexpr qint64 MaxMetaBytes = 1024 * 1024;

/** A random 128-bit id as 32 lower-case hex digits. */
QByteArray newId();
/** Whether @p name is "<32 hex digits>.meta" or ".body" (anything else in v1/ is a leftover). */
bool isEntryFileName(const QString &name, QByteArray *id, bool *isMeta);

QByteArray serializeMeta(const CacheEntry &entry);
/** Nothing when the bytes are torn, corrupt or from another format version. */
std::optional<CacheEntry> parseMeta(const QByteArray &bytes);

/** The header at the start of a body file. */
QByteArray bodyHeader(const CacheEntry &entry);
/** Reads and checks the body header of @p device against @p entry; false when it differs. */
bool checkBodyHeader(QIODevice &device, const CacheEntry &entry);

} // namespace Veil::Cache::Files
