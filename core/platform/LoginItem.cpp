#include "platform/LoginItem.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace Veil {

namespace {

/** Translation context; lupdate reads it from the macro (translations/README.md). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Veil::LoginItem)
};

QString xmlEscaped(QString text)
{
    return text.replace(QLatin1Char('&'), QLatin1String("&amp;"))
        .replace(QLatin1Char('<'), QLatin1String("&lt;"))
        .replace(QLatin1Char('>'), QLatin1String("&gt;"));
}

#ifdef Q_OS_WIN
const QString kRunKey =
    QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
const QString kRunValue = QStringLiteral("Veil");
#endif

} // namespace

LoginItem::LoginItem(QString program)
    : m_program(std::move(program))
{
    if (m_program.isEmpty()) {
        // An AppImage runs from a temporary mount; the login item must start the image itself.
        const QString appImage = qEnvironmentVariable("APPIMAGE");
        m_program = appImage.isEmpty() ? QCoreApplication::applicationFilePath() : appImage;
#ifdef Q_OS_WIN
        m_program = windowedProgram(m_program);
#endif
    }
}

QString LoginItem::windowedProgram(const QString &program)
{
    if (!program.endsWith(QLatin1String(".com"), Qt::CaseInsensitive)) {
        return program;
    }
    const QString exe = program.left(program.size() - 4) + QStringLiteral(".exe");
    return QFileInfo(exe).isFile() ? exe : program;
}

QString LoginItem::appId()
{
    return QStringLiteral(VEIL_APP_ID);
}

QString LoginItem::location() const
{
#if defined(Q_OS_WIN)
    return kRunKey + QLatin1Char('\\') + kRunValue;
#elif defined(Q_OS_MACOS)
    return QStandardPaths::writableLocation(QStandardPaths::HomeLocation) +
           QStringLiteral("/Library/LaunchAgents/") + appId() + QStringLiteral(".plist");
#else
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/veil.desktop");
#endif
}

bool LoginItem::isEnabled() const
{
#ifdef Q_OS_WIN
    return QSettings(kRunKey, QSettings::NativeFormat).contains(kRunValue);
#else
    return QFileInfo::exists(location());
#endif
}

bool LoginItem::setEnabled(bool on)
{
    m_error.clear();
#ifdef Q_OS_WIN
    QSettings run(kRunKey, QSettings::NativeFormat);
    if (on) {
        run.setValue(kRunValue, windowsRunCommand(m_program));
    } else {
        run.remove(kRunValue);
    }
    run.sync();
    if (run.status() != QSettings::NoError) {
        m_error = Tr::tr("cannot write %1").arg(location());
        return false;
    }
    return true;
#else
    const QString path = location();
    if (!on) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            m_error = Tr::tr("cannot remove %1").arg(path);
            return false;
        }
        return true;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        m_error = Tr::tr("cannot create folder %1").arg(QFileInfo(path).absolutePath());
        return false;
    }
#ifdef Q_OS_MACOS
    const QString text = launchAgentPlist(appId(), m_program);
#else
    const QString text = desktopEntry(m_program);
#endif
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        m_error = Tr::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
#endif
}

QString LoginItem::desktopExecArgument(const QString &argument)
{
    // Desktop Entry Specification, "The Exec key": quote arguments with reserved characters; inside
    // quotes, '"', '`', '$' and '\' take a backslash. The value is then a string, where '\' is
    // escaped once more.
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool quote = argument.isEmpty();
    for (const QChar c : argument) {
        quote = quote || reserved.contains(c);
    }
    QString out = argument;
    out.replace(QLatin1Char('%'), QLatin1String("%%"));
    if (!quote) {
        return out;
    }
    QString escaped;
    for (const QChar c : std::as_const(out)) {
        if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') ||
            c == QLatin1Char('\\')) {
            escaped += QLatin1Char('\\');
        }
        escaped += c;
    }
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString LoginItem::desktopEntry(const QString &program, const QStringList &arguments)
{
    QStringList exec{desktopExecArgument(program)};
    for (const QString &a : arguments) {
        exec.append(desktopExecArgument(a));
    }
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Veil\n"
                          "Comment=%1\n"
                          "Exec=%2\n"
                          "Icon=%3\n"
                          "Terminal=false\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(Tr::tr("Privacy proxy"), exec.join(QLatin1Char(' ')), appId());
}

QString LoginItem::launchAgentPlist(const QString &label, const QString &program,
                                    const QStringList &arguments)
{
    QString args = QStringLiteral("        <string>%1</string>\n").arg(xmlEscaped(program));
    for (const QString &a : arguments) {
        args += QStringLiteral("        <string>%1</string>\n").arg(xmlEscaped(a));
    }
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                          "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                          "<plist version=\"1.0\">\n"
                          "<dict>\n"
                          "    <key>Label</key>\n"
                          "    <string>%1</string>\n"
                          "    <key>ProgramArguments</key>\n"
                          "    <array>\n"
                          "%2"
                          "    </array>\n"
                          "    <key>RunAtLoad</key>\n"
                          "    <true/>\n"
                          "    <key>ProcessType</key>\n"
                          "    <string>Interactive</string>\n"
                          "</dict>\n"
                          "</plist>\n")
        .arg(xmlEscaped(label), args);
}

QString LoginItem::windowsRunCommand(const QString &program, const QStringList &arguments)
{
    QStringList parts{QLatin1Char('"') + QDir::toNativeSeparators(program) + QLatin1Char('"')};
    for (const QString &a : arguments) {
        parts.append(a.contains(QLatin1Char(' ')) ? QLatin1Char('"') + a + QLatin1Char('"') : a);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace Veil
