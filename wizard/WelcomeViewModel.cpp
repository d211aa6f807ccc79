#include "WelcomeViewModel.h"

#include "util/Translations.h"

namespace upgrade::wizard {

WelcomeViewModel::WelcomeViewModel(QObject *parent)
    : QObject(parent)
    , m_language(Translations::currentLanguage())
{}

void WelcomeViewModel::setMode(Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    emit modeChanged(mode);
}

void WelcomeViewModel::setLanguage(const QString &language)
{
    if (m_language == language)
        return;
    Translations::install(language);
    m_language = Translations::currentLanguage();
    emit languageChanged(m_language);
}

} // namespace upgrade::wizard
