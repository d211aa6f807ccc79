<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>upgrade::cli::CommandLine</name>
    <message>
        <source>Usage: bpmsoft-upgrade [--lang ru|en] COMMAND [OPTIONS]

Upgrades the 1C Connector for BPMSoft package: first on a test site made from a copy of production, then on production, with verified backups and a way back.

Commands:
</source>
        <translation>Использование: bpmsoft-upgrade [--lang ru|en] КОМАНДА [ПАРАМЕТРЫ]

Обновляет пакет «1С Коннектор для BPMSoft»: сначала на тестовом сайте с копией продуктивной базы, затем на продуктивном сайте — с проверенными резервными копиями и возможностью отката.

Команды:
</translation>
    </message>
    <message>
        <source>
Global options:
  --help            this text; COMMAND --help: the command&apos;s options
  --version         the program&apos;s version
  --lang ru|en      the language of messages (default: the system&apos;s)

Exit codes:
  0  done
  1  a step failed (on production: after the rollback)
  2  usage or configuration error (bad arguments, invalid profile or journal)
  3  preflight blocked the run
  4  a confirmation is needed (answer with --yes or --answer ID=VALUE)
  5  interrupted; continue with: resume --journal DIR
</source>
        <translation>
Общие параметры:
  --help            эта справка; КОМАНДА --help: параметры команды
  --version         версия программы
  --lang ru|en      язык сообщений (по умолчанию — язык системы)

Коды завершения:
  0  выполнено
  1  шаг завершился с ошибкой (на продуктиве — после отката)
  2  ошибка вызова или настройки (неверные аргументы, профиль или журнал)
  3  предварительная проверка остановила запуск
  4  нужно подтверждение (ответьте --yes или --answer ID=ЗНАЧЕНИЕ)
  5  прервано; продолжить: resume --journal КАТАЛОГ
</translation>
    </message>
    <message>
        <source>Unknown option %1. See bpmsoft-upgrade --help.</source>
        <translation>Неизвестный параметр %1. См. bpmsoft-upgrade --help.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See bpmsoft-upgrade --help.</source>
        <translation>Неизвестная команда «%1». См. bpmsoft-upgrade --help.</translation>
    </message>
</context>
<context>
    <name>upgrade::cli::ProfileArguments</name>
    <message numerus="yes">
        <source>The profile %1 has %n problem(s):</source>
        <translation>
            <numerusform>В профиле %1 %n ошибка:</numerusform>
            <numerusform>В профиле %1 %n ошибки:</numerusform>
            <numerusform>В профиле %1 %n ошибок:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>upgrade::cli::ValidateProfileCommand</name>
    <message>
        <source>validate-profile FILE [--json]: check a profile and list every problem</source>
        <translation>validate-profile ФАЙЛ [--json]: проверить профиль и перечислить все ошибки</translation>
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
        <source>The profile to check.</source>
        <translation>Проверяемый профиль.</translation>
    </message>
    <message>
        <source>Give exactly one profile file: %1</source>
        <translation>Укажите ровно один файл профиля: %1</translation>
    </message>
    <message>
        <source>The profile %1 is valid.</source>
        <translation>Профиль %1 корректен.</translation>
    </message>
</context>
</TS>
