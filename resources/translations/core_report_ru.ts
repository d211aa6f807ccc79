<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>upgrade::CloudSupportRequests</name>
    <message>
        <source>  - %1, version %2
</source>
        <translation>  - %1, версия %2
</translation>
    </message>
    <message>
        <source>  - %1, version %2 (now installed: %3)
</source>
        <translation>  - %1, версия %2 (сейчас установлена %3)
</translation>
    </message>
    <message>
        <source>Package archive: %1
</source>
        <translation>Архив пакета: %1
</translation>
    </message>
    <message>
        <source>Package archive: %1 (SHA-256 %2)
</source>
        <translation>Архив пакета: %1 (SHA-256 %2)
</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Contact person: %1
</source>
        <translation>Контактное лицо: %1
</translation>
    </message>
    <message>
        <source>1. Create a copy of the production site&apos;s database; it is needed to deploy the test site.</source>
        <translation>1. Создайте копию базы данных продуктивного сайта, которая понадобится для разворачивания тестового сайта.</translation>
    </message>
    <message>
        <source>2. Create a test site in IIS.</source>
        <translation>2. Создайте тестовый сайт в IIS.</translation>
    </message>
    <message>
        <source>3. Install the updated product package on the test site.</source>
        <translation>3. Установите обновленный пакет продукта на тестовый сайт.</translation>
    </message>
    <message>
        <source>3.1. To install packages, go to [System designer] and choose [Installed applications].</source>
        <translation>3.1. Для установки пакетов перейдите в [Дизайнер системы] и выберите [Установка и удаление приложений].</translation>
    </message>
    <message>
        <source>3.2. On the [Installed applications] page click [Install from file] and give the archive provided.</source>
        <translation>3.2. На странице [Установка и удаление приложений] нажмите [Установить из файла], укажите предоставленный архив.</translation>
    </message>
    <message>
        <source>Note: updating the package takes about 10 minutes.</source>
        <translation>Примечание: Обновление пакета занимает около 10 минут.</translation>
    </message>
    <message>
        <source>4. Create a copy of the 1C system&apos;s database. It is needed to return to the working version in case of problems. We recommend using a connection to a test 1C with a copy of the current database. Setting up the connection to 1C is described in detail in the article (https://samarasoft.com/docs/1c-connector/integration-setting-creatio/1%D1%81-connection-setting/).</source>
        <translation>4. Создайте копию базы данных системы 1С. Понадобится для возврата на рабочую версию в случае неполадок. Рекомендуем использовать подключение к тестовой 1С с копией актуальной базы данных. Настройка подключения к 1С подробно описана в статье (https://samarasoft.com/docs/1c-connector/integration-setting-creatio/1%D1%81-connection-setting/).</translation>
    </message>
    <message>
        <source>5. Check that the test site works correctly:</source>
        <translation>5. Проверьте корректность работы тестового сайта:</translation>
    </message>
    <message>
        <source>5.1. Clear the mapping table SmrSyncHistory in the BPMSoft database.</source>
        <translation>5.1. Очистите таблицу соответствий SmrSyncHistory в базе данных BPMSoft.</translation>
    </message>
    <message>
        <source>5.2. Run the integration; if the main and frequently used integrations run without errors, you may go on to update the product package on the production site.</source>
        <translation>5.2. Выполните запуск интеграции, если основные и часто используемые интеграции выполняются без ошибок, то можно приступить к обновлению пакета продукта на продуктивном сайте.</translation>
    </message>
    <message>
        <source>6. Create copies of the BPMSoft system&apos;s database and of the 1C system&apos;s database. They are needed to return to the working version in case of problems.</source>
        <translation>6. Создайте копии базы данных системы BPMSoft и системы 1С. Они понадобятся для возврата на рабочую версию в случае неполадок.</translation>
    </message>
    <message>
        <source>7. Install the updated product package on the production version.</source>
        <translation>7. Установите обновленный пакет продукта на продуктивную версию.</translation>
    </message>
    <message>
        <source>8. Check that the production site works correctly:</source>
        <translation>8. Проверьте корректность работы продуктивного сайта:</translation>
    </message>
    <message>
        <source>8.1. Clear the mapping table SmrSyncHistory in the BPMSoft database.</source>
        <translation>8.1. Очистите таблицу соответствий SmrSyncHistory в базе данных BPMSoft.</translation>
    </message>
    <message>
        <source>8.2. Run the integration; if the main and frequently used integrations run without errors, the update succeeded. If the integrations do not run correctly, the working version of the systems (BPMSoft, 1C) must be restored from the backup</source>
        <translation>8.2. Выполните запуск интеграции, если основные и часто используемые интеграции выполняются без ошибок, то обновление прошло успешно. Если интеграции выполняются некорректно, необходимо восстановить рабочую версию систем (BPMSoft,1c) из бекапа</translation>
    </message>
    <message>
        <source>Before starting the update, go to the [Configuration] section and run, one after the other, [Generate source code for all items] and [Compile all]. If these actions end with errors, they must be fixed, and only then may the update procedure begin.</source>
        <translation>Прежде чем приступить к обновлению, перейдите в раздел [Конфигурация] и выполните последовательно действия [Сгенерировать исходный код для всех элементов] и [Компилировать все]. Если в результате выполнения этих действий возникнут ошибки, их необходимо исправить, и только после этого начинать процедуру обновления.</translation>
    </message>
    <message>
        <source>After updating the product, the user must check all the integration settings and set the flag [Use for deduplication] for each integration object; if the flag is not set, there will be duplicates in the system, because the way records are stored in the mapping table SmrSyncHistory has changed.</source>
        <translation>После обновления продукта пользователю необходимо проверить все настройки интеграции и установить признак [Использовать для дедупликации] для каждого объекта интеграции, если признак не будет установлен, то в системе будут дубли, т.к. изменена структура хранения записи в таблице соответствий SmrSyncHistory.</translation>
    </message>
    <message>
        <source>We recommend updating the product outside business hours, because the site will be unavailable meanwhile.</source>
        <translation>Обновление версии продукта рекомендуем проводить не в бизнес-время, так как при этом сайт будет недоступен.</translation>
    </message>
    <message>
        <source>if the system is cloud, a request must be written to LANIT support for a test environment with a current database of the production system. To update the 1C Connector for BPMSoft on the production system, write to LANIT support to agree the plan of the product package update according to the recommendations above.</source>
        <translation>если система cloud, то необходимо написать в ТП Ланит запрос на предоставление тестовой среды с актуальной базой продуктивной системы. Для обновления 1С Коннектор для BPMSoft на продуктивной системе необходимо написать в ТП Ланит для согласования плана обновления пакета продукта согласно рекомендациям выше.</translation>
    </message>
    <message>
        <source>outside business hours, at a time agreed with you (the site is unavailable during the update)</source>
        <translation>в нерабочее время, в согласованный с вами срок (на время обновления сайт недоступен)</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>ежедневно</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>по дням: %1</translation>
    </message>
    <message>
        <source>the local time of the administrator&apos;s computer</source>
        <translation>местное время компьютера администратора</translation>
    </message>
    <message>
        <source>%1, from %2 to %3 (%4)</source>
        <translation>%1, с %2 до %3 (%4)</translation>
    </message>
    <message>
        <source>%1, from %2 to %3 of the next day (%4)</source>
        <translation>%1, с %2 до %3 следующего дня (%4)</translation>
    </message>
    <message>
        <source>; the nearest: %1 – %2</source>
        <translation>; ближайшее: %1 – %2</translation>
    </message>
    <message>
        <source>A test environment with a current copy of %1 for the upgrade of the 1C Connector for BPMSoft</source>
        <translation>Тестовая среда с актуальной копией %1 для обновления «1С Коннектор для BPMSoft»</translation>
    </message>
    <message>
        <source>Subject: %1

</source>
        <translation>Тема: %1

</translation>
    </message>
    <message>
        <source>Hello,

</source>
        <translation>Здравствуйте!

</translation>
    </message>
    <message>
        <source>Please provide a test environment with a current copy of the database of our production system %1, to check the upgrade of the &quot;1C Connector for BPMSoft&quot; package before we upgrade production.

</source>
        <translation>Просим предоставить тестовую среду с актуальной копией базы данных нашей продуктивной системы %1, чтобы проверить обновление пакета «1С Коннектор для BPMSoft» до обновления продуктивной системы.

</translation>
    </message>
    <message>
        <source>Packages to install:
</source>
        <translation>Устанавливаемые пакеты:
</translation>
    </message>
    <message>
        <source>What we need in the test environment:
</source>
        <translation>Что нужно в тестовой среде:
</translation>
    </message>
    <message>
        <source>  1. A copy of the production database as of the day the environment is made.
</source>
        <translation>  1. Копия базы данных продуктивной системы на день подготовки среды.
</translation>
    </message>
    <message>
        <source>  2. A separate test site on that copy, with the user %1 able to install packages ([Install from file]) and to run the integration.
</source>
        <translation>  2. Отдельный тестовый сайт на этой копии; пользователь %1 должен иметь возможность устанавливать пакеты ([Установить из файла]) и запускать интеграцию.
</translation>
    </message>
    <message>
        <source>  3. In the copy, the connector must exchange data with a TEST 1C infobase, never with the production 1C (otherwise checking the integration would change the working 1C data); outgoing mail and scheduled jobs of the copy switched off.
</source>
        <translation>  3. В копии коннектор должен обмениваться данными с ТЕСТОВОЙ базой 1С, а не с рабочей (иначе проверка интеграции изменит рабочие данные 1С); рассылка почты и задания планировщика в копии отключены.
</translation>
    </message>
    <message>
        <source>  4. Access to the integration logs and, if possible, a way to clear the mapping table SmrSyncHistory (or have it cleared by you on request).

</source>
        <translation>  4. Доступ к журналам интеграции и, по возможности, возможность очистить таблицу соответствий SmrSyncHistory (или очистка её вами по нашему запросу).

</translation>
    </message>
    <message>
        <source>On the test environment we shall carry out steps 3 and 5 of the vendor&apos;s update recommendations:
</source>
        <translation>На тестовой среде мы выполним шаги 3 и 5 рекомендаций производителя по обновлению:
</translation>
    </message>
    <message>
        <source>The vendor&apos;s recommendation for cloud systems: %1

</source>
        <translation>Рекомендация производителя для облачных систем: %1

</translation>
    </message>
    <message>
        <source>We plan to upgrade production %1, so we need the test environment before then.

</source>
        <translation>Обновление продуктивной системы планируем %1, поэтому тестовая среда нужна до этого срока.

</translation>
    </message>
    <message>
        <source>
Thank you.
</source>
        <translation>
Спасибо.
</translation>
    </message>
    <message>
        <source>Agreement of the plan to upgrade the 1C Connector for BPMSoft on %1</source>
        <translation>Согласование плана обновления «1С Коннектор для BPMSoft» на %1</translation>
    </message>
    <message>
        <source>Please agree the plan to upgrade the &quot;1C Connector for BPMSoft&quot; package on our production system %1, following the vendor&apos;s update recommendations quoted below.

</source>
        <translation>Просим согласовать план обновления пакета «1С Коннектор для BPMSoft» на нашей продуктивной системе %1 согласно рекомендациям производителя, приведённым ниже.

</translation>
    </message>
    <message>
        <source>Planned window: %1.
</source>
        <translation>Планируемое окно обновления: %1.
</translation>
    </message>
    <message>
        <source>The vendor: %1

</source>
        <translation>Производитель: %1

</translation>
    </message>
    <message>
        <source>Before the upgrade: %1

</source>
        <translation>Перед обновлением: %1

</translation>
    </message>
    <message>
        <source>The vendor&apos;s procedure (steps 1–5 on the test environment we asked for separately, steps 6–8 on production):
</source>
        <translation>Порядок обновления по рекомендациям производителя (шаги 1–5 — на тестовой среде, запрошенной отдельно, шаги 6–8 — на продуктивной системе):
</translation>
    </message>
    <message>
        <source>After the upgrade: %1

</source>
        <translation>После обновления: %1

</translation>
    </message>
    <message>
        <source>Please confirm:
</source>
        <translation>Просим подтвердить:
</translation>
    </message>
    <message>
        <source>  1. The window above, or offer another one outside business hours.
</source>
        <translation>  1. Указанное окно обновления или предложить другое в нерабочее время.
</translation>
    </message>
    <message>
        <source>  2. That copies of the BPMSoft database and of the 1C database are made right before the package is installed (step 6), and how long restoring them takes.
</source>
        <translation>  2. Что копии базы данных BPMSoft и базы 1С будут сделаны непосредственно перед установкой пакета (шаг 6), и сколько времени займёт восстановление из них.
</translation>
    </message>
    <message>
        <source>  3. Who installs the package ([Install from file]) and who runs the integration check afterwards (step 8), and how we reach each other during the window.
</source>
        <translation>  3. Кто устанавливает пакет ([Установить из файла]) и кто после этого проверяет интеграцию (шаг 8), и как мы связываемся во время окна обновления.
</translation>
    </message>
    <message>
        <source>  4. That if the integrations do not run correctly after the upgrade, BPMSoft and 1C are restored from the copies of step 6 within the same window.

</source>
        <translation>  4. Что, если после обновления интеграции выполняются некорректно, BPMSoft и 1С будут восстановлены из копий шага 6 в пределах того же окна.

</translation>
    </message>
</context>
<context>
    <name>upgrade::HtmlReport</name>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>changes data</source>
        <translation>изменяет данные</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n попытка</numerusform>
            <numerusform>%n попытки</numerusform>
            <numerusform>%n попыток</numerusform>
        </translation>
    </message>
    <message>
        <source>none (cloud)</source>
        <translation>нет (облако)</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>не настроена</translation>
    </message>
    <message>
        <source>Upgrade report: %1</source>
        <translation>Отчёт об обновлении: %1</translation>
    </message>
    <message>
        <source>Upgrade succeeded</source>
        <translation>Обновление выполнено успешно</translation>
    </message>
    <message>
        <source>Upgrade failed</source>
        <translation>Обновление не удалось</translation>
    </message>
    <message>
        <source>Upgrade rolled back</source>
        <translation>Обновление откачено</translation>
    </message>
    <message>
        <source>Upgrade blocked</source>
        <translation>Обновление остановлено</translation>
    </message>
    <message>
        <source>Upgrade in progress</source>
        <translation>Обновление не завершено</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Package archive</source>
        <translation>Архив пакета</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Запустил</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Общее время</translation>
    </message>
    <message>
        <source>Program version</source>
        <translation>Версия программы</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Сайты</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Среда</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation>Размещение</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>1C infobase</source>
        <translation>Информационная база 1С</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Пакеты</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Version in the archive</source>
        <translation>Версия в архиве</translation>
    </message>
    <message>
        <source>Installed on production before</source>
        <translation>Была установлена на продуктивном сайте</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Packages on the site after the stage &quot;%1&quot;</source>
        <translation>Пакеты на сайте после этапа «%1»</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Maintainer</source>
        <translation>Разработчик</translation>
    </message>
    <message>
        <source>Stages and steps</source>
        <translation>Этапы и шаги</translation>
    </message>
    <message>
        <source>This stage has not started in this run.</source>
        <translation>В этом запуске этап не начинался.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Rollback: %1</source>
        <translation>Откат: %1</translation>
    </message>
    <message>
        <source>Backups and files</source>
        <translation>Резервные копии и файлы</translation>
    </message>
    <message>
        <source>No backups or files were recorded.</source>
        <translation>Резервные копии и файлы не записаны.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>File and SHA-256</source>
        <translation>Файл и SHA-256</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Проверена</translation>
    </message>
    <message>
        <source>Taken from</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Compilation</source>
        <translation>Компиляция</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s)</source>
        <translation>
            <numerusform>%1: %n ошибка</numerusform>
            <numerusform>%1: %n ошибки</numerusform>
            <numerusform>%1: %n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n предупреждение</numerusform>
            <numerusform>, %n предупреждения</numerusform>
            <numerusform>, %n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source>Deduplication flag</source>
        <translation>Признак дедупликации</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Integration object</source>
        <translation>Объект интеграции</translation>
    </message>
    <message>
        <source>&quot;Use for deduplication&quot; set</source>
        <translation>«Использовать для дедупликации» установлен</translation>
    </message>
    <message>
        <source>Integration check</source>
        <translation>Проверка интеграции</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Интеграция</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записей</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Ошибок</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Дублей</translation>
    </message>
    <message>
        <source>Safety checks</source>
        <translation>Проверки безопасности</translation>
    </message>
    <message>
        <source>No safety check was recorded.</source>
        <translation>Проверки безопасности не записаны.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>No question was asked.</source>
        <translation>Вопросов не задавалось.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Given as</source>
        <translation>Как дан</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>(stage)</source>
        <translation>(этап)</translation>
    </message>
    <message>
        <source>Generated %1 by bpmsoft-upgrade %2. Times are local (%3).</source>
        <translation>Сформирован %1 программой bpmsoft-upgrade %2. Время местное (%3).</translation>
    </message>
</context>
<context>
    <name>upgrade::ReportText</name>
    <message>
        <source>not started</source>
        <translation>не начат</translation>
    </message>
    <message>
        <source>running</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>пройден</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>прерван</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>остановлен</translation>
    </message>
    <message>
        <source>waiting for an answer</source>
        <translation>ждёт ответа</translation>
    </message>
    <message>
        <source>rolling back</source>
        <translation>идёт откат</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>откачен</translation>
    </message>
    <message>
        <source>rollback failed</source>
        <translation>откат не удался</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>не выполнялся</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>выполнен</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущен</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 байт)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>production</source>
        <translation>продуктивный</translation>
    </message>
    <message>
        <source>test</source>
        <translation>тестовый</translation>
    </message>
    <message>
        <source>typed in</source>
        <translation>введён вручную</translation>
    </message>
    <message>
        <source>command-line option</source>
        <translation>параметр командной строки</translation>
    </message>
    <message>
        <source>unattended default</source>
        <translation>по умолчанию (без оператора)</translation>
    </message>
    <message>
        <source>passed</source>
        <comment>a safety check</comment>
        <translation>пройдена</translation>
    </message>
    <message>
        <source>refused</source>
        <comment>a safety check</comment>
        <translation>отказ</translation>
    </message>
    <message>
        <source>overridden</source>
        <comment>a safety check</comment>
        <translation>обойдена по решению</translation>
    </message>
</context>
<context>
    <name>upgrade::ReportWriter</name>
    <message>
        <source>This program cannot write PDF files. Write the report as HTML and print it to PDF from a browser.</source>
        <translation>Эта программа не умеет записывать PDF. Сохраните отчёт в HTML и напечатайте его в PDF из браузера.</translation>
    </message>
    <message>
        <source>The PDF report could not be made: %1</source>
        <translation>Не удалось сформировать отчёт PDF: %1</translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2. Check that the folder exists and that you may write there.</source>
        <translation>Не удалось записать отчёт %1: %2. Проверьте, что папка существует и у вас есть права на запись в неё.</translation>
    </message>
</context>
<context>
    <name>upgrade::RunReport</name>
    <message>
        <source>Step: %1.</source>
        <translation>Шаг: %1.</translation>
    </message>
    <message>
        <source>The package was installed on production and production was verified.</source>
        <translation>Пакет установлен на продуктивный сайт, работа продуктивного сайта проверена.</translation>
    </message>
    <message>
        <source>The production upgrade failed and production was restored from this run&apos;s backups.</source>
        <translation>Обновление продуктивного сайта не удалось, продуктивный сайт восстановлен из резервных копий этого запуска.</translation>
    </message>
    <message>
        <source>The stage &quot;%1&quot; was stopped before it changed anything: a blocking finding or a safety check.</source>
        <translation>Этап «%1» остановлен до каких-либо изменений: блокирующее замечание или проверка безопасности.</translation>
    </message>
    <message>
        <source>The production upgrade failed and so did the rollback: restore production from this run&apos;s backups by hand.</source>
        <translation>Обновление продуктивного сайта не удалось, откат тоже не удался: восстановите продуктивный сайт из резервных копий этого запуска вручную.</translation>
    </message>
    <message>
        <source>The stage &quot;%1&quot; failed.</source>
        <translation>Этап «%1» завершился с ошибкой.</translation>
    </message>
    <message>
        <source>No stage has started yet.</source>
        <translation>Ни один этап ещё не начинался.</translation>
    </message>
    <message>
        <source>The stage &quot;%1&quot; passed; the upgrade of production is still to come.</source>
        <translation>Этап «%1» пройден; обновление продуктивного сайта ещё впереди.</translation>
    </message>
    <message>
        <source>The stage &quot;%1&quot; has not finished (%2); continue it with resume.</source>
        <translation>Этап «%1» не завершён (%2); продолжите его командой resume.</translation>
    </message>
</context>
<context>
    <name>upgrade::SupportBundle</name>
    <message>
        <source>Cannot copy the journal of %1 for the support bundle: %2</source>
        <translation>Не удалось скопировать журнал %1 для архива поддержки: %2</translation>
    </message>
    <message>
        <source>Reading the journal</source>
        <translation>Чтение журнала</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the support bundle: %1</source>
        <translation>Не удалось создать временную папку для архива поддержки: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удалось создать папку %1.</translation>
    </message>
    <message>
        <source>Cannot write the support bundle %1 (zip error %2). Check that you may write in that folder.</source>
        <translation>Не удалось записать архив поддержки %1 (ошибка zip %2). Проверьте права на запись в эту папку.</translation>
    </message>
    <message>
        <source>Adding %1</source>
        <translation>Добавляется %1</translation>
    </message>
    <message>
        <source>Cannot write the support bundle %1: %2</source>
        <translation>Не удалось записать архив поддержки %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the support bundle %1: it could not replace the file there.</source>
        <translation>Не удалось записать архив поддержки %1: не удалось заменить существующий файл.</translation>
    </message>
</context>
</TS>
