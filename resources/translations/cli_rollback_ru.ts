<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>upgrade::cli::RollbackCommand</name>
    <message>
        <source>rollback --journal DIR [--secrets-file F] [--yes] [--json]: restore production from the run&apos;s verified backups</source>
        <translation>rollback --journal DIR [--secrets-file F] [--yes] [--json]: восстановить продуктивный сайт из проверенных резервных копий запуска</translation>
    </message>
    <message>
        <source>The run folder.</source>
        <translation>Папка запуска.</translation>
    </message>
    <message>
        <source>Passwords from this file.</source>
        <translation>Пароли из этого файла.</translation>
    </message>
    <message>
        <source>Confirm the rollback.</source>
        <translation>Подтвердить откат.</translation>
    </message>
    <message>
        <source>Print one JSON object per line.</source>
        <translation>Выводить по одному объекту JSON на строку.</translation>
    </message>
    <message>
        <source>This run&apos;s plan has no rollback steps.</source>
        <translation>В плане этого запуска нет шагов отката.</translation>
    </message>
    <message>
        <source>Restoring production replaces its database and 1C infobase: confirm with --yes.</source>
        <translation>Восстановление заменит базу продуктивного сайта и информационную базу 1С: подтвердите ключом --yes.</translation>
    </message>
    <message>
        <source>Restore production (database and 1C) from the backups of run %1? [yes/no]: </source>
        <translation>Восстановить продуктивный сайт (базу и 1С) из резервных копий запуска %1? [yes/no]: </translation>
    </message>
    <message>
        <source>Rollback started from the command line.</source>
        <translation>Откат запущен из командной строки.</translation>
    </message>
</context>
</TS>
