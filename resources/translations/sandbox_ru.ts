<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>upgrade::sandbox::SandboxOptions</name>
    <message>
        <source>Usage: bpmsoft-sandbox --dir D [--scenario NAME] [--port N] [--database URL] [--password P] [--speed X]
Runs a simulated production BPMSoft site and 1C on 127.0.0.1 and writes D/profile.json and D/secrets for bpmsoft-upgrade.
</source>
        <translation>Использование: bpmsoft-sandbox --dir КАТАЛОГ [--scenario ИМЯ] [--port N] [--database URL] [--password ПАРОЛЬ] [--speed X]
Запускает на 127.0.0.1 имитацию продуктивного сайта BPMSoft и 1С и записывает КАТАЛОГ/profile.json и КАТАЛОГ/secrets для bpmsoft-upgrade.
</translation>
    </message>
    <message>
        <source>The named scenario.</source>
        <translation>Именованный сценарий.</translation>
    </message>
    <message>
        <source>The folder for the profile and secrets.</source>
        <translation>Папка для профиля и секретов.</translation>
    </message>
    <message>
        <source>The port; default: a free one.</source>
        <translation>Порт; по умолчанию — любой свободный.</translation>
    </message>
    <message>
        <source>A PostgreSQL URL for the state.</source>
        <translation>URL PostgreSQL для хранения состояния.</translation>
    </message>
    <message>
        <source>The Supervisor password.</source>
        <translation>Пароль пользователя Supervisor.</translation>
    </message>
    <message>
        <source>Speed factor of simulated work.</source>
        <translation>Коэффициент ускорения имитируемой работы.</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port должен быть числом от 0 до 65535.</translation>
    </message>
    <message>
        <source>--speed must be a positive number.</source>
        <translation>--speed должен быть положительным числом.</translation>
    </message>
</context>
</TS>
