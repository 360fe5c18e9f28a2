#pragma once

#include "config/Settings.h"

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
        ImportExits, ///< add the exits listed in importPath to the config file, then exit
        Error
    };
    Action action = Action::Run;
    bool headless = false;
    /** --check-exits: probe and IP-check every exit once, print the results, exit (0 or 3). */
    bool checkExits = false;
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

} // namespace Veil
