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
    <message>
        <source>With --sandbox: divide the sandbox&apos;s simulated durations by X (default 1).</source>
        <translation>С --sandbox: ускорить имитацию песочницы в X раз (по умолчанию 1).</translation>
    </message>
    <message>
        <source>--speed wants a positive number, not &quot;%1&quot;.</source>
        <translation>Для --speed нужно положительное число, а не «%1».</translation>
    </message>
</context>
<context>
    <name>upgrade::wizard::SandboxEnvironmentLauncher</name>
    <message>
        <source>Unknown sandbox scenario &quot;%1&quot;. Known: %2.</source>
        <translation>Неизвестный сценарий песочницы «%1». Известные: %2.</translation>
    </message>
    <message>
        <source>Starting the sandbox BPMSoft site and 1C…</source>
        <translation>Запуск сайта BPMSoft и 1С песочницы…</translation>
    </message>
    <message>
        <source>The sandbox could not be started in %1: %2</source>
        <translation>Не удалось запустить песочницу в %1: %2</translation>
    </message>
    <message>
        <source>Sandbox &quot;%1&quot;: the production BPMSoft site at %2 and its 1C at %3; files in %4.</source>
        <translation>Песочница «%1»: продуктивный сайт BPMSoft — %2, его 1С — %3; файлы в %4.</translation>
    </message>
</context>
</TS>
