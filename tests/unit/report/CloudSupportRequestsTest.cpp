// The cloud-mode requests to the provider's support desk: filled from the profile and the
// archive, the planned window computed from maintenanceWindow, the vendor's steps quoted word
// for word in Russian, no secret.
#include "QtPrinters.h"
#include "ReportJournal.h"

#include "report/CloudSupportRequests.h"
#include "util/Redactor.h"
#include "util/Translations.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace upgrade;

namespace {

/// The vendor's instruction (../shared/seed/upgrade-instructions-ru.md), sentence by sentence.
const QStringList VendorRussian = {
        u"1. Создайте копию базы данных продуктивного сайта, которая понадобится для "
        "разворачивания тестового сайта."_s,
        u"2. Создайте тестовый сайт в IIS."_s,
        u"3. Установите обновленный пакет продукта на тестовый сайт."_s,
        u"Для установки пакетов перейдите в [Дизайнер системы] и выберите [Установка и удаление "
        "приложений]."_s,
        u"На странице [Установка и удаление приложений] нажмите [Установить из файла], укажите "
        "предоставленный архив."_s,
        u"Обновление пакета занимает около 10 минут."_s,
        u"4. Создайте копию базы данных системы 1С. Понадобится для возврата на рабочую версию в "
        "случае неполадок. Рекомендуем использовать подключение к тестовой 1С с копией "
        "актуальной базы данных. Настройка подключения к 1С подробно описана в статье"_s,
        u"5. Проверьте корректность работы тестового сайта:"_s,
        u"Очистите таблицу соответствий SmrSyncHistory в базе данных BPMSoft."_s,
        u"Выполните запуск интеграции, если основные и часто используемые интеграции выполняются "
        "без ошибок, то можно приступить к обновлению пакета продукта на продуктивном сайте."_s,
        u"6. Создайте копии базы данных системы BPMSoft и системы 1С. Они понадобятся для "
        "возврата на рабочую версию в случае неполадок."_s,
        u"7. Установите обновленный пакет продукта на продуктивную версию."_s,
        u"8. Проверьте корректность работы продуктивного сайта:"_s,
        u"Выполните запуск интеграции, если основные и часто используемые интеграции выполняются "
        "без ошибок, то обновление прошло успешно. Если интеграции выполняются некорректно, "
        "необходимо восстановить рабочую версию систем (BPMSoft,1c) из бекапа"_s,
        u"Прежде чем приступить к обновлению, перейдите в раздел [Конфигурация] и выполните "
        "последовательно действия [Сгенерировать исходный код для всех элементов] и "
        "[Компилировать все]. Если в результате выполнения этих действий возникнут ошибки, их "
        "необходимо исправить, и только после этого начинать процедуру обновления."_s,
        u"После обновления продукта пользователю необходимо проверить все настройки интеграции и "
        "установить признак [Использовать для дедупликации] для каждого объекта интеграции, если "
        "признак не будет установлен, то в системе будут дубли, т.к. изменена структура хранения "
        "записи в таблице соответствий SmrSyncHistory."_s,
        u"Обновление версии продукта рекомендуем проводить не в бизнес-время, так как при этом "
        "сайт будет недоступен."_s,
};

CloudSupportRequests::Input cloudInput()
{
    CloudSupportRequests::Input input;
    input.profile = test::exampleProfile();
    input.profile.production.hosting = Hosting::Cloud;
    input.profile.production.database.reset();
    input.profile.production.siteUrl = u"https://acme.bpmsoft.cloud"_s;
    input.archive.path = u"/upgrade/SmrConnector_2.4.0.zip"_s;
    input.archive.sha256 = u"0123abcd"_s;
    PackageInfo a, b;
    a.name = u"SmrConnector"_s;
    a.version = u"2.4.0"_s;
    b.name = u"SmrConnectorBase"_s;
    b.version = u"1.7.3"_s;
    input.archive.packages = {a, b};
    input.installed = {{u"SmrConnector"_s, {}, u"2.3.1"_s, {}}};
    // Wednesday, 12 June 2024, 10:00 Moscow time.
    input.now = QDateTime(QDate(2024, 6, 12), QTime(10, 0), QTimeZone("Europe/Moscow"));
    input.contact = u"Иванов Иван, +7 900 000-00-00"_s;
    return input;
}

class CloudSupportRequestsTest : public ::testing::Test
{
protected:
    void TearDown() override
    {
        Translations::install(u"en"_s);
        Redactor::clearSecrets();
    }
};

} // namespace

TEST_F(CloudSupportRequestsTest, RussianTextFilledFromProfileArchiveAndWindow)
{
    Translations::install(u"ru"_s);
    const QList<SupportRequest> requests = CloudSupportRequests::generate(cloudInput());
    ASSERT_EQ(requests.size(), 2);
    EXPECT_EQ(requests[0].id, u"test-environment"_s);
    EXPECT_EQ(requests[1].id, u"production-plan"_s);
    for (const SupportRequest &r : requests) {
        const std::string body = r.body.toStdString();
        EXPECT_TRUE(r.body.contains(u"https://acme.bpmsoft.cloud"_s)) << body;
        EXPECT_TRUE(r.body.contains(u"SmrConnector, версия 2.4.0 (сейчас установлена 2.3.1)"_s))
                << body;
        EXPECT_TRUE(r.body.contains(u"SmrConnectorBase, версия 1.7.3"_s)) << body;
        EXPECT_TRUE(r.body.contains(u"SmrConnector_2.4.0.zip"_s)) << body;
        EXPECT_TRUE(r.body.contains(u"0123abcd"_s)) << body;
        EXPECT_TRUE(r.body.contains(u"Иванов Иван, +7 900 000-00-00"_s)) << body;
        // The window: Saturday and Sunday 20:00–06:00 Moscow; the nearest is Saturday the 15th.
        EXPECT_TRUE(r.body.contains(u"с 20:00 до 06:00 следующего дня (Europe/Moscow)"_s)) << body;
        EXPECT_TRUE(r.body.contains(u"суббота, 15.06.2024 20:00 – воскресенье, 16.06.2024 06:00"_s))
                << body;
        EXPECT_TRUE(r.body.contains(u"ТП"_s)) << body;
        EXPECT_FALSE(r.body.contains(u"%1"_s)) << body;
        EXPECT_FALSE(r.body.contains(u"Please"_s)) << body; // all of it translated
    }
    EXPECT_TRUE(requests[0].body.contains(u"тестов"_s));
    // The vendor's words, verbatim: steps 3 and 5 in the first request, all in the second.
    for (const QString &sentence : VendorRussian) {
        EXPECT_TRUE(requests[1].body.contains(sentence)) << sentence.toStdString();
        if (sentence.startsWith(u"3."_s) || sentence.startsWith(u"5."_s)) {
            EXPECT_TRUE(requests[0].body.contains(sentence)) << sentence.toStdString();
        }
    }
    EXPECT_TRUE(requests[0].body.contains(
            u"если система cloud, то необходимо написать в ТП Ланит запрос на предоставление "
            "тестовой среды с актуальной базой продуктивной системы."_s));
    EXPECT_FALSE(requests[0].body.contains(VendorRussian[10])); // step 6 is production's
}

TEST_F(CloudSupportRequestsTest, EnglishWhenAskedAndNoSecrets)
{
    Redactor::addSecret(u"Sup3rSecret!"_s);
    qputenv("BPMSOFT_UPGRADE_SECRET_PRODUCTION_SITE", "Sup3rSecret!");
    Translations::install(u"en"_s);
    CloudSupportRequests::Input input = cloudInput();
    input.contact.clear();
    const QList<SupportRequest> requests = CloudSupportRequests::generate(input);
    qunsetenv("BPMSOFT_UPGRADE_SECRET_PRODUCTION_SITE");
    for (const SupportRequest &r : requests) {
        EXPECT_TRUE(r.body.contains(u"SmrConnector, version 2.4.0 (now installed: 2.3.1)"_s))
                << r.body.toStdString();
        EXPECT_TRUE(r.body.contains(u"Saturday, 15.06.2024 20:00 – Sunday, 16.06.2024 06:00"_s))
                << r.body.toStdString();
        EXPECT_TRUE(r.body.contains(u"Contact person: ____"_s));
        EXPECT_FALSE(r.body.contains(u"Sup3rSecret"_s));
        EXPECT_FALSE(r.body.contains(u"Создайте"_s));
    }
    EXPECT_TRUE(requests[1].body.contains(u"Install from file"_s));
}

TEST(CloudWindow, NextOccurrence)
{
    MaintenanceWindow w;
    w.enabled = true;
    w.days = {6, 7};
    w.from = QTime(20, 0);
    w.to = QTime(6, 0);
    w.timeZone = u"Europe/Moscow"_s;
    const QTimeZone moscow("Europe/Moscow");
    auto at = [&](int day, int hour, int minute = 0) {
        return QDateTime(QDate(2024, 6, day), QTime(hour, minute), moscow);
    };
    // Wednesday -> Saturday 20:00 until Sunday 06:00.
    auto next = CloudSupportRequests::nextWindow(w, at(12, 10));
    ASSERT_TRUE(next);
    EXPECT_EQ(next->first, at(15, 20));
    EXPECT_EQ(next->second, at(16, 6));
    // Saturday 21:00 (inside a window): the next start, Sunday 20:00.
    next = CloudSupportRequests::nextWindow(w, at(15, 21));
    ASSERT_TRUE(next);
    EXPECT_EQ(next->first, at(16, 20));
    // The same instant seen from another zone gives the same answer.
    next = CloudSupportRequests::nextWindow(w, at(12, 10).toUTC());
    ASSERT_TRUE(next);
    EXPECT_EQ(next->first, at(15, 20));
    // Every day, 22:00–23:30: the same evening.
    w.days.clear();
    w.from = QTime(22, 0);
    w.to = QTime(23, 30);
    next = CloudSupportRequests::nextWindow(w, at(12, 10));
    ASSERT_TRUE(next);
    EXPECT_EQ(next->first, at(12, 22));
    EXPECT_EQ(next->second, at(12, 23, 30));
    w.enabled = false;
    EXPECT_FALSE(CloudSupportRequests::nextWindow(w, at(12, 10)));
    Translations::install(u"en"_s);
    EXPECT_TRUE(
            CloudSupportRequests::windowText(w, at(12, 10)).contains(u"outside business hours"_s));
}
