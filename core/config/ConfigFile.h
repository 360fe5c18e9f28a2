#pragma once

#include "config/Settings.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Veil {

/**
 * Loads and saves Settings as one schema-versioned JSON file. Saving is atomic (QSaveFile). A
 * file that does not parse is moved aside (never overwritten) and defaults are used, with a
 * message saying where the old file went.
 */
class ConfigFile
{
public:
    explicit ConfigFile(QString path);

    /** Default location: QStandardPaths::AppConfigLocation + "/veil.json". */
    static QString defaultPath();

    struct LoadResult
    {
        Settings settings;
        bool existed = false;
        QStringList messages; ///< warnings for rejected fields or a broken file
    };
    /**
     * Reads the file over the built-in defaults. (Not a "= {}" default argument: built by GCC 12
     * at -O2, that temporary came back with a byte of stale stack in systemProxy.pac in about half
     * the runs of the veil binary, and the Settings page showed an empty proxy-mode box. Not
     * reproduced outside the binary; Settings() value-initialises and has not failed since.)
     */
    LoadResult load() const { return load(Settings()); }
    LoadResult load(const Settings &defaults) const;

    /** Writes atomically; returns false and sets errorString() on failure. */
    bool save(const Settings &settings);
    /** Writes @p root as the whole file, atomically (for edits that must keep unknown fields). */
    bool saveObject(const QJsonObject &root);
    /**
     * Sets @p fields inside the top-level object @p section (e.g. "routing": {"region": "DE"}) of
     * the file as it is on disk and writes it back atomically; every other field stays as the
     * user wrote it. A file that does not parse is left alone (false, errorString() set).
     */
    bool saveFields(const QString &section, const QJsonObject &fields);
    /** Replaces the top-level member @p key (e.g. the "exits" array) the same way. */
    bool saveValue(const QString &key, const QJsonValue &value);
    /**
     * Writes what changed from @p before to @p after into the file as it is on disk, in one
     * atomic write: inside sections ("listen", "routing", "ui", …) only the changed fields, and
     * changed arrays ("rules", "exits", …) whole. Every other field stays as the user wrote it,
     * so values that came from the command line are not saved by accident. Nothing changed:
     * nothing is written.
     */
    bool saveChanges(const Settings &before, const Settings &after);
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }

private:
    /** The file's top-level object as on disk; a fresh one when the file does not exist. */
    std::optional<QJsonObject> loadRoot();

    QString m_path;
    QString m_error;
};

} // namespace Veil
