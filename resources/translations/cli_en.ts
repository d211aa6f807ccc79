<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>upgrade::cli::ProfileArguments</name>
    <message numerus="yes">
        <source>The profile %1 has %n problem(s):</source>
        <translation>
            <numerusform>The profile %1 has %n problem:</numerusform>
            <numerusform>The profile %1 has %n problems:</numerusform>
        </translation>
    </message>
</context>
</TS>
