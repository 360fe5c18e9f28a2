#pragma once

#include "config/Settings.h"
#include "platform/SystemProxy.h"

#include <QString>
#include <QStringList>

namespace Veil {

/** What the command line asked for, after merging defaults, the config file and the flags. */
struct CommandLineResult
{
    enum class Action
    {
        Run,
        ShowHelp,
        ShowVersion,
        ImportExits,        ///< add the exits listed in importPath to the config file, then exit
        RestoreSystemProxy, ///< undo a system proxy change left by a Veil that did not exit cleanly
        Error
    };
    Action action = Action::Run;
    bool headless = false;
    /** --check-exits: probe and IP-check every exit once, print the results, exit (0 or 3). */
    bool checkExits = false;
    /** --system-proxy: point the OS proxy at Veil while running, restore it on exit. */
    bool systemProxy = false;
    SystemProxyTarget::Mode systemProxyMode = SystemProxyTarget::Mode::Fixed;
    QString systemProxyBackend = QStringLiteral("auto"); ///< auto, gnome, kde, macos, windows
    Settings settings;
    QString configPath;
    QString importPath;   ///< for Action::ImportExits
    QString importRegion; ///< region for imported lines without one (--region)
    QStringList messages; ///< config warnings to show the user
    QString errorText;    ///< for Action::Error (exit code 2)
    QString helpText;
};

/**
 * Parses @p arguments (including argv[0]) with QCommandLineParser. Precedence: built-in defaults,
 * then the config file (--config or the default location), then the flags.
 */
CommandLineResult parseCommandLine(const QStringList &arguments);

/**
 * The interface language to install before parseCommandLine() runs, so that the help text and
 * the messages are already translated: the value of --language when it names an available
 * language, else the config file's "ui.language" (the file --config names, or the default one),
 * else "" (follow the system). Never fails; bad values are parseCommandLine()'s to report.
 */
QString languageBeforeParsing(const QStringList &arguments);

} // namespace Veil
