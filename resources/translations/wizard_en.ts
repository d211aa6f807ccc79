<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>upgrade::wizard::ConnectionsPage</name>
    <message numerus="yes">
        <source>The profile has %n problem(s); each is shown at its field.</source>
        <translation>
            <numerusform>The profile has %n problem; it is shown at its field.</numerusform>
            <numerusform>The profile has %n problems; each is shown at its field.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The archive is valid: %n package(s), %1, SHA-256 %2.</source>
        <translation>
            <numerusform>The archive is valid: %n package, %1, SHA-256 %2.</numerusform>
            <numerusform>The archive is valid: %n packages, %1, SHA-256 %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>upgrade::wizard::PreflightPage</name>
    <message numerus="yes">
        <source>Ready, with %n warning(s). Read them before you go on.</source>
        <translation>
            <numerusform>Ready, with %n warning. Read it before you go on.</numerusform>
            <numerusform>Ready, with %n warnings. Read them before you go on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocking problem(s). Fix them as described, then check again.</source>
        <translation>
            <numerusform>%n blocking problem. Fix it as described, then check again.</numerusform>
            <numerusform>%n blocking problems. Fix them as described, then check again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>upgrade::wizard::VerificationViewModel</name>
    <message numerus="yes">
        <source>All %n integration(s) finished without errors, and no duplicates appeared.</source>
        <translation>
            <numerusform>The integration finished without errors, and no duplicates appeared.</numerusform>
            <numerusform>All %n integrations finished without errors, and no duplicates appeared.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) without the deduplication flag</source>
        <translation>
            <numerusform>%n object without the deduplication flag</numerusform>
            <numerusform>%n objects without the deduplication flag</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>upgrade::wizard::WelcomeViewModel</name>
    <message numerus="yes">
        <source>The profile has %n problem(s); the next page shows them at their fields.</source>
        <translation>
            <numerusform>The profile has %n problem; the next page shows it at its field.</numerusform>
            <numerusform>The profile has %n problems; the next page shows them at their fields.</numerusform>
        </translation>
    </message>
</context>
</TS>
