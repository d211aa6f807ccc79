<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>upgrade::OneCExecutableLocator</name>
    <message numerus="yes">
        <source>%1 of platform %2 (the newest of %n installed version(s)): %3</source>
        <translation>
            <numerusform>%1 of platform %2 (the newest of %n installed version): %3</numerusform>
            <numerusform>%1 of platform %2 (the newest of %n installed versions): %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>upgrade::RacClient</name>
    <message numerus="yes">
        <source>Cannot tell which 1C cluster of the RAS at %1 serves %2: %n match(es).</source>
        <translation>
            <numerusform>Cannot tell which 1C cluster of the RAS at %1 serves %2: %n match.</numerusform>
            <numerusform>Cannot tell which 1C cluster of the RAS at %1 serves %2: %n matches.</numerusform>
        </translation>
    </message>
</context>
</TS>
