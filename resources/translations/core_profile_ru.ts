<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>upgrade::FileSecretStore</name>
    <message>
        <source>The secrets file %1 does not exist.</source>
        <translation>Файл секретов %1 не существует.</translation>
    </message>
    <message>
        <source>The secrets file %1 can be read by other users. Make it readable by its owner only (chmod 600) and try again.</source>
        <translation>Файл секретов %1 доступен для чтения другим пользователям. Оставьте доступ только владельцу (chmod 600) и повторите.</translation>
    </message>
    <message>
        <source>The secrets file %1 is too large to be a secrets file.</source>
        <translation>Файл %1 слишком велик для файла секретов.</translation>
    </message>
    <message>
        <source>Cannot read the secrets file %1: %2.</source>
        <translation>Не удаётся прочитать файл секретов %1: %2.</translation>
    </message>
    <message>
        <source>The secrets file %1, line %2: expected key=value.</source>
        <translation>Файл секретов %1, строка %2: ожидается ключ=значение.</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1: %2.</source>
        <translation>Не удаётся записать файл секретов %1: %2.</translation>
    </message>
    <message>
        <source>The secrets file is read-only for the program.</source>
        <translation>Файл секретов программа только читает.</translation>
    </message>
    <message>
        <source>the secrets file %1</source>
        <translation>файл секретов %1</translation>
    </message>
</context>
<context>
    <name>upgrade::KeychainSecretStore</name>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>Системное хранилище паролей не ответило вовремя.</translation>
    </message>
    <message>
        <source>The system keychain cannot be read: %1</source>
        <translation>Не удаётся прочитать системное хранилище паролей: %1</translation>
    </message>
    <message>
        <source>The password could not be saved in the system keychain: %1</source>
        <translation>Не удалось сохранить пароль в системном хранилище паролей: %1</translation>
    </message>
    <message>
        <source>The password could not be removed from the system keychain: %1</source>
        <translation>Не удалось удалить пароль из системного хранилища паролей: %1</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>системное хранилище паролей</translation>
    </message>
</context>
<context>
    <name>upgrade::ProfileValidator</name>
    <message>
        <source>The profile %1 does not exist.</source>
        <translation>Профиль %1 не существует.</translation>
    </message>
    <message>
        <source>The file is too large for a profile (%1 bytes; at most %2).</source>
        <translation>Файл слишком велик для профиля (%1 байт; допустимо не более %2).</translation>
    </message>
    <message>
        <source>Cannot read the profile %1: %2.</source>
        <translation>Не удаётся прочитать профиль %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write the profile %1: %2.</source>
        <translation>Не удаётся записать профиль %1: %2.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>The file is not a text file in UTF-8; it cannot be a profile.</source>
        <translation>Файл не является текстом в кодировке UTF-8 и не может быть профилем.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1, column %2): %3. Was it cut short or edited by hand?</source>
        <translation>Файл не является корректным JSON (строка %1, столбец %2): %3. Возможно, он обрезан или испорчен при ручной правке?</translation>
    </message>
    <message>
        <source>A profile must be a JSON object ({ ... }).</source>
        <translation>Профиль должен быть объектом JSON ({ ... }).</translation>
    </message>
    <message>
        <source>Required field is missing.</source>
        <translation>Отсутствует обязательное поле.</translation>
    </message>
    <message>
        <source>Unknown schema version %1; this program reads version %2. A newer program may have written this profile.</source>
        <translation>Неизвестная версия схемы %1; программа читает версию %2. Возможно, профиль создан более новой версией программы.</translation>
    </message>
    <message>
        <source>The test site must not be the production site.</source>
        <translation>Тестовый сайт не должен совпадать с продуктивным.</translation>
    </message>
    <message>
        <source>The test database must not be the production database.</source>
        <translation>Тестовая база данных не должна совпадать с продуктивной.</translation>
    </message>
    <message>
        <source>Unknown field. Check the spelling; the known fields here are: %1.</source>
        <translation>Неизвестное поле. Проверьте написание; здесь допустимы поля: %1.</translation>
    </message>
    <message>
        <source>Required section is missing.</source>
        <translation>Отсутствует обязательный раздел.</translation>
    </message>
    <message>
        <source>Must be an object, not a %1.</source>
        <translation>Должен быть объект, а не %1.</translation>
    </message>
    <message>
        <source>Required field is missing or empty.</source>
        <translation>Обязательное поле отсутствует или пусто.</translation>
    </message>
    <message>
        <source>Must be a string, not a %1.</source>
        <translation>Должна быть строка, а не %1.</translation>
    </message>
    <message>
        <source>Must be a whole number, not a %1.</source>
        <translation>Должно быть целое число, а не %1.</translation>
    </message>
    <message>
        <source>Must be between %1 and %2.</source>
        <translation>Должно быть от %1 до %2.</translation>
    </message>
    <message>
        <source>Unknown value &quot;%1&quot;; expected one of: %2.</source>
        <translation>Неизвестное значение «%1»; ожидается одно из: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid http:// or https:// address.</source>
        <translation>«%1» — некорректный адрес http:// или https://.</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password; use the user fields and the keychain.</source>
        <translation>Адрес не должен содержать имя пользователя или пароль; используйте поля пользователя и хранилище паролей.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day in the form HH:MM.</source>
        <translation>«%1» — не время суток в формате ЧЧ:ММ.</translation>
    </message>
    <message>
        <source>Required list is missing.</source>
        <translation>Отсутствует обязательный список.</translation>
    </message>
    <message>
        <source>Must be a list, not a %1.</source>
        <translation>Должен быть список, а не %1.</translation>
    </message>
    <message>
        <source>The list must not be empty.</source>
        <translation>Список не должен быть пустым.</translation>
    </message>
    <message>
        <source>Must be a non-empty string.</source>
        <translation>Должна быть непустая строка.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid entity name (Latin letters, digits and underscores, starting with a letter).</source>
        <translation>«%1» — недопустимое имя объекта (латинские буквы, цифры и подчёркивания, начинается с буквы).</translation>
    </message>
    <message>
        <source>Passwords and other secrets must not be written in the profile. Remove this field: the program asks for the password and keeps it in the system keychain; for unattended runs use the BPMSOFT_UPGRADE_SECRET_* environment variables or --secrets-file (see docs/profile.md).</source>
        <translation>Пароли и другие секреты нельзя записывать в профиль. Удалите это поле: программа сама запросит пароль и сохранит его в системном хранилище паролей (keychain); для запуска без участия человека используйте переменные окружения BPMSOFT_UPGRADE_SECRET_* или --secrets-file (см. docs/profile.md).</translation>
    </message>
    <message>
        <source>This value contains a password. Secrets must not be written in the profile; the program keeps them in the system keychain.</source>
        <translation>Это значение содержит пароль. Секреты нельзя записывать в профиль; программа хранит их в системном хранилище паролей (keychain).</translation>
    </message>
    <message>
        <source>Give either filePath (a file infobase) or server and infobaseName (a server infobase), not both.</source>
        <translation>Укажите либо filePath (файловая информационная база), либо server и infobaseName (серверная база), но не то и другое.</translation>
    </message>
    <message>
        <source>The 1C infobase is not set: give filePath (a file infobase) or server and infobaseName (a server infobase).</source>
        <translation>Не задана информационная база 1С: укажите filePath (файловая база) или server и infobaseName (серверная база).</translation>
    </message>
    <message>
        <source>A server infobase needs its name in the cluster.</source>
        <translation>Для серверной базы нужно её имя в кластере.</translation>
    </message>
    <message>
        <source>Must be a SHA-256 fingerprint: 64 hexadecimal digits, colons allowed.</source>
        <translation>Должен быть отпечаток SHA-256: 64 шестнадцатеричные цифры, двоеточия допускаются.</translation>
    </message>
    <message>
        <source>Unknown day &quot;%1&quot;; expected one of: %2.</source>
        <translation>Неизвестный день «%1»; ожидается один из: %2.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;; use an IANA name such as Europe/Moscow.</source>
        <translation>Неизвестный часовой пояс «%1»; используйте имя IANA, например Europe/Moscow.</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>логическое значение</translation>
    </message>
    <message>
        <source>number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>string</source>
        <translation>строка</translation>
    </message>
    <message>
        <source>list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
</context>
<context>
    <name>upgrade::SecretStore</name>
    <message>
        <source>No writable place for passwords is configured.</source>
        <translation>Не настроено место, куда можно сохранять пароли.</translation>
    </message>
    <message>
        <source>Environment variables cannot be written.</source>
        <translation>Переменные окружения нельзя изменить.</translation>
    </message>
    <message>
        <source>the BPMSOFT_UPGRADE_SECRET_* environment variables</source>
        <translation>переменные окружения BPMSOFT_UPGRADE_SECRET_*</translation>
    </message>
    <message>
        <source>this session&apos;s memory</source>
        <translation>память этого сеанса</translation>
    </message>
</context>
</TS>
