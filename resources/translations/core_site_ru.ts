<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>upgrade::ConnectionStringsConfig</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Не удалось прочитать %1: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the file is in UTF-16, which this program does not edit; save it as UTF-8.</source>
        <translation>файл в кодировке UTF-16, такие файлы программа не изменяет; сохраните его в UTF-8.</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8.</source>
        <translation>файл не в кодировке UTF-8.</translation>
    </message>
    <message>
        <source>cannot locate an &lt;add&gt; element in the text.</source>
        <translation>не удалось найти элемент &lt;add&gt; в тексте.</translation>
    </message>
    <message>
        <source>not well-formed XML (line %1: %2).</source>
        <translation>некорректный XML (строка %1: %2).</translation>
    </message>
    <message>
        <source>there is no &lt;connectionStrings&gt; element.</source>
        <translation>нет элемента &lt;connectionStrings&gt;.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Не удалось записать %1: %2.</translation>
    </message>
    <message>
        <source>ConnectionStrings.config has no &quot;db&quot; entry.</source>
        <translation>В ConnectionStrings.config нет строки подключения «db».</translation>
    </message>
    <message>
        <source>The test site would use the production database &quot;%1&quot;; give the test environment its own database.</source>
        <translation>Тестовый сайт использовал бы продуктивную базу данных «%1»; укажите для тестовой среды отдельную базу данных.</translation>
    </message>
    <message>
        <source>The Redis database number %1 is already used (production: %2); every site needs its own. Set site.redisDb of the test environment.</source>
        <translation>Номер базы Redis %1 уже занят (у продуктива: %2), а у каждого сайта он должен быть свой. Укажите site.redisDb для тестовой среды.</translation>
    </message>
    <message>
        <source>Database: %1 instead of %2</source>
        <translation>База данных: %1 вместо %2</translation>
    </message>
    <message>
        <source>Redis database number: %1 instead of %2</source>
        <translation>Номер базы Redis: %1 вместо %2</translation>
    </message>
    <message numerus="yes">
        <source>Paths into %1 now point into %2 (%n entries)</source>
        <translation>
            <numerusform>Пути в %1 теперь указывают в %2 (%n запись)</numerusform>
            <numerusform>Пути в %1 теперь указывают в %2 (%n записи)</numerusform>
            <numerusform>Пути в %1 теперь указывают в %2 (%n записей)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>upgrade::IisSiteProvisioner</name>
    <message>
        <source>appcmd&apos;s answer is not readable XML: %1</source>
        <translation>Ответ appcmd — нечитаемый XML: %1</translation>
    </message>
    <message>
        <source>IIS: &quot;%1&quot; %2: %3</source>
        <translation>IIS: «%1» %2: %3</translation>
    </message>
    <message>
        <source>IIS is not installed here, or without its management tools: %1 is missing. Install the IIS role with &quot;IIS Management Scripts and Tools&quot;.</source>
        <translation>IIS здесь не установлен или установлен без средств управления: нет %1. Установите роль IIS вместе с компонентом «Сценарии и средства управления IIS».</translation>
    </message>
    <message>
        <source>The test environment needs site.iisSiteName and site.folder.</source>
        <translation>Для тестовой среды нужны site.iisSiteName и site.folder.</translation>
    </message>
    <message>
        <source>The test site &quot;%1&quot; (pool &quot;%2&quot;) must not have the production site&apos;s or pool&apos;s name.</source>
        <translation>Тестовый сайт «%1» (пул «%2») не может называться так же, как продуктивный сайт или его пул.</translation>
    </message>
    <message>
        <source>The test site folder %1 must not be the production folder or inside it.</source>
        <translation>Папка тестового сайта %1 не может совпадать с папкой продуктивного сайта или находиться внутри неё.</translation>
    </message>
    <message>
        <source>The test site&apos;s binding %1 needs a certificate; this program creates http bindings only. Use an http address for the test site, or create the site in IIS Manager.</source>
        <translation>Для привязки тестового сайта %1 нужен сертификат, а программа создаёт только привязки http. Укажите для тестового сайта адрес http или создайте сайт в диспетчере IIS.</translation>
    </message>
    <message>
        <source>IIS already has a site &quot;%1&quot; in %2, not in the folder the profile names (%3). It is left alone; choose another name.</source>
        <translation>В IIS уже есть сайт «%1» в папке %2, а не в папке из профиля (%3). Он не будет изменён; выберите другое имя.</translation>
    </message>
    <message>
        <source>The binding %1 is used by the site &quot;%2&quot;. Give the test site its own host name (site.hostName) or port.</source>
        <translation>Привязку %1 использует сайт «%2». Укажите для тестового сайта своё имя узла (site.hostName) или порт.</translation>
    </message>
    <message>
        <source>The folder %1 belongs to the site &quot;%2&quot; (%3). The test site needs a folder of its own.</source>
        <translation>Папка %1 принадлежит сайту «%2» (%3). Тестовому сайту нужна собственная папка.</translation>
    </message>
    <message>
        <source>The application pool &quot;%1&quot; is used by the site &quot;%2&quot;; the test site needs a pool of its own (site.appPoolName).</source>
        <translation>Пул приложений «%1» использует сайт «%2»; тестовому сайту нужен собственный пул (site.appPoolName).</translation>
    </message>
    <message>
        <source>The site &quot;%1&quot; has an application /0 in %2, not in %3.</source>
        <translation>У сайта «%1» приложение /0 находится в %2, а не в %3.</translation>
    </message>
    <message>
        <source>Reading the IIS configuration...</source>
        <translation>Чтение конфигурации IIS...</translation>
    </message>
    <message>
        <source>Creating the IIS site &quot;%1&quot;...</source>
        <translation>Создание сайта IIS «%1»...</translation>
    </message>
    <message>
        <source>Could not give the pool &quot;%1&quot; rights on %2: icacls %3.</source>
        <translation>Не удалось выдать пулу «%1» права на %2: icacls %3.</translation>
    </message>
    <message>
        <source>The IIS site &quot;%1&quot; (%2, pool &quot;%3&quot;) is ready.</source>
        <translation>Сайт IIS «%1» (%2, пул «%3») готов.</translation>
    </message>
    <message>
        <source>The environment has no IIS site name (site.iisSiteName).</source>
        <translation>Для среды не указано имя сайта IIS (site.iisSiteName).</translation>
    </message>
</context>
<context>
    <name>upgrade::LinuxSiteProvisioner</name>
    <message>
        <source>appsettings.json: the Kestrel section is not closed.</source>
        <translation>appsettings.json: раздел Kestrel не закрыт.</translation>
    </message>
    <message>
        <source>appsettings.json also has the endpoint %1, which would stay on the production site&apos;s port. Remove it from the test copy or give it another port.</source>
        <translation>В appsettings.json есть ещё конечная точка %1, которая осталась бы на порту продуктивного сайта. Удалите её из тестовой копии или задайте ей другой порт.</translation>
    </message>
    <message>
        <source>appsettings.json has a Kestrel section without an %1 endpoint URL.</source>
        <translation>В разделе Kestrel файла appsettings.json нет адреса конечной точки %1.</translation>
    </message>
    <message>
        <source>appsettings.json also listens on %1, which would stay on the production site&apos;s port.</source>
        <translation>appsettings.json также слушает %1, а этот адрес остался бы на порту продуктивного сайта.</translation>
    </message>
    <message>
        <source>appsettings.json is not a JSON object.</source>
        <translation>appsettings.json не является объектом JSON.</translation>
    </message>
    <message>
        <source>The test environment needs site.serviceName and site.folder.</source>
        <translation>Для тестовой среды нужны site.serviceName и site.folder.</translation>
    </message>
    <message>
        <source>The test site&apos;s service must not be the production service (%1).</source>
        <translation>Служба тестового сайта не может совпадать с продуктивной службой (%1).</translation>
    </message>
    <message>
        <source>The test site needs a port of its own (site.port); %1 is the production site&apos;s.</source>
        <translation>Тестовому сайту нужен собственный порт (site.port); %1 — порт продуктивного сайта.</translation>
    </message>
    <message>
        <source>Port %1 is already in use on this computer; choose another port for the test site (site.port).</source>
        <translation>Порт %1 на этом компьютере уже занят; выберите для тестового сайта другой порт (site.port).</translation>
    </message>
    <message>
        <source>A systemd unit %1 exists that this program did not write; it is left alone. Choose another site.serviceName.</source>
        <translation>Существует юнит systemd %1, созданный не этой программой; он не будет изменён. Выберите другое site.serviceName.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Не удалось записать %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <source>Kestrel port of the test site: %1 (%2).</source>
        <translation>Порт Kestrel тестового сайта: %1 (%2).</translation>
    </message>
    <message>
        <source>%1 Run as root:
%2</source>
        <translation>%1 Выполните от имени root:
%2</translation>
    </message>
    <message>
        <source>Cannot write the systemd unit to %1 or %2.</source>
        <translation>Не удалось записать юнит systemd ни в %1, ни в %2.</translation>
    </message>
    <message>
        <source>This program may not write %1.</source>
        <translation>У программы нет прав на запись %1.</translation>
    </message>
    <message>
        <source>systemd did not let this program start the service.</source>
        <translation>systemd не разрешил программе запустить службу.</translation>
    </message>
    <message>
        <source>systemctl %1 %2: %3. See: journalctl -u %4</source>
        <translation>systemctl %1 %2: %3. Подробности: journalctl -u %4</translation>
    </message>
    <message>
        <source>The test site runs as the systemd service %1 on port %2.</source>
        <translation>Тестовый сайт работает как служба systemd %1 на порту %2.</translation>
    </message>
    <message>
        <source>The environment has no systemd service (site.serviceName).</source>
        <translation>Для среды не указана служба systemd (site.serviceName).</translation>
    </message>
    <message>
        <source>systemctl %1 %2 %3: %4</source>
        <translation>systemctl %1 %2 %3: %4</translation>
    </message>
</context>
<context>
    <name>upgrade::SiteFolderCopier</name>
    <message>
        <source>The production and the test site folders must both be set (site.folder).</source>
        <translation>Нужно указать папки и продуктивного, и тестового сайта (site.folder).</translation>
    </message>
    <message>
        <source>The production site folder %1 does not exist.</source>
        <translation>Папка продуктивного сайта %1 не существует.</translation>
    </message>
    <message>
        <source>The test site folder %1 must not be the production folder %2, inside it, or around it.</source>
        <translation>Папка тестового сайта %1 не может совпадать с папкой продуктивного сайта %2, находиться внутри неё или содержать её.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 существует и не является папкой.</translation>
    </message>
    <message>
        <source>The folder %1 exists and holds files this program did not put there. Choose an empty or new folder for the test site, or empty it yourself.</source>
        <translation>Папка %1 существует и содержит файлы, которые положила туда не эта программа. Выберите для тестового сайта пустую или новую папку либо очистите эту сами.</translation>
    </message>
    <message>
        <source>The copy of the site folder was cancelled.</source>
        <translation>Копирование папки сайта отменено.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Не удалось создать %1.</translation>
    </message>
    <message>
        <source>Cannot copy the link %1.</source>
        <translation>Не удалось скопировать ссылку %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Не удалось прочитать %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Не удалось записать %1: %2.</translation>
    </message>
    <message>
        <source>The copy of the site folder was cancelled; the partial copy was removed.</source>
        <translation>Копирование папки сайта отменено; неполная копия удалена.</translation>
    </message>
    <message>
        <source>Copying the site folder: %1 of %2</source>
        <translation>Копирование папки сайта: %1 из %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <source>Cannot remove the earlier test copy in %1 (is the test site still running?).</source>
        <translation>Не удалось удалить прежнюю тестовую копию в %1 (тестовый сайт ещё работает?).</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation>Не удалось переименовать %1 в %2.</translation>
    </message>
    <message numerus="yes">
        <source>Copied the site folder to %1: %n file(s), %2; %3 left out (logs and temporary files).</source>
        <translation>
            <numerusform>Папка сайта скопирована в %1: %n файл, %2; пропущено: %3 (журналы и временные файлы).</numerusform>
            <numerusform>Папка сайта скопирована в %1: %n файла, %2; пропущено: %3 (журналы и временные файлы).</numerusform>
            <numerusform>Папка сайта скопирована в %1: %n файлов, %2; пропущено: %3 (журналы и временные файлы).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>upgrade::SiteHealthWaiter</name>
    <message>
        <source>Waiting for %1 to answer...</source>
        <translation>Ожидание ответа %1...</translation>
    </message>
    <message>
        <source>%1 answers (%2) after %3 s.</source>
        <translation>%1 отвечает (%2) через %3 с.</translation>
    </message>
    <message>
        <source>Waiting for %1 to answer (attempt %2: %3)...</source>
        <translation>Ожидание ответа %1 (попытка %2: %3)...</translation>
    </message>
    <message>
        <source>Waiting for %1 was cancelled.</source>
        <translation>Ожидание %1 отменено.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer healthy within %2 s (%n attempt(s); last: %3). Look at the site&apos;s log and the web server.</source>
        <translation>
            <numerusform>%1 не ответил как работоспособный за %2 с (%n попытка; последняя: %3). Проверьте журнал сайта и веб-сервер.</numerusform>
            <numerusform>%1 не ответил как работоспособный за %2 с (%n попытки; последняя: %3). Проверьте журнал сайта и веб-сервер.</numerusform>
            <numerusform>%1 не ответил как работоспособный за %2 с (%n попыток; последняя: %3). Проверьте журнал сайта и веб-сервер.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>upgrade::TestSiteProvisioner</name>
    <message>
        <source>This program creates test sites on IIS and on Linux (.NET 8) only; for &quot;%1&quot; hosting the test site comes from elsewhere.</source>
        <translation>Программа создаёт тестовые сайты только в IIS и на Linux (.NET 8); при размещении «%1» тестовый сайт предоставляется иначе.</translation>
    </message>
    <message>
        <source>The test environment has no database name (database.name).</source>
        <translation>Для тестовой среды не указано имя базы данных (database.name).</translation>
    </message>
    <message>
        <source>Copying the production site folder...</source>
        <translation>Копирование папки продуктивного сайта...</translation>
    </message>
    <message>
        <source>The copied site has no ConnectionStrings.config in %1.</source>
        <translation>В скопированном сайте нет файла ConnectionStrings.config в %1.</translation>
    </message>
    <message>
        <source>The test site %1 is ready: %2</source>
        <translation>Тестовый сайт %1 готов: %2</translation>
    </message>
</context>
</TS>
