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
    <name>upgrade::FileHash</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Не удаётся прочитать %1: %2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
</context>
<context>
    <name>upgrade::Log</name>
    <message>
        <source>Cannot open the log file: %1</source>
        <translation>Не удаётся открыть файл журнала: %1</translation>
    </message>
</context>
<context>
    <name>upgrade::ProcessResult</name>
    <message>
        <source>could not be started: %1</source>
        <translation>не удалось запустить: %1</translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>did not finish in time and was stopped after %1 s</source>
        <translation>не завершилось вовремя и остановлено через %1 с</translation>
    </message>
    <message>
        <source>crashed or was killed</source>
        <translation>аварийно завершилось или было принудительно остановлено</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>завершилось с кодом %1</translation>
    </message>
    <message>
        <source>finished successfully</source>
        <translation>завершилось успешно</translation>
    </message>
</context>
</TS>
