<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>upgrade::wizard::UpgradeWizard</name>
    <message>
        <source>BPMSoft Connector Upgrade</source>
        <translation>Обновление коннектора BPMSoft</translation>
    </message>
</context>
<context>
    <name>upgrade::wizard::WelcomePage</name>
    <message>
        <source>Upgrade of the 1C Connector for BPMSoft</source>
        <translation>Обновление «1С Коннектор для BPMSoft»</translation>
    </message>
    <message>
        <source>First on a test site made from a copy of production, then on production.</source>
        <translation>Сначала на тестовом сайте с копией продуктивной базы, затем на продуктивном сайте.</translation>
    </message>
    <message>
        <source>This wizard follows the vendor&apos;s procedure step by step: it checks the site, takes verified backups of the BPMSoft database and the 1C infobase, installs the package on a test copy, sets the deduplication flag and checks the integration, and only then upgrades production — with a way back at every step.</source>
        <translation>Мастер шаг за шагом выполняет инструкцию производителя: проверяет сайт, создаёт проверенные резервные копии базы BPMSoft и информационной базы 1С, устанавливает пакет на тестовую копию, устанавливает признак дедупликации и проверяет интеграцию — и только после этого обновляет продуктивный сайт, сохраняя возможность отката на каждом шаге.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;On-premise: my own server (IIS or .NET 8 on Linux)</source>
        <translation>&amp;Собственный сервер (IIS или .NET 8 на Linux)</translation>
    </message>
    <message>
        <source>&amp;Cloud: the hosting provider runs the site</source>
        <translation>&amp;Облако: сайт обслуживает провайдер</translation>
    </message>
    <message>
        <source>&amp;Rehearse on the sandbox (a simulated site and 1C)</source>
        <translation>&amp;Репетиция на песочнице (имитация сайта и 1С)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
</TS>
