<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>upgrade::sandbox::OneCInfobase</name>
    <message>
        <source>Cannot open the 1C infobase in %1: %2</source>
        <translation>Не удаётся открыть информационную базу 1С в %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the 1C infobase in %1: %2</source>
        <translation>Не удаётся создать информационную базу 1С в %1: %2</translation>
    </message>
</context>
<context>
    <name>upgrade::sandbox::SandboxDatabase</name>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL URL of the form postgresql://user:password@host:port/database.</source>
        <translation>«%1» — не адрес PostgreSQL вида postgresql://пользователь:пароль@сервер:порт/база.</translation>
    </message>
    <message>
        <source>No database given.</source>
        <translation>База данных не указана.</translation>
    </message>
    <message>
        <source>Cannot open the SQLite database %1: %2</source>
        <translation>Не удаётся открыть базу данных SQLite %1: %2</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database %1: %2</source>
        <translation>Не удаётся подключиться к базе данных PostgreSQL %1: %2</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server of %1: %2</source>
        <translation>Не удаётся подключиться к серверу PostgreSQL базы %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>Не удаётся создать базу данных %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the sandbox&apos;s tables: %1</source>
        <translation>Не удаётся создать таблицы песочницы: %1</translation>
    </message>
    <message>
        <source>Cannot seed %1: %2</source>
        <translation>Не удаётся заполнить %1: %2</translation>
    </message>
</context>
<context>
    <name>upgrade::sandbox::SandboxEnvironment</name>
    <message>
        <source>Cannot create the sandbox folder %1.</source>
        <translation>Не удаётся создать папку песочницы %1.</translation>
    </message>
    <message>
        <source>Cannot write the sandbox&apos;s package archive: %1</source>
        <translation>Не удаётся записать архив пакетов песочницы: %1</translation>
    </message>
    <message>
        <source>The sandbox wrote an invalid profile: %1</source>
        <translation>Песочница записала некорректный профиль: %1</translation>
    </message>
    <message>
        <source>The sandbox is not running.</source>
        <translation>Песочница не запущена.</translation>
    </message>
</context>
<context>
    <name>upgrade::sandbox::SandboxOneC</name>
    <message>
        <source>The sandbox 1C cannot listen on %1:%2.</source>
        <translation>1С песочницы не может принимать подключения на %1:%2.</translation>
    </message>
</context>
<context>
    <name>upgrade::sandbox::SandboxOptions</name>
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
    <message>
        <source>A JSON scenario file.</source>
        <translation>Файл сценария в формате JSON.</translation>
    </message>
    <message>
        <source>An extra fault (repeatable).</source>
        <translation>Дополнительный сбой (можно указать несколько раз).</translation>
    </message>
    <message>
        <source>netframework or netcore.</source>
        <translation>netframework или netcore.</translation>
    </message>
    <message>
        <source>production or test.</source>
        <translation>production или test.</translation>
    </message>
    <message>
        <source>Run one site only.</source>
        <translation>Запустить только один сайт.</translation>
    </message>
    <message>
        <source>small or normal.</source>
        <translation>small или normal.</translation>
    </message>
    <message>
        <source>--hosting must be netframework or netcore.</source>
        <translation>--hosting должен быть netframework или netcore.</translation>
    </message>
    <message>
        <source>--role must be production or test.</source>
        <translation>--role должен быть production или test.</translation>
    </message>
    <message>
        <source>--seed must be small or normal.</source>
        <translation>--seed должен быть small или normal.</translation>
    </message>
    <message>
        <source>--dir is required.</source>
        <translation>Требуется параметр --dir.</translation>
    </message>
    <message>
        <source>Usage: bpmsoft-sandbox --dir D [--scenario NAME | --scenario-file F] [--port N] [--database URL] [--password P] [--speed X] [--hosting netframework|netcore] [--fault ENDPOINT=KIND[,...]]... [--seed small|normal]
       bpmsoft-sandbox --site-only --dir D --database URL [--role test] [--port N] [--exit-with URL] ...
Runs a simulated production BPMSoft site and 1C on 127.0.0.1 and writes D/profile.json and D/secrets for bpmsoft-upgrade. With --site-only, runs one site on the given database (e.g. the test site on a restored copy); with --exit-with it stops when the site at URL stops answering.
Scenarios: happy, compile-errors, production-install-fails, integration-errors, flaky-network. Stop with Ctrl+C.
</source>
        <translation>Использование: bpmsoft-sandbox --dir D [--scenario ИМЯ | --scenario-file F] [--port N] [--database URL] [--password P] [--speed X] [--hosting netframework|netcore] [--fault ENDPOINT=KIND[,...]]... [--seed small|normal]
       bpmsoft-sandbox --site-only --dir D --database URL [--role test] [--port N] [--exit-with URL] ...
Запускает на 127.0.0.1 имитацию продуктивного сайта BPMSoft и 1С и записывает D/profile.json и D/secrets для bpmsoft-upgrade. С --site-only запускает один сайт на указанной базе данных (например, тестовый сайт на восстановленной копии); с --exit-with он останавливается, когда сайт по адресу URL перестаёт отвечать.
Сценарии: happy, compile-errors, production-install-fails, integration-errors, flaky-network. Остановка — Ctrl+C.
</translation>
    </message>
    <message>
        <source>Stop when the site at this URL stops answering.</source>
        <translation>Остановиться, когда сайт по этому адресу перестанет отвечать.</translation>
    </message>
    <message>
        <source>--exit-with must be a URL.</source>
        <translation>--exit-with должен быть адресом (URL).</translation>
    </message>
</context>
<context>
    <name>upgrade::sandbox::SandboxScenario</name>
    <message>
        <source>Unknown scenario &quot;%1&quot;; the named scenarios are: %2.</source>
        <translation>Неизвестный сценарий «%1»; доступные сценарии: %2.</translation>
    </message>
    <message>
        <source>A fault is written ENDPOINT=KIND[,ms=N][,skip=N][,times=N][,every=N][,role=production|test][,method=GET|POST], not &quot;%1&quot;.</source>
        <translation>Сбой задаётся в виде ENDPOINT=KIND[,ms=N][,skip=N][,times=N][,every=N][,role=production|test][,method=GET|POST], а не «%1».</translation>
    </message>
    <message>
        <source>Unknown fault kind &quot;%1&quot;; known kinds: %2.</source>
        <translation>Неизвестный вид сбоя «%1»; известные виды: %2.</translation>
    </message>
    <message>
        <source>Bad fault option &quot;%1&quot; in &quot;%2&quot;.</source>
        <translation>Неверный параметр сбоя «%1» в «%2».</translation>
    </message>
    <message>
        <source>The scenario file is not a JSON object: %1</source>
        <translation>Файл сценария не является объектом JSON: %1</translation>
    </message>
    <message>
        <source>Unknown fault kind &quot;%1&quot; in the scenario file.</source>
        <translation>Неизвестный вид сбоя «%1» в файле сценария.</translation>
    </message>
    <message>
        <source>Cannot read the scenario file %1: %2</source>
        <translation>Не удаётся прочитать файл сценария %1: %2</translation>
    </message>
</context>
<context>
    <name>upgrade::sandbox::SandboxSite</name>
    <message>
        <source>Cannot read the TLS certificate or key of the sandbox site.</source>
        <translation>Не удаётся прочитать TLS-сертификат или ключ сайта песочницы.</translation>
    </message>
    <message>
        <source>The TLS certificate or key of the sandbox site is not valid PEM.</source>
        <translation>TLS-сертификат или ключ сайта песочницы не является корректным PEM.</translation>
    </message>
    <message>
        <source>The sandbox site cannot listen on %1:%2 (is the port taken?).</source>
        <translation>Сайт песочницы не может принимать подключения на %1:%2 (порт занят?).</translation>
    </message>
</context>
</TS>
