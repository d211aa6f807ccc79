<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>upgrade::ConnectionStringsConfig</name>
    <message numerus="yes">
        <source>Paths into %1 now point into %2 (%n entries)</source>
        <translation>
            <numerusform>Paths into %1 now point into %2 (%n entry)</numerusform>
            <numerusform>Paths into %1 now point into %2 (%n entries)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>upgrade::SiteFolderCopier</name>
    <message numerus="yes">
        <source>Copied the site folder to %1: %n file(s), %2; %3 left out (logs and temporary files).</source>
        <translation>
            <numerusform>Copied the site folder to %1: %n file, %2; %3 left out (logs and temporary files).</numerusform>
            <numerusform>Copied the site folder to %1: %n files, %2; %3 left out (logs and temporary files).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>upgrade::SiteHealthWaiter</name>
    <message numerus="yes">
        <source>%1 did not answer healthy within %2 s (%n attempt(s); last: %3). Look at the site&apos;s log and the web server.</source>
        <translation>
            <numerusform>%1 did not answer healthy within %2 s (%n attempt; last: %3). Look at the site&apos;s log and the web server.</numerusform>
            <numerusform>%1 did not answer healthy within %2 s (%n attempts; last: %3). Look at the site&apos;s log and the web server.</numerusform>
        </translation>
    </message>
</context>
</TS>
