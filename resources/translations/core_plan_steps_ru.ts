<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>upgrade::BackupProductionDatabaseStep</name>
    <message>
        <source>Back up the production database (copy-only, verified)</source>
        <translation>Резервная копия базы продуктивного сайта (copy-only, с проверкой)</translation>
    </message>
    <message>
        <source>Make a copy of the production site&apos;s database; it is needed to deploy the test site.</source>
        <translation>Создайте копию базы данных продуктивного сайта, которая понадобится для разворачивания тестового сайта.</translation>
    </message>
</context>
<context>
    <name>upgrade::BackupTestInfobaseStep</name>
    <message>
        <source>Back up the test 1C infobase</source>
        <translation>Резервная копия тестовой информационной базы 1С</translation>
    </message>
    <message>
        <source>Make a copy of the 1C database. It is needed to return to the working version if something goes wrong. We recommend connecting to a test 1C with a copy of the current database.</source>
        <translation>Создайте копию базы данных системы 1С. Понадобится для возврата на рабочую версию в случае неполадок. Рекомендуем использовать подключение к тестовой 1С с копией актуальной базы данных.</translation>
    </message>
    <message>
        <source>The profile gives no OData address of the test 1C (onec.odataUrl): the test integration cannot run.</source>
        <translation>В профиле не указан адрес OData тестовой 1С (onec.odataUrl): тестовую интеграцию запустить нельзя.</translation>
    </message>
    <message>
        <source>Checking that the test 1C answers</source>
        <translation>Проверка, что тестовая 1С отвечает</translation>
    </message>
    <message>
        <source>The test 1C does not answer at %1: %2</source>
        <translation>Тестовая 1С не отвечает по адресу %1: %2</translation>
    </message>
    <message>
        <source>The test 1C answers over OData.</source>
        <translation>Тестовая 1С отвечает по OData.</translation>
    </message>
</context>
<context>
    <name>upgrade::CheckTestCopyStep</name>
    <message>
        <source>Check the provider&apos;s test environment</source>
        <translation>Проверить тестовую среду провайдера</translation>
    </message>
    <message>
        <source>Make a test environment from a current copy of production and install the package there first.</source>
        <translation>Создайте тестовую среду из актуальной копии продуктивной и сначала установите пакет там.</translation>
    </message>
    <message>
        <source>Cannot log in to the %1 site: %2</source>
        <translation>Не удалось войти на сайт %1: %2</translation>
    </message>
    <message>
        <source>The installed packages of the %1 site could not be read: %2</source>
        <translation>Не удалось прочитать установленные пакеты сайта %1: %2</translation>
    </message>
    <message>
        <source>%1: production %2, test %3</source>
        <translation>%1: на продуктивном %2, на тестовом %3</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>нет</translation>
    </message>
    <message numerus="yes">
        <source>The test environment is not a current copy of production (%n package(s) differ). Ask the hosting provider for a fresh copy.</source>
        <translation>
            <numerusform>Тестовая среда не является актуальной копией продуктивной (отличается %n пакет). Попросите провайдера сделать свежую копию.</numerusform>
            <numerusform>Тестовая среда не является актуальной копией продуктивной (отличаются %n пакета). Попросите провайдера сделать свежую копию.</numerusform>
            <numerusform>Тестовая среда не является актуальной копией продуктивной (отличаются %n пакетов). Попросите провайдера сделать свежую копию.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The test environment answers and has production&apos;s %n package(s) at the same versions.</source>
        <translation>
            <numerusform>Тестовая среда отвечает, и в ней %n пакет продуктивной среды в тех же версиях.</numerusform>
            <numerusform>Тестовая среда отвечает, и в ней %n пакета продуктивной среды в тех же версиях.</numerusform>
            <numerusform>Тестовая среда отвечает, и в ней %n пакетов продуктивной среды в тех же версиях.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>upgrade::CompileAllStep</name>
    <message>
        <source>Compile all</source>
        <translation>Компилировать все</translation>
    </message>
    <message>
        <source>If these actions end with errors, fix them, and only then start the upgrade.</source>
        <translation>Если в результате выполнения этих действий возникнут ошибки, их необходимо исправить, и только после этого начинать процедуру обновления.</translation>
    </message>
    <message>
        <source>Compiling all on the production site</source>
        <translation>«Компилировать все» на продуктивном сайте</translation>
    </message>
    <message>
        <source>[Compile all] could not be run: %1</source>
        <translation>Не удалось выполнить «Компилировать все»: %1</translation>
    </message>
    <message>
        <source>Check that the production site is running, then retry.</source>
        <translation>Проверьте, что продуктивный сайт работает, и повторите.</translation>
    </message>
    <message>
        <source>Compile error %1 in %2, line %3, column %4: %5</source>
        <translation>Ошибка компиляции %1 в %2, строка %3, столбец %4: %5</translation>
    </message>
    <message>
        <source>Fix it in [Configuration], run [Compile all] again, then restart the upgrade.</source>
        <translation>Исправьте её в разделе «Конфигурация», снова выполните «Компилировать все» и запустите обновление заново.</translation>
    </message>
    <message>
        <source>[Compile all] did not succeed: %1</source>
        <translation>«Компилировать все» завершилось неуспешно: %1</translation>
    </message>
    <message>
        <source>Look at the compile log in [Configuration].</source>
        <translation>Посмотрите журнал компиляции в разделе «Конфигурация».</translation>
    </message>
    <message>
        <source>Compile warning %1 in %2, line %3: %4</source>
        <translation>Предупреждение компиляции %1 в %2, строка %3: %4</translation>
    </message>
    <message>
        <source>No action needed for the upgrade.</source>
        <translation>Для обновления ничего делать не нужно.</translation>
    </message>
    <message numerus="yes">
        <source>[Compile all] found %n error(s).</source>
        <translation>
            <numerusform>«Компилировать все» нашло %n ошибку.</numerusform>
            <numerusform>«Компилировать все» нашло %n ошибки.</numerusform>
            <numerusform>«Компилировать все» нашло %n ошибок.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compiled without errors (%n warning(s)).</source>
        <translation>
            <numerusform>Скомпилировано без ошибок (%n предупреждение).</numerusform>
            <numerusform>Скомпилировано без ошибок (%n предупреждения).</numerusform>
            <numerusform>Скомпилировано без ошибок (%n предупреждений).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>upgrade::ConfirmProviderBackupStep</name>
    <message>
        <source>Record the provider&apos;s backup of production</source>
        <translation>Зафиксировать резервную копию продуктивной среды у провайдера</translation>
    </message>
    <message>
        <source>Before the upgrade make backups of the BPMSoft database and the 1C database. In the cloud the hosting provider makes them: agree the plan with its support desk.</source>
        <translation>Перед обновлением сделайте резервные копии базы данных BPMSoft и базы 1С. В облаке их делает провайдер: согласуйте план с его службой технической поддержки.</translation>
    </message>
    <message>
        <source>Has the hosting provider confirmed a backup of the production BPMSoft and 1C databases made for this upgrade? Enter the number of its support request.</source>
        <translation>Подтвердил ли провайдер резервное копирование продуктивных баз BPMSoft и 1С для этого обновления? Введите номер обращения в его техподдержку.</translation>
    </message>
    <message>
        <source>Nothing on production is changed until a backup is confirmed. Without an answer the run stops here.</source>
        <translation>Пока резервная копия не подтверждена, на продуктивной среде ничего не меняется. Без ответа выполнение остановится здесь.</translation>
    </message>
    <message>
        <source>Waiting for the provider&apos;s backup confirmation.</source>
        <translation>Ожидается подтверждение резервной копии от провайдера.</translation>
    </message>
    <message>
        <source>No support request number was given.</source>
        <translation>Номер обращения не указан.</translation>
    </message>
    <message>
        <source>hosting provider, request %1</source>
        <translation>провайдер, обращение %1</translation>
    </message>
    <message>
        <source>The confirmation could not be recorded in the journal.</source>
        <translation>Не удалось записать подтверждение в журнал.</translation>
    </message>
    <message>
        <source>The provider&apos;s backup of production is recorded (request %1).</source>
        <translation>Резервная копия продуктивной среды у провайдера зафиксирована (обращение %1).</translation>
    </message>
</context>
<context>
    <name>upgrade::CreateTestSiteStep</name>
    <message>
        <source>Create the test site</source>
        <translation>Создать тестовый сайт</translation>
    </message>
    <message>
        <source>Create a test site in IIS.</source>
        <translation>Создайте тестовый сайт в IIS.</translation>
    </message>
    <message>
        <source>In the cloud the test environment is made by the hosting provider: ask its support desk for a test environment with a current copy of production, enter its address in the profile, and skip this step.</source>
        <translation>В облаке тестовую среду создаёт провайдер: запросите в его техподдержке тестовую среду с актуальной копией продуктивной базы, укажите её адрес в профиле и пропустите этот шаг.</translation>
    </message>
    <message>
        <source>Copying the production 1C infobase for the test 1C</source>
        <translation>Копирование продуктивной базы 1С для тестовой 1С</translation>
    </message>
    <message>
        <source>The test 1C infobase %1 could not be created: %2</source>
        <translation>Не удалось создать тестовую информационную базу 1С %1: %2</translation>
    </message>
    <message>
        <source>The test 1C infobase %1 was made from the production one.</source>
        <translation>Тестовая информационная база 1С %1 создана из продуктивной.</translation>
    </message>
    <message>
        <source>The test site %1 runs already (process %2).</source>
        <translation>Тестовый сайт %1 уже работает (процесс %2).</translation>
    </message>
    <message>
        <source>The profile names no test database.</source>
        <translation>В профиле не указана тестовая база данных.</translation>
    </message>
    <message>
        <source>Starting the sandbox test site on %1</source>
        <translation>Запуск тестового сайта песочницы на %1</translation>
    </message>
    <message>
        <source>The sandbox test site could not be started: %1</source>
        <translation>Не удалось запустить тестовый сайт песочницы: %1</translation>
    </message>
    <message>
        <source>Test site process %1 on port %2 (log %3)</source>
        <translation>Процесс тестового сайта %1 на порту %2 (журнал %3)</translation>
    </message>
    <message>
        <source>The test site %1 did not become healthy: %2 See %3.</source>
        <translation>Тестовый сайт %1 не стал работоспособным: %2 См. %3.</translation>
    </message>
    <message>
        <source>The test site runs at %1 on the restored copy.</source>
        <translation>Тестовый сайт работает по адресу %1 на восстановленной копии.</translation>
    </message>
</context>
<context>
    <name>upgrade::DeduplicateStep</name>
    <message>
        <source>Clear the mapping table and set «Use for deduplication» on every integration object</source>
        <translation>Очистить таблицу соответствий и установить «Использовать для дедупликации» для каждого объекта интеграции</translation>
    </message>
    <message>
        <source>After the upgrade check all integration settings and set [Use for deduplication] on every integration object; if it is not set, the system will have duplicates, because the way records are stored in the mapping table SmrSyncHistory has changed. Clear the mapping table SmrSyncHistory in the BPMSoft database.</source>
        <translation>После обновления продукта пользователю необходимо проверить все настройки интеграции и установить признак [Использовать для дедупликации] для каждого объекта интеграции, если признак не будет установлен, то в системе будут дубли, т.к. изменена структура хранения записи в таблице соответствий SmrSyncHistory. Очистите таблицу соответствий SmrSyncHistory в базе данных BPMSoft.</translation>
    </message>
    <message>
        <source>Clearing %1 through DataService</source>
        <translation>Очистка %1 через DataService</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) removed from %1.</source>
        <translation>
            <numerusform>Из %1 удалена %n строка.</numerusform>
            <numerusform>Из %1 удалены %n строки.</numerusform>
            <numerusform>Из %1 удалено %n строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>«Use for deduplication» is still unset on: %1</source>
        <translation>«Использовать для дедупликации» всё ещё не установлен у: %1</translation>
    </message>
    <message numerus="yes">
        <source>The mapping table is empty and %n integration object(s) have «Use for deduplication».</source>
        <translation>
            <numerusform>Таблица соответствий пуста, у %n объекта интеграции установлен признак «Использовать для дедупликации».</numerusform>
            <numerusform>Таблица соответствий пуста, у %n объектов интеграции установлен признак «Использовать для дедупликации».</numerusform>
            <numerusform>Таблица соответствий пуста, у %n объектов интеграции установлен признак «Использовать для дедупликации».</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying and clearing the mapping table %1</source>
        <translation>Копирование и очистка таблицы соответствий %1</translation>
    </message>
    <message>
        <source>The mapping table %1 could not be cleared: %2</source>
        <translation>Не удалось очистить таблицу соответствий %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 rows copied to %3, %4 rows left.</source>
        <translation>%1: %2 строк скопировано в %3, осталось строк: %4.</translation>
    </message>
    <message>
        <source>Setting «Use for deduplication» on every integration object</source>
        <translation>Установка признака «Использовать для дедупликации» для каждого объекта интеграции</translation>
    </message>
    <message>
        <source>«Use for deduplication» could not be set: %1</source>
        <translation>Не удалось установить «Использовать для дедупликации»: %1</translation>
    </message>
    <message>
        <source>The integration objects could not be read back: %1</source>
        <translation>Не удалось перечитать объекты интеграции: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>set</source>
        <translation>установлен</translation>
    </message>
    <message>
        <source>NOT set</source>
        <translation>НЕ установлен</translation>
    </message>
    <message>
        <source>«Use for deduplication» is still unset on: %1. Set it in the integration settings before running the integration.</source>
        <translation>«Использовать для дедупликации» всё ещё не установлен у: %1. Установите его в настройках интеграции, прежде чем запускать интеграцию.</translation>
    </message>
    <message>
        <source>some objects</source>
        <translation>некоторых объектов</translation>
    </message>
    <message numerus="yes">
        <source>The mapping table is empty and all %n integration object(s) have «Use for deduplication».</source>
        <translation>
            <numerusform>Таблица соответствий пуста, у всех объектов интеграции (%n) установлен признак «Использовать для дедупликации».</numerusform>
            <numerusform>Таблица соответствий пуста, у всех %n объектов интеграции установлен признак «Использовать для дедупликации».</numerusform>
            <numerusform>Таблица соответствий пуста, у всех %n объектов интеграции установлен признак «Использовать для дедупликации».</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying the mapping table %1 to the run folder</source>
        <translation>Копирование таблицы соответствий %1 в папку запуска</translation>
    </message>
    <message>
        <source>The snapshot of %1 has %2 rows, the table %3: nothing was deleted. Retry when the integration is not running.</source>
        <translation>В снимке %1 строк: %2, в таблице: %3 — ничего не удалено. Повторите, когда интеграция не выполняется.</translation>
    </message>
    <message>
        <source>%1: %2 rows copied to %3.</source>
        <translation>%1: скопировано строк: %2, в %3.</translation>
    </message>
    <message>
        <source>%1 still has %2 rows after clearing.</source>
        <translation>В %1 после очистки осталось строк: %2.</translation>
    </message>
    <message>
        <source>Cannot write the snapshot %1: %2</source>
        <translation>Не удалось записать снимок %1: %2</translation>
    </message>
    <message>
        <source>The mapping table %1 could not be read for its snapshot: %2</source>
        <translation>Не удалось прочитать таблицу соответствий %1 для снимка: %2</translation>
    </message>
</context>
<context>
    <name>upgrade::FinishStep</name>
    <message>
        <source>Write the report</source>
        <translation>Сформировать отчёт</translation>
    </message>
    <message>
        <source>If the main and most used integrations run without errors, the upgrade was successful.</source>
        <translation>Если основные и часто используемые интеграции выполняются без ошибок, то обновление прошло успешно.</translation>
    </message>
    <message>
        <source>The upgrade is complete. The reports are written to %1 when the stage ends.</source>
        <translation>Обновление завершено. Отчёты будут записаны в %1 по окончании этапа.</translation>
    </message>
</context>
<context>
    <name>upgrade::GenerateSourcesStep</name>
    <message>
        <source>Generate the source code for all items</source>
        <translation>Сгенерировать исходный код для всех элементов</translation>
    </message>
    <message>
        <source>Before you start the upgrade, go to the [Configuration] section and run in turn [Generate source code for all items] and [Compile all].</source>
        <translation>Прежде чем приступить к обновлению, перейдите в раздел [Конфигурация] и выполните последовательно действия [Сгенерировать исходный код для всех элементов] и [Компилировать все].</translation>
    </message>
    <message>
        <source>Generating the source code on the production site</source>
        <translation>Генерация исходного кода на продуктивном сайте</translation>
    </message>
    <message>
        <source>Generating the source code failed: %1</source>
        <translation>Не удалось сгенерировать исходный код: %1</translation>
    </message>
    <message numerus="yes">
        <source>Generating the source code reported %n error(s); fix them in [Configuration] first.</source>
        <translation>
            <numerusform>Генерация исходного кода сообщила о %n ошибке; сначала исправьте её в разделе «Конфигурация».</numerusform>
            <numerusform>Генерация исходного кода сообщила о %n ошибках; сначала исправьте их в разделе «Конфигурация».</numerusform>
            <numerusform>Генерация исходного кода сообщила о %n ошибках; сначала исправьте их в разделе «Конфигурация».</numerusform>
        </translation>
    </message>
    <message>
        <source>The source code was generated.</source>
        <translation>Исходный код сгенерирован.</translation>
    </message>
</context>
<context>
    <name>upgrade::InstallPackageStep</name>
    <message>
        <source>Install the package on the test site</source>
        <translation>Установить пакет на тестовый сайт</translation>
    </message>
    <message>
        <source>Install the package on production</source>
        <translation>Установить пакет на продуктивный сайт</translation>
    </message>
    <message>
        <source>To install packages, go to [System Designer] and choose [Installed applications]. On the [Installed applications] page click [Install from file] and give the archive you were provided. Updating the package takes about 10 minutes.</source>
        <translation>Для установки пакетов перейдите в [Дизайнер системы] и выберите [Установка и удаление приложений]. На странице [Установка и удаление приложений] нажмите [Установить из файла], укажите предоставленный архив. Обновление пакета занимает около 10 минут.</translation>
    </message>
    <message>
        <source>The package archive %1 is not valid: %2</source>
        <translation>Архив пакетов %1 повреждён: %2</translation>
    </message>
    <message>
        <source>Cannot log in to the %1 site: %2</source>
        <translation>Не удаётся войти на сайт %1: %2</translation>
    </message>
    <message>
        <source>The installed packages could not be read: %1</source>
        <translation>Не удалось прочитать установленные пакеты: %1</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>Загрузка %1</translation>
    </message>
    <message>
        <source>The archive could not be uploaded to the %1 site: %2</source>
        <translation>Не удалось загрузить архив на сайт %1: %2</translation>
    </message>
    <message>
        <source>Installing the package (about 10 minutes on a real site)</source>
        <translation>Установка пакета (на реальном сайте около 10 минут)</translation>
    </message>
    <message>
        <source>The installation on the %1 site failed: %2 %3</source>
        <translation>Установка на сайт %1 не удалась: %2 %3</translation>
    </message>
    <message>
        <source>Installation warning: %1</source>
        <translation>Предупреждение установки: %1</translation>
    </message>
    <message>
        <source>Restarting the %1 site</source>
        <translation>Перезапуск сайта %1</translation>
    </message>
    <message>
        <source>The restart request was not confirmed: %1</source>
        <translation>Запрос на перезапуск не подтверждён: %1</translation>
    </message>
    <message>
        <source>The %1 site did not come back after the restart: %2 Check the site (IIS / the service) and its log.</source>
        <translation>Сайт %1 не поднялся после перезапуска: %2 Проверьте сайт (IIS / службу) и его журнал.</translation>
    </message>
    <message>
        <source>The installed packages could not be read after the install: %1</source>
        <translation>Не удалось прочитать установленные пакеты после установки: %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 is at %2 instead of %3</source>
        <translation>%1 в версии %2 вместо %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>The installation reported success, but %1. Look at the installation log.</source>
        <translation>Установка сообщила об успехе, но %1. Посмотрите журнал установки.</translation>
    </message>
    <message>
        <source>The package was installed on the %1 site; the site is healthy and every package has the archive&apos;s version.</source>
        <translation>Пакет установлен на сайт %1; сайт работает, у всех пакетов версия из архива.</translation>
    </message>
</context>
<context>
    <name>upgrade::PreflightStep</name>
    <message>
        <source>Check versions, the package, disk space and connections</source>
        <translation>Проверить версии, пакет, место на диске и подключения</translation>
    </message>
    <message>
        <source>These upgrade recommendations are meant for users of BPMSoft version 1.1 and newer.</source>
        <translation>Данные рекомендации по обновлению рассчитаны на пользователей BPMSoft версии 1.1 и выше.</translation>
    </message>
    <message>
        <source>The profile names no package archive.</source>
        <translation>В профиле не указан архив пакетов.</translation>
    </message>
    <message>
        <source>Set packageArchive in the profile to the archive the vendor gave you.</source>
        <translation>Укажите в профиле packageArchive — архив, полученный от поставщика.</translation>
    </message>
    <message>
        <source>The package archive %1 is not valid: %2</source>
        <translation>Архив пакетов %1 повреждён: %2</translation>
    </message>
    <message>
        <source>Ask the vendor for the archive again; do not install a damaged one.</source>
        <translation>Запросите архив у поставщика ещё раз; не устанавливайте повреждённый.</translation>
    </message>
    <message>
        <source>Check the profile and the secrets.</source>
        <translation>Проверьте профиль и пароли.</translation>
    </message>
    <message>
        <source>Cannot log in to the production site: %1</source>
        <translation>Не удаётся войти на продуктивный сайт: %1</translation>
    </message>
    <message>
        <source>Check the site address, the user and the password, and that the site is running.</source>
        <translation>Проверьте адрес сайта, пользователя и пароль, а также что сайт работает.</translation>
    </message>
    <message>
        <source>The production site runs BPMSoft %1; the connector&apos;s upgrade needs BPMSoft 1.1 or newer.</source>
        <translation>На продуктивном сайте BPMSoft %1; для обновления коннектора нужна BPMSoft 1.1 или выше.</translation>
    </message>
    <message>
        <source>Upgrade BPMSoft first.</source>
        <translation>Сначала обновите BPMSoft.</translation>
    </message>
    <message>
        <source>BPMSoft version: %1</source>
        <translation>Версия BPMSoft: %1</translation>
    </message>
    <message>
        <source>The BPMSoft version could not be read: %1</source>
        <translation>Не удалось прочитать версию BPMSoft: %1</translation>
    </message>
    <message>
        <source>Make sure the site runs BPMSoft 1.1 or newer.</source>
        <translation>Убедитесь, что на сайте BPMSoft 1.1 или выше.</translation>
    </message>
    <message>
        <source>The archive brings %1 %2, older than the installed %3.</source>
        <translation>Архив содержит %1 %2 — старше установленной %3.</translation>
    </message>
    <message>
        <source>Use the newer archive from the vendor.</source>
        <translation>Используйте более новый архив от поставщика.</translation>
    </message>
    <message>
        <source>Package %1: installed %2, archive %3 (%4)</source>
        <translation>Пакет %1: установлен %2, в архиве %3 (%4)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>The archive is not newer than what the production site has installed.</source>
        <translation>Архив не новее того, что установлено на продуктивном сайте.</translation>
    </message>
    <message>
        <source>Check that you have the right archive; nothing needs to be installed.</source>
        <translation>Проверьте, тот ли это архив; устанавливать нечего.</translation>
    </message>
    <message>
        <source>The production site is in the cloud: the databases and 1C cannot be backed up by this program.</source>
        <translation>Продуктивный сайт в облаке: эта программа не может сделать резервные копии баз данных и 1С.</translation>
    </message>
    <message>
        <source>Ask the hosting provider&apos;s support desk for a test environment with a current copy of production and to agree the upgrade plan.</source>
        <translation>Напишите в техподдержку провайдера запрос на тестовую среду с актуальной базой продуктивной системы и на согласование плана обновления.</translation>
    </message>
    <message>
        <source>Check the database settings and password.</source>
        <translation>Проверьте настройки базы данных и пароль.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Нет подключения к %1: %2</translation>
    </message>
    <message>
        <source>Check that the database server runs and the login is right.</source>
        <translation>Проверьте, что сервер баз данных работает и учётная запись верна.</translation>
    </message>
    <message>
        <source>Free disk space or set another backupFolder in the profile.</source>
        <translation>Освободите место на диске или укажите в профиле другую папку backupFolder.</translation>
    </message>
    <message>
        <source>Make sure there is room for two backups and the test copy.</source>
        <translation>Убедитесь, что хватит места для двух резервных копий и тестовой копии.</translation>
    </message>
    <message>
        <source>The production 1C does not answer: %1</source>
        <translation>Продуктивная 1С не отвечает: %1</translation>
    </message>
    <message>
        <source>Check the 1C publication&apos;s address, user and password.</source>
        <translation>Проверьте адрес публикации 1С, пользователя и пароль.</translation>
    </message>
    <message>
        <source>No 1C OData address in the profile: the 1C connection is not checked.</source>
        <translation>В профиле нет адреса OData 1С: подключение к 1С не проверено.</translation>
    </message>
    <message>
        <source>Add onec.odataUrl to the profile.</source>
        <translation>Добавьте onec.odataUrl в профиль.</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n package(s) to install.</source>
        <translation>
            <numerusform>Готово: к установке %n пакет.</numerusform>
            <numerusform>Готово: к установке %n пакета.</numerusform>
            <numerusform>Готово: к установке %n пакетов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The installed packages could not be read: %1</source>
        <translation>Не удалось прочитать установленные пакеты: %1</translation>
    </message>
    <message>
        <source>Check the user&apos;s rights to the configuration.</source>
        <translation>Проверьте права пользователя на раздел «Конфигурация».</translation>
    </message>
    <message>
        <source>The site has another package named %1 (another UId): installing would mix two packages up.</source>
        <translation>На сайте уже есть другой пакет с именем %1 (другой UId): установка смешала бы два разных пакета.</translation>
    </message>
    <message>
        <source>Ask the vendor which package the site has; do not install over it.</source>
        <translation>Уточните у поставщика, какой пакет установлен на сайте; не устанавливайте поверх него.</translation>
    </message>
</context>
<context>
    <name>upgrade::ProductionBackupStep</name>
    <message>
        <source>Back up the production database and 1C infobase (verified)</source>
        <translation>Резервные копии базы продуктивного сайта и информационной базы 1С (с проверкой)</translation>
    </message>
    <message>
        <source>Make copies of the BPMSoft database and of the 1C database. They are needed to return to the working version if something goes wrong. We recommend upgrading outside business hours, as the site is unavailable meanwhile.</source>
        <translation>Создайте копии базы данных системы BPMSoft и системы 1С. Они понадобятся для возврата на рабочую версию в случае неполадок. Обновление версии продукта рекомендуем проводить не в бизнес-время, так как при этом сайт будет недоступен.</translation>
    </message>
    <message>
        <source>It is outside the maintenance window (%1–%2): the vendor recommends upgrading production outside business hours, as the site is unavailable meanwhile.</source>
        <translation>Сейчас вне окна обслуживания (%1–%2): поставщик рекомендует обновлять продуктивный сайт не в бизнес-время, так как при этом сайт будет недоступен.</translation>
    </message>
    <message>
        <source>Start the production stage inside the window, or change the window in the profile.</source>
        <translation>Запустите этап продуктивного сайта в окне обслуживания или измените окно в профиле.</translation>
    </message>
    <message>
        <source>The production database cannot be backed up by this program (cloud hosting).</source>
        <translation>Эта программа не может сделать резервную копию продуктивной базы (облачный хостинг).</translation>
    </message>
    <message>
        <source>Have the hosting provider make and confirm the backups, then go on.</source>
        <translation>Попросите провайдера сделать и подтвердить резервные копии, затем продолжайте.</translation>
    </message>
</context>
<context>
    <name>upgrade::RequestProviderRestoreStep</name>
    <message>
        <source>Ask the hosting provider to restore production</source>
        <translation>Попросить провайдера восстановить продуктивную среду</translation>
    </message>
    <message>
        <source>If the integrations run incorrectly, restore the working version of the systems (BPMSoft, 1C) from the backup.</source>
        <translation>Если интеграции работают некорректно, восстановите рабочую версию систем (BPMSoft, 1С) из резервной копии.</translation>
    </message>
    <message>
        <source>Subject: restore the production BPMSoft site %1 from the backup

Hello,

the upgrade of the 1C Connector for BPMSoft on %1 failed on %2. Please restore the BPMSoft database and the 1C database of this site from the backup made for the upgrade (%3) and tell us when the site is back.
</source>
        <translation>Тема: восстановление продуктивного сайта BPMSoft %1 из резервной копии

Здравствуйте!

Обновление коннектора 1С для BPMSoft на %1, выполнявшееся %2, завершилось ошибкой. Просим восстановить базу данных BPMSoft и базу 1С этого сайта из резервной копии, сделанной для обновления (%3), и сообщить, когда сайт снова будет работать.
</translation>
    </message>
    <message>
        <source>the backup agreed with you</source>
        <translation>копия, согласованная с вами</translation>
    </message>
    <message>
        <source>Production must be restored by the hosting provider, and the request could not be written: %1. Ask the provider to restore production from the backup (%2).</source>
        <translation>Продуктивную среду должен восстановить провайдер, но запрос не удалось записать: %1. Попросите провайдера восстановить продуктивную среду из резервной копии (%2).</translation>
    </message>
    <message>
        <source>Request written: %1</source>
        <translation>Запрос записан: %1</translation>
    </message>
    <message>
        <source>Production must be restored by the hosting provider: send the request %1 to its support desk. This program cannot restore a cloud site.</source>
        <translation>Продуктивную среду должен восстановить провайдер: отправьте запрос %1 в его техподдержку. Эта программа не может восстановить облачный сайт.</translation>
    </message>
</context>
<context>
    <name>upgrade::RestoreTestDatabaseStep</name>
    <message>
        <source>Restore it as the test database and make the copy inert</source>
        <translation>Восстановить её как тестовую базу и обезопасить копию</translation>
    </message>
    <message>
        <source>First upgrade the product on a test site with a copy of the current database.</source>
        <translation>Сначала выполните обновление продукта на тестовом сайте с копией актуальной базы данных.</translation>
    </message>
    <message>
        <source>There is no verified backup of the production database in this run; run the backup step first.</source>
        <translation>В этом запуске нет проверенной резервной копии продуктивной базы; сначала выполните шаг резервного копирования.</translation>
    </message>
    <message>
        <source>The profile names no test database.</source>
        <translation>В профиле не указана тестовая база данных.</translation>
    </message>
    <message>
        <source>The test database %1 exists already. Nothing was changed. Remove it (it is not production: check twice), or set another test database name in the profile, and retry.</source>
        <translation>Тестовая база %1 уже существует. Ничего не изменено. Удалите её (убедитесь дважды, что это не продуктивная база) или укажите в профиле другое имя тестовой базы и повторите.</translation>
    </message>
    <message>
        <source>Restoring %1 as %2</source>
        <translation>Восстановление %1 как %2</translation>
    </message>
    <message>
        <source>The test database could not be restored: %1</source>
        <translation>Не удалось восстановить тестовую базу: %1</translation>
    </message>
    <message>
        <source>Making the test copy inert</source>
        <translation>Обезвреживание тестовой копии</translation>
    </message>
    <message>
        <source>The test copy could not be made inert: %1. Do not start its site; fix the cause and retry.</source>
        <translation>Не удалось обезвредить тестовую копию: %1. Не запускайте её сайт; устраните причину и повторите.</translation>
    </message>
    <message>
        <source>The test copy&apos;s 1C connection %1 is not the test 1C: %2 The test site must not be started like this.</source>
        <translation>Подключение к 1С в тестовой копии (%1) — не тестовая 1С: %2 В таком виде тестовый сайт запускать нельзя.</translation>
    </message>
    <message>
        <source>The test database %1 was restored and made inert; its 1C connection points at the test 1C.</source>
        <translation>Тестовая база %1 восстановлена и обезврежена; её подключение к 1С указывает на тестовую 1С.</translation>
    </message>
</context>
<context>
    <name>upgrade::RollbackStep</name>
    <message>
        <source>Restore the production database and 1C infobase from this run&apos;s backups</source>
        <translation>Восстановить базу продуктивного сайта и информационную базу 1С из резервных копий этого запуска</translation>
    </message>
    <message>
        <source>If the integrations run incorrectly, restore the working version of the systems (BPMSoft, 1C) from the backup.</source>
        <translation>Если интеграции выполняются некорректно, необходимо восстановить рабочую версию систем (BPMSoft, 1С) из бекапа.</translation>
    </message>
    <message>
        <source>This run has no verified backups of the production database and 1C: nothing can be restored automatically.</source>
        <translation>В этом запуске нет проверенных резервных копий продуктивной базы и 1С: автоматически восстановить нечего.</translation>
    </message>
    <message>
        <source>Restoring %1 from %2</source>
        <translation>Восстановление %1 из %2</translation>
    </message>
    <message>
        <source>The production database could not be restored from %1: %2 Restore it by hand from that file.</source>
        <translation>Не удалось восстановить продуктивную базу из %1: %2 Восстановите её вручную из этого файла.</translation>
    </message>
    <message>
        <source>Restoring the production 1C infobase from %1</source>
        <translation>Восстановление продуктивной информационной базы 1С из %1</translation>
    </message>
    <message>
        <source>The BPMSoft database was restored, but the 1C infobase was not: %1 Restore it by hand from %2.</source>
        <translation>База BPMSoft восстановлена, а информационная база 1С — нет: %1 Восстановите её вручную из %2.</translation>
    </message>
    <message>
        <source>Restarting the production site</source>
        <translation>Перезапуск продуктивного сайта</translation>
    </message>
    <message>
        <source>The restart request was not confirmed: %1</source>
        <translation>Запрос на перезапуск не подтверждён: %1</translation>
    </message>
    <message>
        <source>The databases were restored, but the production site did not come back: %1 Restart it (IIS / the service).</source>
        <translation>Базы восстановлены, но продуктивный сайт не поднялся: %1 Перезапустите его (IIS / службу).</translation>
    </message>
    <message>
        <source>The package versions could not be read after the rollback: %1</source>
        <translation>Не удалось прочитать версии пакетов после отката: %1</translation>
    </message>
    <message>
        <source>%1 is at %2, was %3</source>
        <translation>%1 в версии %2, была %3</translation>
    </message>
    <message>
        <source>After the rollback not every package is back at its old version: %1</source>
        <translation>После отката не все пакеты вернулись к прежним версиям: %1</translation>
    </message>
    <message>
        <source>Production was restored from this run&apos;s backups; the site is healthy and the old package versions are back.</source>
        <translation>Продуктивный сайт восстановлен из резервных копий этого запуска; сайт работает, прежние версии пакетов на месте.</translation>
    </message>
</context>
<context>
    <name>upgrade::SiteIntegrationData</name>
    <message>
        <source>The connector&apos;s 1C connections (%1) could not be read: %2</source>
        <translation>Не удалось прочитать подключения коннектора к 1С (%1): %2</translation>
    </message>
    <message>
        <source>The integration objects could not be read: %1</source>
        <translation>Не удалось прочитать объекты интеграции: %1</translation>
    </message>
    <message>
        <source>The connector&apos;s log %1 could not be read: %2</source>
        <translation>Не удалось прочитать журнал коннектора %1: %2</translation>
    </message>
    <message>
        <source>Duplicates in %1 could not be counted: %2</source>
        <translation>Не удалось подсчитать дубли в %1: %2</translation>
    </message>
</context>
<context>
    <name>upgrade::SqlIntegrationData</name>
    <message>
        <source>The integration objects could not be read: %1</source>
        <translation>Не удалось прочитать объекты интеграции: %1</translation>
    </message>
    <message>
        <source>The connector&apos;s log %1 could not be read: %2</source>
        <translation>Не удалось прочитать журнал коннектора %1: %2</translation>
    </message>
    <message>
        <source>Duplicates in %1 could not be counted: %2</source>
        <translation>Не удалось подсчитать дубли в %1: %2</translation>
    </message>
</context>
<context>
    <name>upgrade::StepSupport</name>
    <message>
        <source>The run&apos;s services are not set up (no connection settings for the sites, databases and 1C). Start the run with bpmsoft-upgrade or the wizard.</source>
        <translation>Службы запуска не настроены (нет параметров подключения к сайтам, базам и 1С). Запускайте через bpmsoft-upgrade или мастер.</translation>
    </message>
    <message>
        <source>Backing up %1</source>
        <translation>Резервное копирование: %1</translation>
    </message>
    <message>
        <source>The backup of %1 failed: %2 Nothing was changed; fix the cause and retry.</source>
        <translation>Резервное копирование %1 не удалось: %2 Ничего не изменено; устраните причину и повторите.</translation>
    </message>
    <message>
        <source>Verifying the backup %1</source>
        <translation>Проверка резервной копии %1</translation>
    </message>
    <message>
        <source>The backup %1 of %2 did not pass verification: %3 Do not go on without a verified backup; retry.</source>
        <translation>Резервная копия %1 базы %2 не прошла проверку: %3 Не продолжайте без проверенной копии; повторите.</translation>
    </message>
    <message>
        <source>The backup %1 was made but could not be recorded in the journal; retry.</source>
        <translation>Резервная копия %1 сделана, но не записана в журнал; повторите.</translation>
    </message>
    <message>
        <source>Backup %1: %2 bytes, SHA-256 %3, verified.</source>
        <translation>Резервная копия %1: %2 байт, SHA-256 %3, проверена.</translation>
    </message>
    <message>
        <source>%1 backed up to %2 and verified.</source>
        <translation>%1: резервная копия в %2 сделана и проверена.</translation>
    </message>
    <message>
        <source>The profile names no 1C infobase for the %1 environment; add it (onec.filePath or onec.server).</source>
        <translation>В профиле не указана информационная база 1С для окружения %1; добавьте её (onec.filePath или onec.server).</translation>
    </message>
    <message>
        <source>Backing up the %1 1C infobase</source>
        <translation>Резервное копирование информационной базы 1С (%1)</translation>
    </message>
    <message>
        <source>The 1C backup %1 could not be verified or recorded; retry.</source>
        <translation>Резервную копию 1С %1 не удалось проверить или записать в журнал; повторите.</translation>
    </message>
    <message>
        <source>1C backup %1: %2 bytes, SHA-256 %3.</source>
        <translation>Резервная копия 1С %1: %2 байт, SHA-256 %3.</translation>
    </message>
    <message>
        <source>The 1C infobase was backed up to %1.</source>
        <translation>Резервная копия информационной базы 1С сделана в %1.</translation>
    </message>
</context>
<context>
    <name>upgrade::SupportRequestsStep</name>
    <message>
        <source>Write the requests to the hosting provider</source>
        <translation>Подготовить обращения к провайдеру</translation>
    </message>
    <message>
        <source>The package archive could not be read: %1</source>
        <translation>Не удалось прочитать архив пакетов: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удалось создать папку %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Request written: %1</source>
        <translation>Запрос записан: %1</translation>
    </message>
    <message>
        <source>Send these requests to the hosting provider&apos;s support desk: %1. Start the test stage when the test environment is ready.</source>
        <translation>Отправьте эти обращения в техподдержку провайдера: %1. Начинайте тестовый этап, когда тестовая среда будет готова.</translation>
    </message>
</context>
<context>
    <name>upgrade::VerifyIntegrationStep</name>
    <message>
        <source>Run the integration on the test site and check it</source>
        <translation>Запустить интеграцию на тестовом сайте и проверить её</translation>
    </message>
    <message>
        <source>Run the integration on production and check it</source>
        <translation>Запустить интеграцию на продуктивном сайте и проверить её</translation>
    </message>
    <message>
        <source>Run the integration: if the main and most used integrations run without errors, you may go on. If the integrations run incorrectly, restore the working version of the systems (BPMSoft, 1C) from the backup.</source>
        <translation>Выполните запуск интеграции, если основные и часто используемые интеграции выполняются без ошибок, то можно продолжать. Если интеграции выполняются некорректно, необходимо восстановить рабочую версию систем (BPMSoft, 1С) из бекапа.</translation>
    </message>
    <message>
        <source>The integration was not run: the test site&apos;s 1C connection %1 is not the test 1C. %2</source>
        <translation>Интеграция не запущена: подключение тестового сайта к 1С (%1) — не тестовая 1С. %2</translation>
    </message>
    <message>
        <source>Running the integration %1 (%2 of %3)</source>
        <translation>Запуск интеграции %1 (%2 из %3)</translation>
    </message>
    <message>
        <source>The integration process %1 could not be started: %2</source>
        <translation>Не удалось запустить процесс интеграции %1: %2</translation>
    </message>
    <message>
        <source>The integration process %1 did not finish: %2</source>
        <translation>Процесс интеграции %1 не завершился: %2</translation>
    </message>
    <message>
        <source>Process %1 ended: %2</source>
        <translation>Процесс %1 завершён: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>ended with an error</source>
        <translation>завершился с ошибкой</translation>
    </message>
    <message>
        <source>%1: %2 records, %3 errors, %4 duplicates</source>
        <translation>%1: записей %2, ошибок %3, дублей %4</translation>
    </message>
    <message>
        <source>%1 (%2 errors, %3 duplicates%4)</source>
        <translation>%1 (ошибок %2, дублей %3%4)</translation>
    </message>
    <message>
        <source>The integration check failed on the %1 site: %2. Do not go on; find the cause in the connector&apos;s log.</source>
        <translation>Проверка интеграции на сайте %1 не пройдена: %2. Не продолжайте; найдите причину в журнале коннектора.</translation>
    </message>
    <message numerus="yes">
        <source>The integration ran without errors and without duplicates (%n integration object(s)).</source>
        <translation>
            <numerusform>Интеграция выполнена без ошибок и без дублей (%n объект интеграции).</numerusform>
            <numerusform>Интеграция выполнена без ошибок и без дублей (%n объекта интеграции).</numerusform>
            <numerusform>Интеграция выполнена без ошибок и без дублей (%n объектов интеграции).</numerusform>
        </translation>
    </message>
    <message>
        <source>1C %1 by %2: %3 duplicates</source>
        <translation>1С %1 по %2: дублей %3</translation>
    </message>
    <message>
        <source>Duplicates in 1C (%1) could not be counted: %2</source>
        <translation>Не удалось подсчитать дубли в 1С (%1): %2</translation>
    </message>
    <message>
        <source>The integration check cannot read the %1 site&apos;s data: %2</source>
        <translation>Проверка интеграции не может прочитать данные сайта %1: %2</translation>
    </message>
</context>
</TS>
