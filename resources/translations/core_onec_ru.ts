<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>upgrade::OneCAdmin</name>
    <message>
        <source>The 1C backup file %1 already exists; a backup is never overwritten. Choose another name.</source>
        <translation>Файл резервной копии 1С %1 уже существует, а резервные копии никогда не перезаписываются. Выберите другое имя.</translation>
    </message>
    <message>
        <source>The 1C backup was made but could not be renamed to %1.</source>
        <translation>Резервная копия 1С создана, но её не удалось переименовать в %1.</translation>
    </message>
    <message>
        <source>Computing the checksum of the 1C backup (%1)...</source>
        <translation>Вычисление контрольной суммы резервной копии 1С (%1)...</translation>
    </message>
    <message>
        <source>The 1C infobase %1 is backed up to %2 (%3, SHA-256 %4).</source>
        <translation>Резервная копия информационной базы 1С %1 сохранена в %2 (%3, SHA-256 %4).</translation>
    </message>
    <message>
        <source>The 1C backup file %1 does not exist.</source>
        <translation>Файл резервной копии 1С %1 не существует.</translation>
    </message>
    <message>
        <source>Checking the 1C backup %1...</source>
        <translation>Проверка резервной копии 1С %1...</translation>
    </message>
    <message>
        <source>The 1C backup %1 has changed since it was made (its SHA-256 differs); the infobase was not touched.</source>
        <translation>Резервная копия 1С %1 изменилась после создания (контрольная сумма SHA-256 не совпадает); информационная база не затронута.</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>ожидалось %1, получено %2</translation>
    </message>
    <message>
        <source>The 1C infobase %1 is restored from %2.</source>
        <translation>Информационная база 1С %1 восстановлена из %2.</translation>
    </message>
    <message>
        <source>No 1C infobase is configured (onec.filePath or onec.server).</source>
        <translation>Информационная база 1С не указана (onec.filePath или onec.server).</translation>
    </message>
    <message>
        <source>ibcmd reaches a server infobase through its DBMS, whose connection the profile does not hold. Use the Designer (onec.tool &quot;designer&quot;) for %1.</source>
        <translation>ibcmd работает с серверной информационной базой напрямую через СУБД, а параметров подключения к ней в профиле нет. Для %1 используйте Конфигуратор (onec.tool &quot;designer&quot;).</translation>
    </message>
    <message>
        <source>1C tool: %1</source>
        <translation>Программа 1С: %1</translation>
    </message>
    <message>
        <source>Could not write the 1C parameters file in %1.</source>
        <translation>Не удалось записать файл параметров 1С в %1.</translation>
    </message>
    <message>
        <source>Backing up the 1C infobase %1...</source>
        <translation>Резервное копирование информационной базы 1С %1...</translation>
    </message>
    <message>
        <source>Restoring the 1C infobase %1...</source>
        <translation>Восстановление информационной базы 1С %1...</translation>
    </message>
    <message>
        <source>Backing up the 1C infobase %1: %2 written</source>
        <translation>Резервное копирование информационной базы 1С %1: записано %2</translation>
    </message>
    <message>
        <source>Command: %1
Result: %2
Log (%3):
%4</source>
        <translation>Команда: %1
Результат: %2
Журнал (%3):
%4</translation>
    </message>
    <message>
        <source>The backup of the 1C infobase %1</source>
        <translation>Резервное копирование информационной базы 1С %1</translation>
    </message>
    <message>
        <source>The restore of the 1C infobase %1</source>
        <translation>Восстановление информационной базы 1С %1</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1: отменено.</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 minutes and was stopped.</source>
        <translation>%1: не завершилось за %2 мин. и было остановлено.</translation>
    </message>
    <message>
        <source>%1 could not start %2: %3</source>
        <translation>%1: не удалось запустить %2: %3</translation>
    </message>
    <message>
        <source>%1 failed: 1C %2 and wrote no reason. Its log: %3</source>
        <translation>%1: ошибка — 1С %2 и не сообщила причину. Журнал: %3</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1: ошибка — %2</translation>
    </message>
    <message>
        <source>%1 failed: 1C reported an error although it exited with code 0: %2</source>
        <translation>%1: ошибка — 1С сообщила об ошибке, хотя завершилась с кодом 0: %2</translation>
    </message>
    <message>
        <source>%1 failed: 1C reported success but wrote no backup file.</source>
        <translation>%1: ошибка — 1С сообщила об успехе, но файл резервной копии не создан.</translation>
    </message>
    <message>
        <source>1C exited with code 0 and reported no error, but its log lacks the usual &quot;successfully completed&quot; line.</source>
        <translation>1С завершилась с кодом 0 и не сообщила об ошибке, но в журнале нет обычной строки «успешно завершена».</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Журнал: %1</translation>
    </message>
    <message>
        <source>Could not lock the 1C infobase %1 for the backup: %2</source>
        <translation>Не удалось заблокировать информационную базу 1С %1 для резервного копирования: %2</translation>
    </message>
    <message>
        <source>Could not lock the 1C infobase %1 for the restore: %2</source>
        <translation>Не удалось заблокировать информационную базу 1С %1 для восстановления: %2</translation>
    </message>
</context>
<context>
    <name>upgrade::OneCExecutableLocator</name>
    <message>
        <source>%1 from the profile: %2</source>
        <translation>%1 из профиля: %2</translation>
    </message>
    <message>
        <source>%1 was not found at %2 (onec.executable in the profile).</source>
        <translation>%1 не найден по пути %2 (onec.executable в профиле).</translation>
    </message>
    <message>
        <source>%1 from PATH: %2</source>
        <translation>%1 из PATH: %2</translation>
    </message>
    <message>
        <source>%1 was not found: no 1C:Enterprise platform in %2 and none in PATH. Install the platform or set onec.executable in the profile.</source>
        <translation>%1 не найден: платформы 1С:Предприятие нет ни в %2, ни в PATH. Установите платформу или укажите onec.executable в профиле.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of platform %2 (the newest of %n installed version(s)): %3</source>
        <translation>
            <numerusform>%1 платформы %2 (новейшая из %n установленной версии): %3</numerusform>
            <numerusform>%1 платформы %2 (новейшая из %n установленных версий): %3</numerusform>
            <numerusform>%1 платформы %2 (новейшая из %n установленных версий): %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>upgrade::OneCODataCheck</name>
    <message>
        <source>No OData address of the 1C publication is configured (onec.odataUrl).</source>
        <translation>Адрес OData публикации 1С не указан (onec.odataUrl).</translation>
    </message>
    <message>
        <source>%1 is not an http(s) address.</source>
        <translation>%1 — не адрес http(s).</translation>
    </message>
    <message>
        <source>The check of 1C at %1 was cancelled.</source>
        <translation>Проверка 1С по адресу %1 отменена.</translation>
    </message>
    <message>
        <source>1C at %1 did not answer within %2 s. Check that the web server and the 1C server run.</source>
        <translation>1С по адресу %1 не ответила за %2 с. Проверьте, что веб-сервер и сервер 1С работают.</translation>
    </message>
    <message>
        <source>1C answers at %1 (OData metadata, HTTP 200).</source>
        <translation>1С отвечает по адресу %1 (метаданные OData, HTTP 200).</translation>
    </message>
    <message>
        <source>%1 answers HTTP 200 but not with OData metadata: the address probably points at another page (a proxy or a login page).</source>
        <translation>%1 отвечает HTTP 200, но не метаданными OData: вероятно, адрес ведёт на другую страницу (прокси или страницу входа).</translation>
    </message>
    <message>
        <source>1C at %1 refused the user &quot;%2&quot; (HTTP 401): wrong user name or password. Check the OData user and its password.</source>
        <translation>1С по адресу %1 отказала пользователю «%2» (HTTP 401): неверное имя пользователя или пароль. Проверьте пользователя OData и его пароль.</translation>
    </message>
    <message>
        <source>1C at %1 let the user &quot;%2&quot; in but forbids OData (HTTP 403): give the user the right to use the standard OData interface.</source>
        <translation>1С по адресу %1 пустила пользователя «%2», но запрещает OData (HTTP 403): дайте пользователю право на стандартный интерфейс OData.</translation>
    </message>
    <message>
        <source>There is no OData at %1 (HTTP 404): the publication path is wrong, or the infobase was published without &quot;Publish standard OData interface&quot;.</source>
        <translation>По адресу %1 нет OData (HTTP 404): неверный путь публикации, или база опубликована без флажка «Публиковать стандартный интерфейс OData».</translation>
    </message>
    <message>
        <source>%1 redirects to %2 (HTTP %3): use that address (often https or another publication path).</source>
        <translation>%1 перенаправляет на %2 (HTTP %3): укажите этот адрес (часто это https или другой путь публикации).</translation>
    </message>
    <message>
        <source>The 1C web server at %1 failed (HTTP %2 %3): the publication or the 1C server has a problem; see the web server&apos;s and 1C&apos;s logs.</source>
        <translation>Веб-сервер 1С по адресу %1 вернул ошибку (HTTP %2 %3): проблема в публикации или на сервере 1С; смотрите журналы веб-сервера и 1С.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3, which the check does not expect.</source>
        <translation>%1 ответил HTTP %2 %3 — такого ответа проверка не ожидает.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. Is the certificate trusted on this computer?</source>
        <translation>Не удалось установить защищённое соединение с %1: %2. Доверяет ли этот компьютер сертификату?</translation>
    </message>
    <message>
        <source>Cannot reach 1C at %1: %2. Check the address, that the web server runs, and the firewall.</source>
        <translation>Нет связи с 1С по адресу %1: %2. Проверьте адрес, работу веб-сервера и брандмауэр.</translation>
    </message>
</context>
<context>
    <name>upgrade::OneCSessionLock</name>
    <message>
        <source>Locking the 1C infobase %1 (sessions and scheduled jobs)...</source>
        <translation>Блокировка информационной базы 1С %1 (сеансы и регламентные задания)...</translation>
    </message>
    <message>
        <source>rac did not describe the infobase %1.</source>
        <translation>rac не вернул сведения об информационной базе %1.</translation>
    </message>
    <message>
        <source>Scheduled jobs of the 1C infobase %1 are denied.</source>
        <translation>Регламентные задания информационной базы 1С %1 заблокированы.</translation>
    </message>
    <message>
        <source>The infobase is being backed up before the 1C Connector upgrade. Please wait.</source>
        <translation>Выполняется резервное копирование информационной базы перед обновлением 1С Коннектора. Пожалуйста, подождите.</translation>
    </message>
    <message>
        <source>New sessions of the 1C infobase %1 are denied.</source>
        <translation>Новые сеансы информационной базы 1С %1 запрещены.</translation>
    </message>
    <message>
        <source>Ending the 1C session of %1 (%2)...</source>
        <translation>Завершение сеанса 1С пользователя %1 (%2)...</translation>
    </message>
    <message>
        <source>The 1C infobase %1 is still locked (%2). Unlock it by hand: %3</source>
        <translation>Информационная база 1С %1 всё ещё заблокирована (%2). Снимите блокировку вручную: %3</translation>
    </message>
    <message>
        <source>The 1C infobase %1 is unlocked (sessions and scheduled jobs as before).</source>
        <translation>Блокировка информационной базы 1С %1 снята (сеансы и регламентные задания — как было до неё).</translation>
    </message>
</context>
<context>
    <name>upgrade::ProductionOneCGuard</name>
    <message>
        <source>The profile&apos;s test 1C is the production 1C (%1). Give the test environment its own 1C infobase — a copy restored from the backup.</source>
        <translation>Тестовая 1С в профиле — это продуктивная 1С (%1). Укажите для тестовой среды отдельную информационную базу 1С — копию, восстановленную из резервной копии.</translation>
    </message>
    <message>
        <source>The test 1C (%1) differs from the production 1C (%2).</source>
        <translation>Тестовая 1С (%1) отличается от продуктивной 1С (%2).</translation>
    </message>
    <message>
        <source>The test site holds no 1C address, so it cannot be confirmed that the integration would reach the test 1C. Set the connector&apos;s 1C address on the test site to %1.</source>
        <translation>На тестовом сайте не указан адрес 1С, поэтому нельзя подтвердить, что интеграция пойдёт в тестовую 1С. Укажите в настройках коннектора на тестовом сайте адрес %1.</translation>
    </message>
    <message>
        <source>The test site still points at the PRODUCTION 1C (%1). Running the integration now would write into production. Re-point the connector&apos;s 1C address on the test site to the test 1C (%2) first.</source>
        <translation>Тестовый сайт всё ещё указывает на ПРОДУКТИВНУЮ 1С (%1). Запуск интеграции сейчас запишет данные в продуктив. Сначала перенаправьте адрес 1С в настройках коннектора на тестовом сайте на тестовую 1С (%2).</translation>
    </message>
    <message>
        <source>The test site points at the test 1C (%1).</source>
        <translation>Тестовый сайт указывает на тестовую 1С (%1).</translation>
    </message>
    <message>
        <source>The test site points at %1, which is neither the test 1C (%2) nor the production 1C (%3). Make sure it is not production before running the integration.</source>
        <translation>Тестовый сайт указывает на %1 — это ни тестовая 1С (%2), ни продуктивная 1С (%3). Перед запуском интеграции убедитесь, что это не продуктив.</translation>
    </message>
</context>
<context>
    <name>upgrade::RacClient</name>
    <message>
        <source>The 1C cluster administration (rac) %1: %2</source>
        <translation>Администрирование кластера 1С (rac) %1: %2</translation>
    </message>
    <message>
        <source>The RAS at %1 lists no 1C cluster.</source>
        <translation>RAS по адресу %1 не сообщил ни об одном кластере 1С.</translation>
    </message>
    <message numerus="yes">
        <source>Cannot tell which 1C cluster of the RAS at %1 serves %2: %n match(es).</source>
        <translation>
            <numerusform>Не удалось определить, какой кластер 1С на RAS %1 обслуживает %2: найдено %n совпадение.</numerusform>
            <numerusform>Не удалось определить, какой кластер 1С на RAS %1 обслуживает %2: найдено %n совпадения.</numerusform>
            <numerusform>Не удалось определить, какой кластер 1С на RAS %1 обслуживает %2: найдено %n совпадений.</numerusform>
        </translation>
    </message>
    <message>
        <source>The 1C cluster has no infobase named %1.</source>
        <translation>В кластере 1С нет информационной базы с именем %1.</translation>
    </message>
</context>
</TS>
