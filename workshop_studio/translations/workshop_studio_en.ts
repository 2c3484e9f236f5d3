<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgendaEditor</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation><numerusform>%n card</numerusform><numerusform>%n cards</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n bullet(s)</source>
        <translation><numerusform>%n bullet</numerusform><numerusform>%n bullets</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) planned</source>
        <translation><numerusform>%n minute planned</numerusform><numerusform>%n minutes planned</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) too many</source>
        <translation><numerusform>%n minute too many</numerusform><numerusform>%n minutes too many</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) to spare</source>
        <translation><numerusform>%n minute to spare</numerusform><numerusform>%n minutes to spare</numerusform></translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation><numerusform>%n step</numerusform><numerusform>%n steps</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) planned</source>
        <translation><numerusform>%n minute planned</numerusform><numerusform>%n minutes planned</numerusform></translation>
    </message>
</context>
<context>
    <name>CardActions</name>
    <message numerus="yes">
        <source>%n card(s) deleted — Ctrl+Z to undo</source>
        <translation><numerusform>%n card deleted — Ctrl+Z to undo</numerusform><numerusform>%n cards deleted — Ctrl+Z to undo</numerusform></translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message numerus="yes">
        <source>%n workshop(s) compared on the same stages.</source>
        <translation><numerusform>%n workshop compared on the same stages.</numerusform><numerusform>%n workshops compared on the same stages.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Merged heat map: %n workshop(s)</source>
        <translation><numerusform>Merged heat map: %n workshop</numerusform><numerusform>Merged heat map: %n workshops</numerusform></translation>
    </message>
</context>
<context>
    <name>DeckFiles</name>
    <message numerus="yes">
        <source>Deck “%1” imported: %n card(s) — Ctrl+Z to undo</source>
        <translation><numerusform>Deck “%1” imported: %n card — Ctrl+Z to undo</numerusform><numerusform>Deck “%1” imported: %n cards — Ctrl+Z to undo</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) exported to %1</source>
        <translation><numerusform>%n card exported to %1</numerusform><numerusform>%n cards exported to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n pictogram(s) imported — give them labels in the library</source>
        <translation><numerusform>%n pictogram imported — give them labels in the library</numerusform><numerusform>%n pictograms imported — give them labels in the library</numerusform></translation>
    </message>
</context>
<context>
    <name>DeckListPanel</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation><numerusform>%n card</numerusform><numerusform>%n cards</numerusform></translation>
    </message>
</context>
<context>
    <name>ExportDoneDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation><numerusform>%n card</numerusform><numerusform>%n cards</numerusform></translation>
    </message>
</context>
<context>
    <name>GroupsPanel</name>
    <message numerus="yes">
        <source>%1 — %n note(s)</source>
        <translation><numerusform>%1 — %n note</numerusform><numerusform>%1 — %n notes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation><numerusform>%n vote</numerusform><numerusform>%n votes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>What do these %n note(s) say?</source>
        <translation><numerusform>What do these %n note say?</numerusform><numerusform>What do these %n notes say?</numerusform></translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message numerus="yes">
        <source>Removed %n participant(s) (Ctrl+Z brings them back).</source>
        <translation><numerusform>Removed %n participant (Ctrl+Z brings them back).</numerusform><numerusform>Removed %n participants (Ctrl+Z brings them back).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Added %n participant(s) from %1.</source>
        <translation><numerusform>Added %n participant from %1.</numerusform><numerusform>Added %n participants from %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n already in the workshop left out (%1).</source>
        <translation><numerusform>%n already in the workshop left out (%1).</numerusform><numerusform>%n already in the workshop left out (%1).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n participant(s).</source>
        <translation><numerusform>Pasted %n participant.</numerusform><numerusform>Pasted %n participants.</numerusform></translation>
    </message>
</context>
<context>
    <name>ParticipationPanel</name>
    <message numerus="yes">
        <source>%n phone(s) connected</source>
        <translation><numerusform>%n phone connected</numerusform><numerusform>%n phones connected</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Phones are voting with %n dot(s) each.</source>
        <translation><numerusform>Phones are voting with %n dot each.</numerusform><numerusform>Phones are voting with %n dots each.</numerusform></translation>
    </message>
</context>
<context>
    <name>PictogramLibrary</name>
    <message numerus="yes">
        <source>%n pictogram(s)</source>
        <translation><numerusform>%n pictogram</numerusform><numerusform>%n pictograms</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Used in %n place(s)</source>
        <translation><numerusform>Used in %n place</numerusform><numerusform>Used in %n places</numerusform></translation>
    </message>
</context>
<context>
    <name>PoolFilters</name>
    <message numerus="yes">
        <source>%1 (%n workshop(s))</source>
        <translation><numerusform>%1 (%n workshop)</numerusform><numerusform>%1 (%n workshops)</numerusform></translation>
    </message>
</context>
<context>
    <name>PoolPanel</name>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation><numerusform>%n workshop</numerusform><numerusform>%n workshops</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n agency(ies)</source>
        <translation><numerusform>%n agency</numerusform><numerusform>%n agencies</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation><numerusform>%n note</numerusform><numerusform>%n notes</numerusform></translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message numerus="yes">
        <source>%n card(s) per page</source>
        <translation><numerusform>%n card per page</numerusform><numerusform>%n cards per page</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) printed on both sides</source>
        <translation><numerusform>%n sheet printed on both sides</numerusform><numerusform>%n sheets printed on both sides</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Preview of the first %n page(s) of the PDF</source>
        <translation><numerusform>Preview of the first %n page of the PDF</numerusform><numerusform>Preview of the first %n pages of the PDF</numerusform></translation>
    </message>
</context>
<context>
    <name>PrintScopeBox</name>
    <message numerus="yes">
        <source>The whole deck (%n card(s))</source>
        <translation><numerusform>The whole deck (%n card)</numerusform><numerusform>The whole deck (%n cards)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Only the selected cards (%n)</source>
        <translation><numerusform>Only the selected cards (%n)</numerusform><numerusform>Only the selected cards (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation><numerusform>%n card</numerusform><numerusform>%n cards</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n printed copy(ies)</source>
        <translation><numerusform>%n printed copy</numerusform><numerusform>%n printed copies</numerusform></translation>
    </message>
</context>
<context>
    <name>ReviewExporter</name>
    <message numerus="yes">
        <source>Saved %1 (%n note(s)).</source>
        <translation><numerusform>Saved %1 (%n note).</numerusform><numerusform>Saved %1 (%n notes).</numerusform></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation><numerusform>%n note</numerusform><numerusform>%n notes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) shown out of %1</source>
        <translation><numerusform>%n note shown out of %1</numerusform><numerusform>%n notes shown out of %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hidden from the shared screen, marked here</source>
        <translation><numerusform>%n hidden from the shared screen, marked here</numerusform><numerusform>%n hidden from the shared screen, marked here</numerusform></translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message numerus="yes">
        <source>Unlink %n item(s)</source>
        <translation><numerusform>Unlink %n item</numerusform><numerusform>Unlink %n items</numerusform></translation>
    </message>
</context>
<context>
    <name>ShareItemTree</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation><numerusform>%n card</numerusform><numerusform>%n cards</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation><numerusform>%n stage</numerusform><numerusform>%n stages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n linked card(s)</source>
        <translation><numerusform>%n linked card</numerusform><numerusform>%n linked cards</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n axis card(s)</source>
        <translation><numerusform>%n axis card</numerusform><numerusform>%n axis cards</numerusform></translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message numerus="yes">
        <source>too long for one screen: a 1280 × 720 projector shows them on %n page(s); shorten them</source>
        <translation><numerusform>too long for one screen: a 1280 × 720 projector shows them on %n page; shorten them</numerusform><numerusform>too long for one screen: a 1280 × 720 projector shows them on %n pages; shorten them</numerusform></translation>
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
    <name>TrayList</name>
    <message numerus="yes">
        <source>To sort: %n note(s)</source>
        <translation><numerusform>To sort: %n note</numerusform><numerusform>To sort: %n notes</numerusform></translation>
    </message>
</context>
<context>
    <name>WorkshopFiles</name>
    <message numerus="yes">
        <source>Imported “%1” with %n note(s).</source>
        <translation><numerusform>Imported “%1” with %n note.</numerusform><numerusform>Imported “%1” with %n notes.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete the workshop “%1” with its %n note(s), participants, groups and syntheses?</source>
        <translation><numerusform>Delete the workshop “%1” with its %n note, participants, groups and syntheses?</numerusform><numerusform>Delete the workshop “%1” with its %n notes, participants, groups and syntheses?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Deleted “%1” (%n note(s)).</source>
        <translation><numerusform>Deleted “%1” (%n note).</numerusform><numerusform>Deleted “%1” (%n notes).</numerusform></translation>
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
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>To sort: %n note(s)</source>
        <translation><numerusform>To sort: %n note</numerusform><numerusform>To sort: %n notes</numerusform></translation>
    </message>
</context>
</TS>