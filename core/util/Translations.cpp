#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

QString current = u"en"_s;

} // namespace

void Translations::install(const QString &language)
{
    QString lang = language;
    if (lang.isEmpty())
        lang = QLocale::system().language() == QLocale::Russian ? u"ru"_s : u"en"_s;
    if (lang != u"ru"_s)
        lang = u"en"_s;

    for (auto &t : installed())
        QCoreApplication::removeTranslator(t.get());
    installed().clear();

    auto load = [](const QString &file, const QString &dir) {
        auto t = std::make_unique<QTranslator>();
        if (t->load(file, dir) && QCoreApplication::installTranslator(t.get()))
            installed().push_back(std::move(t));
    };
    const QStringList ours =
            QDir(u":/i18n"_s).entryList({u"*_%1.qm"_s.arg(lang)}, QDir::Files, QDir::Name);
    for (const QString &file : ours)
        load(file, u":/i18n"_s);
    // Qt's own strings (QWizard buttons, dialogs) when the system has them.
    load(u"qtbase_%1"_s.arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    current = lang;
}

QString Translations::currentLanguage()
{
    return current;
}

QStringList Translations::availableLanguages()
{
    return {u"ru"_s, u"en"_s};
}

} // namespace upgrade
