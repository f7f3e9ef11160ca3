<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgentStateButton</name>
    <message numerus="yes">
        <source>Agent state: %1, %n minute(s)</source>
        <translation>
            <numerusform>Agent state: %1, %n minute</numerusform>
            <numerusform>Agent state: %1, %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallCard</name>
    <message numerus="yes">
        <source>Conference: you and %n others</source>
        <translation>
            <numerusform>Conference: you and %n other</numerusform>
            <numerusform>Conference: you and %n others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallController</name>
    <message numerus="yes">
        <source>Sending %n DTMF tone(s) failed: %1</source>
        <translation>
            <numerusform>Sending %n DTMF tone failed: %1</numerusform>
            <numerusform>Sending %n DTMF tones failed: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DtmfStrip</name>
    <message numerus="yes">
        <source>%n tone(s) sent, masked</source>
        <translation>
            <numerusform>%n tone sent, masked</numerusform>
            <numerusform>%n tones sent, masked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>History (%n missed)</source>
        <translation>
            <numerusform>History (%n missed)</numerusform>
            <numerusform>History (%n missed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Call &amp;history (%n missed)</source>
        <translation>
            <numerusform>Call &amp;history (%n missed)</numerusform>
            <numerusform>Call &amp;history (%n missed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n call(s) in progress. Quitting leaves them without you and logs you out.</source>
        <translation>
            <numerusform>You have %n call in progress. Quitting leaves it without you and logs you out.</numerusform>
            <numerusform>You have %n calls in progress. Quitting leaves them without you and logs you out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperationReason</name>
    <message numerus="yes">
        <source>offline: reconnecting in %n s</source>
        <translation>
            <numerusform>offline: reconnecting in %n s</numerusform>
            <numerusform>offline: reconnecting in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RingingAlerts</name>
    <message numerus="yes">
        <source>Ringing: %1 (+%n more)</source>
        <translation>
            <numerusform>Ringing: %1 (+%n more)</numerusform>
            <numerusform>Ringing: %1 (+%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source> day(s)</source>
        <extracomment>After the number of days the history keeps calls: &quot;90 days&quot;</extracomment>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> min</source>
        <extracomment>After a number of minutes in the team board&apos;s thresholds: &quot;5 min&quot;</extracomment>
        <translation>
            <numerusform> min</numerusform>
            <numerusform> min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamCountBar</name>
    <message numerus="yes">
        <source>%1: %n agent(s)</source>
        <extracomment>A count bar button for a screen reader: &quot;Ready: 12 agents&quot;</extracomment>
        <translation>
            <numerusform>%1: %n agent</numerusform>
            <numerusform>%1: %n agents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message numerus="yes">
        <source>Missed calls: %n</source>
        <translation>
            <numerusform>Missed calls: %n</numerusform>
            <numerusform>Missed calls: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Call &amp;history (%n missed)</source>
        <translation>
            <numerusform>Call &amp;history (%n missed)</numerusform>
            <numerusform>Call &amp;history (%n missed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowTitle</name>
    <message numerus="yes">
        <source>(%n missed) %1</source>
        <comment>window title</comment>
        <translation>
            <numerusform>(%n missed) %1</numerusform>
            <numerusform>(%n missed) %1</numerusform>
        </translation>
    </message>
</context>
</TS>
