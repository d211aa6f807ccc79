<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>upgrade::cli::DbBackupCommand</name>
    <message>
        <source>db backup --profile P --environment production|test --output FILE [--secrets-file F] [--json]: a full, verified backup of the environment&apos;s BPMSoft database</source>
        <translation>db backup --profile P --environment production|test --output FILE [--secrets-file F] [--json]: полная проверенная резервная копия базы данных BPMSoft среды</translation>
    </message>
    <message>
        <source>The backup file to write. For MS SQL a path on the SQL Server host (e.g. D:\Backup\BPMSoft.bak).</source>
        <translation>Файл резервной копии. Для MS SQL — путь на сервере SQL Server (например, D:\Backup\BPMSoft.bak).</translation>
    </message>
    <message>
        <source>Replace the file if it exists.</source>
        <translation>Заменить файл, если он существует.</translation>
    </message>
    <message>
        <source>Also restore the backup into a temporary database to prove it (PostgreSQL).</source>
        <translation>Дополнительно проверить копию пробным восстановлением во временную базу данных (PostgreSQL).</translation>
    </message>
    <message>
        <source>--output FILE is required. See %1 --help.</source>
        <translation>Нужно указать --output FILE. См. %1 --help.</translation>
    </message>
    <message>
        <source>Note: %1 is a path on the SQL Server host; SQL Server&apos;s service account writes it there.</source>
        <translation>Примечание: %1 — путь на сервере SQL Server; файл там записывает учётная запись службы SQL Server.</translation>
    </message>
    <message>
        <source>Backup of %1 written and verified: %2</source>
        <translation>Резервная копия %1 записана и проверена: %2</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Размер: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
</context>
<context>
    <name>upgrade::cli::DbCommandSupport</name>
    <message>
        <source>The profile (JSON) that describes the environments.</source>
        <translation>Профиль (JSON) с описанием сред.</translation>
    </message>
    <message>
        <source>production or test.</source>
        <translation>production или test.</translation>
    </message>
    <message>
        <source>production or test (default: production): whose server reads the file.</source>
        <translation>production или test (по умолчанию production): сервер какой среды читает файл.</translation>
    </message>
    <message>
        <source>A file of key=value secrets, readable by its owner only (production.database=…).</source>
        <translation>Файл секретов вида ключ=значение, доступный для чтения только владельцу (production.database=…).</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Вывести результат одним объектом JSON.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Unexpected argument %1. See %2 --help.</source>
        <translation>Лишний аргумент %1. См. %2 --help.</translation>
    </message>
    <message>
        <source>--profile FILE is required. See %1 --help.</source>
        <translation>Нужно указать --profile FILE. См. %1 --help.</translation>
    </message>
    <message>
        <source>--environment production|test is required. See %1 --help.</source>
        <translation>Нужно указать --environment production|test. См. %1 --help.</translation>
    </message>
    <message>
        <source>Unknown environment &quot;%1&quot;: give production or test.</source>
        <translation>Неизвестная среда «%1»: укажите production или test.</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Подробности:</translation>
    </message>
</context>
<context>
    <name>upgrade::cli::DbFingerprintCommand</name>
    <message>
        <source>db fingerprint --profile P --environment production|test [--secrets-file F] [--json]: who the environment&apos;s database is (server, name, identity, row counts)</source>
        <translation>db fingerprint --profile P --environment production|test [--secrets-file F] [--json]: какая это база данных среды (сервер, имя, идентичность, число строк)</translation>
    </message>
</context>
<context>
    <name>upgrade::cli::DbRestoreCommand</name>
    <message>
        <source>db restore --profile P --environment production|test --backup FILE --as NAME [--secrets-file F] [--json]: restore a backup as a new database on the environment&apos;s server (never over an existing one)</source>
        <translation>db restore --profile P --environment production|test --backup FILE --as NAME [--secrets-file F] [--json]: восстановить резервную копию как новую базу данных на сервере среды (никогда поверх существующей)</translation>
    </message>
    <message>
        <source>The backup file. For MS SQL a path on the SQL Server host.</source>
        <translation>Файл резервной копии. Для MS SQL — путь на сервере SQL Server.</translation>
    </message>
    <message>
        <source>The name of the new database (SQLite: a file, relative to the environment&apos;s database file).</source>
        <translation>Имя новой базы данных (SQLite: файл, относительно файла базы данных среды).</translation>
    </message>
    <message>
        <source>--backup FILE and --as NAME are required. See %1 --help.</source>
        <translation>Нужно указать --backup FILE и --as NAME. См. %1 --help.</translation>
    </message>
</context>
<context>
    <name>upgrade::cli::DbVerifyCommand</name>
    <message>
        <source>db verify --profile P --backup FILE [--environment E] [--sha256 HEX] [--trial-restore] [--json]: check that a file is a complete, readable backup (exit 1 when it is not)</source>
        <translation>db verify --profile P --backup FILE [--environment E] [--sha256 HEX] [--trial-restore] [--json]: проверить, что файл — полная читаемая резервная копия (код 1, если нет)</translation>
    </message>
    <message>
        <source>The backup file. For MS SQL a path on the SQL Server host.</source>
        <translation>Файл резервной копии. Для MS SQL — путь на сервере SQL Server.</translation>
    </message>
    <message>
        <source>The SHA-256 recorded when it was made.</source>
        <translation>SHA-256, записанный при создании копии.</translation>
    </message>
    <message>
        <source>Also restore it into a temporary database (PostgreSQL).</source>
        <translation>Дополнительно восстановить её во временную базу данных (PostgreSQL).</translation>
    </message>
    <message>
        <source>--backup FILE is required. See %1 --help.</source>
        <translation>Нужно указать --backup FILE. См. %1 --help.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a valid backup of «%2» (%3, %n entries).</source>
        <translation>
            <numerusform>%1 — исправная резервная копия «%2» (%3, %n элемент).</numerusform>
            <numerusform>%1 — исправная резервная копия «%2» (%3, %n элемента).</numerusform>
            <numerusform>%1 — исправная резервная копия «%2» (%3, %n элементов).</numerusform>
        </translation>
    </message>
</context>
</TS>
