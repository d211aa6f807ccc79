<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>upgrade::cli::InspectPackageCommand</name>
    <message numerus="yes">
        <source>%n package(s):</source>
        <translation>
            <numerusform>%n package:</numerusform>
            <numerusform>%n packages:</numerusform>
        </translation>
    </message>
</context>
</TS>
