<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>upgrade::cli::InspectPackageCommand</name>
    <message>
        <source>inspect-package FILE [--json]: check a package archive (.zip or .gz) and list its packages</source>
        <translation>inspect-package FILE [--json]: проверить архив пакетов (.zip или .gz) и перечислить его пакеты</translation>
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
        <source>The package archive: a .zip of packages or one package .gz.</source>
        <translation>Архив пакетов: .zip с пакетами или один пакет .gz.</translation>
    </message>
    <message>
        <source>Give exactly one package archive: %1</source>
        <translation>Укажите ровно один архив пакетов: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Подробности: %1</translation>
    </message>
    <message>
        <source>Package archive: %1</source>
        <translation>Архив пакетов: %1</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Формат: %1</translation>
    </message>
    <message>
        <source>zip of package files</source>
        <translation>zip-архив файлов пакетов</translation>
    </message>
    <message>
        <source>one package file (.gz)</source>
        <translation>один файл пакета (.gz)</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Размер: %1</translation>
    </message>
    <message>
        <source>Size: %1 (%2 bytes)</source>
        <translation>Размер: %1 (%2 байт)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s):</source>
        <translation>
            <numerusform>%n пакет:</numerusform>
            <numerusform>%n пакета:</numerusform>
            <numerusform>%n пакетов:</numerusform>
        </translation>
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
        <source>UId</source>
        <translation>UId</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Зависит от</translation>
    </message>
</context>
</TS>
