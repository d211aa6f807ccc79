<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>upgrade::cli::DbVerifyCommand</name>
    <message numerus="yes">
        <source>%1 is a valid backup of «%2» (%3, %n entries).</source>
        <translation>
            <numerusform>%1 is a valid backup of «%2» (%3, %n entry).</numerusform>
            <numerusform>%1 is a valid backup of «%2» (%3, %n entries).</numerusform>
        </translation>
    </message>
</context>
</TS>
