<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>upgrade::AppPaths</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
</context>
<context>
    <name>upgrade::Log</name>
    <message>
        <source>Cannot open the log file: %1</source>
        <translation>Не удаётся открыть файл журнала: %1</translation>
    </message>
</context>
</TS>
