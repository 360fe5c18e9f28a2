#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace Veil {

namespace {

// Keep lupdate's copy of Qt's layout-direction marker in every catalogue: Qt makes the layout
// right-to-left when the installed translation of this message is "RTL" (veil_fa.ts says so; the
// others say "LTR"). Qt's own qtbase_fa.qm says it too, but it is not on every system.
struct SourceAndComment
{
    const char *source;
    const char *comment;
};
[[maybe_unused]] constexpr SourceAndComment kLayoutDirection = QT_TRANSLATE_NOOP3(
    "QGuiApplication", "QT_LAYOUT_DIRECTION",
    "Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in right-to-left "
    "languages (such as Hebrew and Arabic) to get proper widget layout.");

const QString kEnglish = QStringLiteral("en");
const QLatin1String kTranslatorName("veil-translator");

struct KnownLanguage
{
    const char *code;
    const char *nativeName; // UTF-8
};

// One row per translations/veil_<code>.ts (tst_language checks the two agree).
constexpr KnownLanguage kKnown[] = {
    {"de", "Deutsch"},  {"es", "Español"}, {"fa", "فارسی"},
    {"fr", "Français"}, {"ru", "Русский"}, {"zh_CN", "简体中文"},
};

QString catalogue(const QString &code)
{
    return QStringLiteral(":/i18n/veil_") + code + QStringLiteral(".qm");
}

/** The available code for one entry of QLocale::uiLanguages() ("de-AT", "zh-Hans-CN"), or "". */
QString matchUiLanguage(const QString &entry)
{
    const QLocale locale(entry);
    if (locale.language() == QLocale::C) {
        return {};
    }
    if (locale.language() == QLocale::English) {
        return kEnglish;
    }
    if (locale.language() == QLocale::Chinese) {
        // Only Simplified Chinese is translated; Traditional (zh-TW, zh-Hant-HK) falls through.
        const bool traditional = locale.script() == QLocale::TraditionalChineseScript;
        return traditional ? QString() : canonicalLanguageCode(QStringLiteral("zh_CN"));
    }
    return canonicalLanguageCode(QLocale::languageToCode(locale.language()));
}

} // namespace

QList<Language> availableLanguages()
{
    QList<Language> languages{{kEnglish, QStringLiteral("English")}};
    for (const KnownLanguage &known : kKnown) {
        const QString code = QLatin1String(known.code);
        if (QFile::exists(catalogue(code))) {
            languages.append({code, QString::fromUtf8(known.nativeName)});
        }
    }
    return languages;
}

QString languageCodeList()
{
    QStringList codes;
    for (const Language &language : availableLanguages()) {
        codes.append(language.code);
    }
    return codes.join(QStringLiteral(", "));
}

QString canonicalLanguageCode(const QString &text)
{
    QString wanted = text.trimmed();
    wanted.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (wanted.isEmpty()) {
        return {};
    }
    for (const Language &language : availableLanguages()) {
        if (language.code.compare(wanted, Qt::CaseInsensitive) == 0) {
            return language.code;
        }
    }
    return {};
}

QString chooseLanguage(const QString &preferred, const QStringList &uiLanguages)
{
    if (const QString code = canonicalLanguageCode(preferred); !code.isEmpty()) {
        return code;
    }
    for (const QString &entry : uiLanguages) {
        if (const QString code = matchUiLanguage(entry); !code.isEmpty()) {
            return code;
        }
    }
    return kEnglish;
}

QString installTranslations(const QString &preferred)
{
    QCoreApplication *app = QCoreApplication::instance();
    Q_ASSERT(app);
    const QString code = chooseLanguage(preferred, QLocale::system().uiLanguages());
    for (QTranslator *old : app->findChildren<QTranslator *>(kTranslatorName, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    const bool chosen = !canonicalLanguageCode(preferred).isEmpty();
    QLocale::setDefault(chosen ? QLocale(code) : QLocale::system());
    if (code == kEnglish) {
        return code; // the source language needs no catalogue (and Qt's English one is empty)
    }
    // Qt's own strings first: the translator installed last is asked first, so Veil's wins.
    const auto install = [app](const QString &file, const QString &directory) {
        auto translator = std::make_unique<QTranslator>(app);
        translator->setObjectName(kTranslatorName);
        if (translator->load(file, directory) && QCoreApplication::installTranslator(translator.get())) {
            translator.release(); // owned by the application object
        }
    };
    install(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    install(catalogue(code), QString());
    return code;
}

} // namespace Veil
