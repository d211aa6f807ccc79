<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>upgrade::BackupSpaceCheck</name>
    <message>
        <source>The free space in %1 could not be measured; the backup is attempted anyway.</source>
        <translation>Не удалось определить свободное место в %1; резервное копирование всё равно будет выполнено.</translation>
    </message>
    <message>
        <source>Not enough free space for the backup in %1: about %2 is needed (the database is %3), %4 is free. Free some space or choose another folder.</source>
        <translation>Недостаточно свободного места для резервной копии в %1: нужно около %2 (размер базы данных — %3), свободно %4. Освободите место или выберите другую папку.</translation>
    </message>
</context>
<context>
    <name>upgrade::ConnectorTables</name>
    <message>
        <source>&quot;%1&quot; is not a valid table or column name (Latin letters, digits and underscores only); it is refused.</source>
        <translation>«%1» — недопустимое имя таблицы или столбца (разрешены только латинские буквы, цифры и подчёркивание); оно отклонено.</translation>
    </message>
    <message>
        <source>%1 failed: the database user lacks a right: %2</source>
        <translation>%1 — ошибка: у пользователя базы данных нет нужного права: %2</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>%1 — ошибка.</translation>
    </message>
    <message>
        <source>The table %1 does not exist in this database. Check the connector&apos;s table names in the profile (or let the program look for candidates).</source>
        <translation>Таблицы %1 нет в этой базе данных. Проверьте имена таблиц коннектора в профиле (или поручите программе найти подходящие).</translation>
    </message>
    <message>
        <source>The snapshot table %1 already exists; try again in a second.</source>
        <translation>Таблица снимка %1 уже существует; повторите через секунду.</translation>
    </message>
    <message>
        <source>Clearing the mapping table %1</source>
        <translation>Очистка таблицы соответствий %1</translation>
    </message>
    <message>
        <source>Copying %1 to %2</source>
        <translation>Копирование %1 в %2</translation>
    </message>
    <message>
        <source>The copy of %1 has %2 rows instead of %3; nothing was cleared.</source>
        <translation>В копии %1 %2 строк вместо %3; ничего не очищено.</translation>
    </message>
    <message>
        <source>TRUNCATE is not allowed on %1 (%2); using DELETE.</source>
        <translation>TRUNCATE для %1 не разрешён (%2); используется DELETE.</translation>
    </message>
    <message>
        <source>%1 still has %2 rows after clearing; nothing was changed.</source>
        <translation>В %1 после очистки осталось строк: %2; ничего не изменено.</translation>
    </message>
    <message>
        <source>Copied %1 rows of %2 to %3.</source>
        <translation>Скопировано строк из %2 в %3: %1.</translation>
    </message>
    <message>
        <source>Cleared the mapping table %1: %2 rows before, %3 after.</source>
        <translation>Таблица соответствий %1 очищена: строк до — %2, после — %3.</translation>
    </message>
    <message>
        <source>The table %1 has no column %2 (&quot;Использовать для дедупликации&quot;). It appears when the new connector package is installed; install it first, or check the column name in the profile.</source>
        <translation>В таблице %1 нет столбца %2 («Использовать для дедупликации»). Он появляется после установки нового пакета коннектора: сначала установите пакет или проверьте имя столбца в профиле.</translation>
    </message>
    <message>
        <source>Setting %1 on every integration object</source>
        <translation>Установка %1 для всех объектов интеграции</translation>
    </message>
    <message>
        <source>%1: %2 rows were changed but %3 were expected and %4 remain without the flag; nothing was changed.</source>
        <translation>%1: изменено строк — %2, ожидалось — %3, без признака осталось — %4; ничего не изменено.</translation>
    </message>
    <message>
        <source>Set %1 on %2 of %3 integration objects.</source>
        <translation>%1 установлен для %2 из %3 объектов интеграции.</translation>
    </message>
    <message>
        <source>  %1: flag set</source>
        <translation>  %1: признак установлен</translation>
    </message>
    <message>
        <source>The table %1 has no column %2 yet.</source>
        <translation>В таблице %1 пока нет столбца %2.</translation>
    </message>
    <message>
        <source>Counting integration objects</source>
        <translation>Подсчёт объектов интеграции</translation>
    </message>
</context>
<context>
    <name>upgrade::DbAdminFactory</name>
    <message>
        <source>The %1 environment has no database settings (cloud hosting: the provider manages the database).</source>
        <translation>Для среды %1 не заданы параметры базы данных (облачное размещение: базой данных управляет провайдер).</translation>
    </message>
    <message>
        <source>The password of the database user «%1» is missing: give the secret %2 (%3).</source>
        <translation>Не задан пароль пользователя базы данных «%1»: укажите секрет %2 (%3).</translation>
    </message>
</context>
<context>
    <name>upgrade::DbError</name>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Операция отменена.</translation>
    </message>
</context>
<context>
    <name>upgrade::DbFingerprint</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>database system</source>
        <translation>СУБД</translation>
    </message>
    <message>
        <source>server</source>
        <translation>сервер</translation>
    </message>
    <message>
        <source>database</source>
        <translation>база данных</translation>
    </message>
    <message>
        <source>system identifier</source>
        <translation>системный идентификатор</translation>
    </message>
    <message>
        <source>database id</source>
        <translation>идентификатор базы данных</translation>
    </message>
    <message>
        <source>created</source>
        <translation>создана</translation>
    </message>
    <message>
        <source>rows in %1</source>
        <translation>строк в %1</translation>
    </message>
</context>
<context>
    <name>upgrade::MsSqlAdmin</name>
    <message>
        <source>SQL Server database «%1» on %2</source>
        <translation>база данных SQL Server «%1» на %2</translation>
    </message>
    <message>
        <source>(Windows account)</source>
        <translation>(учётная запись Windows)</translation>
    </message>
    <message>
        <source>%1 failed: the ODBC driver &quot;%2&quot; is not installed. Install Microsoft&apos;s ODBC Driver for SQL Server (or FreeTDS) and name it in the profile.</source>
        <translation>%1 — ошибка: ODBC-драйвер «%2» не установлен. Установите Microsoft ODBC Driver for SQL Server (или FreeTDS) и укажите его в профиле.</translation>
    </message>
    <message>
        <source>%1 failed: the server&apos;s TLS certificate is not trusted. Install a trusted certificate on the server, or set BPMSOFT_UPGRADE_MSSQL_ODBC_EXTRA=TrustServerCertificate=yes if you accept that risk.</source>
        <translation>%1 — ошибка: TLS-сертификат сервера не является доверенным. Установите на сервер доверенный сертификат или, если вы принимаете этот риск, задайте BPMSOFT_UPGRADE_MSSQL_ODBC_EXTRA=TrustServerCertificate=yes.</translation>
    </message>
    <message>
        <source>%1 failed: SQL Server refused the login «%2». Check the user and its password.</source>
        <translation>%1 — ошибка: SQL Server отклонил вход «%2». Проверьте имя пользователя и пароль.</translation>
    </message>
    <message>
        <source>Backups need membership in sysadmin, db_owner or db_backupoperator.</source>
        <translation>Для резервного копирования нужно членство в sysadmin, db_owner или db_backupoperator.</translation>
    </message>
    <message>
        <source>Restoring or reading a backup needs the CREATE DATABASE permission (the dbcreator role).</source>
        <translation>Для восстановления или чтения резервной копии нужно разрешение CREATE DATABASE (роль dbcreator).</translation>
    </message>
    <message>
        <source>%1 failed: the login «%2» lacks the %3 permission in the database %4. %5</source>
        <translation>%1 — ошибка: у имени входа «%2» нет разрешения %3 в базе данных %4. %5</translation>
    </message>
    <message>
        <source>%1 failed: the login «%2» lacks the RESTORE permission for this database: replacing an existing database needs sysadmin, dbcreator or its owner (db_owner is not enough).</source>
        <translation>%1 — ошибка: у имени входа «%2» нет разрешения RESTORE для этой базы данных: заменить существующую базу может sysadmin, dbcreator или её владелец (db_owner недостаточно).</translation>
    </message>
    <message>
        <source>%1 failed: the login «%2» lacks the %3 permission on %4.</source>
        <translation>%1 — ошибка: у имени входа «%2» нет разрешения %3 на %4.</translation>
    </message>
    <message>
        <source>%1 failed: the login «%2» lacks the VIEW SERVER STATE permission.</source>
        <translation>%1 — ошибка: у имени входа «%2» нет разрешения VIEW SERVER STATE.</translation>
    </message>
    <message>
        <source>%1 failed: the login «%2» lacks a permission: %3</source>
        <translation>%1 — ошибка: у имени входа «%2» нет нужного разрешения: %3</translation>
    </message>
    <message>
        <source>%1 failed: the SQL Server service account may not use that file or folder on the SQL Server host. Give the service account read and write rights on the folder.</source>
        <translation>%1 — ошибка: у учётной записи службы SQL Server нет доступа к этому файлу или папке на сервере SQL Server. Дайте учётной записи службы права на чтение и запись в эту папку.</translation>
    </message>
    <message>
        <source>%1 failed: the disk on the SQL Server host is full. Free some space or choose another folder there.</source>
        <translation>%1 — ошибка: диск на сервере SQL Server заполнен. Освободите место или выберите там другую папку.</translation>
    </message>
    <message>
        <source>%1 failed: the file or folder does not exist on the SQL Server host (paths are the server&apos;s, not this computer&apos;s; SQL Server does not create folders).</source>
        <translation>%1 — ошибка: файла или папки нет на сервере SQL Server (пути указываются на сервере, а не на этом компьютере; SQL Server не создаёт папки).</translation>
    </message>
    <message>
        <source>%1 failed: a database of that name already exists.</source>
        <translation>%1 — ошибка: база данных с таким именем уже существует.</translation>
    </message>
    <message>
        <source>%1 failed: the database is in use. Stop the site and try again.</source>
        <translation>%1 — ошибка: база данных используется. Остановите сайт и повторите.</translation>
    </message>
    <message>
        <source>%1 failed: SQL Server cannot create the database files in that folder of its host; check that it exists and that the service account may write there.</source>
        <translation>%1 — ошибка: SQL Server не может создать файлы базы данных в этой папке на своём сервере; проверьте, что папка существует и учётная запись службы может в неё писать.</translation>
    </message>
    <message>
        <source>%1 failed: the file is not a complete, valid SQL Server backup.</source>
        <translation>%1 — ошибка: файл не является полной исправной резервной копией SQL Server.</translation>
    </message>
    <message>
        <source>%1 failed: the database does not exist or the login «%2» may not open it.</source>
        <translation>%1 — ошибка: базы данных нет или имени входа «%2» нельзя её открыть.</translation>
    </message>
    <message>
        <source>%1 failed: SQL Server on %2 cannot be reached. Check the host, the port and the firewall.</source>
        <translation>%1 — ошибка: SQL Server на %2 недоступен. Проверьте адрес, порт и брандмауэр.</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>%1 — ошибка.</translation>
    </message>
    <message>
        <source>Connecting to SQL Server %1 (database %2)</source>
        <translation>Подключение к SQL Server %1 (база данных %2)</translation>
    </message>
    <message>
        <source>The restore cannot be stopped once it has started: it runs to the end.</source>
        <translation>Начатое восстановление нельзя прервать: оно будет выполнено до конца.</translation>
    </message>
    <message>
        <source>SQL Server&apos;s work could not be stopped (KILL needs the ALTER ANY CONNECTION permission): %1</source>
        <translation>Не удалось остановить работу SQL Server (для KILL нужно разрешение ALTER ANY CONNECTION): %1</translation>
    </message>
    <message>
        <source>SQL Server&apos;s progress cannot be shown (reading it needs the VIEW SERVER STATE permission); the work goes on.</source>
        <translation>Ход работы SQL Server показать нельзя (для этого нужно разрешение VIEW SERVER STATE); работа продолжается.</translation>
    </message>
    <message>
        <source>Identifying the database</source>
        <translation>Определение базы данных</translation>
    </message>
    <message>
        <source>Reading the database size</source>
        <translation>Чтение размера базы данных</translation>
    </message>
    <message>
        <source>Looking for the database %1</source>
        <translation>Поиск базы данных %1</translation>
    </message>
    <message>
        <source>Verifying the backup %1 on the SQL Server host</source>
        <translation>Проверка резервной копии %1 на сервере SQL Server</translation>
    </message>
    <message>
        <source>%1: the backup&apos;s header cannot be read.</source>
        <translation>%1: не удаётся прочитать заголовок резервной копии.</translation>
    </message>
    <message>
        <source>The backup of %1 to %2 on the SQL Server host</source>
        <translation>Резервное копирование %1 в %2 на сервере SQL Server</translation>
    </message>
    <message>
        <source>Reading the database %1</source>
        <translation>Чтение базы данных %1</translation>
    </message>
    <message>
        <source>%1 has no backup compression: the backup is written uncompressed.</source>
        <translation>В %1 нет сжатия резервных копий: копия записывается без сжатия.</translation>
    </message>
    <message>
        <source>A backup already exists at %1 on the SQL Server host; choose another name.</source>
        <translation>На сервере SQL Server по пути %1 уже есть резервная копия; выберите другое имя.</translation>
    </message>
    <message>
        <source>A file that is not a backup exists at %1 on the SQL Server host; it is not overwritten. Choose another name.</source>
        <translation>На сервере SQL Server по пути %1 есть файл, который не является резервной копией; он не будет перезаписан. Выберите другое имя.</translation>
    </message>
    <message>
        <source>Backing up %1 to %2 on the SQL Server host</source>
        <translation>Резервное копирование %1 в %2 на сервере SQL Server</translation>
    </message>
    <message>
        <source>SQL Server may have left an incomplete file at %1 on its host; it is not a valid backup — delete it.</source>
        <translation>SQL Server мог оставить на своём сервере незавершённый файл %1; это не исправная резервная копия — удалите его.</translation>
    </message>
    <message>
        <source>The backup was cancelled. %1</source>
        <translation>Резервное копирование отменено. %1</translation>
    </message>
    <message>
        <source>Backup of %1 written to %2 on the SQL Server host (%3), verified with RESTORE VERIFYONLY.</source>
        <translation>Резервная копия %1 записана в %2 на сервере SQL Server (%3) и проверена командой RESTORE VERIFYONLY.</translation>
    </message>
    <message>
        <source>The backup %1 has changed since it was made: its SHA-256 is %2, %3 was recorded.</source>
        <translation>Резервная копия %1 изменилась после создания: её SHA-256 — %2, а записан %3.</translation>
    </message>
    <message>
        <source>The backup is on the SQL Server host and not reachable from here: its SHA-256 was not computed; SQL Server checked its checksums.</source>
        <translation>Резервная копия находится на сервере SQL Server и недоступна отсюда: её SHA-256 не вычислен; контрольные суммы проверил SQL Server.</translation>
    </message>
    <message>
        <source>A trial restore is not made for SQL Server: RESTORE VERIFYONLY WITH CHECKSUM checked the backup.</source>
        <translation>Для SQL Server пробное восстановление не выполняется: копию проверила команда RESTORE VERIFYONLY WITH CHECKSUM.</translation>
    </message>
    <message>
        <source>Restoring %1 as «%2»</source>
        <translation>Восстановление %1 как «%2»</translation>
    </message>
    <message>
        <source>A database «%1» already exists on %2. Choose another name or drop it first.</source>
        <translation>База данных «%1» уже существует на %2. Выберите другое имя или сначала удалите её.</translation>
    </message>
    <message>
        <source>%1: the backup lists no database files.</source>
        <translation>%1: в резервной копии не перечислено ни одного файла базы данных.</translation>
    </message>
    <message>
        <source>File %1 goes to %2 on the SQL Server host.</source>
        <translation>Файл %1 будет размещён в %2 на сервере SQL Server.</translation>
    </message>
    <message>
        <source>Dropped the unfinished database «%1».</source>
        <translation>Незавершённая база данных «%1» удалена.</translation>
    </message>
    <message>
        <source>The unfinished database «%1» could not be dropped: %2</source>
        <translation>Не удалось удалить незавершённую базу данных «%1»: %2</translation>
    </message>
    <message>
        <source>Restored %1 as «%2».</source>
        <translation>%1 восстановлена как «%2».</translation>
    </message>
    <message>
        <source>Replacing «%1» with the backup %2</source>
        <translation>Замена «%1» резервной копией %2</translation>
    </message>
    <message>
        <source>Verified %1 (RESTORE VERIFYONLY).</source>
        <translation>%1 проверена (RESTORE VERIFYONLY).</translation>
    </message>
    <message>
        <source>The database «%1» is still online.</source>
        <translation>База данных «%1» по-прежнему в сети.</translation>
    </message>
    <message>
        <source>The database «%1» is now %2: restore it again from a valid backup before the site is started.</source>
        <translation>База данных «%1» сейчас в состоянии %2: восстановите её из исправной резервной копии, прежде чем запускать сайт.</translation>
    </message>
    <message>
        <source>Set «%1» to single-user mode, ending other sessions.</source>
        <translation>«%1» переведена в однопользовательский режим, другие сеансы завершены.</translation>
    </message>
    <message>
        <source>Replaced «%1» with the backup %2 (RESTORE … WITH REPLACE).</source>
        <translation>«%1» заменена резервной копией %2 (RESTORE … WITH REPLACE).</translation>
    </message>
    <message>
        <source>«%1» could not be set back to multi-user mode: %2</source>
        <translation>Не удалось вернуть «%1» в многопользовательский режим: %2</translation>
    </message>
</context>
<context>
    <name>upgrade::MsSqlStatements</name>
    <message>
        <source>&quot;%1&quot; is not an absolute path on the SQL Server host (like D:\Backup\BPMSoft.bak).</source>
        <translation>«%1» — не абсолютный путь на сервере SQL Server (например, D:\Backup\BPMSoft.bak).</translation>
    </message>
    <message>
        <source>The path contains a control character.</source>
        <translation>Путь содержит управляющий символ.</translation>
    </message>
    <message>
        <source>The path is longer than 259 characters.</source>
        <translation>Путь длиннее 259 символов.</translation>
    </message>
</context>
<context>
    <name>upgrade::PartialFile</name>
    <message>
        <source>The unfinished file %1 of an earlier attempt cannot be removed.</source>
        <translation>Не удаётся удалить незавершённый файл %1, оставшийся от предыдущей попытки.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written to the disk completely.</source>
        <translation>Резервную копию %1 не удалось полностью записать на диск.</translation>
    </message>
    <message>
        <source>The file %1 already exists.</source>
        <translation>Файл %1 уже существует.</translation>
    </message>
    <message>
        <source>The finished backup could not be renamed from %1 to %2.</source>
        <translation>Не удалось переименовать готовую резервную копию из %1 в %2.</translation>
    </message>
</context>
<context>
    <name>upgrade::PostgresAdmin</name>
    <message>
        <source>PostgreSQL database «%1» on %2:%3</source>
        <translation>база данных PostgreSQL «%1» на %2:%3</translation>
    </message>
    <message>
        <source>Connecting to the PostgreSQL database «%1» on %2:%3</source>
        <translation>Подключение к базе данных PostgreSQL «%1» на %2:%3</translation>
    </message>
    <message>
        <source>%1 failed: the user «%2» lacks the CREATEDB right (creating a database). Grant it (ALTER ROLE … CREATEDB) or use a superuser.</source>
        <translation>%1 — ошибка: у пользователя «%2» нет права CREATEDB (создание баз данных). Выдайте его (ALTER ROLE … CREATEDB) или используйте суперпользователя.</translation>
    </message>
    <message>
        <source>%1 failed: the user «%2» is not the owner of the database, which renaming or dropping it requires. Use the owner or a superuser.</source>
        <translation>%1 — ошибка: пользователь «%2» не владелец базы данных, а переименовать или удалить её может только владелец. Используйте владельца или суперпользователя.</translation>
    </message>
    <message>
        <source>%1 failed: the user «%2» may not end other sessions (it needs the pg_signal_backend role, or to be a superuser). Stop the site and close other connections, or use a superuser.</source>
        <translation>%1 — ошибка: пользователь «%2» не может завершать чужие сеансы (нужна роль pg_signal_backend или права суперпользователя). Остановите сайт и закройте другие подключения или используйте суперпользователя.</translation>
    </message>
    <message>
        <source>%1 failed: the user «%2» lacks the %3 right on the %4 %5. Grant it or use the database owner or a superuser.</source>
        <translation>%1 — ошибка: у пользователя «%2» нет права %3 на объект %4 %5. Выдайте это право или используйте владельца базы данных либо суперпользователя.</translation>
    </message>
    <message>
        <source>%1 failed: the user «%2» lacks a right: %3</source>
        <translation>%1 — ошибка: у пользователя «%2» нет нужного права: %3</translation>
    </message>
    <message>
        <source>%1 failed: the server refused the login of «%2». Check the user and its password.</source>
        <translation>%1 — ошибка: сервер отклонил вход пользователя «%2». Проверьте имя пользователя и пароль.</translation>
    </message>
    <message>
        <source>%1 failed: the database does not exist.</source>
        <translation>%1 — ошибка: базы данных не существует.</translation>
    </message>
    <message>
        <source>%1 failed: a database of that name already exists.</source>
        <translation>%1 — ошибка: база данных с таким именем уже существует.</translation>
    </message>
    <message>
        <source>%1 failed: other sessions are using the database. Stop the site that uses it and try again.</source>
        <translation>%1 — ошибка: базу данных используют другие сеансы. Остановите сайт, который с ней работает, и повторите.</translation>
    </message>
    <message>
        <source>%1 failed: the PostgreSQL server %2:%3 cannot be reached. Check the host, the port and that the server is running.</source>
        <translation>%1 — ошибка: сервер PostgreSQL %2:%3 недоступен. Проверьте адрес, порт и что сервер запущен.</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>%1 — ошибка.</translation>
    </message>
    <message>
        <source>%1: the tool %2</source>
        <translation>%1: программа %2</translation>
    </message>
    <message>
        <source>%1 did not finish in time and was stopped.</source>
        <translation>%1 не завершилось вовремя и было остановлено.</translation>
    </message>
    <message>
        <source>%1 failed: the disk is full. Free some space or choose another folder.</source>
        <translation>%1 — ошибка: диск заполнен. Освободите место или выберите другую папку.</translation>
    </message>
    <message>
        <source>%1 failed: the PostgreSQL tools are older than the server. Install the tools of the server&apos;s version.</source>
        <translation>%1 — ошибка: утилиты PostgreSQL старше сервера. Установите утилиты версии сервера.</translation>
    </message>
    <message>
        <source>%1 failed: another session holds a lock on a table for too long. Stop the site or the process holding it and try again.</source>
        <translation>%1 — ошибка: другой сеанс слишком долго удерживает блокировку таблицы. Остановите сайт или процесс, который её держит, и повторите.</translation>
    </message>
    <message>
        <source>%1 failed: the user «%2» must be a member of the role %3 to give objects back to their owners. Use a superuser.</source>
        <translation>%1 — ошибка: чтобы вернуть объекты их владельцам, пользователь «%2» должен быть членом роли %3. Используйте суперпользователя.</translation>
    </message>
    <message>
        <source>%1 failed: the tool %2.</source>
        <translation>%1 — ошибка: программа %2.</translation>
    </message>
    <message>
        <source>Reading the server version</source>
        <translation>Чтение версии сервера</translation>
    </message>
    <message>
        <source>Identifying the database</source>
        <translation>Определение базы данных</translation>
    </message>
    <message>
        <source>Reading the database size</source>
        <translation>Чтение размера базы данных</translation>
    </message>
    <message>
        <source>Looking for the database %1</source>
        <translation>Поиск базы данных %1</translation>
    </message>
    <message>
        <source>The backup of %1</source>
        <translation>Резервное копирование: %1</translation>
    </message>
    <message>
        <source>No backup file was given.</source>
        <translation>Не указан файл резервной копии.</translation>
    </message>
    <message>
        <source>The file %1 already exists; choose another name.</source>
        <translation>Файл %1 уже существует; выберите другое имя.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>Reading the database %1</source>
        <translation>Чтение базы данных %1</translation>
    </message>
    <message>
        <source>Backing up %1</source>
        <translation>Резервное копирование: %1</translation>
    </message>
    <message>
        <source>Backing up %1: table %2 (%3 of %4)</source>
        <translation>Резервное копирование %1: таблица %2 (%3 из %4)</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>Выполняется: %1</translation>
    </message>
    <message>
        <source>Verifying the backup of %1</source>
        <translation>Проверка резервной копии %1</translation>
    </message>
    <message>
        <source>The trial restore of the backup failed: %1</source>
        <translation>Пробное восстановление резервной копии не удалось: %1</translation>
    </message>
    <message>
        <source>Backup of %1 written to %2 (%3, sha256 %4), verified.</source>
        <translation>Резервная копия %1 записана в %2 (%3, sha256 %4) и проверена.</translation>
    </message>
    <message>
        <source>%1 is not a valid PostgreSQL backup: pg_restore cannot read its table of contents.</source>
        <translation>%1 — не исправная резервная копия PostgreSQL: pg_restore не может прочитать её оглавление.</translation>
    </message>
    <message>
        <source>%1 is an empty PostgreSQL archive.</source>
        <translation>%1 — пустой архив PostgreSQL.</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete: not every part of it can be read.</source>
        <translation>%1 повреждена или неполна: прочитать её целиком не удаётся.</translation>
    </message>
    <message>
        <source>The backup file %1 does not exist.</source>
        <translation>Файла резервной копии %1 не существует.</translation>
    </message>
    <message>
        <source>%1 is an unfinished backup (its name ends with %2).</source>
        <translation>%1 — незавершённая резервная копия (её имя оканчивается на %2).</translation>
    </message>
    <message>
        <source>Verifying the backup %1</source>
        <translation>Проверка резервной копии %1</translation>
    </message>
    <message>
        <source>The backup %1 has changed since it was made: its SHA-256 is %2, %3 was recorded.</source>
        <translation>Резервная копия %1 изменилась после создания: её SHA-256 — %2, а записан %3.</translation>
    </message>
    <message>
        <source>Trial restore of %1</source>
        <translation>Пробное восстановление %1</translation>
    </message>
    <message>
        <source>The trial restore of %1 failed: %2</source>
        <translation>Пробное восстановление %1 не удалось: %2</translation>
    </message>
    <message>
        <source>The backup %1 is valid: %2 entries, %3, sha256 %4.</source>
        <translation>Резервная копия %1 исправна: элементов — %2, %3, sha256 %4.</translation>
    </message>
    <message>
        <source>Creating the database «%1»</source>
        <translation>Создание базы данных «%1»</translation>
    </message>
    <message>
        <source>Restoring %1: %2</source>
        <translation>Восстановление %1: %2</translation>
    </message>
    <message>
        <source>pg_restore reported an object that already existed: %1</source>
        <translation>pg_restore сообщил об уже существующем объекте: %1</translation>
    </message>
    <message>
        <source>Restoring the backup into «%1»</source>
        <translation>Восстановление резервной копии в «%1»</translation>
    </message>
    <message>
        <source>The configured database «%1» is never dropped.</source>
        <translation>Указанная в профиле база данных «%1» никогда не удаляется.</translation>
    </message>
    <message>
        <source>Dropping the database «%1»</source>
        <translation>Удаление базы данных «%1»</translation>
    </message>
    <message>
        <source>The casts BPMSoft needs are present in «%1».</source>
        <translation>Нужные BPMSoft приведения типов в «%1» есть.</translation>
    </message>
    <message>
        <source>Created the casts BPMSoft needs in «%1»: %2</source>
        <translation>В «%1» созданы нужные BPMSoft приведения типов: %2</translation>
    </message>
    <message>
        <source>Created the database «%1» (template0, UTF8).</source>
        <translation>Создана база данных «%1» (template0, UTF8).</translation>
    </message>
    <message>
        <source>Restoring %1 into «%2»</source>
        <translation>Восстановление %1 в «%2»</translation>
    </message>
    <message>
        <source>Restored %1 into «%2».</source>
        <translation>%1 восстановлена в «%2».</translation>
    </message>
    <message>
        <source>A database «%1» already exists on %2:%3. Choose another name or drop it first.</source>
        <translation>База данных «%1» уже существует на %2:%3. Выберите другое имя или сначала удалите её.</translation>
    </message>
    <message>
        <source>Renaming the database «%1» to «%2»</source>
        <translation>Переименование базы данных «%1» в «%2»</translation>
    </message>
    <message>
        <source>Checking the backup %1</source>
        <translation>Проверка резервной копии %1</translation>
    </message>
    <message>
        <source>Reading the database «%1»</source>
        <translation>Чтение базы данных «%1»</translation>
    </message>
    <message>
        <source>Keeping the current database aside as «%1»</source>
        <translation>Текущая база данных сохраняется как «%1»</translation>
    </message>
    <message>
        <source>Renamed the current database «%1» to «%2».</source>
        <translation>Текущая база данных «%1» переименована в «%2».</translation>
    </message>
    <message>
        <source>%1 The previous database could NOT be put back: it is kept as «%2». Rename it to «%3» by hand (ALTER DATABASE … RENAME TO …).</source>
        <translation>%1 Прежнюю базу данных НЕ удалось вернуть на место: она сохранена как «%2». Переименуйте её в «%3» вручную (ALTER DATABASE … RENAME TO …).</translation>
    </message>
    <message>
        <source>The restore failed; the previous database «%1» was put back.</source>
        <translation>Восстановление не удалось; прежняя база данных «%1» возвращена на место.</translation>
    </message>
    <message>
        <source>%1 The previous database «%2» was put back unchanged.</source>
        <translation>%1 Прежняя база данных «%2» возвращена на место без изменений.</translation>
    </message>
    <message>
        <source>The owner of «%1» could not be set back to %2: %3</source>
        <translation>Не удалось вернуть владельца «%1» (%2): %3</translation>
    </message>
    <message>
        <source>The right %1 on «%2» could not be given back: %3</source>
        <translation>Не удалось вернуть право %1 на «%2»: %3</translation>
    </message>
    <message>
        <source>The setting %1 of «%2» could not be given back: %3</source>
        <translation>Не удалось вернуть параметр %1 базы «%2»: %3</translation>
    </message>
    <message>
        <source>Dropped the previous database (kept aside as «%1»).</source>
        <translation>Прежняя база данных (сохранённая как «%1») удалена.</translation>
    </message>
    <message>
        <source>The previous database is still there as «%1»; drop it when no longer needed: %2</source>
        <translation>Прежняя база данных осталась как «%1»; удалите её, когда она станет не нужна: %2</translation>
    </message>
    <message>
        <source>Replaced «%1» with the backup %2.</source>
        <translation>«%1» заменена резервной копией %2.</translation>
    </message>
    <message>
        <source>not a plain setting name</source>
        <translation>недопустимое имя параметра</translation>
    </message>
</context>
<context>
    <name>upgrade::PostgresCasts</name>
    <message>
        <source>The casts of the database could not be read.</source>
        <translation>Не удалось прочитать приведения типов базы данных.</translation>
    </message>
    <message>
        <source>The casts BPMSoft needs could not be created.</source>
        <translation>Не удалось создать нужные BPMSoft приведения типов.</translation>
    </message>
    <message>
        <source>The casts BPMSoft needs (%1) are missing and this user may not create them: creating a cast needs a superuser. Run CreateTypeCastsPostgreSql.sql as a superuser, or restore as one.</source>
        <translation>Нет нужных BPMSoft приведений типов (%1), а этот пользователь не может их создать: для этого нужен суперпользователь. Выполните CreateTypeCastsPostgreSql.sql от имени суперпользователя или восстанавливайте от его имени.</translation>
    </message>
    <message>
        <source>The casts BPMSoft needs (%1) could not be created.</source>
        <translation>Не удалось создать нужные BPMSoft приведения типов (%1).</translation>
    </message>
</context>
<context>
    <name>upgrade::PostgresTools</name>
    <message>
        <source>Install the PostgreSQL %1 command line tools (the PostgreSQL installer&apos;s &quot;Command Line Tools&quot;) or give their folder in the settings.</source>
        <translation>Установите утилиты командной строки PostgreSQL %1 (компонент «Command Line Tools» установщика PostgreSQL) или укажите их папку в настройках.</translation>
    </message>
    <message>
        <source>Install the PostgreSQL %1 client tools (Debian/Ubuntu: the package postgresql-client-%1 from apt.postgresql.org) or give their folder with BPMSOFT_UPGRADE_PG_BIN.</source>
        <translation>Установите клиентские утилиты PostgreSQL %1 (Debian/Ubuntu: пакет postgresql-client-%1 из apt.postgresql.org) или укажите их папку в BPMSOFT_UPGRADE_PG_BIN.</translation>
    </message>
    <message>
        <source>The PostgreSQL tools found are older than the server (version %1): pg_dump cannot back up a newer server. %2</source>
        <translation>Найденные утилиты PostgreSQL старше сервера (версия %1): pg_dump не может создать резервную копию более нового сервера. %2</translation>
    </message>
    <message>
        <source>pg_dump and pg_restore were not found. %1</source>
        <translation>pg_dump и pg_restore не найдены. %1</translation>
    </message>
</context>
<context>
    <name>upgrade::SchemaInspector</name>
    <message>
        <source>The list of tables could not be read.</source>
        <translation>Не удалось прочитать список таблиц.</translation>
    </message>
    <message>
        <source>There are several tables named like %1 (%2); rename the extra ones or give the exact name in the profile.</source>
        <translation>Есть несколько таблиц с именем вида %1 (%2); переименуйте лишние или укажите точное имя в профиле.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid table name.</source>
        <translation>«%1» — недопустимое имя таблицы.</translation>
    </message>
    <message>
        <source>The rows of %1 could not be counted.</source>
        <translation>Не удалось подсчитать строки в %1.</translation>
    </message>
</context>
<context>
    <name>upgrade::SqlDialect</name>
    <message>
        <source>The database name is empty.</source>
        <translation>Имя базы данных пустое.</translation>
    </message>
    <message>
        <source>The database name contains a control character.</source>
        <translation>Имя базы данных содержит управляющий символ.</translation>
    </message>
    <message>
        <source>The database name begins or ends with a space.</source>
        <translation>Имя базы данных начинается или заканчивается пробелом.</translation>
    </message>
    <message>
        <source>The database name is longer than PostgreSQL allows (63 bytes).</source>
        <translation>Имя базы данных длиннее, чем допускает PostgreSQL (63 байта).</translation>
    </message>
    <message>
        <source>The database name is longer than SQL Server allows (128 characters).</source>
        <translation>Имя базы данных длиннее, чем допускает SQL Server (128 символов).</translation>
    </message>
</context>
<context>
    <name>upgrade::SqliteAdmin</name>
    <message>
        <source>SQLite database %1</source>
        <translation>база данных SQLite %1</translation>
    </message>
    <message>
        <source>The SQLite database %1 does not exist.</source>
        <translation>Базы данных SQLite %1 не существует.</translation>
    </message>
    <message>
        <source>The SQLite database %1 cannot be opened.</source>
        <translation>Не удаётся открыть базу данных SQLite %1.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Не удаётся прочитать файл %1.</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database.</source>
        <translation>%1 — не база данных SQLite.</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite&apos;s integrity check failed.</source>
        <translation>%1 повреждена: проверка целостности SQLite не пройдена.</translation>
    </message>
    <message>
        <source>No backup file was given.</source>
        <translation>Не указан файл резервной копии.</translation>
    </message>
    <message>
        <source>The backup cannot be written over the database itself.</source>
        <translation>Резервную копию нельзя записать поверх самой базы данных.</translation>
    </message>
    <message>
        <source>The file %1 already exists; choose another name.</source>
        <translation>Файл %1 уже существует; выберите другое имя.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>Backing up %1</source>
        <translation>Резервное копирование: %1</translation>
    </message>
    <message>
        <source>The backup of %1 failed: the disk is full. Free some space or choose another folder.</source>
        <translation>Резервное копирование %1 не удалось: диск заполнен. Освободите место или выберите другую папку.</translation>
    </message>
    <message>
        <source>The backup of %1 failed.</source>
        <translation>Резервное копирование %1 не удалось.</translation>
    </message>
    <message>
        <source>Backup of %1 written to %2 (%3, sha256 %4), verified.</source>
        <translation>Резервная копия %1 записана в %2 (%3, sha256 %4) и проверена.</translation>
    </message>
    <message>
        <source>The backup file %1 does not exist.</source>
        <translation>Файла резервной копии %1 не существует.</translation>
    </message>
    <message>
        <source>%1 is an unfinished backup (its name ends with %2).</source>
        <translation>%1 — незавершённая резервная копия (её имя оканчивается на %2).</translation>
    </message>
    <message>
        <source>Verifying the backup %1</source>
        <translation>Проверка резервной копии %1</translation>
    </message>
    <message>
        <source>The backup %1 has changed since it was made: its SHA-256 is %2, %3 was recorded.</source>
        <translation>Резервная копия %1 изменилась после создания: её SHA-256 — %2, а записан %3.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Не указан файл базы данных.</translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose another name or remove it first.</source>
        <translation>Файл %1 уже существует. Выберите другое имя или сначала удалите его.</translation>
    </message>
    <message>
        <source>Restoring %1 as %2</source>
        <translation>Восстановление %1 как %2</translation>
    </message>
    <message>
        <source>The backup could not be copied to %1.</source>
        <translation>Не удалось скопировать резервную копию в %1.</translation>
    </message>
    <message>
        <source>Restored %1 as %2.</source>
        <translation>%1 восстановлена как %2.</translation>
    </message>
    <message>
        <source>Replacing %1 with %2</source>
        <translation>Замена %1 копией %2</translation>
    </message>
    <message>
        <source>The backup could not be copied beside %1.</source>
        <translation>Не удалось скопировать резервную копию рядом с %1.</translation>
    </message>
    <message>
        <source>%1 could not be moved aside: is the site still using it? Stop it and try again.</source>
        <translation>Не удалось отложить %1: возможно, сайт ещё работает с ней? Остановите его и повторите.</translation>
    </message>
    <message>
        <source>Moved the current database aside as %1.</source>
        <translation>Текущая база данных отложена как %1.</translation>
    </message>
    <message>
        <source>The restored file could not be put in place of %1; the previous database was put back.</source>
        <translation>Не удалось поставить восстановленный файл на место %1; прежняя база данных возвращена на место.</translation>
    </message>
    <message>
        <source>Removed the previous database.</source>
        <translation>Прежняя база данных удалена.</translation>
    </message>
    <message>
        <source>Replaced %1 with the backup %2.</source>
        <translation>%1 заменена резервной копией %2.</translation>
    </message>
</context>
<context>
    <name>upgrade::TestCopyNeutralizer</name>
    <message>
        <source>%1 failed: the database user lacks a right: %2</source>
        <translation>%1 — ошибка: у пользователя базы данных нет нужного права: %2</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>%1 — ошибка.</translation>
    </message>
    <message>
        <source>The address of the test 1C is not set: the test copy would keep exchanging with the production 1C.</source>
        <translation>Не задан адрес тестовой 1С: тестовая копия продолжила бы обмен с продуктивной 1С.</translation>
    </message>
    <message>
        <source>The test 1C address %1 is the production 1C&apos;s. Give the address of a test 1C with a copy of the data.</source>
        <translation>Адрес тестовой 1С %1 совпадает с адресом продуктивной 1С. Укажите адрес тестовой 1С с копией данных.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid table name; it is refused.</source>
        <translation>«%1» — недопустимое имя таблицы; оно отклонено.</translation>
    </message>
    <message>
        <source>Making the test copy inert failed.</source>
        <translation>Не удалось отключить тестовую копию от внешнего мира.</translation>
    </message>
    <message>
        <source>The connector&apos;s 1C connection settings (table %1, column SmrUrl) were not found in the test copy, so it cannot be re-pointed at the test 1C. Check the table name in the profile.</source>
        <translation>В тестовой копии не найдены параметры подключения коннектора к 1С (таблица %1, столбец SmrUrl), поэтому её нельзя перенаправить на тестовую 1С. Проверьте имя таблицы в профиле.</translation>
    </message>
    <message>
        <source>Reading the 1C connection</source>
        <translation>Чтение подключения к 1С</translation>
    </message>
    <message>
        <source>Re-pointing the 1C connection</source>
        <translation>Перенаправление подключения к 1С</translation>
    </message>
    <message>
        <source>No 1C connection is configured in %1.</source>
        <translation>В %1 не настроено ни одного подключения к 1С.</translation>
    </message>
    <message>
        <source>Re-pointed the connector&apos;s 1C connection (%1) from %2 to %3%4</source>
        <translation>Подключение коннектора к 1С (%1) перенаправлено с %2 на %3%4</translation>
    </message>
    <message>
        <source>, user %1</source>
        <translation>, пользователь %1</translation>
    </message>
    <message>
        <source>No Quartz trigger table (QRTZ_TRIGGERS) was found.</source>
        <translation>Таблица триггеров Quartz (QRTZ_TRIGGERS) не найдена.</translation>
    </message>
    <message>
        <source>Pausing the scheduler triggers</source>
        <translation>Приостановка триггеров планировщика</translation>
    </message>
    <message>
        <source>Paused %1 scheduler triggers (%2).</source>
        <translation>Приостановлено триггеров планировщика: %1 (%2).</translation>
    </message>
    <message>
        <source>Marking all trigger groups paused</source>
        <translation>Пометка всех групп триггеров как приостановленных</translation>
    </message>
    <message>
        <source>Marked all trigger groups paused for %1 schedulers (%2).</source>
        <translation>Все группы триггеров помечены как приостановленные для планировщиков: %1 (%2).</translation>
    </message>
    <message>
        <source>Clearing %1</source>
        <translation>Очистка %1</translation>
    </message>
    <message>
        <source>Removed %1 rows of production&apos;s scheduler nodes (%2).</source>
        <translation>Удалено строк об узлах планировщика продуктивной среды: %1 (%2).</translation>
    </message>
    <message>
        <source>No mail settings table %1 was found.</source>
        <translation>Таблица почтовых настроек %1 не найдена.</translation>
    </message>
    <message>
        <source>Switching off mail in %1</source>
        <translation>Отключение почты в %1</translation>
    </message>
    <message>
        <source>Switched off %1 in %2 rows of %3.</source>
        <translation>%1 отключено в %3, строк: %2.</translation>
    </message>
    <message>
        <source>The SiteUrl system setting was not found.</source>
        <translation>Системная настройка SiteUrl не найдена.</translation>
    </message>
    <message>
        <source>Setting SiteUrl</source>
        <translation>Установка SiteUrl</translation>
    </message>
    <message>
        <source>Set the SiteUrl system setting to %1.</source>
        <translation>Системной настройке SiteUrl присвоено значение %1.</translation>
    </message>
    <message>
        <source>The table %1 does not exist.</source>
        <translation>Таблицы %1 не существует.</translation>
    </message>
    <message>
        <source>The table %1 has no column SmrUrl.</source>
        <translation>В таблице %1 нет столбца SmrUrl.</translation>
    </message>
</context>
</TS>
