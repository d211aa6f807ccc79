<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>upgrade::wizard::ConnectionsPage</name>
    <message>
        <source>The profile is not saved: %1</source>
        <translation>Профиль не сохранён: %1</translation>
    </message>
    <message>
        <source>The package archive</source>
        <translation>Архив пакета</translation>
    </message>
    <message>
        <source>Package archives (*.zip *.gz);;All files (*)</source>
        <translation>Архивы пакетов (*.zip *.gz);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Выбрать папку</translation>
    </message>
    <message numerus="yes">
        <source>The profile has %n problem(s); each is shown at its field.</source>
        <translation>
            <numerusform>В профиле %n ошибка; она показана у своего поля.</numerusform>
            <numerusform>В профиле %n ошибки; каждая показана у своего поля.</numerusform>
            <numerusform>В профиле %n ошибок; каждая показана у своего поля.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the profile…</source>
        <translation>Сохранение профиля…</translation>
    </message>
    <message>
        <source>Choose the vendor&apos;s archive: a .zip of package .gz files, or one .gz package.</source>
        <translation>Выберите архив поставщика: .zip с пакетами .gz или один пакет .gz.</translation>
    </message>
    <message>
        <source>Reading and checking the archive…</source>
        <translation>Чтение и проверка архива…</translation>
    </message>
    <message numerus="yes">
        <source>The archive is valid: %n package(s), %1, SHA-256 %2.</source>
        <translation>
            <numerusform>Архив исправен: %n пакет, %1, SHA-256 %2.</numerusform>
            <numerusform>Архив исправен: %n пакета, %1, SHA-256 %2.</numerusform>
            <numerusform>Архив исправен: %n пакетов, %1, SHA-256 %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive cannot be used: %1</source>
        <translation>Архив использовать нельзя: %1</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>не установлен</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>ещё не прочитано</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Подключения</translation>
    </message>
    <message>
        <source>Where production and the test copy are, how to reach them, and the package to install. Passwords go to the system keychain, never into the profile.</source>
        <translation>Где находятся продуктивный сайт и тестовая копия, как к ним подключиться и какой пакет устанавливать. Пароли хранятся в системном хранилище паролей, а не в профиле.</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Профиль: %1</translation>
    </message>
    <message>
        <source>&amp;Production</source>
        <translation>&amp;Продуктивный</translation>
    </message>
    <message>
        <source>&amp;Test copy</source>
        <translation>&amp;Тестовая копия</translation>
    </message>
    <message>
        <source>P&amp;ackage</source>
        <translation>Па&amp;кет</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Общие</translation>
    </message>
    <message>
        <source>Package &amp;archive from the vendor:</source>
        <translation>&amp;Архив пакета от поставщика:</translation>
    </message>
    <message>
        <source>Package archive</source>
        <translation>Архив пакета</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Choose the package archive</source>
        <translation>Выбрать архив пакета</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Пакет</translation>
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
        <source>Installed</source>
        <translation>Установлен</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Packages in the archive</source>
        <translation>Пакеты в архиве</translation>
    </message>
    <message>
        <source>Read the versions installed on production</source>
        <translation>Прочитать версии на продуктивном сайте</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Название профиля:</translation>
    </message>
    <message>
        <source>&amp;Work folder:</source>
        <translation>&amp;Рабочая папка:</translation>
    </message>
    <message>
        <source>default: the program&apos;s data folder</source>
        <translation>по умолчанию: папка данных программы</translation>
    </message>
    <message>
        <source>Choose the work folder</source>
        <translation>Выбрать рабочую папку</translation>
    </message>
    <message>
        <source>&lt;b&gt;Maintenance window for production&lt;/b&gt;</source>
        <translation>&lt;b&gt;Окно обслуживания продуктивного сайта&lt;/b&gt;</translation>
    </message>
    <message>
        <source>When production may be upgraded: outside business hours. Leave empty if there is none.</source>
        <translation>Когда можно обновлять продуктивный сайт: вне рабочего времени. Оставьте пустым, если окна нет.</translation>
    </message>
    <message>
        <source>&amp;From (HH:MM):</source>
        <translation>&amp;С (ЧЧ:ММ):</translation>
    </message>
    <message>
        <source>T&amp;o (HH:MM):</source>
        <translation>&amp;До (ЧЧ:ММ):</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>Д&amp;ни:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Часовой &amp;пояс:</translation>
    </message>
    <message>
        <source>Outside the &amp;window:</source>
        <translation>&amp;Вне окна:</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>предупреждать</translation>
    </message>
    <message>
        <source>refuse to upgrade production</source>
        <translation>не обновлять продуктивный сайт</translation>
    </message>
</context>
<context>
    <name>upgrade::wizard::EnvironmentForm</name>
    <message>
        <source>Choose a folder</source>
        <translation>Выбрать папку</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Выбрать файл</translation>
    </message>
    <message>
        <source>Checking is not available.</source>
        <translation>Проверка недоступна.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Production BPMSoft site</source>
        <translation>Продуктивный сайт BPMSoft</translation>
    </message>
    <message>
        <source>Test BPMSoft site (made from the copy)</source>
        <translation>Тестовый сайт BPMSoft (создаётся из копии)</translation>
    </message>
    <message>
        <source>Production database</source>
        <translation>База данных продуктивного сайта</translation>
    </message>
    <message>
        <source>Test database (restored from the backup)</source>
        <translation>Тестовая база данных (восстанавливается из резервной копии)</translation>
    </message>
    <message>
        <source>Production 1C infobase</source>
        <translation>Информационная база 1С продуктивного сайта</translation>
    </message>
    <message>
        <source>Test 1C infobase (the copy the test site exchanges with)</source>
        <translation>Тестовая информационная база 1С (копия для обмена с тестовым сайтом)</translation>
    </message>
    <message>
        <source>Site &amp;address:</source>
        <translation>&amp;Адрес сайта:</translation>
    </message>
    <message>
        <source>&amp;Hosting:</source>
        <translation>&amp;Размещение:</translation>
    </message>
    <message>
        <source>BPMSoft &amp;user:</source>
        <translation>&amp;Пользователь BPMSoft:</translation>
    </message>
    <message>
        <source>User&apos;s pass&amp;word:</source>
        <translation>Па&amp;роль пользователя:</translation>
    </message>
    <message>
        <source>Site &amp;folder:</source>
        <translation>Па&amp;пка сайта:</translation>
    </message>
    <message>
        <source>IIS site &amp;name:</source>
        <translation>&amp;Имя сайта IIS:</translation>
    </message>
    <message>
        <source>IIS application &amp;pool:</source>
        <translation>Пул при&amp;ложений IIS:</translation>
    </message>
    <message>
        <source>Binding host na&amp;me:</source>
        <translation>Имя &amp;узла привязки:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>systemd &amp;service:</source>
        <translation>С&amp;лужба systemd:</translation>
    </message>
    <message>
        <source>&amp;Redis database number:</source>
        <translation>&amp;Номер базы Redis:</translation>
    </message>
    <message>
        <source>Trusted certificate (SHA-256):</source>
        <translation>Доверенный сертификат (SHA-256):</translation>
    </message>
    <message>
        <source>&amp;DBMS:</source>
        <translation>&amp;СУБД:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>С&amp;ервер:</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>&amp;ODBC driver:</source>
        <translation>&amp;Драйвер ODBC:</translation>
    </message>
    <message>
        <source>Database &amp;file:</source>
        <translation>&amp;Файл базы данных:</translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation>Папка &amp;резервных копий:</translation>
    </message>
    <message>
        <source>&amp;File infobase folder:</source>
        <translation>Папка &amp;файловой базы:</translation>
    </message>
    <message>
        <source>or 1C &amp;cluster (host:port):</source>
        <translation>или &amp;кластер 1С (узел:порт):</translation>
    </message>
    <message>
        <source>&amp;Infobase name:</source>
        <translation>&amp;Имя информационной базы:</translation>
    </message>
    <message>
        <source>Backup &amp;tool:</source>
        <translation>&amp;Средство выгрузки:</translation>
    </message>
    <message>
        <source>1C &amp;program:</source>
        <translation>&amp;Программа 1С:</translation>
    </message>
    <message>
        <source>1C &amp;user:</source>
        <translation>По&amp;льзователь 1С:</translation>
    </message>
    <message>
        <source>1C pass&amp;word:</source>
        <translation>Па&amp;роль 1С:</translation>
    </message>
    <message>
        <source>&amp;OData address:</source>
        <translation>&amp;Адрес OData:</translation>
    </message>
    <message>
        <source>OData us&amp;er:</source>
        <translation>Пол&amp;ьзователь OData:</translation>
    </message>
    <message>
        <source>OData passwor&amp;d:</source>
        <translation>Паро&amp;ль OData:</translation>
    </message>
    <message>
        <source>&amp;RAS (host:1545):</source>
        <translation>&amp;RAS (узел:1545):</translation>
    </message>
    <message>
        <source>Cluster ad&amp;ministrator:</source>
        <translation>А&amp;дминистратор кластера:</translation>
    </message>
    <message>
        <source>Administrator&apos;s passwo&amp;rd:</source>
        <translation>Пароль &amp;администратора:</translation>
    </message>
    <message>
        <source>IIS, .NET Framework</source>
        <translation>IIS, .NET Framework</translation>
    </message>
    <message>
        <source>.NET 8 on Linux</source>
        <translation>.NET 8 на Linux</translation>
    </message>
    <message>
        <source>Cloud (the provider hosts it)</source>
        <translation>Облако (размещает провайдер)</translation>
    </message>
    <message>
        <source>Sandbox (a rehearsal)</source>
        <translation>Песочница (репетиция)</translation>
    </message>
    <message>
        <source>Microsoft SQL Server</source>
        <translation>Microsoft SQL Server</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>SQLite (sandbox)</source>
        <translation>SQLite (песочница)</translation>
    </message>
    <message>
        <source>1cv8 DESIGNER (default)</source>
        <translation>1cv8 DESIGNER (по умолчанию)</translation>
    </message>
    <message>
        <source>ibcmd</source>
        <translation>ibcmd</translation>
    </message>
    <message>
        <source>kept in the system keychain, not in the profile</source>
        <translation>хранится в системном хранилище паролей, не в профиле</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Check the site</source>
        <translation>Проверить сайт</translation>
    </message>
    <message>
        <source>Check the database</source>
        <translation>Проверить базу данных</translation>
    </message>
    <message>
        <source>Check 1C</source>
        <translation>Проверить 1С</translation>
    </message>
</context>
<context>
    <name>upgrade::wizard::FinishPage</name>
    <message>
        <source>Opening %1</source>
        <translation>Открывается %1</translation>
    </message>
    <message>
        <source>Save the support bundle</source>
        <translation>Сохранить пакет для поддержки</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Архивы ZIP (*.zip)</translation>
    </message>
    <message>
        <source>The run&apos;s folder (journal, backups, log): %1</source>
        <translation>Папка запуска (журнал, резервные копии, лог): %1</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>The summary of the run. Keep the report: it lists what was done and the backups.</source>
        <translation>Итоги запуска. Сохраните отчёт: в нём перечислено, что сделано, и резервные копии.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups of this run:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Резервные копии этого запуска:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Open the &amp;report</source>
        <translation>Открыть &amp;отчёт</translation>
    </message>
    <message>
        <source>Save the &amp;support bundle…</source>
        <translation>Сохранить пакет для &amp;поддержки…</translation>
    </message>
    <message>
        <source>Open the run &amp;folder</source>
        <translation>Открыть папку &amp;запуска</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Формируется отчёт…</translation>
    </message>
    <message>
        <source>Packing the support bundle…</source>
        <translation>Собирается пакет для поддержки…</translation>
    </message>
    <message>
        <source>Open the &amp;PDF</source>
        <translation>Открыть &amp;PDF</translation>
    </message>
    <message>
        <source>Support bundle progress</source>
        <translation>Ход сборки пакета для поддержки</translation>
    </message>
</context>
<context>
    <name>upgrade::wizard::FinishViewModel</name>
    <message>
        <source>Reading the journal of the run…</source>
        <translation>Чтение журнала запуска…</translation>
    </message>
    <message>
        <source>The journal cannot be read: %1</source>
        <translation>Журнал прочитать не удалось: %1</translation>
    </message>
    <message>
        <source>Production is upgraded. The test stage and the production stage passed.</source>
        <translation>Продуктивный сайт обновлён. Тестовый этап и этап продуктивного сайта пройдены.</translation>
    </message>
    <message>
        <source>Production was rolled back: the databases were restored from this run&apos;s backups. Production works as before the upgrade.</source>
        <translation>Выполнен откат продуктивного сайта: базы данных восстановлены из резервных копий этого запуска. Продуктивный сайт работает как до обновления.</translation>
    </message>
    <message>
        <source>The rollback did not finish. Production may be in an intermediate state: restore the backups listed below by hand, and contact support with the support bundle.</source>
        <translation>Откат не завершён. Продуктивный сайт может быть в промежуточном состоянии: восстановите перечисленные ниже резервные копии вручную и обратитесь в поддержку с пакетом для поддержки.</translation>
    </message>
    <message>
        <source>The upgrade stopped before production was upgraded. Start the wizard again to continue this run.</source>
        <translation>Обновление остановлено до обновления продуктивного сайта. Запустите мастер снова, чтобы продолжить этот запуск.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (%1 – %2)</source>
        <translation> (%1 – %2)</translation>
    </message>
    <message>
        <source>1C infobase backup</source>
        <translation>Резервная копия информационной базы 1С</translation>
    </message>
    <message>
        <source>Database backup</source>
        <translation>Резервная копия базы данных</translation>
    </message>
    <message>
        <source>production</source>
        <translation>продуктивного сайта</translation>
    </message>
    <message>
        <source>test</source>
        <translation>тестового сайта</translation>
    </message>
    <message>
        <source>%1 of %2: %3 (%4, %5)</source>
        <translation>%1 %2: %3 (%4, %5)</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>проверена</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>не проверена</translation>
    </message>
    <message>
        <source>The support bundle is saved: %1</source>
        <translation>Пакет для поддержки сохранён: %1</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Не удалось сформировать отчёт: %1</translation>
    </message>
</context>
<context>
    <name>upgrade::wizard::PlanPage</name>
    <message>
        <source>If it fails — roll back: %1</source>
        <translation>При сбое — откат: %1</translation>
    </message>
    <message>
        <source>Changes data.</source>
        <translation>Изменяет данные.</translation>
    </message>
    <message>
        <source>Changes data; runs only after these verified backups of this run: %1</source>
        <translation>Изменяет данные; выполняется только после проверенных резервных копий этого запуска: %1</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>What will happen where. Nothing on production changes before a verified backup of this run exists.</source>
        <translation>Что и где будет сделано. Продуктивный сайт не меняется, пока нет проверенной резервной копии этого запуска.</translation>
    </message>
    <message>
        <source>&amp;Start the test stage</source>
        <translation>&amp;Начать тестовый этап</translation>
    </message>
    <message>
        <source>Usual time</source>
        <translation>Обычно занимает</translation>
    </message>
    <message>
        <source>Steps of the upgrade</source>
        <translation>Шаги обновления</translation>
    </message>
    <message>
        <source>Steps marked with the orange sign change data: each runs only after a verified backup of this run and a fresh check that its target is the one in the profile.</source>
        <translation>Шаги с оранжевым знаком изменяют данные: каждый выполняется только после проверенной резервной копии этого запуска и повторной проверки, что цель совпадает с указанной в профиле.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; takes these backups:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — создаются резервные копии:</translation>
    </message>
    <message>
        <source>Step and where it acts</source>
        <translation>Шаг и где он выполняется</translation>
    </message>
</context>
<context>
    <name>upgrade::wizard::PlanViewModel</name>
    <message>
        <source>Database backup — %1</source>
        <translation>Резервная копия базы данных — %1</translation>
    </message>
    <message>
        <source>1C infobase backup — %1</source>
        <translation>Резервная копия информационной базы 1С — %1</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 мин</translation>
    </message>
    <message>
        <source>≈ %1 min</source>
        <translation>≈ %1 мин</translation>
    </message>
    <message>
        <source>≈ %1 h %2 min</source>
        <translation>≈ %1 ч %2 мин</translation>
    </message>
    <message>
        <source>Production: %1</source>
        <translation>Продуктивный: %1</translation>
    </message>
    <message>
        <source>Test: %1</source>
        <translation>Тестовый: %1</translation>
    </message>
    <message>
        <source>depends on the size</source>
        <translation>зависит от объёма</translation>
    </message>
    <message>
        <source>%1 + copying the data</source>
        <translation>%1 + копирование данных</translation>
    </message>
</context>
<context>
    <name>upgrade::wizard::PreflightPage</name>
    <message>
        <source>Blocking: the upgrade cannot start</source>
        <translation>Блокирующая: обновление не может начаться</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Checking production (read-only): versions, the package, disk space, the maintenance window and connections; then the sources are generated and everything is compiled.</source>
        <translation>Проверка продуктивного сайта (только чтение): версии, пакет, место на диске, окно обслуживания и подключения; затем генерируется исходный код и выполняется «Компилировать все».</translation>
    </message>
    <message>
        <source>No problems found. Production is ready for the upgrade.</source>
        <translation>Проблем не найдено. Продуктивный сайт готов к обновлению.</translation>
    </message>
    <message numerus="yes">
        <source>Ready, with %n warning(s). Read them before you go on.</source>
        <translation>
            <numerusform>Готово, есть %n предупреждение. Прочитайте его, прежде чем продолжить.</numerusform>
            <numerusform>Готово, есть %n предупреждения. Прочитайте их, прежде чем продолжить.</numerusform>
            <numerusform>Готово, есть %n предупреждений. Прочитайте их, прежде чем продолжить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocking problem(s). Fix them as described, then check again.</source>
        <translation>
            <numerusform>%n блокирующая проблема. Устраните её, как описано, и проверьте снова.</numerusform>
            <numerusform>%n блокирующие проблемы. Устраните их, как описано, и проверьте снова.</numerusform>
            <numerusform>%n блокирующих проблем. Устраните их, как описано, и проверьте снова.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check did not finish. See the log below, then check again.</source>
        <translation>Проверка не завершена. Посмотрите лог ниже и проверьте снова.</translation>
    </message>
    <message>
        <source>The check starts when this page opens.</source>
        <translation>Проверка начинается при открытии этой страницы.</translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation>Предварительная проверка</translation>
    </message>
    <message>
        <source>Before anything changes: is production ready for the upgrade?</source>
        <translation>До любых изменений: готов ли продуктивный сайт к обновлению?</translation>
    </message>
    <message>
        <source>Findings of the check</source>
        <translation>Замечания проверки</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Проверить с&amp;нова</translation>
    </message>
    <message>
        <source>How to fix: %1</source>
        <translation>Как исправить: %1</translation>
    </message>
</context>
<context>
    <name>upgrade::wizard::ProductionPage</name>
    <message>
        <source>No maintenance window is set in the profile. Upgrade production when users do not work: the site restarts during the installation.</source>
        <translation>В профиле не задано окно обслуживания. Обновляйте продуктивный сайт, когда пользователи не работают: во время установки сайт перезапускается.</translation>
    </message>
    <message>
        <source>Maintenance window: %1. Now is inside it.</source>
        <translation>Окно обслуживания: %1. Сейчас — внутри окна.</translation>
    </message>
    <message>
        <source>Maintenance window: %1. Now is outside it, and the profile does not allow production to be upgraded outside it.</source>
        <translation>Окно обслуживания: %1. Сейчас — вне окна, а профиль запрещает обновлять продуктивный сайт вне окна.</translation>
    </message>
    <message>
        <source>Maintenance window: %1. Now is outside it: users may be working.</source>
        <translation>Окно обслуживания: %1. Сейчас — вне окна: пользователи могут работать.</translation>
    </message>
    <message>
        <source>(none in this plan)</source>
        <translation>(в этом плане нет)</translation>
    </message>
    <message>
        <source>To start, type the name of the production site, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Чтобы начать, введите имя продуктивного сайта — &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>That is not the production site&apos;s name.</source>
        <translation>Это не имя продуктивного сайта.</translation>
    </message>
    <message>
        <source>Confirmed. &quot;Upgrade production&quot; starts the production stage.</source>
        <translation>Подтверждено. Кнопка «Обновить продуктивный сайт» запускает этап продуктивного сайта.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Продуктивный сайт</translation>
    </message>
    <message>
        <source>The test stage passed. Now the same on production — after this page there is no way back but the rollback.</source>
        <translation>Тестовый этап пройден. Теперь то же на продуктивном сайте — после этой страницы вернуться можно только откатом.</translation>
    </message>
    <message>
        <source>&amp;Upgrade production</source>
        <translation>&amp;Обновить продуктивный сайт</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups taken first&lt;/b&gt; (verified before anything changes):</source>
        <translation>&lt;b&gt;Сначала создаются резервные копии&lt;/b&gt; (проверяются до любых изменений):</translation>
    </message>
    <message>
        <source>If a step fails, you can retry it or roll back: the databases are restored from these backups and the old versions return.</source>
        <translation>Если шаг завершится ошибкой, его можно повторить или выполнить откат: базы данных восстановятся из этих резервных копий, вернутся прежние версии.</translation>
    </message>
    <message>
        <source>Production site name</source>
        <translation>Имя продуктивного сайта</translation>
    </message>
</context>
<context>
    <name>upgrade::wizard::ProductionViewModel</name>
    <message>
        <source>this computer&apos;s time</source>
        <translation>время этого компьютера</translation>
    </message>
    <message>
        <source>Every day %1 (%2)</source>
        <translation>Ежедневно %1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
</context>
<context>
    <name>upgrade::wizard::ProfileViewModel</name>
    <message>
        <source>A password could not be saved (%1); it is used in this session only. %2</source>
        <translation>Пароль не удалось сохранить (%1); он используется только в этом сеансе. %2</translation>
    </message>
</context>
<context>
    <name>upgrade::wizard::QuestionPanel</name>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Ответ:</translation>
    </message>
    <message>
        <source>&amp;Reason (needed to skip; it is recorded):</source>
        <translation>&amp;Причина (нужна для пропуска; записывается в журнал):</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <source>&amp;Go on with this reason</source>
        <translation>&amp;Продолжить с этой причиной</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Остановить</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>Показать подробности</translation>
    </message>
    <message>
        <source>Details of the failure</source>
        <translation>Подробности ошибки</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>A question</source>
        <translation>Вопрос</translation>
    </message>
</context>
<context>
    <name>upgrade::wizard::ReachabilityChecker</name>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Give the site&apos;s address first.</source>
        <translation>Сначала укажите адрес сайта.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>The site&apos;s server %1 answers. The sign-in is checked when the run starts.</source>
        <translation>Сервер сайта %1 отвечает. Вход проверяется при запуске.</translation>
    </message>
    <message>
        <source>Nothing answers at %1 yet. That is expected before the test stage creates the test site.</source>
        <translation>По адресу %1 пока никто не отвечает. Это нормально: тестовый сайт создаётся на тестовом этапе.</translation>
    </message>
    <message>
        <source>The site&apos;s server %1 does not answer. Check the address, that the site is running, and the firewall.</source>
        <translation>Сервер сайта %1 не отвечает. Проверьте адрес, что сайт запущен, и брандмауэр.</translation>
    </message>
    <message>
        <source>The hosting provider keeps the database: nothing to check from here.</source>
        <translation>Базу данных обслуживает провайдер: отсюда проверять нечего.</translation>
    </message>
    <message>
        <source>The database file %1 is there.</source>
        <translation>Файл базы данных %1 на месте.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist yet; the test stage makes it from the production backup.</source>
        <translation>Файла базы данных %1 пока нет; тестовый этап создаст его из резервной копии продуктивного сайта.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist. Check the path.</source>
        <translation>Файла базы данных %1 нет. Проверьте путь.</translation>
    </message>
    <message>
        <source>Give the database server first.</source>
        <translation>Сначала укажите сервер базы данных.</translation>
    </message>
    <message>
        <source>The database server %1 answers. The sign-in and the database are checked when the run starts.</source>
        <translation>Сервер базы данных %1 отвечает. Вход и база данных проверяются при запуске.</translation>
    </message>
    <message>
        <source>The database server %1 does not answer. Check the server name, the port and the firewall.</source>
        <translation>Сервер базы данных %1 не отвечает. Проверьте имя сервера, порт и брандмауэр.</translation>
    </message>
    <message>
        <source>No 1C infobase is set. Without it the 1C backup and the integration check cannot run.</source>
        <translation>Информационная база 1С не указана. Без неё невозможны резервная копия 1С и проверка интеграции.</translation>
    </message>
    <message>
        <source>The file infobase folder %1 is there.</source>
        <translation>Папка файловой информационной базы %1 на месте.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist yet; the test 1C infobase is restored there.</source>
        <translation>Папки %1 пока нет; в неё восстанавливается тестовая информационная база 1С.</translation>
    </message>
    <message>
        <source>The file infobase folder %1 does not exist. Check the path.</source>
        <translation>Папки файловой информационной базы %1 нет. Проверьте путь.</translation>
    </message>
    <message>
        <source>The 1C cluster %1 does not answer. Check the server name and port, and that the 1C server is running.</source>
        <translation>Кластер 1С %1 не отвечает. Проверьте имя сервера и порт и что сервер 1С запущен.</translation>
    </message>
    <message>
        <source>The 1C cluster answers, but the OData publication %1 does not. The integration check needs it.</source>
        <translation>Кластер 1С отвечает, а публикация OData %1 — нет. Она нужна для проверки интеграции.</translation>
    </message>
    <message>
        <source>The 1C cluster %1 answers. The sign-in is checked when the run starts.</source>
        <translation>Кластер 1С %1 отвечает. Вход проверяется при запуске.</translation>
    </message>
</context>
<context>
    <name>upgrade::wizard::RehearsalStepFactory</name>
    <message>
        <source>Counterparties</source>
        <translation>Контрагенты</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Check production</source>
        <translation>Проверить продуктивный сайт</translation>
    </message>
    <message>
        <source>Back up the production database</source>
        <translation>Создать резервную копию базы продуктивного сайта</translation>
    </message>
    <message>
        <source>Restore the copy as the test database</source>
        <translation>Восстановить копию как тестовую базу</translation>
    </message>
    <message>
        <source>Install the package on the test site</source>
        <translation>Установить пакет на тестовый сайт</translation>
    </message>
    <message>
        <source>Run the integration on the test site and check it</source>
        <translation>Запустить интеграцию на тестовом сайте и проверить её</translation>
    </message>
    <message>
        <source>Install the package on production</source>
        <translation>Установить пакет на продуктивный сайт</translation>
    </message>
    <message>
        <source>Run the integration on production and check it</source>
        <translation>Запустить интеграцию на продуктивном сайте и проверить её</translation>
    </message>
    <message>
        <source>Restore the production database from this run&apos;s backup</source>
        <translation>Восстановить базу продуктивного сайта из резервной копии этого запуска</translation>
    </message>
</context>
<context>
    <name>upgrade::wizard::RunViewModel</name>
    <message>
        <source>A stage is running; wait until it stops.</source>
        <translation>Этап выполняется; дождитесь его остановки.</translation>
    </message>
    <message>
        <source>The plan of the upgrade is not sound: %1</source>
        <translation>План обновления некорректен: %1</translation>
    </message>
    <message>
        <source>The run could not be prepared: %1</source>
        <translation>Не удалось подготовить запуск: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
</context>
<context>
    <name>upgrade::wizard::SampleSandboxLauncher</name>
    <message>
        <source>Unknown sandbox scenario &quot;%1&quot;. Known: %2.</source>
        <translation>Неизвестный сценарий песочницы «%1». Известные: %2.</translation>
    </message>
    <message>
        <source>Preparing the rehearsal…</source>
        <translation>Подготовка репетиции…</translation>
    </message>
    <message>
        <source>Cannot write the sample package archive to %1.</source>
        <translation>Не удалось записать образец архива пакета в %1.</translation>
    </message>
    <message>
        <source>Rehearsal (%1)</source>
        <translation>Репетиция (%1)</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the rehearsal profile %1: %2</source>
        <translation>Не удалось записать профиль репетиции %1: %2</translation>
    </message>
    <message>
        <source>A rehearsal on the sample plan, scenario &quot;%1&quot;, in %2.</source>
        <translation>Репетиция на учебном плане, сценарий «%1», в папке %2.</translation>
    </message>
</context>
<context>
    <name>upgrade::wizard::ScreenshotTour</name>
    <message>
        <source>Trade company: IIS and MS SQL</source>
        <translation>Торговая компания: IIS и MS SQL</translation>
    </message>
    <message>
        <source>The site&apos;s server crm.example.ru:443 answers. The sign-in is checked when the run starts.</source>
        <translation>Сервер сайта crm.example.ru:443 отвечает. Вход проверяется при запуске.</translation>
    </message>
    <message>
        <source>The database server sql01:1433 answers. The sign-in and the database are checked when the run starts.</source>
        <translation>Сервер базы данных sql01:1433 отвечает. Вход и база данных проверяются при запуске.</translation>
    </message>
    <message>
        <source>The 1C cluster answers, but the OData publication does not. The integration check needs it.</source>
        <translation>Кластер 1С отвечает, а публикация OData — нет. Она нужна для проверки интеграции.</translation>
    </message>
    <message>
        <source>Now is outside the maintenance window (Sat, Sun 20:00–06:00).</source>
        <translation>Сейчас — вне окна обслуживания (сб, вс 20:00–06:00).</translation>
    </message>
    <message>
        <source>Upgrade production in the window, or change the window in the profile.</source>
        <translation>Обновляйте продуктивный сайт в окне обслуживания или измените окно в профиле.</translation>
    </message>
    <message>
        <source>Free space on E:\Backup is 38 GB; both backups need about 31 GB.</source>
        <translation>Свободно на E:\Backup 38 ГБ; для обеих резервных копий нужно около 31 ГБ.</translation>
    </message>
    <message>
        <source>Free more space if other backups will be written there.</source>
        <translation>Освободите место, если туда будут записываться и другие резервные копии.</translation>
    </message>
    <message>
        <source>The stage %1 passed.</source>
        <translation>Этап «%1» пройден.</translation>
    </message>
    <message>
        <source>Package uploaded: SmrConnector_2.4.0.zip</source>
        <translation>Пакет загружен: SmrConnector_2.4.0.zip</translation>
    </message>
    <message>
        <source>Installing SmrOneCConnector 2.4.0: 412 schemas</source>
        <translation>Установка SmrOneCConnector 2.4.0: 412 схем</translation>
    </message>
    <message>
        <source>Installing the package: 247 of 412 schemas</source>
        <translation>Установка пакета: 247 из 412 схем</translation>
    </message>
    <message>
        <source>The installation log reports an error in the schema SmrSyncHistory: the column SmrUseForDeduplication already exists.</source>
        <translation>Лог установки сообщает об ошибке в схеме SmrSyncHistory: колонка SmrUseForDeduplication уже существует.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; failed: %2 What now?</source>
        <translation>Шаг «%1» завершился ошибкой: %2 Что делать?</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Skip (give the reason)</source>
        <translation>Пропустить (укажите причину)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Прервать</translation>
    </message>
    <message>
        <source>Counterparties</source>
        <translation>Контрагенты</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Номенклатура</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Installing the package: 144 of 412 schemas</source>
        <translation>Установка пакета: 144 из 412 схем</translation>
    </message>
    <message>
        <source>The site did not come back after the restart within 10 minutes.</source>
        <translation>Сайт не заработал в течение 10 минут после перезапуска.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Откатить</translation>
    </message>
</context>
<context>
    <name>upgrade::wizard::ServiceConnectionChecker</name>
    <message>
        <source>Asking %1 whether it is up…</source>
        <translation>Проверка, отвечает ли %1…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Signing in to %1 as %2…</source>
        <translation>Вход на %1 под пользователем %2…</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Вход на %1 под пользователем %2 выполнен.</translation>
    </message>
    <message>
        <source>No database to check: the site is in the cloud.</source>
        <translation>Базу данных проверять не нужно: сайт в облаке.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Подключение к %1 установлено.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) in SysPackage.</source>
        <translation>
            <numerusform>%n пакет в SysPackage.</numerusform>
            <numerusform>%n пакета в SysPackage.</numerusform>
            <numerusform>%n пакетов в SysPackage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the 1C publication %1…</source>
        <translation>Обращение к публикации 1С %1…</translation>
    </message>
    <message>
        <source>The 1C publication answers and accepts %1.</source>
        <translation>Публикация 1С отвечает и принимает пользователя %1.</translation>
    </message>
</context>
<context>
    <name>upgrade::wizard::SiteInstalledPackages</name>
    <message>
        <source>Reading the installed packages of %1…</source>
        <translation>Чтение установленных пакетов %1…</translation>
    </message>
</context>
<context>
    <name>upgrade::wizard::StagePage</name>
    <message>
        <source>The stage stopped. Fix the cause if there is one, then continue: finished steps are not repeated.</source>
        <translation>Этап остановлен. Устраните причину, если она есть, и продолжите: выполненные шаги не повторяются.</translation>
    </message>
    <message>
        <source>The test stage passed. Next: its verification results.</source>
        <translation>Тестовый этап пройден. Далее — результаты проверки.</translation>
    </message>
    <message>
        <source>The production stage is over. Next: the summary.</source>
        <translation>Этап продуктивного сайта завершён. Далее — итоги.</translation>
    </message>
    <message>
        <source>Test stage</source>
        <translation>Тестовый этап</translation>
    </message>
    <message>
        <source>On a test site made from a fresh copy of production: back up, restore, install the package, set the deduplication flags, run the integration.</source>
        <translation>На тестовом сайте из свежей копии продуктивного: резервная копия, восстановление, установка пакета, признаки дедупликации, запуск интеграции.</translation>
    </message>
    <message>
        <source>Production stage</source>
        <translation>Этап продуктивного сайта</translation>
    </message>
    <message>
        <source>Fresh verified backups first, then the package on production, then the same checks. If a step fails, you can roll back.</source>
        <translation>Сначала свежие проверенные резервные копии, затем пакет на продуктивном сайте и те же проверки. При ошибке шага можно выполнить откат.</translation>
    </message>
    <message>
        <source>C&amp;ontinue the stage</source>
        <translation>П&amp;родолжить этап</translation>
    </message>
</context>
<context>
    <name>upgrade::wizard::StageView</name>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Rolling back: the databases are restored from this run&apos;s backups.</source>
        <translation>Откат: базы данных восстанавливаются из резервных копий этого запуска.</translation>
    </message>
    <message>
        <source>Not started yet.</source>
        <translation>Ещё не начат.</translation>
    </message>
    <message>
        <source>Waiting for your answer.</source>
        <translation>Ожидает вашего ответа.</translation>
    </message>
    <message>
        <source>Running.</source>
        <translation>Выполняется.</translation>
    </message>
    <message>
        <source>%1 of %2 steps</source>
        <translation>Шагов: %1 из %2</translation>
    </message>
    <message>
        <source>%1 elapsed, %2 left</source>
        <translation>прошло %1, осталось %2</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>заняло %1</translation>
    </message>
    <message>
        <source>Rollback: %1</source>
        <translation>Откат: %1</translation>
    </message>
    <message>
        <source>changes data</source>
        <translation>изменяет данные</translation>
    </message>
    <message>
        <source>Runs only after a verified backup of this run and a fresh check that the target is the one in the profile.</source>
        <translation>Выполняется только после проверенной резервной копии этого запуска и повторной проверки, что цель совпадает с профилем.</translation>
    </message>
    <message>
        <source> (attempt %1)</source>
        <translation> (попытка %1)</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Этап:</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Шаг:</translation>
    </message>
    <message>
        <source>Progress of the stage</source>
        <translation>Ход этапа</translation>
    </message>
    <message>
        <source>Progress of the step</source>
        <translation>Ход шага</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Steps of the stage</source>
        <translation>Шаги этапа</translation>
    </message>
    <message>
        <source>&amp;Log:</source>
        <translation>&amp;Лог:</translation>
    </message>
    <message>
        <source>Filter the log</source>
        <translation>Фильтр лога</translation>
    </message>
    <message>
        <source>&amp;Problems only</source>
        <translation>Только &amp;проблемы</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy the lines shown to the clipboard</source>
        <translation>Скопировать показанные строки в буфер обмена</translation>
    </message>
    <message>
        <source>Log of the stage</source>
        <translation>Лог этапа</translation>
    </message>
</context>
<context>
    <name>upgrade::wizard::StageViewModel</name>
    <message>
        <source>Your answer: %1</source>
        <translation>Ваш ответ: %1</translation>
    </message>
    <message>
        <source>Your answer: %1 (%2)</source>
        <translation>Ваш ответ: %1 (%2)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>The stage &quot;%1&quot; started.</source>
        <translation>Этап «%1» начат.</translation>
    </message>
    <message>
        <source>Rolling back.</source>
        <translation>Выполняется откат.</translation>
    </message>
    <message>
        <source>%1 — attempt %2</source>
        <translation>%1 — попытка %2</translation>
    </message>
    <message>
        <source>Blocking: %1 %2</source>
        <translation>Блокирует: %1 %2</translation>
    </message>
    <message>
        <source>Warning: %1 %2</source>
        <translation>Предупреждение: %1 %2</translation>
    </message>
    <message>
        <source>The safety check %1 stopped the step: %2</source>
        <translation>Проверка безопасности %1 остановила шаг: %2</translation>
    </message>
    <message>
        <source>The safety check %1 was overridden: %2</source>
        <translation>Проверка безопасности %1 обойдена: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Шаг «%1» завершился ошибкой: %2</translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation>Шаг «%1» пропущен: %2</translation>
    </message>
</context>
<context>
    <name>upgrade::wizard::StateTexts</name>
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
        <source>stopped</source>
        <translation>остановлен</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>прерван</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>заблокирован</translation>
    </message>
    <message>
        <source>waiting for an answer</source>
        <translation>ожидает ответа</translation>
    </message>
    <message>
        <source>rolling back</source>
        <translation>откат</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>выполнен откат</translation>
    </message>
    <message>
        <source>the rollback failed</source>
        <translation>откат не удался</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнен</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущен</translation>
    </message>
</context>
<context>
    <name>upgrade::wizard::SupportRequestsPage</name>
    <message>
        <source>Copied. Paste it into the provider&apos;s support form.</source>
        <translation>Скопировано. Вставьте текст в форму обращения в поддержку провайдера.</translation>
    </message>
    <message>
        <source>Save the request</source>
        <translation>Сохранить обращение</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Текстовые файлы (*.txt)</translation>
    </message>
    <message>
        <source>Requests to the hosting provider</source>
        <translation>Обращения к провайдеру</translation>
    </message>
    <message>
        <source>In the cloud the provider makes the test copy and backs up production. Send these requests to its support desk.</source>
        <translation>В облаке тестовую копию и резервные копии делает провайдер. Отправьте эти обращения в его поддержку.</translation>
    </message>
    <message>
        <source>Copy each request into the provider&apos;s support form, or save it as a file. When the test environment is ready, enter its address on the Connections page (Test copy) and go on.</source>
        <translation>Скопируйте каждое обращение в форму поддержки провайдера или сохраните в файл. Когда тестовая среда будет готова, укажите её адрес на странице «Подключения» (вкладка «Тестовая копия») и продолжайте.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Text of the request</source>
        <translation>Текст обращения</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Сохранить…</translation>
    </message>
    <message>
        <source>Con&amp;tact person (name, phone, e-mail):</source>
        <translation>Контактное &amp;лицо (имя, телефон, e-mail):</translation>
    </message>
    <message>
        <source>Who the provider answers</source>
        <translation>Кому ответит провайдер</translation>
    </message>
</context>
<context>
    <name>upgrade::wizard::SupportRequestsViewModel</name>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Не удалось сохранить %1: %2</translation>
    </message>
    <message>
        <source>1. A test environment with a copy of production</source>
        <translation>1. Тестовая среда с копией продуктивного сайта</translation>
    </message>
    <message>
        <source>2. Agreement of the production plan</source>
        <translation>2. Согласование плана для продуктивного сайта</translation>
    </message>
    <message>
        <source>Reading the package archive: its packages and versions appear in the requests in a moment.</source>
        <translation>Читается архив пакета: его пакеты и версии появятся в обращениях через несколько секунд.</translation>
    </message>
    <message>
        <source>The package archive cannot be read (%1), so the requests name its file only. Fix it on the Connections page.</source>
        <translation>Архив пакета не читается (%1), поэтому в обращениях указано только имя файла. Исправьте это на странице «Подключения».</translation>
    </message>
    <message>
        <source>No package archive is chosen: choose it on the Connections page, so the requests name the packages and versions.</source>
        <translation>Архив пакета не выбран: выберите его на странице «Подключения», чтобы в обращениях были указаны пакеты и версии.</translation>
    </message>
</context>
<context>
    <name>upgrade::wizard::UpgradeWizard</name>
    <message>
        <source>BPMSoft Connector Upgrade</source>
        <translation>Обновление коннектора BPMSoft</translation>
    </message>
    <message>
        <source>A step is running</source>
        <translation>Выполняется шаг</translation>
    </message>
    <message>
        <source>A step of the upgrade is running. Stop it safely and close? The step is cancelled and the run can be continued from its journal when you start the wizard again.</source>
        <translation>Выполняется шаг обновления. Безопасно остановить его и закрыть окно? Шаг будет отменён; запуск можно продолжить по журналу при следующем запуске мастера.</translation>
    </message>
    <message>
        <source>&amp;Stop and close</source>
        <translation>&amp;Остановить и закрыть</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Продолжить работу</translation>
    </message>
    <message>
        <source>Stopping safely…</source>
        <translation>Безопасная остановка…</translation>
    </message>
    <message>
        <source>BPMSoft Connector Upgrade — %1</source>
        <translation>Обновление коннектора BPMSoft — %1</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Готово</translation>
    </message>
</context>
<context>
    <name>upgrade::wizard::VerificationPage</name>
    <message>
        <source>no errors</source>
        <translation>без ошибок</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>есть проблемы</translation>
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
        <source>The mapping table %1 was cleared: %2 rows before, %3 after. Its snapshot: %4</source>
        <translation>Таблица сопоставления %1 очищена: строк до — %2, после — %3. Её снимок: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Test verification</source>
        <translation>Проверка на тестовом сайте</translation>
    </message>
    <message>
        <source>The integration on the test site after the upgrade: it must finish without errors, and no duplicates may appear.</source>
        <translation>Интеграция на тестовом сайте после обновления: она должна завершиться без ошибок, и дубли появляться не должны.</translation>
    </message>
    <message>
        <source>&amp;Integrations:</source>
        <translation>&amp;Интеграции:</translation>
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
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Results of the integrations</source>
        <translation>Результаты интеграций</translation>
    </message>
    <message>
        <source>&quot;Use for deduplication&quot; &amp;flags:</source>
        <translation>Признаки «Использовать для &amp;дедупликации»:</translation>
    </message>
    <message>
        <source>Integration object</source>
        <translation>Объект интеграции</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>Deduplication flags</source>
        <translation>Признаки дедупликации</translation>
    </message>
    <message>
        <source>In BPMSoft: %1; in 1C: %2</source>
        <translation>В BPMSoft: %1; в 1С: %2</translation>
    </message>
</context>
<context>
    <name>upgrade::wizard::VerificationViewModel</name>
    <message>
        <source>Reading the results from the journal…</source>
        <translation>Чтение результатов из журнала…</translation>
    </message>
    <message>
        <source>The results cannot be read: %1</source>
        <translation>Результаты прочитать не удалось: %1</translation>
    </message>
    <message>
        <source>The verification step has recorded no results in this run.</source>
        <translation>Шаг проверки не записал результатов в этом запуске.</translation>
    </message>
    <message>
        <source>No integration results were recorded.</source>
        <translation>Результаты интеграции не записаны.</translation>
    </message>
    <message numerus="yes">
        <source>All %n integration(s) finished without errors, and no duplicates appeared.</source>
        <translation>
            <numerusform>%n интеграция завершилась без ошибок, дублей не появилось.</numerusform>
            <numerusform>Все %n интеграции завершились без ошибок, дублей не появилось.</numerusform>
            <numerusform>Все %n интеграций завершились без ошибок, дублей не появилось.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n дубль</numerusform>
            <numerusform>%n дубля</numerusform>
            <numerusform>%n дублей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) without the deduplication flag</source>
        <translation>
            <numerusform>%n объект без признака дедупликации</numerusform>
            <numerusform>%n объекта без признака дедупликации</numerusform>
            <numerusform>%n объектов без признака дедупликации</numerusform>
        </translation>
    </message>
    <message>
        <source>an integration did not finish</source>
        <translation>интеграция не завершилась</translation>
    </message>
    <message>
        <source>Problems found: %1. Do not go on to production before they are understood.</source>
        <translation>Найдены проблемы: %1. Не переходите к продуктивному сайту, пока не разберётесь с ними.</translation>
    </message>
</context>
<context>
    <name>upgrade::wizard::WelcomePage</name>
    <message>
        <source>Upgrade of the 1C Connector for BPMSoft</source>
        <translation>Обновление «1С Коннектор для BPMSoft»</translation>
    </message>
    <message>
        <source>First on a test site made from a copy of production, then on production.</source>
        <translation>Сначала на тестовом сайте с копией продуктивной базы, затем на продуктивном сайте.</translation>
    </message>
    <message>
        <source>This wizard follows the vendor&apos;s procedure step by step: it checks the site, takes verified backups of the BPMSoft database and the 1C infobase, installs the package on a test copy, sets the deduplication flag and checks the integration, and only then upgrades production — with a way back at every step.</source>
        <translation>Мастер шаг за шагом выполняет инструкцию производителя: проверяет сайт, создаёт проверенные резервные копии базы BPMSoft и информационной базы 1С, устанавливает пакет на тестовую копию, устанавливает признак дедупликации и проверяет интеграцию — и только после этого обновляет продуктивный сайт, сохраняя возможность отката на каждом шаге.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;On-premise: my own server (IIS or .NET 8 on Linux)</source>
        <translation>&amp;Собственный сервер (IIS или .NET 8 на Linux)</translation>
    </message>
    <message>
        <source>&amp;Cloud: the hosting provider runs the site</source>
        <translation>&amp;Облако: сайт обслуживает провайдер</translation>
    </message>
    <message>
        <source>&amp;Rehearse on the sandbox (a simulated site and 1C)</source>
        <translation>&amp;Репетиция на песочнице (имитация сайта и 1С)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Open a profile</source>
        <translation>Открыть профиль</translation>
    </message>
    <message>
        <source>Profiles (*.json);;All files (*)</source>
        <translation>Профили (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Create a profile</source>
        <translation>Создать профиль</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>Профили (*.json)</translation>
    </message>
    <message>
        <source>The run cannot be continued: %1</source>
        <translation>Запуск продолжить нельзя: %1</translation>
    </message>
    <message>
        <source>(no profile yet: open or create one)</source>
        <translation>(профиля пока нет: откройте или создайте)</translation>
    </message>
    <message>
        <source>A profile describes production, the test copy and the package. Open yours, or create a new one.</source>
        <translation>Профиль описывает продуктивный сайт, тестовую копию и пакет. Откройте свой или создайте новый.</translation>
    </message>
    <message>
        <source>Reading the profile…</source>
        <translation>Чтение профиля…</translation>
    </message>
    <message>
        <source>The profile is open.</source>
        <translation>Профиль открыт.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is open.</source>
        <translation>Профиль «%1» открыт.</translation>
    </message>
    <message>
        <source>Next starts a simulated production site and 1C on this computer and writes a profile for them; nothing else is touched.</source>
        <translation>Кнопка «Далее» запустит на этом компьютере имитацию продуктивного сайта и 1С и создаст для них профиль; больше ничего не затрагивается.</translation>
    </message>
    <message>
        <source>Where is your BPMSoft?</source>
        <translation>Где работает ваш BPMSoft?</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Профиль:</translation>
    </message>
    <message>
        <source>Recent profiles</source>
        <translation>Недавние профили</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>Со&amp;здать…</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>Репетиция</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>С&amp;ценарий:</translation>
    </message>
    <message>
        <source>Sandbox scenario</source>
        <translation>Сценарий песочницы</translation>
    </message>
    <message>
        <source>Unfinished run</source>
        <translation>Незавершённый запуск</translation>
    </message>
    <message>
        <source>Con&amp;tinue this run (recommended)</source>
        <translation>Продол&amp;жить этот запуск (рекомендуется)</translation>
    </message>
</context>
<context>
    <name>upgrade::wizard::WelcomeViewModel</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
    <message>
        <source>The file is not a profile.</source>
        <translation>Файл не является профилем.</translation>
    </message>
    <message numerus="yes">
        <source>The profile has %n problem(s); the next page shows them at their fields.</source>
        <translation>
            <numerusform>В профиле %n ошибка; на следующей странице она показана у своего поля.</numerusform>
            <numerusform>В профиле %n ошибки; на следующей странице они показаны у своих полей.</numerusform>
            <numerusform>В профиле %n ошибок; на следующей странице они показаны у своих полей.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new profile; fill it in on the next page.</source>
        <translation>Новый профиль; заполните его на следующей странице.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>An unfinished upgrade run of this profile, started %1: %2.</source>
        <translation>Незавершённый запуск обновления по этому профилю, начат %1: %2.</translation>
    </message>
    <message>
        <source>nothing done yet</source>
        <translation>пока ничего не сделано</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Запуск песочницы…</translation>
    </message>
</context>
<context>
    <name>upgrade::wizard::WizardSession</name>
    <message>
        <source>The profile has problems; fix them on the Connections page.</source>
        <translation>В профиле есть ошибки; исправьте их на странице «Подключения».</translation>
    </message>
</context>
</TS>
