#pragma once

#include <QString>

namespace upgrade {

/// Installs the program's translations (all components, embedded at :/i18n) and Qt's own for
/// one language. "ru" or "en"; empty follows the system locale (Russian when the system is
/// Russian, English otherwise). Call from the main thread; replaces what was installed before.
class Translations
{
public:
    static void install(const QString &language = {});
    static QString currentLanguage(); ///< "ru" or "en"
    static QStringList availableLanguages();
};

} // namespace upgrade
