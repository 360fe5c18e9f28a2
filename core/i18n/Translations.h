#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Veil {

/** A language Veil can show its interface in. */
struct Language
{
    QString code;       ///< "de", "zh_CN"; the suffix of translations/veil_<code>.ts
    QString nativeName; ///< the language's name in itself: "Deutsch", "简体中文"

    bool operator==(const Language &) const = default;
};

/**
 * The languages this build can show: English (the source language, always first), then every
 * language whose catalogue is compiled in, by code. The values of the "ui.language" setting and
 * of --language are these codes; "" means "follow the system".
 */
QList<Language> availableLanguages();

/** The codes of availableLanguages() for messages: "en, de, es, fa, fr, ru, zh_CN". */
QString languageCodeList();

/**
 * The code from availableLanguages() that @p text names, ignoring case and accepting '-' for
 * '_' ("zh-cn" → "zh_CN"); an empty string when none does (and for an empty @p text).
 */
QString canonicalLanguageCode(const QString &text);

/**
 * The language to show: @p preferred when it names an available language, otherwise the first
 * entry of @p uiLanguages (most preferred first, as QLocale::uiLanguages() lists them) that one
 * matches, otherwise English. English in that list counts: a user who prefers English to German
 * gets English.
 */
QString chooseLanguage(const QString &preferred, const QStringList &uiLanguages);

/**
 * Installs the translators for chooseLanguage(@p preferred, the system's UI languages) into the
 * running application: Veil's own catalogue (embedded under :/i18n) and Qt's qtbase catalogue
 * from QLibraryInfo::TranslationsPath when it is there. Replaces what an earlier call installed,
 * so it can be called again. A language chosen by @p preferred also becomes the default QLocale,
 * so numbers read the same as the words. Layout direction follows (right-to-left for Persian)
 * when the application is a QGuiApplication. Returns the code in effect.
 */
QString installTranslations(const QString &preferred);

} // namespace Veil
