#include "SandboxSeed.h"

#include <QStringList>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace upgrade::sandbox {

namespace {

const QStringList &companyWords()
{
    static const QStringList words = {
            u"Альфа"_s,      u"Вектор"_s,    u"Гранит"_s, u"Север"_s,    u"Меридиан"_s,
            u"Восход"_s,     u"Континент"_s, u"Сириус"_s, u"Монолит"_s,  u"Прогресс"_s,
            u"Импульс"_s,    u"Орион"_s,     u"Радуга"_s, u"Стандарт"_s, u"Техносфера"_s,
            u"Магистраль"_s, u"Энергия"_s,   u"Формат"_s, u"Капитал"_s,  u"Регион"_s};
    return words;
}

const QStringList &productWords()
{
    static const QStringList words = {u"Кабель"_s, u"Насос"_s,    u"Фильтр"_s,    u"Клапан"_s,
                                      u"Датчик"_s, u"Редуктор"_s, u"Подшипник"_s, u"Муфта"_s,
                                      u"Реле"_s,   u"Шкаф"_s,     u"Панель"_s,    u"Привод"_s};
    return words;
}

} // namespace

QString SandboxSeed::stableId(const QString &name)
{
    static const QUuid ns(u"0b6a9f3e-5a43-4c1e-9d0a-7d2f1c9e4b21"_s);
    return QUuid::createUuidV5(ns, name).toString(QUuid::WithoutBraces);
}

QString SandboxSeed::contractorRef(int i)
{
    return stableId(u"Catalog_Контрагенты/%1"_s.arg(i));
}

QString SandboxSeed::productRef(int i)
{
    return stableId(u"Catalog_Номенклатура/%1"_s.arg(i));
}

QString SandboxSeed::accountId(int i)
{
    return stableId(u"Account/%1"_s.arg(i));
}

QString SandboxSeed::productId(int i)
{
    return stableId(u"Product/%1"_s.arg(i));
}

QString SandboxSeed::newAccountId(int k)
{
    return stableId(u"Account/new/%1"_s.arg(k));
}

QString SandboxSeed::contractorName(int i)
{
    static const QStringList forms = {u"ООО"_s, u"АО"_s, u"ООО"_s, u"ИП"_s};
    const QStringList &words = companyWords();
    return u"%1 «%2-%3»"_s.arg(forms.at(i % forms.size()), words.at(i % words.size())).arg(i + 1);
}

QString SandboxSeed::newAccountName(int k)
{
    return u"ООО «Новый клиент-%1»"_s.arg(k + 1);
}

QString SandboxSeed::inn(int i)
{
    return QString::number(7700000000LL + qint64(i) * 37);
}

QString SandboxSeed::newAccountInn(int k)
{
    return QString::number(5500000000LL + qint64(k) * 41);
}

QString SandboxSeed::productName(int i)
{
    const QStringList &words = productWords();
    return u"%1 %2-%3"_s.arg(words.at(i % words.size())).arg(100 + (i * 7) % 900).arg(i + 1);
}

QString SandboxSeed::article(int i)
{
    return u"АРТ-%1"_s.arg(i + 1, 6, 10, QLatin1Char('0'));
}

QStringList SandboxSeed::connectorPackages()
{
    return {u"SmrOneCBase"_s, u"SmrOneCConnector"_s, u"SmrOneCConnectorUI"_s};
}

} // namespace upgrade::sandbox
