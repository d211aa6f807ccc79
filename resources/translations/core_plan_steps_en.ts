<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>upgrade::CheckTestCopyStep</name>
    <message numerus="yes">
        <source>The test environment is not a current copy of production (%n package(s) differ). Ask the hosting provider for a fresh copy.</source>
        <translation>
            <numerusform>The test environment is not a current copy of production (%n package differs). Ask the hosting provider for a fresh copy.</numerusform>
            <numerusform>The test environment is not a current copy of production (%n packages differ). Ask the hosting provider for a fresh copy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The test environment answers and has production&apos;s %n package(s) at the same versions.</source>
        <translation>
            <numerusform>The test environment answers and has production&apos;s %n package at the same version.</numerusform>
            <numerusform>The test environment answers and has production&apos;s %n packages at the same versions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>upgrade::CompileAllStep</name>
    <message numerus="yes">
        <source>[Compile all] found %n error(s).</source>
        <translation>
            <numerusform>[Compile all] found %n error.</numerusform>
            <numerusform>[Compile all] found %n errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compiled without errors (%n warning(s)).</source>
        <translation>
            <numerusform>Compiled without errors (%n warning).</numerusform>
            <numerusform>Compiled without errors (%n warnings).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>upgrade::DeduplicateStep</name>
    <message numerus="yes">
        <source>%n row(s) removed from %1.</source>
        <translation>
            <numerusform>%n row removed from %1.</numerusform>
            <numerusform>%n rows removed from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The mapping table is empty and %n integration object(s) have «Use for deduplication».</source>
        <translation>
            <numerusform>The mapping table is empty and %n integration object has «Use for deduplication».</numerusform>
            <numerusform>The mapping table is empty and %n integration objects have «Use for deduplication».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The mapping table is empty and all %n integration object(s) have «Use for deduplication».</source>
        <translation>
            <numerusform>The mapping table is empty and the %n integration object has «Use for deduplication».</numerusform>
            <numerusform>The mapping table is empty and all %n integration objects have «Use for deduplication».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>upgrade::GenerateSourcesStep</name>
    <message numerus="yes">
        <source>Generating the source code reported %n error(s); fix them in [Configuration] first.</source>
        <translation>
            <numerusform>Generating the source code reported %n error; fix it in [Configuration] first.</numerusform>
            <numerusform>Generating the source code reported %n errors; fix them in [Configuration] first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>upgrade::PreflightStep</name>
    <message numerus="yes">
        <source>Ready: %n package(s) to install.</source>
        <translation>
            <numerusform>Ready: %n package to install.</numerusform>
            <numerusform>Ready: %n packages to install.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>upgrade::VerifyIntegrationStep</name>
    <message numerus="yes">
        <source>The integration ran without errors and without duplicates (%n integration object(s)).</source>
        <translation>
            <numerusform>The integration ran without errors and without duplicates (%n integration object).</numerusform>
            <numerusform>The integration ran without errors and without duplicates (%n integration objects).</numerusform>
        </translation>
    </message>
</context>
</TS>
