<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>upgrade::Gates</name>
    <message>
        <source>The test stage has not passed in this run (it is %1). Run the test stage first: run --stage test.</source>
        <translation>Тестовый этап в этом запуске не пройден (состояние: %1). Сначала выполните тестовый этап: run --stage test.</translation>
    </message>
    <message>
        <source>The test stage passed with another package archive (sha256 %1; now %2). Test this archive first.</source>
        <translation>Тестовый этап пройден с другим архивом пакета (sha256 %1; сейчас %2). Сначала проверьте этот архив на тестовом сайте.</translation>
    </message>
    <message>
        <source>The step %1 changes %2, but this run has no verified %3 of %4. Take and verify the backup first; nothing was changed.</source>
        <translation>Шаг «%1» меняет %2, но в этом запуске нет проверенной копии %3 (%4). Сначала сделайте и проверьте резервную копию; ничего не изменено.</translation>
    </message>
    <message>
        <source>The target of %1 cannot be identified (no identity check is available), so it is not changed.</source>
        <translation>Цель шага «%1» невозможно идентифицировать (проверка недоступна), поэтому она не изменяется.</translation>
    </message>
    <message>
        <source>The target of %1 could not be identified: %2. Nothing was changed.</source>
        <translation>Не удалось идентифицировать цель шага «%1»: %2. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The target of %1 is not the one in the profile and the backup: %2. Nothing was changed; check the profile and which server you are connected to.</source>
        <translation>Цель шага «%1» не совпадает с профилем и резервной копией: %2. Ничего не изменено; проверьте профиль и то, к какому серверу выполнено подключение.</translation>
    </message>
    <message>
        <source>the site is %1, the provider&apos;s backup is of %2</source>
        <translation>сайт — %1, а резервная копия провайдера сделана с %2</translation>
    </message>
</context>
<context>
    <name>upgrade::Journal</name>
    <message>
        <source>It cannot be read: %1.</source>
        <translation>Его невозможно прочитать: %1.</translation>
    </message>
    <message>
        <source>It is not a journal: the file is damaged or is another kind of file.</source>
        <translation>Это не журнал: файл повреждён или имеет другой формат.</translation>
    </message>
    <message>
        <source>The file is truncated or damaged (%1 bytes is not a whole number of %2-byte pages).</source>
        <translation>Файл обрезан или повреждён (%1 байт — не целое число страниц по %2 байт).</translation>
    </message>
    <message>
        <source>The file is truncated: it should hold %1 pages but holds %2.</source>
        <translation>Файл обрезан: в нём должно быть страниц: %1, а есть: %2.</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation>Не удалось открыть журнал %1: %2</translation>
    </message>
    <message>
        <source>The folder %1 already holds a journal; continue it with resume, or choose another folder.</source>
        <translation>В папке %1 уже есть журнал; продолжите его командой resume или выберите другую папку.</translation>
    </message>
    <message>
        <source>Cannot create the run folder %1.</source>
        <translation>Не удалось создать папку запуска %1.</translation>
    </message>
    <message>
        <source>Cannot write the journal %1: %2</source>
        <translation>Не удалось записать журнал %1: %2</translation>
    </message>
    <message>
        <source>The journal %1 cannot be used. %2 It was left unchanged.</source>
        <translation>Журнал %1 использовать нельзя. %2 Файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>There is no journal in %1 (expected the file %2).</source>
        <translation>В папке %1 нет журнала (ожидается файл %2).</translation>
    </message>
    <message>
        <source>The file is damaged (%1).</source>
        <translation>Файл повреждён (%1).</translation>
    </message>
    <message>
        <source>It is not a journal of this program.</source>
        <translation>Это не журнал этой программы.</translation>
    </message>
    <message>
        <source>It was written by a newer version of the program (journal format %1; this version reads up to %2). Use that version or newer.</source>
        <translation>Он записан более новой версией программы (формат журнала %1; эта версия читает до %2). Используйте ту же или более новую версию.</translation>
    </message>
    <message>
        <source>The program stopped while this step was running.</source>
        <translation>Программа остановилась во время выполнения этого шага.</translation>
    </message>
    <message>
        <source>The program stopped while this stage was running.</source>
        <translation>Программа остановилась во время выполнения этого этапа.</translation>
    </message>
</context>
<context>
    <name>upgrade::PendingStep</name>
    <message>
        <source>The step &quot;%1&quot; is not available in this version of the program yet. Nothing was changed.</source>
        <translation>Шаг «%1» в этой версии программы ещё недоступен. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>upgrade::Plan</name>
    <message>
        <source>The step id &quot;%1&quot; is not of the form stage.name.</source>
        <translation>Идентификатор шага «%1» не имеет вид этап.имя.</translation>
    </message>
    <message>
        <source>The step id &quot;%1&quot; is used twice.</source>
        <translation>Идентификатор шага «%1» использован дважды.</translation>
    </message>
    <message>
        <source>The step %1 needs a %2 of %3, but no step before it makes one.</source>
        <translation>Шагу %1 нужна копия %2 (%3), но ни один предыдущий шаг её не создаёт.</translation>
    </message>
    <message>
        <source>site %1</source>
        <translation>сайт %1</translation>
    </message>
    <message>
        <source>database %1</source>
        <translation>база данных %1</translation>
    </message>
    <message>
        <source>database (through the site: cloud)</source>
        <translation>база данных (через сайт: облако)</translation>
    </message>
    <message>
        <source>1C infobase %1</source>
        <translation>информационная база 1С %1</translation>
    </message>
    <message>
        <source>local files</source>
        <translation>локальные файлы</translation>
    </message>
    <message>
        <source>nothing outside the program</source>
        <translation>ничего вне программы</translation>
    </message>
    <message>
        <source>production: %1</source>
        <translation>продуктивная среда: %1</translation>
    </message>
    <message>
        <source>test: %1</source>
        <translation>тестовая среда: %1</translation>
    </message>
</context>
<context>
    <name>upgrade::ProfileIdentityProvider</name>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 не удаётся прочитать: %2</translation>
    </message>
</context>
<context>
    <name>upgrade::RunServices</name>
    <message>
        <source>The profile gives no site address for the %1 environment.</source>
        <translation>В профиле не указан адрес сайта для окружения %1.</translation>
    </message>
    <message>
        <source>No password for the %1 site (secret %2). Save it in the keychain, the environment or a --secrets-file.</source>
        <translation>Нет пароля для сайта %1 (секрет %2). Сохраните его в хранилище паролей, в переменной окружения или в файле --secrets-file.</translation>
    </message>
    <message>
        <source>No secret store for this run.</source>
        <translation>Для этого запуска нет хранилища паролей.</translation>
    </message>
</context>
<context>
    <name>upgrade::RunnerWorker</name>
    <message>
        <source>Another copy of the program is working on this run (%1). Wait until it finishes, or close it.</source>
        <translation>С этим запуском уже работает другой экземпляр программы (%1). Дождитесь его завершения или закройте его.</translation>
    </message>
    <message>
        <source>Nothing to resume: no stage was started in this run.</source>
        <translation>Продолжать нечего: в этом запуске ни один этап не начинался.</translation>
    </message>
    <message>
        <source>Nothing left to do: the stage %1 has passed.</source>
        <translation>Делать больше нечего: этап «%1» пройден.</translation>
    </message>
    <message>
        <source>The stage %1 of this run was rolled back; start a new run to try again.</source>
        <translation>Этап «%1» этого запуска был откачен; чтобы повторить, начните новый запуск.</translation>
    </message>
    <message>
        <source>%1 Start the production stage anyway? Only with a reason: it is recorded.</source>
        <translation>%1 Всё равно начать этап продуктивного сайта? Только с указанием причины: она записывается в журнал.</translation>
    </message>
    <message>
        <source>Without a passed test stage, nothing shows that this package installs and works on your data. Give the reason to go on (for example, who approved it), or stop and run the test stage.</source>
        <translation>Без пройденного тестового этапа нет подтверждения, что пакет устанавливается и работает на ваших данных. Укажите причину (например, кто это согласовал) или остановитесь и выполните тестовый этап.</translation>
    </message>
    <message>
        <source>Start the upgrade of the production site %1 now?</source>
        <translation>Начать обновление продуктивного сайта %1 сейчас?</translation>
    </message>
    <message>
        <source>The production stage takes fresh verified backups, then installs the package on production. Users should not work during it.</source>
        <translation>На этом этапе создаются свежие проверенные резервные копии, затем пакет устанавливается на продуктивный сайт. Пользователи в это время работать не должны.</translation>
    </message>
    <message>
        <source>The production stage needs your confirmation (confirm.production-start).</source>
        <translation>Этап продуктивного сайта требует вашего подтверждения (confirm.production-start).</translation>
    </message>
    <message>
        <source>You did not confirm the production stage.</source>
        <translation>Вы не подтвердили этап продуктивного сайта.</translation>
    </message>
    <message>
        <source>Checking the package archive %1</source>
        <translation>Проверка архива пакета %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>The package archive %1 cannot be read: %2 Check packageArchive in the profile.</source>
        <translation>Архив пакета %1 невозможно прочитать: %2 Проверьте packageArchive в профиле.</translation>
    </message>
    <message>
        <source>Rolled back after: %1</source>
        <translation>Выполнен откат после: %1</translation>
    </message>
    <message>
        <source>a failure</source>
        <translation>ошибки</translation>
    </message>
    <message>
        <source>The stage %1 passed.</source>
        <translation>Этап «%1» пройден.</translation>
    </message>
    <message>
        <source>Cancelled before %1.</source>
        <translation>Отменено перед шагом «%1».</translation>
    </message>
    <message>
        <source>Already done in this run.</source>
        <translation>Уже выполнен в этом запуске.</translation>
    </message>
    <message>
        <source>It may have done part of its work. Check the target first if you are not sure; running it again repeats the whole step.</source>
        <translation>Возможно, он успел выполнить часть работы. Если не уверены, сначала проверьте цель; повторный запуск выполняет шаг целиком.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; runs again only with your word (%2).</source>
        <translation>Шаг «%1» будет выполнен снова только с вашего подтверждения (%2).</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; was not run again, by your answer. Check its target; roll back if needed.</source>
        <translation>По вашему ответу шаг «%1» не выполнялся повторно. Проверьте его цель; при необходимости выполните откат.</translation>
    </message>
    <message>
        <source>Waiting for an answer.</source>
        <translation>Ожидает ответа.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; needs an answer.</source>
        <translation>Шагу «%1» нужен ответ.</translation>
    </message>
    <message>
        <source>Cancelled during %1.</source>
        <translation>Отменено во время шага «%1».</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Шаг «%1» завершился ошибкой: %2</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; failed: %2 What now?</source>
        <translation>Шаг «%1» завершился ошибкой: %2 Что делать?</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Skip (give the reason)</source>
        <translation>Пропустить (укажите причину)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Прервать</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Откатить</translation>
    </message>
    <message>
        <source>Skipped after a failure: %1</source>
        <translation>Пропущен после ошибки: %1</translation>
    </message>
    <message>
        <source>The step stopped on an unexpected error: %1</source>
        <translation>Шаг остановлен непредвиденной ошибкой: %1</translation>
    </message>
    <message>
        <source>The step stopped on an unexpected error.</source>
        <translation>Шаг остановлен непредвиденной ошибкой.</translation>
    </message>
    <message>
        <source>It ran past its time limit (%1 s) and did not stop when asked. Close the program; then resume --journal continues.</source>
        <translation>Шаг превысил отведённое время (%1 с) и не остановился по запросу. Закройте программу; затем resume --journal продолжит работу.</translation>
    </message>
    <message>
        <source>It did not stop within %1 s after it was cancelled. Close the program; then resume --journal continues.</source>
        <translation>Шаг не остановился в течение %1 с после отмены. Закройте программу; затем resume --journal продолжит работу.</translation>
    </message>
    <message>
        <source>It ran past its time limit of %1 s and was stopped.</source>
        <translation>Шаг превысил отведённое время (%1 с) и был остановлен.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; did not finish the last time (%2), and it changes %3. Run it again?</source>
        <translation>Шаг «%1» в прошлый раз не завершился (%2), а он меняет %3. Выполнить его снова?</translation>
    </message>
</context>
<context>
    <name>upgrade::Stage</name>
    <message>
        <source>Preparation</source>
        <translation>Подготовка</translation>
    </message>
    <message>
        <source>Test site</source>
        <translation>Тестовый сайт</translation>
    </message>
    <message>
        <source>Production site</source>
        <translation>Продуктивный сайт</translation>
    </message>
</context>
<context>
    <name>upgrade::StepFactory</name>
    <message>
        <source>This run uses the sample plan of the tests; set BPMSOFT_UPGRADE_SAMPLE_PLAN to continue it.</source>
        <translation>Этот запуск использует тестовый образец плана; чтобы продолжить его, задайте BPMSOFT_UPGRADE_SAMPLE_PLAN.</translation>
    </message>
    <message>
        <source>This run was made by another version of the program (plan &quot;%1&quot;).</source>
        <translation>Этот запуск создан другой версией программы (план «%1»).</translation>
    </message>
</context>
<context>
    <name>upgrade::TargetIdentity</name>
    <message>
        <source>server %1 instead of %2</source>
        <translation>сервер %1 вместо %2</translation>
    </message>
    <message>
        <source>database %1 instead of %2</source>
        <translation>база данных %1 вместо %2</translation>
    </message>
    <message>
        <source>site %1 instead of %2</source>
        <translation>сайт %1 вместо %2</translation>
    </message>
    <message>
        <source>the database fingerprint is unknown</source>
        <translation>отпечаток базы данных неизвестен</translation>
    </message>
    <message>
        <source>the database fingerprint is %1, the backup was taken from %2</source>
        <translation>отпечаток базы данных %1, а резервная копия сделана с %2</translation>
    </message>
</context>
</TS>
