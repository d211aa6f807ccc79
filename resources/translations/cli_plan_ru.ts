<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>upgrade::cli::PlanCommand</name>
    <message>
        <source>plan --profile P [--json]: each step of each stage, where it acts, whether it changes data, and the backup it depends on</source>
        <translation>plan --profile P [--json]: каждый шаг каждого этапа — где он действует, меняет ли данные и от какой резервной копии зависит</translation>
    </message>
    <message>
        <source>The profile.</source>
        <translation>Профиль.</translation>
    </message>
    <message>
        <source>Print the plan as one JSON object.</source>
        <translation>Вывести план одним объектом JSON.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Give the profile: %1</source>
        <translation>Укажите профиль: %1</translation>
    </message>
    <message>
        <source>The profile has problems; see: bpmsoft-upgrade validate-profile %1</source>
        <translation>В профиле есть ошибки; подробно: bpmsoft-upgrade validate-profile %1</translation>
    </message>
    <message>
        <source>  on rollback: %1</source>
        <translation>  при откате: %1</translation>
    </message>
    <message>
        <source>acts on: %1</source>
        <translation>действует на: %1</translation>
    </message>
    <message>
        <source>CHANGES DATA: runs only with a verified backup and after the target is identified again</source>
        <translation>МЕНЯЕТ ДАННЫЕ: выполняется только при проверенной резервной копии и после повторной идентификации цели</translation>
    </message>
    <message>
        <source>depends on: %1 of %2 (made by %3)</source>
        <translation>зависит от: %1 (%2), создаётся шагом %3</translation>
    </message>
    <message>
        <source>makes: %1 of %2</source>
        <translation>создаёт: %1 (%2)</translation>
    </message>
    <message>
        <source>CHANGES DATA: runs only after the target is identified again</source>
        <translation>МЕНЯЕТ ДАННЫЕ: выполняется только после повторной идентификации цели</translation>
    </message>
</context>
<context>
    <name>upgrade::cli::ResumeCommand</name>
    <message>
        <source>resume --journal DIR [--secrets-file F] [--yes] [--answer ID=VALUE]... [--json]: continue a stopped or interrupted run</source>
        <translation>resume --journal DIR [--secrets-file F] [--yes] [--answer ID=VALUE]... [--json]: продолжить остановленный или прерванный запуск</translation>
    </message>
    <message>
        <source>Give the run folder: %1</source>
        <translation>Укажите папку запуска: %1</translation>
    </message>
</context>
<context>
    <name>upgrade::cli::RunCommand</name>
    <message>
        <source>run --profile P --stage test|production [--journal DIR] [--secrets-file F] [--yes] [--answer ID=VALUE]... [--json]: run a stage of the upgrade</source>
        <translation>run --profile P --stage test|production [--journal DIR] [--secrets-file F] [--yes] [--answer ID=VALUE]... [--json]: выполнить этап обновления</translation>
    </message>
    <message>
        <source>The profile.</source>
        <translation>Профиль.</translation>
    </message>
    <message>
        <source>test (preparation first, when it has not passed) or production.</source>
        <translation>test (сначала подготовка, если она ещё не пройдена) или production.</translation>
    </message>
    <message>
        <source>Give the profile and the stage: %1</source>
        <translation>Укажите профиль и этап: %1</translation>
    </message>
    <message>
        <source>The profile %1 has problems:</source>
        <translation>В профиле %1 есть ошибки:</translation>
    </message>
    <message>
        <source>The run %1 belongs to the profile %2, not %3. Give that profile, or another --journal folder.</source>
        <translation>Запуск %1 относится к профилю %2, а не к %3. Укажите тот профиль или другую папку --journal.</translation>
    </message>
</context>
<context>
    <name>upgrade::cli::RunDriver</name>
    <message>
        <source>The run folder (its journal.sqlite).</source>
        <translation>Папка запуска (с файлом journal.sqlite).</translation>
    </message>
    <message>
        <source>Passwords from this owner-only file (key=value lines), before the environment and the keychain.</source>
        <translation>Пароли из этого файла, доступного только владельцу (строки key=value), раньше переменных окружения и хранилища паролей.</translation>
    </message>
    <message>
        <source>Answer &quot;yes&quot; to every confirmation.</source>
        <translation>Отвечать «да» на все подтверждения.</translation>
    </message>
    <message>
        <source>Answer the question ID (repeatable). For a choice that needs a reason: ID=skip:REASON.</source>
        <translation>Ответ на вопрос ID (можно несколько раз). Для выбора, требующего причины: ID=skip:ПРИЧИНА.</translation>
    </message>
    <message>
        <source>Print one JSON object per line for each event.</source>
        <translation>Выводить каждое событие отдельной строкой JSON.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>--answer needs the form ID=VALUE, not &quot;%1&quot;.</source>
        <translation>--answer задаётся в виде ID=VALUE, а не «%1».</translation>
    </message>
    <message>
        <source>The answer &quot;%1&quot; does not fit the question %2 (possible: %3).</source>
        <translation>Ответ «%1» не подходит к вопросу %2 (возможные: %3).</translation>
    </message>
    <message>
        <source>[yes/no]: </source>
        <translation>[yes/no, да/нет]: </translation>
    </message>
    <message>
        <source>Your choice (%1): </source>
        <translation>Ваш выбор (%1): </translation>
    </message>
    <message>
        <source>Your answer (empty: none): </source>
        <translation>Ваш ответ (пусто — без ответа): </translation>
    </message>
    <message>
        <source>Reason (it is recorded): </source>
        <translation>Причина (она записывается в журнал): </translation>
    </message>
    <message>
        <source>%1 (nobody to ask: the safe default)</source>
        <translation>%1 (спросить некого: безопасный вариант по умолчанию)</translation>
    </message>
    <message>
        <source>The plan is not sound:</source>
        <translation>План некорректен:</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Журнал: %1</translation>
    </message>
    <message>
        <source>== %1 (%2) ==</source>
        <translation>== %1 (%2) ==</translation>
    </message>
    <message>
        <source> (changes data)</source>
        <translation> (меняет данные)</translation>
    </message>
    <message>
        <source> — attempt %1</source>
        <translation> — попытка %1</translation>
    </message>
    <message>
        <source>BLOCKING: %1 — %2</source>
        <translation>БЛОКИРУЕТ: %1 — %2</translation>
    </message>
    <message>
        <source>warning: %1 — %2</source>
        <translation>предупреждение: %1 — %2</translation>
    </message>
    <message>
        <source>safety check %1: %2. %3</source>
        <translation>проверка безопасности %1: %2. %3</translation>
    </message>
    <message>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>пропущен: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>ОШИБКА: %1</translation>
    </message>
    <message>
        <source>Answer it and continue: bpmsoft-upgrade resume --journal %1 %2</source>
        <translation>Ответьте и продолжите: bpmsoft-upgrade resume --journal %1 %2</translation>
    </message>
    <message>
        <source>Continue with: bpmsoft-upgrade resume --journal %1</source>
        <translation>Продолжить: bpmsoft-upgrade resume --journal %1</translation>
    </message>
    <message>
        <source>The journal of this run: %1 (bpmsoft-upgrade status --journal %1)</source>
        <translation>Журнал этого запуска: %1 (bpmsoft-upgrade status --journal %1)</translation>
    </message>
</context>
<context>
    <name>upgrade::cli::StatusCommand</name>
    <message>
        <source>status --journal DIR [--json]: what the journal of a run says</source>
        <translation>status --journal DIR [--json]: что записано в журнале запуска</translation>
    </message>
    <message>
        <source>The run folder.</source>
        <translation>Папка запуска.</translation>
    </message>
    <message>
        <source>Print it as one JSON object.</source>
        <translation>Вывести одним объектом JSON.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Give the run folder: %1</source>
        <translation>Укажите папку запуска: %1</translation>
    </message>
    <message>
        <source>Run %1, started %2 by %3</source>
        <translation>Запуск %1, начат %2 пользователем %3</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Профиль: %1</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Журнал: %1</translation>
    </message>
    <message>
        <source>Stages:</source>
        <translation>Этапы:</translation>
    </message>
    <message>
        <source>none started yet</source>
        <translation>ещё ни один не начат</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Шаги:</translation>
    </message>
    <message>
        <source> (changes data)</source>
        <translation> (меняет данные)</translation>
    </message>
    <message>
        <source>[%1 attempts]</source>
        <translation>[попыток: %1]</translation>
    </message>
    <message>
        <source>Artifacts:</source>
        <translation>Файлы (резервные копии, отчёты):</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>проверена</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>НЕ проверена</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Ответы:</translation>
    </message>
    <message>
        <source>Safety checks:</source>
        <translation>Проверки безопасности:</translation>
    </message>
</context>
</TS>
