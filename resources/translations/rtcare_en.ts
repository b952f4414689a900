<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>rtcare::EvidencePairView</name>
    <message numerus="yes">
        <source>The files overlap %1 s (%2 to %3) and share %n stream(s).</source>
        <translation>
            <numerusform>The files overlap %1 s (%2 to %3) and share one stream.</numerusform>
            <numerusform>The files overlap %1 s (%2 to %3) and share %n streams.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rtcare::EvidencePanel</name>
    <message numerus="yes">
        <source>%n ICE restart(s)</source>
        <translation>
            <numerusform>%n ICE restart</numerusform>
            <numerusform>%n ICE restarts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interruption(s)</source>
        <translation>
            <numerusform>%n interruption</numerusform>
            <numerusform>%n interruptions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rtcare::MainWindow</name>
    <message numerus="yes">
        <source>Connected to the team server again; %n ticket(s) changed meanwhile.</source>
        <translation>
            <numerusform>Connected to the team server again; %n ticket changed meanwhile.</numerusform>
            <numerusform>Connected to the team server again; %n tickets changed meanwhile.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rtcare::ReplyComposer</name>
    <message numerus="yes">
        <source>%1 (used %n time(s))</source>
        <translation>
            <numerusform>%1 (used once)</numerusform>
            <numerusform>%1 (used %n times)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rtcare::ReportLabels</name>
    <message numerus="yes">
        <source>%n device model(s)</source>
        <translation>
            <numerusform>%n device model</numerusform>
            <numerusform>%n device models</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n region</numerusform>
            <numerusform>%n regions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rtcare::ReportsWindow</name>
    <message numerus="yes">
        <source>%1, days in %2: %n ticket(s), computed in %3 ms</source>
        <translation>
            <numerusform>%1, days in %2: %n ticket, computed in %3 ms</numerusform>
            <numerusform>%1, days in %2: %n tickets, computed in %3 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2 from %3: %n ticket(s)</source>
        <translation>
            <numerusform>%1 in %2 from %3: %n ticket</numerusform>
            <numerusform>%1 in %2 from %3: %n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (in the exported report)</source>
        <translation>
            <numerusform>… and %n more (in the exported report)</numerusform>
            <numerusform>… and %n more (in the exported report)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible incident(s): clusters of similar tickets in a short window.</source>
        <translation>
            <numerusform>%n possible incident: a cluster of similar tickets in a short window.</numerusform>
            <numerusform>%n possible incidents: clusters of similar tickets in a short window.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rtcare::TicketHistoryView</name>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n tone finding(s)</source>
        <translation>
            <numerusform>; %n tone finding</numerusform>
            <numerusform>; %n tone findings</numerusform>
        </translation>
    </message>
</context>
</TS>
