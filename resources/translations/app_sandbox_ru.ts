<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>upgrade::sandbox::SandboxEnvironment</name>
    <message>
        <source>The sandbox did not start: %1</source>
        <translation>Песочница не запустилась: %1</translation>
    </message>
    <message>
        <source>BPMSoft sandbox site (%1, %2, scenario %3): %4</source>
        <translation>Сайт BPMSoft в песочнице (%1, %2, сценарий %3): %4</translation>
    </message>
    <message>
        <source>1C OData (production infobase): %1</source>
        <translation>OData 1С (продуктивная информационная база): %1</translation>
    </message>
    <message>
        <source>Profile: %1
Secrets: %2
Package archive: %3</source>
        <translation>Профиль: %1
Секреты: %2
Архив пакетов: %3</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Для остановки нажмите Ctrl+C.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Остановлено.</translation>
    </message>
</context>
</TS>
