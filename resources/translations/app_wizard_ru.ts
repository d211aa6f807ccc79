<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>main</name>
    <message>
        <source>Rehearse on the embedded sandbox.</source>
        <translation>Отрепетировать обновление на встроенной песочнице.</translation>
    </message>
    <message>
        <source>The sandbox scenario.</source>
        <translation>Сценарий песочницы.</translation>
    </message>
    <message>
        <source>ru or en; default: the system&apos;s.</source>
        <translation>ru или en; по умолчанию — язык системы.</translation>
    </message>
    <message>
        <source>Open this profile.</source>
        <translation>Открыть этот профиль.</translation>
    </message>
    <message>
        <source>Unknown scenario &quot;%1&quot;. Known: %2.</source>
        <translation>Неизвестный сценарий «%1». Известные: %2.</translation>
    </message>
</context>
</TS>
