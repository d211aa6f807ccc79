<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>upgrade::BpmSoftClient</name>
    <message>
        <source>The password of the BPMSoft user &quot;%1&quot; for %2 is not stored (secret &quot;%3&quot; in %4). Enter it in the wizard or provide it for unattended runs (docs/profile.md, Secrets).</source>
        <translation>Пароль пользователя BPMSoft «%1» для %2 не сохранён (секрет «%3» в %4). Введите его в мастере или задайте для автоматического запуска (docs/profile.md, раздел «Секреты»).</translation>
    </message>
    <message>
        <source>The password of the BPMSoft user &quot;%1&quot; could not be read: %2</source>
        <translation>Не удалось прочитать пароль пользователя BPMSoft «%1»: %2</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>сервер закрыл соединение</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1: отменено.</translation>
    </message>
    <message>
        <source>%1: the TLS certificate of %2 is not trusted (%3). If it is the site&apos;s own self-signed certificate, compare its SHA-256 fingerprint %4 with the one the site&apos;s administrator sees, and put it in the profile as tlsCertificateSha256.</source>
        <translation>%1: TLS-сертификат %2 не является доверенным (%3). Если это собственный самоподписанный сертификат сайта, сверьте его отпечаток SHA-256 %4 с тем, что видит администратор сайта, и укажите его в профиле в поле tlsCertificateSha256.</translation>
    </message>
    <message>
        <source>%1: %2 did not answer in time. The site may be overloaded or stopped; check it in a browser and try again.</source>
        <translation>%1: %2 не ответил вовремя. Сайт может быть перегружен или остановлен; проверьте его в браузере и повторите попытку.</translation>
    </message>
    <message>
        <source>%1: the site %2 is unavailable (HTTP %3); it may be starting or restarting. Wait and try again.</source>
        <translation>%1: сайт %2 недоступен (HTTP %3); возможно, он запускается или перезапускается. Подождите и повторите попытку.</translation>
    </message>
    <message>
        <source>%1: cannot connect to %2 (%3). Check that the site is running and that the address in the profile is right.</source>
        <translation>%1: не удаётся подключиться к %2 (%3). Проверьте, что сайт запущен и адрес в профиле указан верно.</translation>
    </message>
    <message>
        <source>%1: the connection to %2 was lost before the answer came (%3). The change may or may not have been made: check before repeating it.</source>
        <translation>%1: соединение с %2 прервалось до получения ответа (%3). Изменение могло быть как выполнено, так и не выполнено: проверьте, прежде чем повторять.</translation>
    </message>
    <message>
        <source>%1: the connection to %2 was lost (%3). Check the network and try again.</source>
        <translation>%1: соединение с %2 прервалось (%3). Проверьте сеть и повторите попытку.</translation>
    </message>
    <message>
        <source>Login to %1</source>
        <translation>Вход на %1</translation>
    </message>
    <message>
        <source>The site address &quot;%1&quot; is not valid.</source>
        <translation>Адрес сайта «%1» указан неверно.</translation>
    </message>
    <message>
        <source>%1: the login service was not found (HTTP %2). Check that the address is the site root, without /0 at the end.</source>
        <translation>%1: служба входа не найдена (HTTP %2). Проверьте, что указан корневой адрес сайта, без /0 в конце.</translation>
    </message>
    <message>
        <source>%1 failed: HTTP %2.</source>
        <translation>%1 — ошибка: HTTP %2.</translation>
    </message>
    <message>
        <source>%1: the answer is not BPMSoft&apos;s login answer. Check that the address points at the BPMSoft site.</source>
        <translation>%1: ответ не похож на ответ входа BPMSoft. Проверьте, что адрес указывает на сайт BPMSoft.</translation>
    </message>
    <message>
        <source>%1: wrong user name or password for &quot;%2&quot;. Check the password stored for this site.</source>
        <translation>%1: неверное имя пользователя или пароль для «%2». Проверьте пароль, сохранённый для этого сайта.</translation>
    </message>
    <message>
        <source>%1: the site accepted the login but gave no session cookie.</source>
        <translation>%1: сайт принял вход, но не выдал cookie сеанса.</translation>
    </message>
    <message>
        <source>%1: the site still refuses the session after logging in again (HTTP %2). The user may lack rights, or the site is restarting.</source>
        <translation>%1: сайт отклоняет сеанс и после повторного входа (HTTP %2). Возможно, у пользователя недостаточно прав или сайт перезапускается.</translation>
    </message>
    <message>
        <source>%1: access denied (HTTP 403). The user &quot;%2&quot; may lack the rights (system administrator), or the site refused the CSRF token.</source>
        <translation>%1: доступ запрещён (HTTP 403). Возможно, у пользователя «%2» нет прав системного администратора или сайт отклонил CSRF-токен.</translation>
    </message>
    <message>
        <source>%1: the service was not found on this site (HTTP 404).</source>
        <translation>%1: служба не найдена на этом сайте (HTTP 404).</translation>
    </message>
    <message>
        <source>%1 failed: HTTP %2, %3</source>
        <translation>%1 — ошибка: HTTP %2, %3</translation>
    </message>
    <message>
        <source>%1: the site&apos;s answer is not the expected JSON (%2).</source>
        <translation>%1: ответ сайта не является ожидаемым JSON (%2).</translation>
    </message>
    <message>
        <source>The site %1 answers (its login page opens; it has no health ping).</source>
        <translation>Сайт %1 отвечает (страница входа открывается; проверки работоспособности на нём нет).</translation>
    </message>
    <message>
        <source>The site %1 is healthy.</source>
        <translation>Сайт %1 работает.</translation>
    </message>
    <message>
        <source>The site %1 redirects the health check to %2: it is not serving requests.</source>
        <translation>Сайт %1 перенаправляет проверку работоспособности на %2: он не обслуживает запросы.</translation>
    </message>
    <message>
        <source>The site %1 is unavailable (HTTP %2): starting, restarting or stopped.</source>
        <translation>Сайт %1 недоступен (HTTP %2): запускается, перезапускается или остановлен.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted (fingerprint %2).</source>
        <translation>TLS-сертификат %1 не является доверенным (отпечаток %2).</translation>
    </message>
    <message>
        <source>The site %1 does not answer (%2).</source>
        <translation>Сайт %1 не отвечает (%2).</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>время ожидания истекло</translation>
    </message>
    <message>
        <source>The health check of %1 answered HTTP %2.</source>
        <translation>Проверка работоспособности %1 вернула HTTP %2.</translation>
    </message>
    <message>
        <source>Waiting for %1 to start…</source>
        <translation>Ожидание запуска %1…</translation>
    </message>
    <message>
        <source>Waiting for the site: cancelled.</source>
        <translation>Ожидание сайта отменено.</translation>
    </message>
    <message>
        <source>Waiting for %1 to start (%2 s): %3</source>
        <translation>Ожидание запуска %1 (%2 с): %3</translation>
    </message>
    <message>
        <source>The site %1 did not become ready within %2 s. Last state: %3</source>
        <translation>Сайт %1 не стал готов к работе за %2 с. Последнее состояние: %3</translation>
    </message>
    <message>
        <source>Reading the platform version</source>
        <translation>Чтение версии платформы</translation>
    </message>
    <message>
        <source>The platform version could not be read: the site reports it nowhere (application info, login page, package Base).</source>
        <translation>Не удалось прочитать версию платформы: сайт нигде её не сообщает (сведения о приложении, страница входа, пакет Base).</translation>
    </message>
    <message>
        <source>Reading the installed packages</source>
        <translation>Чтение установленных пакетов</translation>
    </message>
    <message>
        <source>Generating source code for all items…</source>
        <translation>Генерация исходного кода для всех элементов…</translation>
    </message>
    <message>
        <source>Generating the source code</source>
        <translation>Генерация исходного кода</translation>
    </message>
    <message>
        <source>Compiling all (&quot;Компилировать все&quot;)…</source>
        <translation>Компиляция («Компилировать все»)…</translation>
    </message>
    <message>
        <source>Compiling the configuration</source>
        <translation>Компиляция конфигурации</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>Загрузка %1</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: не удаётся прочитать файл: %2</translation>
    </message>
    <message>
        <source>Uploading %1: %2 of %3 KiB</source>
        <translation>Загрузка %1: %2 из %3 КиБ</translation>
    </message>
    <message>
        <source>%1: the site refused the multipart upload (HTTP %2).</source>
        <translation>%1: сайт отклонил загрузку одним запросом (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 failed (HTTP %2).</source>
        <translation>%1 — ошибка (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 — ошибка: %2</translation>
    </message>
    <message>
        <source>Uploading %1 in parts</source>
        <translation>Загрузка %1 частями</translation>
    </message>
    <message>
        <source>%1 failed at byte %2 (HTTP %3).</source>
        <translation>%1 — ошибка на байте %2 (HTTP %3).</translation>
    </message>
    <message>
        <source>The package archive %1 does not exist.</source>
        <translation>Архив пакетов %1 не существует.</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>Загрузка %1…</translation>
    </message>
    <message>
        <source>Reading the installation log</source>
        <translation>Чтение журнала установки</translation>
    </message>
    <message>
        <source>Reading the installation log failed: HTTP %1.</source>
        <translation>Не удалось прочитать журнал установки: HTTP %1.</translation>
    </message>
    <message>
        <source>Reading the installation log: the site refuses the session.</source>
        <translation>Чтение журнала установки: сайт отклоняет сеанс.</translation>
    </message>
    <message>
        <source>Installing %1</source>
        <translation>Установка %1</translation>
    </message>
    <message>
        <source>(the installation log was started again)</source>
        <translation>(журнал установки начат заново)</translation>
    </message>
    <message>
        <source>Installing %1 (about 10 minutes on a real site)…</source>
        <translation>Установка %1 (на рабочем сайте около 10 минут)…</translation>
    </message>
    <message>
        <source>Waiting for the installation was cancelled. The server may still be installing: do not restart the site or start another installation until its log says it finished.</source>
        <translation>Ожидание установки отменено. Сервер может продолжать установку: не перезапускайте сайт и не начинайте новую установку, пока в журнале установки не появится запись о её завершении.</translation>
    </message>
    <message>
        <source>The connection to the site was lost during the installation; following the installation log.</source>
        <translation>Соединение с сайтом прервалось во время установки; продолжаем следить за журналом установки.</translation>
    </message>
    <message>
        <source>Cannot tell how %1 is hosted (.NET Framework or .NET 8), so the right restart call is unknown. Set the hosting in the profile.</source>
        <translation>Не удаётся определить, как размещён %1 (.NET Framework или .NET 8), поэтому неизвестно, каким вызовом его перезапускать. Укажите тип размещения в профиле.</translation>
    </message>
    <message>
        <source>Restarting the site…</source>
        <translation>Перезапуск сайта…</translation>
    </message>
    <message>
        <source>Restarting the site failed (%1, HTTP %2).</source>
        <translation>Не удалось перезапустить сайт (%1, HTTP %2).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Чтение %1</translation>
    </message>
    <message>
        <source>Counting %1</source>
        <translation>Подсчёт записей %1</translation>
    </message>
    <message>
        <source>Counting %1: the answer has no count.</source>
        <translation>Подсчёт записей %1: в ответе нет количества.</translation>
    </message>
    <message>
        <source>Refusing to update %1 without a filter; say DataFilter::everything() to mean every row.</source>
        <translation>Изменение %1 без фильтра не выполняется; чтобы изменить все строки, используйте DataFilter::everything().</translation>
    </message>
    <message>
        <source>Updating %1</source>
        <translation>Изменение %1</translation>
    </message>
    <message>
        <source>Refusing to delete from %1 without a filter; say DataFilter::everything() to mean every row.</source>
        <translation>Удаление из %1 без фильтра не выполняется; чтобы удалить все строки, используйте DataFilter::everything().</translation>
    </message>
    <message>
        <source>Deleting from %1</source>
        <translation>Удаление из %1</translation>
    </message>
    <message>
        <source>Adding to %1</source>
        <translation>Добавление в %1</translation>
    </message>
    <message>
        <source>Running the business process %1…</source>
        <translation>Запуск бизнес-процесса %1…</translation>
    </message>
    <message>
        <source>Running the business process %1</source>
        <translation>Запуск бизнес-процесса %1</translation>
    </message>
    <message>
        <source>%1 failed: HTTP %2. Check the process name in the profile (connector.integrationProcesses).</source>
        <translation>%1 — ошибка: HTTP %2. Проверьте имя процесса в профиле (connector.integrationProcesses).</translation>
    </message>
    <message>
        <source>The business process %1 did not appear in the process log within %2 s (is process logging enabled for it?).</source>
        <translation>Бизнес-процесс %1 не появился в журнале процессов за %2 с (включено ли для него логирование?).</translation>
    </message>
    <message>
        <source>The business process %1 did not finish within %2 s.</source>
        <translation>Бизнес-процесс %1 не завершился за %2 с.</translation>
    </message>
    <message>
        <source>Waiting for the business process %1 (%2 s)…</source>
        <translation>Ожидание бизнес-процесса %1 (%2 с)…</translation>
    </message>
    <message>
        <source>Waiting for the business process %1: cancelled.</source>
        <translation>Ожидание бизнес-процесса %1 отменено.</translation>
    </message>
    <message>
        <source>Reading %1: cancelled.</source>
        <translation>Чтение %1: отменено.</translation>
    </message>
</context>
<context>
    <name>upgrade::InstallLogAnalyzer</name>
    <message>
        <source>The installation failed: the installation log shows errors (the server&apos;s answer was lost).</source>
        <translation>Установка завершилась ошибкой: в журнале установки есть ошибки (ответ сервера потерян).</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the installation was lost; success was judged from the installation log alone.</source>
        <translation>Ответ сервера на установку потерян; успех определён только по журналу установки.</translation>
    </message>
    <message>
        <source>The package was installed (judged from the log; the server&apos;s answer was lost).</source>
        <translation>Пакет установлен (по журналу установки; ответ сервера потерян).</translation>
    </message>
    <message>
        <source>It is not known whether the package was installed: the server&apos;s answer was lost and the installation log does not say that it finished. Check the installed package versions and the log before doing anything else.</source>
        <translation>Неизвестно, установлен ли пакет: ответ сервера потерян, а в журнале установки нет записи о её завершении. Прежде чем продолжать, проверьте версии установленных пакетов и журнал.</translation>
    </message>
    <message>
        <source>The server reported success, but the installation log shows errors: the installation is treated as failed.</source>
        <translation>Сервер сообщил об успехе, но в журнале установки есть ошибки: установка считается неудачной.</translation>
    </message>
    <message>
        <source>The server reported success, but the installation log could not be read to confirm it. Check the installed package versions.</source>
        <translation>Сервер сообщил об успехе, но журнал установки не удалось прочитать для подтверждения. Проверьте версии установленных пакетов.</translation>
    </message>
    <message>
        <source>The installation log does not contain the usual final line; read it to be sure.</source>
        <translation>В журнале установки нет обычной завершающей записи; для уверенности прочитайте его.</translation>
    </message>
    <message>
        <source>The package was installed; the log should be checked.</source>
        <translation>Пакет установлен; журнал установки стоит проверить.</translation>
    </message>
    <message>
        <source>The package was installed with warnings.</source>
        <translation>Пакет установлен с предупреждениями.</translation>
    </message>
    <message>
        <source>The package was installed successfully.</source>
        <translation>Пакет успешно установлен.</translation>
    </message>
    <message>
        <source>The package was installed, but some schemas were skipped because they were modified locally on this site.</source>
        <translation>Пакет установлен, но некоторые схемы пропущены, так как на этом сайте они изменены локально.</translation>
    </message>
    <message>
        <source>The installation failed; the details are in the installation log.</source>
        <translation>Установка завершилась ошибкой; подробности — в журнале установки.</translation>
    </message>
    <message>
        <source>The installation failed: %1</source>
        <translation>Установка завершилась ошибкой: %1</translation>
    </message>
</context>
</TS>
