<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>LibraryPage</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation><numerusform>%n card</numerusform><numerusform>%n cards</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies)</source>
        <translation><numerusform>%n copy</numerusform><numerusform>%n copies</numerusform></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <source>%1 of %n note(s) shown</source>
        <translation><numerusform>%1 of %n note shown</numerusform><numerusform>%1 of %n notes shown</numerusform></translation>
    </message>
</context>
<context>
    <name>TimelinesPage</name>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation><numerusform>%n stage</numerusform><numerusform>%n stages</numerusform></translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation><numerusform>%n participant</numerusform><numerusform>%n participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation><numerusform>%n note</numerusform><numerusform>%n notes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) planned</source>
        <translation><numerusform>%n minute planned</numerusform><numerusform>%n minutes planned</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation><numerusform>%n card</numerusform><numerusform>%n cards</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>To sort: %n note(s)</source>
        <translation><numerusform>To sort: %n note</numerusform><numerusform>To sort: %n notes</numerusform></translation>
    </message>
</context>
</TS>