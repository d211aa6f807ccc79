<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>upgrade::PackageArchiveReader</name>
    <message>
        <source>The package archive %1 does not exist.</source>
        <translation>Архив пакетов %1 не существует.</translation>
    </message>
    <message>
        <source>%1 is not a file. Choose the package archive (.zip or .gz).</source>
        <translation>%1 — не файл. Выберите архив пакетов (.zip или .gz).</translation>
    </message>
    <message>
        <source>The file %1 is %2, more than the %3 a package archive may have.</source>
        <translation>Размер файла %1 — %2, а архив пакетов может занимать не больше %3.</translation>
    </message>
    <message>
        <source>Cannot read the package archive %1: %2.</source>
        <translation>Не удаётся прочитать архив пакетов %1: %2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>The file %1 is empty: it is not a package archive. Get the archive again.</source>
        <translation>Файл %1 пуст: это не архив пакетов. Скачайте архив заново.</translation>
    </message>
    <message>
        <source>The file %1 is neither a .zip archive nor a .gz package. Choose the package archive the vendor supplied.</source>
        <translation>Файл %1 — не архив .zip и не пакет .gz. Выберите архив пакетов, полученный от разработчика.</translation>
    </message>
    <message>
        <source>Checking the package %1</source>
        <translation>Проверка пакета %1</translation>
    </message>
    <message>
        <source>Cannot read the zip archive %1 from a stream; save it to a file first.</source>
        <translation>Zip-архив %1 нельзя прочитать из потока; сначала сохраните его в файл.</translation>
    </message>
    <message>
        <source>The zip archive %1 holds no packages (.gz files). Choose the package archive the vendor supplied.</source>
        <translation>В zip-архиве %1 нет пакетов (файлов .gz). Выберите архив пакетов, полученный от разработчика.</translation>
    </message>
    <message>
        <source>The zip archive %1 is damaged: its table of contents cannot be read. Get the archive again.</source>
        <translation>Zip-архив %1 повреждён: не удаётся прочитать его оглавление. Скачайте архив заново.</translation>
    </message>
    <message>
        <source>The zip archive %1 has %2 entries; a package archive may have at most %3.</source>
        <translation>В zip-архиве %1 записей: %2, а в архиве пакетов их может быть не больше %3.</translation>
    </message>
    <message>
        <source>The zip archive %1 is refused: the entry &quot;%2&quot; has an unsafe name (%3).</source>
        <translation>Zip-архив %1 отклонён: у записи «%2» небезопасное имя (%3).</translation>
    </message>
    <message>
        <source>The zip archive %1 is refused: it holds &quot;%2&quot; twice.</source>
        <translation>Zip-архив %1 отклонён: «%2» встречается в нём дважды.</translation>
    </message>
    <message>
        <source>The zip archive %1 is refused: &quot;%2&quot; is not a package. A package archive holds only package files (.gz).</source>
        <translation>Zip-архив %1 отклонён: «%2» — не пакет. Архив пакетов содержит только файлы пакетов (.gz).</translation>
    </message>
    <message>
        <source>The zip archive %1 is refused: &quot;%2&quot; is encrypted.</source>
        <translation>Zip-архив %1 отклонён: «%2» зашифрован.</translation>
    </message>
    <message>
        <source>The zip archive %1 cannot be read: &quot;%2&quot; uses an unsupported compression method (%3). Pack the archive with the usual (deflate) compression.</source>
        <translation>Zip-архив %1 не удаётся прочитать: «%2» сжат неподдерживаемым методом (%3). Упакуйте архив обычным сжатием (deflate).</translation>
    </message>
    <message>
        <source>The zip archive %1 holds more than %2 packages, the limit for an archive.</source>
        <translation>В zip-архиве %1 больше %2 пакетов — это предел для архива.</translation>
    </message>
    <message>
        <source>The zip archive %1 is refused: the package &quot;%2&quot; is %3, more than the %4 a package file may have.</source>
        <translation>Zip-архив %1 отклонён: размер пакета «%2» — %3, а файл пакета может занимать не больше %4.</translation>
    </message>
    <message>
        <source>The zip archive %1 unpacks to more than %2, the limit for an archive. It is refused as a possible decompression bomb.</source>
        <translation>Zip-архив %1 распаковывается в объём больше %2 — это предел для архива. Архив отклонён как возможная «бомба распаковки».</translation>
    </message>
    <message>
        <source>The zip archive %1 is refused: &quot;%2&quot; is compressed more than %3 times (%4 from %5), which real packages never are. It looks like a decompression bomb.</source>
        <translation>Zip-архив %1 отклонён: «%2» сжат более чем в %3 раз (%4 из %5), чего у настоящих пакетов не бывает. Это похоже на «бомбу распаковки».</translation>
    </message>
    <message>
        <source>The zip archive %1 is damaged: &quot;%2&quot; cannot be unpacked. Get the archive again.</source>
        <translation>Zip-архив %1 повреждён: «%2» не удаётся распаковать. Скачайте архив заново.</translation>
    </message>
    <message>
        <source>%1 in the archive %2</source>
        <translation>%1 в архиве %2</translation>
    </message>
    <message>
        <source>The zip archive %1 is damaged: the data of &quot;%2&quot; does not match its checksum. Get the archive again.</source>
        <translation>Zip-архив %1 повреждён: данные «%2» не совпадают с контрольной суммой. Скачайте архив заново.</translation>
    </message>
    <message>
        <source>The zip archive %1 is refused: it holds the package %2 twice (in &quot;%3&quot; and &quot;%4&quot;).</source>
        <translation>Zip-архив %1 отклонён: пакет %2 содержится в нём дважды (в «%3» и «%4»).</translation>
    </message>
    <message>
        <source>The zip archive %1 is refused: the packages %2 and %3 have the same UId %4.</source>
        <translation>Zip-архив %1 отклонён: у пакетов %2 и %3 одинаковый UId %4.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 ГБ</translation>
    </message>
</context>
<context>
    <name>upgrade::PackageComparison</name>
    <message>
        <source>new package</source>
        <translation>новый пакет</translation>
    </message>
    <message>
        <source>upgrade</source>
        <translation>обновление</translation>
    </message>
    <message>
        <source>same version</source>
        <translation>та же версия</translation>
    </message>
    <message>
        <source>downgrade</source>
        <translation>понижение версии</translation>
    </message>
    <message>
        <source>versions cannot be compared</source>
        <translation>версии нельзя сравнить</translation>
    </message>
</context>
<context>
    <name>upgrade::PackageDescriptor</name>
    <message>
        <source>it is not valid JSON (%1 at offset %2)</source>
        <translation>это некорректный JSON (%1 в позиции %2)</translation>
    </message>
    <message>
        <source>it has no &quot;Descriptor&quot; object</source>
        <translation>в нём нет объекта «Descriptor»</translation>
    </message>
    <message>
        <source>&quot;Name&quot; is missing or not a text</source>
        <translation>«Name» отсутствует или не является строкой</translation>
    </message>
    <message>
        <source>&quot;Name&quot; is not a package name: &quot;%1&quot;</source>
        <translation>«Name» не является именем пакета: «%1»</translation>
    </message>
    <message>
        <source>&quot;UId&quot; is missing or not a text</source>
        <translation>«UId» отсутствует или не является строкой</translation>
    </message>
    <message>
        <source>&quot;UId&quot; is not a GUID: &quot;%1&quot;</source>
        <translation>«UId» не является GUID: «%1»</translation>
    </message>
    <message>
        <source>&quot;PackageVersion&quot; is missing or empty</source>
        <translation>«PackageVersion» отсутствует или пуст</translation>
    </message>
    <message>
        <source>&quot;PackageVersion&quot; is not a version: &quot;%1&quot;</source>
        <translation>«PackageVersion» не является версией: «%1»</translation>
    </message>
    <message>
        <source>&quot;Maintainer&quot; is not a text</source>
        <translation>«Maintainer» не является строкой</translation>
    </message>
    <message>
        <source>&quot;DependsOn&quot; is not a list</source>
        <translation>«DependsOn» не является списком</translation>
    </message>
    <message>
        <source>item %1 of &quot;DependsOn&quot; has no valid &quot;Name&quot;</source>
        <translation>у элемента %1 в «DependsOn» нет корректного «Name»</translation>
    </message>
    <message>
        <source>item %1 of &quot;DependsOn&quot; has a &quot;UId&quot; that is not a GUID</source>
        <translation>у элемента %1 в «DependsOn» «UId» не является GUID</translation>
    </message>
</context>
<context>
    <name>upgrade::PackageEntryName</name>
    <message>
        <source>the name is empty</source>
        <translation>имя пустое</translation>
    </message>
    <message>
        <source>the name has characters other than ASCII</source>
        <translation>в имени есть символы вне ASCII</translation>
    </message>
    <message>
        <source>the name has control characters</source>
        <translation>в имени есть управляющие символы</translation>
    </message>
    <message>
        <source>the name starts with a drive letter</source>
        <translation>имя начинается с буквы диска</translation>
    </message>
    <message>
        <source>the name is an absolute path</source>
        <translation>имя — абсолютный путь</translation>
    </message>
    <message>
        <source>the name contains &quot;:&quot;</source>
        <translation>имя содержит «:»</translation>
    </message>
    <message>
        <source>the name contains &quot;%1&quot;</source>
        <translation>имя содержит «%1»</translation>
    </message>
    <message>
        <source>the name leaves the package folder (&quot;..&quot;)</source>
        <translation>имя выходит за пределы папки пакета («..»)</translation>
    </message>
    <message>
        <source>the name has an empty part (&quot;//&quot; or a trailing separator)</source>
        <translation>в имени есть пустая часть («//» или разделитель в конце)</translation>
    </message>
    <message>
        <source>the name has a &quot;.&quot; part</source>
        <translation>в имени есть часть «.»</translation>
    </message>
    <message>
        <source>a part of the name ends with a dot or a space</source>
        <translation>часть имени оканчивается точкой или пробелом</translation>
    </message>
</context>
<context>
    <name>upgrade::PackageStreamReader</name>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Cannot read the package %1.</source>
        <translation>Не удаётся прочитать пакет %1.</translation>
    </message>
    <message>
        <source>The package %1 is damaged: its gzip data ends early (the file is incomplete). Get the archive again.</source>
        <translation>Пакет %1 повреждён: его данные gzip обрываются (файл неполный). Скачайте архив заново.</translation>
    </message>
    <message>
        <source>The package %1 is damaged: its gzip data is corrupt. Get the archive again.</source>
        <translation>Пакет %1 повреждён: его данные gzip испорчены. Скачайте архив заново.</translation>
    </message>
    <message>
        <source>The package %1 unpacks to more than %2, the limit for one package. It is refused as a possible decompression bomb.</source>
        <translation>Пакет %1 распаковывается в объём больше %2 — это предел для одного пакета. Пакет отклонён как возможная «бомба распаковки».</translation>
    </message>
    <message>
        <source>The packages of the archive unpack to more than %1, the limit for an archive (reached in %2). It is refused as a possible decompression bomb.</source>
        <translation>Пакеты архива распаковываются в объём больше %1 — это предел для архива (достигнут в %2). Архив отклонён как возможная «бомба распаковки».</translation>
    </message>
    <message>
        <source>The package %1 is compressed more than %2 times (%3 from %4): real packages never are. It is refused as a decompression bomb.</source>
        <translation>Пакет %1 сжат более чем в %2 раз (%3 из %4), чего у настоящих пакетов не бывает. Он отклонён как «бомба распаковки».</translation>
    </message>
    <message>
        <source>The package %1 is damaged: its data ends inside the header of file number %2. Get the archive again.</source>
        <translation>Пакет %1 повреждён: его данные обрываются внутри заголовка файла номер %2. Скачайте архив заново.</translation>
    </message>
    <message>
        <source>The package %1 has more than %2 files, the limit for a package.</source>
        <translation>В пакете %1 больше %2 файлов — это предел для пакета.</translation>
    </message>
    <message>
        <source>The package %1 is refused: file number %2 has an empty name.</source>
        <translation>Пакет %1 отклонён: у файла номер %2 пустое имя.</translation>
    </message>
    <message>
        <source>The package %1 is refused: the name of file number %2 is %3 characters long (at most %4 are allowed).</source>
        <translation>Пакет %1 отклонён: длина имени файла номер %2 — %3 символов (допускается не больше %4).</translation>
    </message>
    <message>
        <source>The package %1 is damaged: its data ends inside the name of file number %2. Get the archive again.</source>
        <translation>Пакет %1 повреждён: его данные обрываются внутри имени файла номер %2. Скачайте архив заново.</translation>
    </message>
    <message>
        <source>The package %1 is refused: the name of file number %2 has characters other than ASCII (&quot;%3&quot;).</source>
        <translation>Пакет %1 отклонён: в имени файла номер %2 есть символы вне ASCII («%3»).</translation>
    </message>
    <message>
        <source>The package %1 is refused: the file &quot;%2&quot; has an unsafe name (%3).</source>
        <translation>Пакет %1 отклонён: у файла «%2» небезопасное имя (%3).</translation>
    </message>
    <message>
        <source>The package %1 is damaged: its data ends before the length of the file &quot;%2&quot;. Get the archive again.</source>
        <translation>Пакет %1 повреждён: его данные обрываются перед длиной файла «%2». Скачайте архив заново.</translation>
    </message>
    <message>
        <source>The package %1 is refused: the file &quot;%2&quot; declares %3, beyond the limit of %4 for a package.</source>
        <translation>Пакет %1 отклонён: файл «%2» заявляет размер %3, больше предела для пакета (%4).</translation>
    </message>
    <message>
        <source>The package %1 is refused: it has two descriptor.json files (&quot;%2&quot; and &quot;%3&quot;).</source>
        <translation>Пакет %1 отклонён: в нём два файла descriptor.json («%2» и «%3»).</translation>
    </message>
    <message>
        <source>The package %1 is refused: its descriptor.json is %2, more than the %3 a descriptor may have.</source>
        <translation>Пакет %1 отклонён: размер его descriptor.json — %2, а дескриптор может занимать не больше %3.</translation>
    </message>
    <message>
        <source>The package %1 is damaged: the file &quot;%2&quot; should hold %3 bytes, but only %4 remain. Get the archive again.</source>
        <translation>Пакет %1 повреждён: файл «%2» должен содержать %3 байт, но осталось только %4. Скачайте архив заново.</translation>
    </message>
    <message>
        <source>The package %1 has no descriptor.json: it is not a BPMSoft package.</source>
        <translation>В пакете %1 нет descriptor.json: это не пакет BPMSoft.</translation>
    </message>
    <message>
        <source>The descriptor.json of the package %1 is invalid: %2.</source>
        <translation>Файл descriptor.json пакета %1 некорректен: %2.</translation>
    </message>
</context>
</TS>
