<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>upgrade::cli::BundleCommand</name>
    <message>
        <source>bundle --journal DIR [--output F.zip] [--secrets-file F]: a zip for support with the run&apos;s logs, journal, reports and profile, secrets masked</source>
        <translation>bundle --journal DIR [--output F.zip] [--secrets-file F]: zip-архив для поддержки с журналами работы, журналом запуска, отчётами и профилем; секреты скрыты</translation>
    </message>
    <message>
        <source>The run folder.</source>
        <translation>Папка запуска.</translation>
    </message>
    <message>
        <source>The zip to write (default: bpmsoft-upgrade-support-RUN.zip in the run folder).</source>
        <translation>Куда записать zip-архив (по умолчанию: bpmsoft-upgrade-support-RUN.zip в папке запуска).</translation>
    </message>
    <message>
        <source>Mask the passwords of this owner-only file too (key=value lines).</source>
        <translation>Скрыть также пароли из этого файла, доступного только владельцу (строки key=value).</translation>
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
        <source>Support bundle written: %1</source>
        <translation>Архив поддержки записан: %1</translation>
    </message>
</context>
<context>
    <name>upgrade::cli::CloudRequestsCommand</name>
    <message>
        <source>cloud-requests --profile P [--output DIR] [--contact TEXT] [--journal DIR] [--json]: the requests to the hosting provider&apos;s support desk (cloud)</source>
        <translation>cloud-requests --profile P [--output DIR] [--contact TEXT] [--journal DIR] [--json]: запросы в техподдержку хостинг-провайдера (облако)</translation>
    </message>
    <message>
        <source>The profile.</source>
        <translation>Профиль.</translation>
    </message>
    <message>
        <source>Write each request as a text file into this folder.</source>
        <translation>Записать каждый запрос текстовым файлом в эту папку.</translation>
    </message>
    <message>
        <source>Who the provider answers: name, phone, e-mail.</source>
        <translation>Кому отвечает провайдер: имя, телефон, e-mail.</translation>
    </message>
    <message>
        <source>A run folder whose preflight recorded the installed versions.</source>
        <translation>Папка запуска, в которой предварительная проверка записала установленные версии.</translation>
    </message>
    <message>
        <source>Print them as one JSON object.</source>
        <translation>Вывести их одним объектом JSON.</translation>
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
        <source>The profile %1 has problems:</source>
        <translation>В профиле %1 есть ошибки:</translation>
    </message>
    <message>
        <source>The production site of %1 is not hosted in the cloud (hosting: %2). These requests are for the cloud; the program upgrades other sites itself (run --stage test).</source>
        <translation>Продуктивный сайт профиля %1 размещён не в облаке (размещение: %2). Эти запросы нужны только для облака; другие сайты программа обновляет сама (run --stage test).</translation>
    </message>
    <message>
        <source>The package archive %1 cannot be used: %2</source>
        <translation>Архив пакета %1 нельзя использовать: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удалось создать папку %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Written: %1 — %2</source>
        <translation>Записан: %1 — %2</translation>
    </message>
</context>
<context>
    <name>upgrade::cli::ReportCommand</name>
    <message>
        <source>The run folder.</source>
        <translation>Папка запуска.</translation>
    </message>
    <message>
        <source>html, pdf or json (default: from the output&apos;s extension, else html).</source>
        <translation>html, pdf или json (по умолчанию — по расширению файла, иначе html).</translation>
    </message>
    <message>
        <source>The file to write (default: report.FORMAT in the run folder; - : standard output).</source>
        <translation>Куда записать отчёт (по умолчанию: report.FORMAT в папке запуска; - : стандартный вывод).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>report --journal DIR [--format html|pdf|json] [--output F]: the report of a run (what ran where and when, backups, results)</source>
        <translation>report --journal DIR [--format html|pdf|json] [--output F]: отчёт о запуске (что, где и когда выполнялось, резервные копии, результаты)</translation>
    </message>
    <message>
        <source>Give the run folder: %1</source>
        <translation>Укажите папку запуска: %1</translation>
    </message>
    <message>
        <source>Unknown report format &quot;%1&quot;: use html, pdf or json.</source>
        <translation>Неизвестный формат отчёта «%1»: используйте html, pdf или json.</translation>
    </message>
    <message>
        <source>A PDF report needs a file: give --output F.pdf.</source>
        <translation>Отчёт PDF записывается только в файл: укажите --output F.pdf.</translation>
    </message>
    <message>
        <source>Report written: %1 (result: %2)</source>
        <translation>Отчёт записан: %1 (итог: %2)</translation>
    </message>
</context>
<context>
    <name>upgrade::cli::StageReports</name>
    <message>
        <source>Report written: %1</source>
        <translation>Отчёт записан: %1</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Не удалось записать отчёт: %1</translation>
    </message>
</context>
</TS>
