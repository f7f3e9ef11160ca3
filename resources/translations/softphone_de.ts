<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AfterCallClock</name>
    <message>
        <source>After-call work</source>
        <translation>Nachbearbeitung</translation>
    </message>
    <message>
        <source>E&amp;xtend +%1</source>
        <translation>&amp;Verlängern +%1</translation>
    </message>
    <message>
        <source>Extend after-call work</source>
        <translation>Nachbearbeitung verlängern</translation>
    </message>
    <message>
        <source>Done: back to %1</source>
        <translation>Fertig: zurück zu %1</translation>
    </message>
    <message>
        <source>Adds %1 to the time left</source>
        <translation>Verlängert die verbleibende Zeit um %1</translation>
    </message>
    <message>
        <source>Ends at %1</source>
        <translation>Endet um %1</translation>
    </message>
    <message>
        <source>After-call work: %1 left</source>
        <translation>Nachbearbeitung: noch %1</translation>
    </message>
</context>
<context>
    <name>AfterCallWork</name>
    <message>
        <source>Extend: you are not in after-call work</source>
        <translation>Verlängern: Sie sind nicht in der Nachbearbeitung</translation>
    </message>
    <message>
        <source>Extend: this after-call work has no time limit</source>
        <translation>Verlängern: diese Nachbearbeitung hat kein Zeitlimit</translation>
    </message>
    <message>
        <source>Extend: not connected to the server</source>
        <translation>Verlängern: nicht mit dem Server verbunden</translation>
    </message>
    <message>
        <source>Extend: asking the server...</source>
        <translation>Verlängern: Anfrage an den Server läuft …</translation>
    </message>
    <message>
        <source>Extending your after-call work failed: %1</source>
        <translation>Die Nachbearbeitung konnte nicht verlängert werden: %1</translation>
    </message>
    <message>
        <source>not connected to the server</source>
        <translation>nicht mit dem Server verbunden</translation>
    </message>
    <message>
        <source>another change of state is under way</source>
        <translation>ein anderer Statuswechsel läuft bereits</translation>
    </message>
    <message>
        <source>Could not return you to %1: %2. Your wrap-up is kept: press Done to try again.</source>
        <translation>Rückkehr zu %1 nicht möglich: %2. Ihr Gesprächsabschluss bleibt erhalten: Drücken Sie erneut auf Fertig.</translation>
    </message>
</context>
<context>
    <name>AgentAvailability</name>
    <message>
        <source>the connection to the server was lost</source>
        <translation>die Verbindung zum Server ist abgebrochen</translation>
    </message>
    <message>
        <source>Changing your state (%1) failed: %2</source>
        <translation>Statuswechsel (%1) fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>AgentState</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Logged Out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>After Call Work</source>
        <translation>Nachbearbeitung</translation>
    </message>
    <message>
        <source>Aux Work</source>
        <translation>Sonstige Tätigkeit</translation>
    </message>
    <message>
        <source>Not Ready - %1</source>
        <translation>Nicht bereit – %1</translation>
    </message>
    <message>
        <source>Not Ready</source>
        <translation>Nicht bereit</translation>
    </message>
</context>
<context>
    <name>AgentStateActions</name>
    <message>
        <source>Do Not Disturb</source>
        <translation>Nicht stören</translation>
    </message>
    <message>
        <source>wait: your phone device is not known yet</source>
        <translation>bitte warten: Ihr Telefon ist noch nicht bekannt</translation>
    </message>
    <message>
        <source>wait: the server has not answered your last change yet</source>
        <translation>bitte warten: der Server hat Ihren letzten Wechsel noch nicht bestätigt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A disabled agent-state control&apos;s tip: the state, then why, e.g. &quot;Ready: offline: reconnecting&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>you are in this state already</source>
        <translation>Sie sind bereits in diesem Status</translation>
    </message>
    <message>
        <source>Set your state to %1</source>
        <translation>Ihren Status auf %1 setzen</translation>
    </message>
    <message>
        <source>the server does not offer it on your phone now</source>
        <translation>der Server bietet das für Ihr Telefon gerade nicht an</translation>
    </message>
    <message>
        <source>Take calls on this device again</source>
        <translation>Auf diesem Telefon wieder Anrufe annehmen</translation>
    </message>
    <message>
        <source>Take no calls on this device, whatever your state</source>
        <translation>Auf diesem Telefon keine Anrufe annehmen, unabhängig von Ihrem Status</translation>
    </message>
</context>
<context>
    <name>AgentStateButton</name>
    <message>
        <source>Agent state</source>
        <translation>Agentenstatus</translation>
    </message>
    <message>
        <source>Unknown state</source>
        <translation>Status unbekannt</translation>
    </message>
    <message>
        <source>%1, Do Not Disturb</source>
        <translation>%1, Nicht stören</translation>
    </message>
    <message>
        <source>On a call; your state: %1</source>
        <translation>Im Gespräch; Ihr Status: %1</translation>
    </message>
    <message>
        <source>%1 for %2. Click to change your state.</source>
        <translation>%1 seit %2. Klicken, um den Status zu ändern.</translation>
    </message>
    <message>
        <source>%1. Click to change your state.</source>
        <translation>%1. Klicken, um den Status zu ändern.</translation>
    </message>
    <message>
        <source>● On a call  (Do Not Disturb)</source>
        <extracomment>The agent-state button: a dot in the state&apos;s colour, then the state</extracomment>
        <translation>● Im Gespräch  (Nicht stören)</translation>
    </message>
    <message>
        <source>● On a call</source>
        <translation>● Im Gespräch</translation>
    </message>
    <message>
        <source>Agent state: %1, less than a minute</source>
        <translation>Agentenstatus: %1, weniger als eine Minute</translation>
    </message>
    <message numerus="yes">
        <source>Agent state: %1, %n minute(s)</source>
        <translation>
            <numerusform>Agentenstatus: %1, %n Minute</numerusform>
            <numerusform>Agentenstatus: %1, %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. It cannot be changed now: %2</source>
        <translation>%1. Jetzt nicht änderbar: %2</translation>
    </message>
    <message>
        <source>● %1  (Do Not Disturb)</source>
        <translation>● %1  (Nicht stören)</translation>
    </message>
    <message>
        <source>● %1</source>
        <translation>● %1</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>agent state and time</comment>
        <extracomment>The agent-state button: its state, then the time in it (mm:ss)</extracomment>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>Announcer</name>
    <message>
        <source>%1; %2</source>
        <comment>two announcements made at the same moment</comment>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>Agent softphone for Genesys Web Services. Without --server it runs on a built-in simulator, logged in as agent1.</source>
        <translation>Agenten-Softphone für Genesys Web Services. Ohne --server läuft es mit einem eingebauten Simulator, angemeldet als agent1.</translation>
    </message>
    <message>
        <source>GWS base URL, e.g. https://gws.example.com:8443</source>
        <translation>GWS-Basis-URL, z. B. https://gws.example.com:8443</translation>
    </message>
    <message>
        <source>User name (password from SOFTPHONE_PASSWORD or asked)</source>
        <translation>Benutzername (Passwort aus SOFTPHONE_PASSWORD oder abgefragt)</translation>
    </message>
    <message>
        <source>Save a PNG of the window once logged in, then quit</source>
        <translation>Nach der Anmeldung ein PNG des Fensters speichern, dann beenden</translation>
    </message>
    <message>
        <source>Milliseconds to wait before the screenshot</source>
        <translation>Millisekunden Wartezeit vor dem Bildschirmfoto</translation>
    </message>
    <message>
        <source>Embedded simulator: no random demo calls</source>
        <translation>Eingebauter Simulator: keine zufälligen Demo-Anrufe</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file</source>
        <translation>Auch den CA-Zertifikaten in dieser PEM-Datei vertrauen</translation>
    </message>
    <message>
        <source>Print &quot;ready &lt;ms&gt;&quot; on stderr once the window is shown and the session online</source>
        <translation>„ready &lt;ms&gt;“ auf stderr ausgeben, sobald das Fenster angezeigt und die Sitzung online ist</translation>
    </message>
    <message>
        <source>Log in at this place (default: the agent&apos;s own)</source>
        <translation>An diesem Platz anmelden (Standard: der eigene Platz des Agenten)</translation>
    </message>
    <message>
        <source>Quitting does not end the contact-center session</source>
        <translation>Beenden beendet die Contact-Center-Sitzung nicht</translation>
    </message>
    <message>
        <source>Accept the server only with this public-key pin (base64 SHA-256 of its SubjectPublicKeyInfo, as curl --pinnedpubkey); repeatable</source>
        <translation>Den Server nur mit diesem Public-Key-Pin akzeptieren (Base64-SHA-256 seiner SubjectPublicKeyInfo, wie curl --pinnedpubkey); wiederholbar</translation>
    </message>
    <message>
        <source>What to show before the screenshot: window, answer (answer the ringing call first), wrapup (answer; the far side ends the call), palette, history</source>
        <translation>Was vor dem Bildschirmfoto gezeigt wird: window, answer (zuerst den klingelnden Anruf annehmen), wrapup (annehmen; die Gegenseite beendet den Anruf), palette, history</translation>
    </message>
    <message>
        <source>Not an http(s) URL: %1</source>
        <translation>Keine http(s)-URL: %1</translation>
    </message>
    <message>
        <source>--user needs --server</source>
        <translation>--user erfordert --server</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>No PEM certificate found in %1</source>
        <translation>Kein PEM-Zertifikat in %1 gefunden</translation>
    </message>
    <message>
        <source>Password not remembered: %1</source>
        <translation>Passwort nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Cannot start the built-in simulator: %1</source>
        <translation>Der eingebaute Simulator kann nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>CallActions</name>
    <message>
        <source>&amp;Dial</source>
        <translation>&amp;Wählen</translation>
    </message>
    <message>
        <source>Call the number in the number field</source>
        <translation>Die Nummer im Nummernfeld anrufen</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>Answer the ringing call</source>
        <translation>Den klingelnden Anruf annehmen</translation>
    </message>
    <message>
        <source>Hang &amp;up</source>
        <translation>A&amp;uflegen</translation>
    </message>
    <message>
        <source>End the selected call</source>
        <translation>Den ausgewählten Anruf beenden</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Halten</translation>
    </message>
    <message>
        <source>Put the selected call on hold</source>
        <translation>Den ausgewählten Anruf halten</translation>
    </message>
    <message>
        <source>&amp;Retrieve</source>
        <translation>&amp;Zurückholen</translation>
    </message>
    <message>
        <source>Take the held call back</source>
        <translation>Den gehaltenen Anruf zurückholen</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Stummschalten</translation>
    </message>
    <message>
        <source>Stop sending your voice</source>
        <translation>Ihre Stimme nicht mehr übertragen</translation>
    </message>
    <message>
        <source>Un&amp;mute</source>
        <translation>Stummschaltung aufh&amp;eben</translation>
    </message>
    <message>
        <source>Send your voice again</source>
        <translation>Ihre Stimme wieder übertragen</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>Weiter&amp;leiten…</translation>
    </message>
    <message>
        <source>Hand the call over to another number at once</source>
        <translation>Den Anruf sofort an eine andere Nummer weiterleiten</translation>
    </message>
    <message>
        <source>Consult &amp;transfer…</source>
        <translation>Über&amp;gabe mit Rückfrage…</translation>
    </message>
    <message>
        <source>Talk to the destination first, then hand the call over</source>
        <translation>Erst mit dem Ziel sprechen, dann den Anruf übergeben</translation>
    </message>
    <message>
        <source>Complete trans&amp;fer</source>
        <translation>&amp;Übergeben</translation>
    </message>
    <message>
        <source>Connect the caller with the consulted party and leave</source>
        <translation>Den Anrufer mit dem Rückfrageteilnehmer verbinden und das Gespräch verlassen</translation>
    </message>
    <message>
        <source>&amp;Conference…</source>
        <translation>&amp;Konferenz…</translation>
    </message>
    <message>
        <source>Add another number to the call at once</source>
        <translation>Sofort eine weitere Nummer zum Anruf hinzufügen</translation>
    </message>
    <message>
        <source>Consult c&amp;onference…</source>
        <translation>Konferenz mit &amp;Rückfrage…</translation>
    </message>
    <message>
        <source>Talk to the new party first, then join everyone</source>
        <translation>Erst mit dem neuen Teilnehmer sprechen, dann alle zusammenschalten</translation>
    </message>
    <message>
        <source>Complete conf&amp;erence</source>
        <translation>&amp;Dazuschalten</translation>
    </message>
    <message>
        <source>Join the consulted party into the call</source>
        <translation>Den Rückfrageteilnehmer in den Anruf holen</translation>
    </message>
    <message>
        <source>Cancel co&amp;nsult</source>
        <translation>Rückfrage abbre&amp;chen</translation>
    </message>
    <message>
        <source>Hang up the consult call and take the caller back</source>
        <translation>Den Rückfrageanruf beenden und den Anrufer zurückholen</translation>
    </message>
    <message>
        <source>Remo&amp;ve participant</source>
        <translation>&amp;Teilnehmer entfernen</translation>
    </message>
    <message>
        <source>Drop the selected participant from the conference</source>
        <translation>Den ausgewählten Teilnehmer aus der Konferenz entfernen</translation>
    </message>
    <message>
        <source>S&amp;wap</source>
        <translation>&amp;Makeln</translation>
    </message>
    <message>
        <source>Hold this call and take the other one</source>
        <translation>Diesen Anruf halten und den anderen übernehmen</translation>
    </message>
    <message>
        <source>Mer&amp;ge calls</source>
        <translation>Gespräche zusammen&amp;führen</translation>
    </message>
    <message>
        <source>Join your two calls into one conference</source>
        <translation>Ihre beiden Anrufe zu einer Konferenz zusammenführen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A disabled control&apos;s tip: the action, then why, e.g. &quot;Swap: you need a second call&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>%1 annehmen</translation>
    </message>
    <message>
        <source>&amp;Answer %1</source>
        <translation>%1 &amp;annehmen</translation>
    </message>
</context>
<context>
    <name>CallAnnouncements</name>
    <message>
        <source>unknown caller</source>
        <translation>unbekannter Anrufer</translation>
    </message>
    <message>
        <source>Call with %1 ended</source>
        <translation>Gespräch mit %1 beendet</translation>
    </message>
    <message>
        <source>Call from %1</source>
        <translation>Anruf von %1</translation>
    </message>
    <message>
        <source>Call from %1 answered</source>
        <translation>Anruf von %1 angenommen</translation>
    </message>
    <message>
        <source>Consultation with %1 answered</source>
        <translation>Rückfrage mit %1 angenommen</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1 hat angenommen</translation>
    </message>
    <message>
        <source>Call with %1 retrieved</source>
        <translation>Gespräch mit %1 zurückgeholt</translation>
    </message>
    <message>
        <source>Call with %1 on hold</source>
        <translation>Gespräch mit %1 gehalten</translation>
    </message>
    <message>
        <source>%1 joined the call</source>
        <translation>%1 ist dem Gespräch beigetreten</translation>
    </message>
    <message>
        <source>%1 left the call</source>
        <translation>%1 hat das Gespräch verlassen</translation>
    </message>
    <message>
        <source>Connected to the server again</source>
        <translation>Wieder mit dem Server verbunden</translation>
    </message>
    <message>
        <source>Connection to the server lost</source>
        <translation>Verbindung zum Server verloren</translation>
    </message>
    <message>
        <source>Your state: %1</source>
        <translation>Ihr Status: %1</translation>
    </message>
    <message>
        <source>Do Not Disturb on</source>
        <translation>Nicht stören an</translation>
    </message>
    <message>
        <source>Do Not Disturb off</source>
        <translation>Nicht stören aus</translation>
    </message>
    <message>
        <source>A supervisor is listening or coaching on the call with %1</source>
        <translation>Ein Supervisor hört mit oder coacht im Gespräch mit %1</translation>
    </message>
</context>
<context>
    <name>CallCard</name>
    <message>
        <source>Call card</source>
        <translation>Anrufkarte</translation>
    </message>
    <message>
        <source>On the call</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>No call selected</source>
        <translation>Kein Anruf ausgewählt</translation>
    </message>
    <message>
        <source>Inbound call</source>
        <translation>Eingehender Anruf</translation>
    </message>
    <message>
        <source>Consultation call</source>
        <translation>Rückfrageanruf</translation>
    </message>
    <message>
        <source>Outbound call</source>
        <translation>Ausgehender Anruf</translation>
    </message>
    <message>
        <source>Internal call</source>
        <translation>Interner Anruf</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Ringing for %1</source>
        <translation>Klingelt seit %1</translation>
    </message>
    <message>
        <source>Calling for %1</source>
        <translation>Wählt seit %1</translation>
    </message>
    <message>
        <source>Talking %1</source>
        <translation>Gespräch %1</translation>
    </message>
    <message>
        <source>⚠ On hold %1 - very long: take the caller back</source>
        <translation>⚠ Gehalten %1 – sehr lange: Anrufer zurückholen</translation>
    </message>
    <message>
        <source>⚠ On hold %1 - long</source>
        <translation>⚠ Gehalten %1 – lange</translation>
    </message>
    <message>
        <source>On hold %1</source>
        <translation>Gehalten %1</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>State unknown</source>
        <translation>Status unbekannt</translation>
    </message>
    <message>
        <source>Call time %1</source>
        <translation>Anrufdauer %1</translation>
    </message>
    <message>
        <source>◉ You are listening in</source>
        <translation>◉ Sie hören mit</translation>
    </message>
    <message>
        <source>◉ You are coaching: only the agent hears you</source>
        <translation>◉ Sie coachen: nur der Agent hört Sie</translation>
    </message>
    <message>
        <source>◉ You barged in: everyone hears you</source>
        <translation>◉ Sie haben sich aufgeschaltet: alle hören Sie</translation>
    </message>
    <message>
        <source>◉ You are monitoring this call</source>
        <translation>◉ Sie überwachen diesen Anruf</translation>
    </message>
    <message>
        <source>; the agent is muted</source>
        <translation>; der Agent ist stummgeschaltet</translation>
    </message>
    <message>
        <source>calling you</source>
        <translation>ruft Sie an</translation>
    </message>
    <message>
        <source>being called</source>
        <translation>wird angerufen</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>connected, without you</source>
        <translation>verbunden, ohne Sie</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>gehalten</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>You (%1)</source>
        <translation>Sie (%1)</translation>
    </message>
    <message>
        <source>%1, supervising</source>
        <translation>%1, Supervisor</translation>
    </message>
    <message>
        <source>%1, conference owner</source>
        <translation>%1, Konferenzleiter</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Conference owner: another party</source>
        <translation>Konferenzleiter: ein anderer Teilnehmer</translation>
    </message>
    <message numerus="yes">
        <source>Conference: you and %n others</source>
        <translation>
            <numerusform>Konferenz: Sie und %n weitere Person</numerusform>
            <numerusform>Konferenz: Sie und %n weitere Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Monitored call · %1</source>
        <translation>Überwachtes Gespräch · %1</translation>
    </message>
    <message>
        <source>◉ Supervisor listening or coaching (the caller does not hear them)</source>
        <translation>◉ Supervisor hört mit oder coacht (der Anrufer hört ihn nicht)</translation>
    </message>
    <message>
        <source>an agent</source>
        <translation>einen Agenten</translation>
    </message>
    <message>
        <source>Monitoring %1 (listening)</source>
        <translation>Überwachung von %1 (Mithören)</translation>
    </message>
    <message>
        <source>Monitoring %1 (coaching)</source>
        <translation>Überwachung von %1 (Coaching)</translation>
    </message>
    <message>
        <source>Monitoring %1 (barged in)</source>
        <translation>Überwachung von %1 (aufgeschaltet)</translation>
    </message>
    <message>
        <source>Monitoring %1</source>
        <translation>Überwachung von %1</translation>
    </message>
</context>
<context>
    <name>CallController</name>
    <message>
        <source>Cannot dial: no device is assigned to you yet</source>
        <translation>Wählen nicht möglich: Ihnen ist noch kein Telefon zugewiesen</translation>
    </message>
    <message>
        <source>A call is already being dialled; wait until it shows</source>
        <translation>Es wird bereits ein Anruf gewählt; warten Sie, bis er erscheint</translation>
    </message>
    <message>
        <source>Dial failed: %1</source>
        <translation>Wählen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 was not sent: your session had expired. Signed in again; please check the call and retry.</source>
        <translation>%1 wurde nicht gesendet: Ihre Sitzung war abgelaufen. Sie sind wieder angemeldet; bitte prüfen Sie den Anruf und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1: the server did not answer in time; the call will be shown as the server has it once it answers again</source>
        <translation>%1: der Server hat nicht rechtzeitig geantwortet; der Anruf wird so angezeigt, wie der Server ihn kennt, sobald er wieder antwortet</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n DTMF tone(s) failed: %1</source>
        <translation>
            <numerusform>Senden von %n MFV-Ton fehlgeschlagen: %1</numerusform>
            <numerusform>Senden von %n MFV-Tönen fehlgeschlagen: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallErrorBar</name>
    <message>
        <source>Call problem</source>
        <translation>Problem mit dem Anruf</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <extracomment>A problem with a call, as shown beside it: the warning sign, then the message</extracomment>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show the technical text of this problem</source>
        <translation>Den technischen Text zu diesem Problem anzeigen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
</context>
<context>
    <name>CallModel</name>
    <message>
        <source>Ringing</source>
        <translation>Klingelt</translation>
    </message>
    <message>
        <source>Dialing</source>
        <translation>Wählt</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 (muted)</source>
        <translation>%1 (stumm)</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Teilnehmer %1</translation>
    </message>
    <message>
        <source>%1 call with %2: %3</source>
        <translation>Anruf mit %2 (%1): %3</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Monitoring (listening)</source>
        <translation>Überwachung (Mithören)</translation>
    </message>
    <message>
        <source>Monitoring (coaching)</source>
        <translation>Überwachung (Coaching)</translation>
    </message>
    <message>
        <source>Monitoring (barged in)</source>
        <translation>Überwachung (aufgeschaltet)</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>%1, the call with %2: %3</source>
        <translation>%1, Anruf mit %2: %3</translation>
    </message>
</context>
<context>
    <name>CaseDataPanel</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Case data</source>
        <translation>Falldaten</translation>
    </message>
    <message>
        <source>New case data key</source>
        <translation>Neuer Falldaten-Schlüssel</translation>
    </message>
    <message>
        <source>New case data value</source>
        <translation>Neuer Falldaten-Wert</translation>
    </message>
    <message>
        <source>Attach this key and value to the call</source>
        <translation>Diesen Schlüssel und Wert an den Anruf anhängen</translation>
    </message>
    <message>
        <source>New case data cannot be added now: select a call that takes it</source>
        <translation>Neue Falldaten können jetzt nicht hinzugefügt werden: Wählen Sie einen Anruf, der sie annimmt</translation>
    </message>
</context>
<context>
    <name>CometdClient</name>
    <message>
        <source>The server&apos;s key is not the pinned one (%1)</source>
        <translation>Der Schlüssel des Servers ist nicht der festgelegte (%1)</translation>
    </message>
    <message>
        <source>The server took too long to answer a notification request</source>
        <translation>Der Server hat zu lange für die Antwort auf eine Benachrichtigungsanfrage gebraucht</translation>
    </message>
    <message>
        <source>Notification reply too large; ignored</source>
        <translation>Benachrichtigungsantwort zu groß; ignoriert</translation>
    </message>
    <message>
        <source>Notification channel lost: %1</source>
        <translation>Benachrichtigungskanal verloren: %1</translation>
    </message>
    <message>
        <source>Notification request refused (HTTP %1)</source>
        <translation>Benachrichtigungsanfrage abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <source>Notification request redirected (HTTP %1): a sign-in page?</source>
        <translation>Benachrichtigungsanfrage umgeleitet (HTTP %1): eine Anmeldeseite?</translation>
    </message>
    <message>
        <source>A web page came where notifications were expected: a sign-in page?</source>
        <translation>Statt Benachrichtigungen kam eine Webseite: eine Anmeldeseite?</translation>
    </message>
    <message>
        <source>Unreadable notification reply</source>
        <translation>Unlesbare Benachrichtigungsantwort</translation>
    </message>
    <message>
        <source>Handshake refused: %1</source>
        <translation>Handshake abgelehnt: %1</translation>
    </message>
    <message>
        <source>Handshake reply missing</source>
        <translation>Handshake-Antwort fehlt</translation>
    </message>
    <message>
        <source>Subscription refused: %1</source>
        <translation>Abonnement abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server closed the notification channel and asked not to reconnect</source>
        <translation>Der Server hat den Benachrichtigungskanal geschlossen und bittet, sich nicht neu zu verbinden</translation>
    </message>
    <message>
        <source>Notification session ended by the server</source>
        <translation>Benachrichtigungssitzung vom Server beendet</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Type an action, a state or a number</source>
        <translation>Aktion, Status oder Nummer eingeben</translation>
    </message>
    <message>
        <source>Find an action, state or number</source>
        <translation>Aktion, Status oder Nummer suchen</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Nichts passt zu „%1“</translation>
    </message>
</context>
<context>
    <name>ConsultBar</name>
    <message>
        <source>the caller</source>
        <translation>dem Anrufer</translation>
    </message>
    <message>
        <source>Consulting %1 about the call with %2 (on hold)</source>
        <translation>Rückfrage bei %1 zum Anruf mit %2 (gehalten)</translation>
    </message>
</context>
<context>
    <name>DeskAlerts</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>How a ringing call is shown and heard</source>
        <translation>Wie ein klingelnder Anruf angezeigt wird und zu hören ist</translation>
    </message>
</context>
<context>
    <name>DestinationDialog</name>
    <message>
        <source>Transfer call</source>
        <translation>Anruf übergeben</translation>
    </message>
    <message>
        <source>Conference call</source>
        <translation>Konferenzanruf</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Destination number</source>
        <translation>Zielnummer</translation>
    </message>
    <message>
        <source>Transfer &amp;now (single step)</source>
        <translation>&amp;Sofort weiterleiten (ein Schritt)</translation>
    </message>
    <message>
        <source>Add &amp;now (single step)</source>
        <translation>&amp;Sofort hinzufügen (ein Schritt)</translation>
    </message>
    <message>
        <source>&amp;Consult first, then transfer</source>
        <translation>&amp;Erst Rückfrage, dann übergeben</translation>
    </message>
    <message>
        <source>&amp;Consult first, then join</source>
        <translation>&amp;Erst Rückfrage, dann zusammenschalten</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferenz</translation>
    </message>
    <message>
        <source>The server does not offer this on this call now</source>
        <translation>Der Server bietet dies für diesen Anruf jetzt nicht an</translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <source>Dial pad</source>
        <translation>Wähltastatur</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Taste %1</translation>
    </message>
    <message>
        <source>DTMF digits sent</source>
        <translation>Gesendete MFV-Ziffern</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Gesendet: %1</translation>
    </message>
</context>
<context>
    <name>DtmfStrip</name>
    <message>
        <source>Tones sent</source>
        <translation>Gesendete Töne</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Mask tones</source>
        <translation>Töne verbergen</translation>
    </message>
    <message>
        <source>Show the tones you send on this call as dots, for PINs and card numbers; tones are never written to the log</source>
        <translation>Die Töne, die Sie in diesem Anruf senden, als Punkte anzeigen, für PINs und Kartennummern; Töne werden nie protokolliert</translation>
    </message>
    <message>
        <source>Tones:</source>
        <translation>Töne:</translation>
    </message>
    <message>
        <source>Tones to %1:</source>
        <translation>Töne an %1:</translation>
    </message>
    <message>
        <source>none sent</source>
        <translation>keine gesendet</translation>
    </message>
    <message>
        <source>No tones sent on this call</source>
        <translation>In diesem Anruf keine Töne gesendet</translation>
    </message>
    <message numerus="yes">
        <source>%n tone(s) sent, masked</source>
        <translation>
            <numerusform>%n Ton gesendet, verborgen</numerusform>
            <numerusform>%n Töne gesendet, verborgen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Gesendet: %1</translation>
    </message>
    <message>
        <source>On: tones on this call show as dots</source>
        <translation>Ein: Töne in diesem Anruf erscheinen als Punkte</translation>
    </message>
    <message>
        <source>Off: tones on this call show as digits</source>
        <translation>Aus: Töne in diesem Anruf erscheinen als Ziffern</translation>
    </message>
    <message>
        <source>No call takes tones now</source>
        <translation>Kein Anruf nimmt jetzt MFV-Töne an</translation>
    </message>
</context>
<context>
    <name>EmbeddedSimulator</name>
    <message>
        <source>the simulator&apos;s module is missing (%1)</source>
        <translation>das Modul des Simulators fehlt (%1)</translation>
    </message>
    <message>
        <source>no loopback port to listen on</source>
        <translation>kein Loopback-Port frei, auf dem er lauschen kann</translation>
    </message>
</context>
<context>
    <name>ErrorWording</name>
    <message>
        <source>the caller has already hung up</source>
        <translation>der Anrufer hat bereits aufgelegt</translation>
    </message>
    <message>
        <source>the other party has already hung up</source>
        <translation>die Gegenseite hat bereits aufgelegt</translation>
    </message>
    <message>
        <source>%1 is busy; your caller is still on hold: Retrieve or try another number</source>
        <translation>%1 ist besetzt; Ihr Anrufer wird weiter gehalten: Zurückholen oder eine andere Nummer versuchen</translation>
    </message>
    <message>
        <source>%1 is busy; try another number or again later</source>
        <translation>%1 ist besetzt; versuchen Sie eine andere Nummer oder später erneut</translation>
    </message>
    <message>
        <source>%1 is not a number that can be called: check it and try again</source>
        <translation>%1 ist keine anrufbare Nummer: prüfen Sie sie und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>%1 cannot be called from this call now: it may be your own number or already in the call</source>
        <translation>%1 kann aus diesem Anruf gerade nicht angerufen werden: vielleicht ist es Ihre eigene Nummer oder schon im Anruf</translation>
    </message>
    <message>
        <source>nothing was done: your session had expired and you are signed in again; check the call and try again</source>
        <translation>nichts wurde ausgeführt: Ihre Sitzung war abgelaufen und Sie sind wieder angemeldet; prüfen Sie den Anruf und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the server did not answer in time; the call will show what really happened once it answers</source>
        <translation>der Server hat nicht rechtzeitig geantwortet; der Anruf zeigt, was wirklich geschah, sobald er antwortet</translation>
    </message>
    <message>
        <source>nothing was done: the server cannot be reached; check your connection</source>
        <translation>nichts wurde ausgeführt: der Server ist nicht erreichbar; prüfen Sie Ihre Verbindung</translation>
    </message>
    <message>
        <source>you are not allowed to do this; ask your supervisor</source>
        <translation>Sie dürfen das nicht; fragen Sie Ihren Supervisor</translation>
    </message>
    <message>
        <source>the tones were not sent: the call cannot take tones now</source>
        <translation>die Töne wurden nicht gesendet: der Anruf kann gerade keine Töne annehmen</translation>
    </message>
    <message>
        <source>not possible any more: the call changed meanwhile; check it and try again</source>
        <translation>nicht mehr möglich: der Anruf hat sich inzwischen geändert; prüfen Sie ihn und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>nothing was done: the server had a problem; try again</source>
        <translation>nichts wurde ausgeführt: der Server hatte ein Problem; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the tones were not sent: only 0-9, * and # can be sent</source>
        <translation>die Töne wurden nicht gesendet: nur 0–9, * und # können gesendet werden</translation>
    </message>
    <message>
        <source>the server did not accept the request; try again, and tell support if it happens again</source>
        <translation>der Server hat die Anfrage nicht angenommen; versuchen Sie es erneut und melden Sie es dem Support, wenn es wieder passiert</translation>
    </message>
    <message>
        <source>the server refused it; try again</source>
        <translation>der Server hat es abgelehnt; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the number</source>
        <translation>die Nummer</translation>
    </message>
</context>
<context>
    <name>FreedesktopNotifier</name>
    <message>
        <source>No desktop notifications: no D-Bus session bus</source>
        <translation>Keine Desktop-Benachrichtigungen: kein D-Bus-Sitzungsbus</translation>
    </message>
    <message>
        <source>No desktop notifications: %1</source>
        <translation>Keine Desktop-Benachrichtigungen: %1</translation>
    </message>
</context>
<context>
    <name>GwsRequest</name>
    <message>
        <source>its key is not the pinned one (%1)</source>
        <translation>sein Schlüssel ist nicht der festgelegte (%1)</translation>
    </message>
</context>
<context>
    <name>GwsResult</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Wrong user name or password</source>
        <translation>Falscher Benutzername oder falsches Passwort</translation>
    </message>
    <message>
        <source>Session expired (CSRF token rejected)</source>
        <translation>Sitzung abgelaufen (CSRF-Token abgelehnt)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Server nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <source>Secure connection refused: the server&apos;s certificate is not trusted: %1</source>
        <translation>Sichere Verbindung abgelehnt: dem Zertifikat des Servers wird nicht vertraut: %1</translation>
    </message>
    <message>
        <source>Secure connection refused: the server&apos;s certificate is not trusted</source>
        <translation>Sichere Verbindung abgelehnt: dem Zertifikat des Servers wird nicht vertraut</translation>
    </message>
    <message>
        <source>Refused by the server: %1 (code %2, HTTP %3)</source>
        <translation>Vom Server abgelehnt: %1 (Code %2, HTTP %3)</translation>
    </message>
    <message>
        <source>Refused by the server (code %1, HTTP %2)</source>
        <translation>Vom Server abgelehnt (Code %1, HTTP %2)</translation>
    </message>
    <message>
        <source>Server error %1: %2</source>
        <translation>Serverfehler %1: %2</translation>
    </message>
    <message>
        <source>Server error %1</source>
        <translation>Serverfehler %1</translation>
    </message>
    <message>
        <source>Refused by the server: %1 (code %2)</source>
        <translation>Vom Server abgelehnt: %1 (Code %2)</translation>
    </message>
    <message>
        <source>Refused by the server (code %1)</source>
        <translation>Vom Server abgelehnt (Code %1)</translation>
    </message>
    <message>
        <source>Unreadable answer from the server: %1</source>
        <translation>Unlesbare Antwort vom Server: %1</translation>
    </message>
    <message>
        <source>Unreadable answer from the server</source>
        <translation>Unlesbare Antwort vom Server</translation>
    </message>
    <message>
        <source>The server asked to sign in on a web page instead of answering (HTTP %1: %2); check the server address or sign-in settings</source>
        <translation>Der Server verlangte statt einer Antwort eine Anmeldung auf einer Webseite (HTTP %1: %2); prüfen Sie die Serveradresse oder die Anmeldeeinstellungen</translation>
    </message>
    <message>
        <source>The server asked to sign in on a web page instead of answering (HTTP %1); check the server address or sign-in settings</source>
        <translation>Der Server verlangte statt einer Antwort eine Anmeldung auf einer Webseite (HTTP %1); prüfen Sie die Serveradresse oder die Anmeldeeinstellungen</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Conferenced</source>
        <translation>Konferenz</translation>
    </message>
    <message>
        <source>%1 (outgoing)</source>
        <translation>%1 (ausgehend)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Gesprächszeit</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Search number, name or case data</source>
        <translation>Nummer, Name oder Falldaten suchen</translation>
    </message>
    <message>
        <source>Search the call history</source>
        <translation>Anrufliste durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Missed only</source>
        <translation>Nur &amp;verpasste</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Anrufliste</translation>
    </message>
    <message>
        <source>&amp;Call back</source>
        <translation>&amp;Zurückrufen</translation>
    </message>
    <message>
        <source>Dial the number of the selected call</source>
        <translation>Die Nummer des ausgewählten Anrufs wählen</translation>
    </message>
    <message>
        <source>C&amp;opy number</source>
        <translation>Nummer &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the number of the selected call</source>
        <translation>Die Nummer des ausgewählten Anrufs kopieren</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the calls shown to a CSV file</source>
        <translation>Die angezeigten Anrufe in einer CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Export the call history</source>
        <translation>Anrufliste exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not export the history to %1: %2</source>
        <translation>Die Anrufliste konnte nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message>
        <source>The call history is not available: %1</source>
        <translation>Die Anrufliste ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Select a call in the history first</source>
        <translation>Wählen Sie zuerst einen Anruf in der Anrufliste aus</translation>
    </message>
</context>
<context>
    <name>KeyboardCommands</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Command &amp;palette…</source>
        <translation>Befehls&amp;palette…</translation>
    </message>
    <message>
        <source>Find any action, agent state or recent number by typing</source>
        <translation>Jede Aktion, jeden Agentenstatus und jede letzte Nummer durch Tippen finden</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every action with its shortcut</source>
        <translation>Alle Aktionen mit ihren Tastenkürzeln</translation>
    </message>
    <message>
        <source>&amp;Customize shortcuts…</source>
        <translation>Tastenkürzel &amp;anpassen…</translation>
    </message>
    <message>
        <source>Choose your own keys for the actions</source>
        <translation>Eigene Tasten für die Aktionen wählen</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Transfer and conference</source>
        <translation>Übergabe und Konferenz</translation>
    </message>
    <message>
        <source>Agent state</source>
        <translation>Agentenstatus</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Recent number</source>
        <translation>Letzte Nummer</translation>
    </message>
    <message>
        <source>Enter: to the number field · Ctrl+Enter: dial</source>
        <translation>Eingabe: ins Nummernfeld · Strg+Eingabe: wählen</translation>
    </message>
    <message>
        <source>Put %1 in the number field (Ctrl+Enter dials it)</source>
        <translation>%1 ins Nummernfeld übernehmen (Strg+Eingabe wählt sie)</translation>
    </message>
    <message>
        <source>Change any shortcut with Help › Customize shortcuts.</source>
        <translation>Jedes Tastenkürzel lässt sich unter Hilfe › Tastenkürzel anpassen ändern.</translation>
    </message>
    <message>
        <source>%1 finds any action, agent state or recent number by typing. Change any shortcut with Help › Customize shortcuts.</source>
        <translation>%1 findet jede Aktion, jeden Agentenstatus und jede letzte Nummer durch Tippen. Jedes Tastenkürzel lässt sich unter Hilfe › Tastenkürzel anpassen ändern.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>P&amp;lace (optional):</source>
        <translation>P&amp;latz (optional):</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Your usual place</source>
        <translation>Ihr üblicher Platz</translation>
    </message>
    <message>
        <source>The place (desk) to log in at; leave empty for your default place</source>
        <translation>Der Platz (Arbeitsplatz), an dem Sie sich anmelden; leer lassen für Ihren Standardplatz</translation>
    </message>
    <message>
        <source>&amp;Remember me (in the system keychain)</source>
        <translation>&amp;Angemeldet bleiben (im Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Softphone (built-in simulator)</source>
        <translation>Softphone (eingebauter Simulator)</translation>
    </message>
    <message>
        <source>Softphone</source>
        <translation>Softphone</translation>
    </message>
    <message>
        <source>Number to dial</source>
        <translation>Zu wählende Nummer</translation>
    </message>
    <message>
        <source>Clear the number</source>
        <translation>Nummer löschen</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Call controls</source>
        <translation>Anrufsteuerung</translation>
    </message>
    <message>
        <source>Transfer and conference</source>
        <translation>Übergabe und Konferenz</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Anruf</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>An&amp;sicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Reconnect now</source>
        <translation>&amp;Jetzt neu verbinden</translation>
    </message>
    <message>
        <source>Connect to the server again now and read your calls and state</source>
        <translation>Jetzt erneut mit dem Server verbinden und Ihre Anrufe und Ihren Status lesen</translation>
    </message>
    <message>
        <source>Read &amp;everything again</source>
        <translation>Alles &amp;neu lesen</translation>
    </message>
    <message>
        <source>Read your calls, device and state from the server again</source>
        <translation>Ihre Anrufe, Ihr Telefon und Ihren Status erneut vom Server lesen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Keypad</source>
        <translation>Tastenfeld</translation>
    </message>
    <message>
        <source>Case data</source>
        <translation>Falldaten</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Call &amp;history</source>
        <translation>&amp;Anrufliste</translation>
    </message>
    <message>
        <source>Call history: available once you are logged in</source>
        <translation>Anrufliste: verfügbar, sobald Sie angemeldet sind</translation>
    </message>
    <message numerus="yes">
        <source>History (%n missed)</source>
        <translation>
            <numerusform>Anrufliste (%n verpasst)</numerusform>
            <numerusform>Anrufliste (%n verpasst)</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>Anrufliste</translation>
    </message>
    <message numerus="yes">
        <source>Call &amp;history (%n missed)</source>
        <translation>
            <numerusform>&amp;Anrufliste (%n verpasst)</numerusform>
            <numerusform>&amp;Anrufliste (%n verpasst)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or hide the call history</source>
        <translation>Anrufliste ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Quit the softphone?</source>
        <translation>Softphone beenden?</translation>
    </message>
    <message numerus="yes">
        <source>You have %n call(s) in progress. Quitting leaves them without you and logs you out.</source>
        <translation>
            <numerusform>Sie haben %n laufenden Anruf. Beim Beenden verlassen Sie ihn und werden abgemeldet.</numerusform>
            <numerusform>Sie haben %n laufende Anrufe. Beim Beenden verlassen Sie sie und werden abgemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Bleiben</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Reconnecting… next attempt in %1 s</source>
        <translation>Verbindung unterbrochen… nächster Versuch in %1 s</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <source>Tones</source>
        <translation>Töne</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Call with %1: %2</source>
        <translation>Anruf mit %1: %2</translation>
    </message>
</context>
<context>
    <name>OperationReason</name>
    <message>
        <source>wait: your phone device is not known yet</source>
        <translation>bitte warten: Ihr Telefon ist noch nicht bekannt</translation>
    </message>
    <message>
        <source>wait: the number you dialled is still being placed</source>
        <translation>bitte warten: die gewählte Nummer wird noch angerufen</translation>
    </message>
    <message>
        <source>type a number first</source>
        <translation>zuerst eine Nummer eingeben</translation>
    </message>
    <message>
        <source>nothing is ringing</source>
        <translation>es klingelt nichts</translation>
    </message>
    <message>
        <source>select a call first</source>
        <translation>zuerst einen Anruf auswählen</translation>
    </message>
    <message>
        <source>wait: the server has not answered the last request for this call</source>
        <translation>bitte warten: der Server hat die letzte Anfrage zu diesem Anruf noch nicht beantwortet</translation>
    </message>
    <message>
        <source>select a participant row of a conference</source>
        <translation>eine Teilnehmerzeile einer Konferenz auswählen</translation>
    </message>
    <message>
        <source>you need a second call</source>
        <translation>Sie brauchen einen zweiten Anruf</translation>
    </message>
    <message>
        <source>there is no consultation call</source>
        <translation>es gibt keinen Rückfrageanruf</translation>
    </message>
    <message>
        <source>you are logged out</source>
        <translation>Sie sind abgemeldet</translation>
    </message>
    <message>
        <source>wait: still signing in</source>
        <translation>bitte warten: Anmeldung läuft noch</translation>
    </message>
    <message>
        <source>offline: reconnecting</source>
        <translation>offline: Verbindung wird wiederhergestellt</translation>
    </message>
    <message>
        <source>offline: reconnecting now</source>
        <translation>offline: Verbindung wird jetzt wiederhergestellt</translation>
    </message>
    <message numerus="yes">
        <source>offline: reconnecting in %n s</source>
        <translation>
            <numerusform>offline: neuer Verbindungsversuch in %n s</numerusform>
            <numerusform>offline: neuer Verbindungsversuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>not connected: choose Reconnect now</source>
        <translation>nicht verbunden: wählen Sie „Jetzt neu verbinden“</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>the server does not offer this on the ringing call now</source>
        <translation>der Server bietet das für den klingelnden Anruf gerade nicht an</translation>
    </message>
    <message>
        <source>the call is already on hold</source>
        <translation>der Anruf wird bereits gehalten</translation>
    </message>
    <message>
        <source>the call is not on hold</source>
        <translation>der Anruf wird nicht gehalten</translation>
    </message>
    <message>
        <source>the call is already muted</source>
        <translation>der Anruf ist bereits stummgeschaltet</translation>
    </message>
    <message>
        <source>the call is not muted</source>
        <translation>der Anruf ist nicht stummgeschaltet</translation>
    </message>
    <message>
        <source>the consulted party has not answered yet</source>
        <translation>der Rückfrageteilnehmer hat noch nicht angenommen</translation>
    </message>
    <message>
        <source>select the connected call</source>
        <translation>den verbundenen Anruf auswählen</translation>
    </message>
    <message>
        <source>the other call has not been answered yet</source>
        <translation>der andere Anruf wurde noch nicht angenommen</translation>
    </message>
    <message>
        <source>answer the call first</source>
        <translation>zuerst den Anruf annehmen</translation>
    </message>
    <message>
        <source>the other party has not answered yet</source>
        <translation>die Gegenseite hat noch nicht angenommen</translation>
    </message>
    <message>
        <source>the server does not offer this on a connected call now</source>
        <translation>der Server bietet das für einen verbundenen Anruf gerade nicht an</translation>
    </message>
    <message>
        <source>the server does not offer this on a held call now</source>
        <translation>der Server bietet das für einen gehaltenen Anruf gerade nicht an</translation>
    </message>
    <message>
        <source>the call has ended</source>
        <translation>der Anruf ist beendet</translation>
    </message>
    <message>
        <source>the server does not offer this on this call now</source>
        <translation>der Server bietet das für diesen Anruf gerade nicht an</translation>
    </message>
</context>
<context>
    <name>Ringer</name>
    <message>
        <source>No audio output</source>
        <translation>Keine Audioausgabe</translation>
    </message>
    <message>
        <source>%1 is not connected; ringing on %2</source>
        <translation>%1 ist nicht angeschlossen; es klingelt auf %2</translation>
    </message>
    <message>
        <source>No audio output: the audio module is missing</source>
        <translation>Keine Audioausgabe: Das Audiomodul fehlt</translation>
    </message>
</context>
<context>
    <name>RingingAlerts</name>
    <message>
        <source>unknown caller</source>
        <translation>unbekannter Anrufer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Ringing: %1</source>
        <translation>Klingelt: %1</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Eingehender Anruf</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Abweisen</translation>
    </message>
    <message numerus="yes">
        <source>Ringing: %1 (+%n more)</source>
        <translation>
            <numerusform>Klingelt: %1 (+%n weiterer)</numerusform>
            <numerusform>Klingelt: %1 (+%n weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Notifications: %1</source>
        <translation>Benachrichtigungen: %1</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Starting the contact-center session</source>
        <translation>Starten der Contact-Center-Sitzung</translation>
    </message>
    <message>
        <source>Starting the contact-center session failed: %1</source>
        <translation>Starten der Contact-Center-Sitzung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The contact-center session started with a warning: %1</source>
        <translation>Die Contact-Center-Sitzung wurde mit einer Warnung gestartet: %1</translation>
    </message>
    <message>
        <source>Reading your devices failed: %1</source>
        <translation>Lesen Ihrer Telefone fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Reading your calls failed: %1</source>
        <translation>Lesen Ihrer Anrufe fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The server reported an error: %1 (code %2)</source>
        <translation>Der Server hat einen Fehler gemeldet: %1 (Code %2)</translation>
    </message>
    <message>
        <source>Signing in again</source>
        <translation>Erneute Anmeldung</translation>
    </message>
    <message>
        <source>Signing in again failed: %1. Next try in %2 s</source>
        <translation>Erneute Anmeldung fehlgeschlagen: %1. Nächster Versuch in %2 s</translation>
    </message>
    <message>
        <source>Notifications stopped: %1. Use Retry to connect again.</source>
        <translation>Benachrichtigungen gestoppt: %1. Mit „Jetzt neu verbinden“ erneut verbinden.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>The language of the softphone; it changes when you press OK</source>
        <translation>Die Sprache des Softphones; sie wechselt, wenn Sie OK drücken</translation>
    </message>
    <message>
        <source>When a call rings</source>
        <translation>Wenn ein Anruf klingelt</translation>
    </message>
    <message>
        <source>Show an icon in the system &amp;tray</source>
        <translation>Symbol im &amp;Infobereich anzeigen</translation>
    </message>
    <message>
        <source>Agent state and ringing calls in the tray, with a menu to answer and change state</source>
        <translation>Agentenstatus und klingelnde Anrufe im Infobereich, mit einem Menü zum Annehmen und zum Statuswechsel</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification with Answer and Decline</source>
        <translation>Desktop-&amp;Benachrichtigung mit Annehmen und Abweisen anzeigen</translation>
    </message>
    <message>
        <source>Make the &amp;window&apos;s taskbar entry ask for attention</source>
        <translation>Fenstereintrag in der &amp;Taskleiste hervorheben</translation>
    </message>
    <message>
        <source>Show the &amp;caller in the window title</source>
        <translation>&amp;Anrufer im Fenstertitel anzeigen</translation>
    </message>
    <message>
        <source>Play a &amp;ring tone</source>
        <translation>&amp;Klingelton abspielen</translation>
    </message>
    <message>
        <source>Ring tone</source>
        <translation>Klingelton</translation>
    </message>
    <message>
        <source>Output device</source>
        <translation>Ausgabegerät</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Also ring on</source>
        <translation>Auch klingeln auf</translation>
    </message>
    <message>
        <source>A second output that rings too, e.g. the speakers beside your headset</source>
        <translation>Eine zweite Ausgabe, die ebenfalls klingelt, z. B. die Lautsprecher neben Ihrem Headset</translation>
    </message>
    <message>
        <source>No second device</source>
        <translation>Kein zweites Gerät</translation>
    </message>
    <message>
        <source>No audio output found: the ring tone cannot play.</source>
        <translation>Keine Audioausgabe gefunden: der Klingelton kann nicht abgespielt werden.</translation>
    </message>
    <message>
        <source>&amp;Output device:</source>
        <translation>A&amp;usgabegerät:</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Lautstärke:</translation>
    </message>
    <message>
        <source>&amp;Also ring on:</source>
        <translation>Auch klingeln au&amp;f:</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <source>Case data keys with the caller&apos;s name</source>
        <translation>Falldaten-Schlüssel mit dem Namen des Anrufers</translation>
    </message>
    <message>
        <source>Case data keys tried in order, separated by commas; the first that has a value names the caller</source>
        <translation>Falldaten-Schlüssel, der Reihe nach versucht, durch Kommas getrennt; der erste mit einem Wert benennt den Anrufer</translation>
    </message>
    <message>
        <source>Name from case data &amp;keys:</source>
        <translation>&amp;Name aus Falldaten-Schlüsseln:</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Anrufliste</translation>
    </message>
    <message>
        <source>Keep call history for this many days</source>
        <translation>Anrufliste so viele Tage aufbewahren</translation>
    </message>
    <message>
        <source>Older calls are deleted from the history when you press OK and each time you log in</source>
        <translation>Ältere Anrufe werden aus der Anrufliste gelöscht, wenn Sie OK drücken, und bei jeder Anmeldung</translation>
    </message>
    <message>
        <source>&amp;Keep call history for:</source>
        <translation>Anrufliste aufbe&amp;wahren für:</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>volume in percent</comment>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <extracomment>After the number of days the history keeps calls: &quot;90 days&quot;</extracomment>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (nicht angeschlossen)</translation>
    </message>
    <message numerus="yes">
        <source> min</source>
        <extracomment>After a number of minutes in the team board&apos;s thresholds: &quot;5 min&quot;</extracomment>
        <translation>
            <numerusform> Min.</numerusform>
            <numerusform> Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team board: time in state</source>
        <translation>Team-Übersicht: Zeit im Status</translation>
    </message>
    <message>
        <source>A supervisor&apos;s team board marks agents who stay long in a state</source>
        <translation>Die Team-Übersicht eines Supervisors markiert Agenten, die lange in einem Status bleiben</translation>
    </message>
    <message>
        <source>Not Ready: warnin&amp;g after:</source>
        <translation>Nicht bereit: &amp;warnen nach:</translation>
    </message>
    <message>
        <source>Not Ready: alert a&amp;fter:</source>
        <translation>Nicht bereit: a&amp;larmieren nach:</translation>
    </message>
    <message>
        <source>After-call work: warn&amp;ing after:</source>
        <translation>Nachbearbeitung: wa&amp;rnen nach:</translation>
    </message>
    <message>
        <source>After-call work: al&amp;ert after:</source>
        <translation>Nachbearbeitung: alarmieren &amp;nach:</translation>
    </message>
</context>
<context>
    <name>ShortcutDialog</name>
    <message>
        <source>Customize shortcuts</source>
        <translation>Tastenkürzel anpassen</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Click a field and press the new keys. Keys alone are for function keys only; use Ctrl or Alt with a letter.</source>
        <translation>Klicken Sie in ein Feld und drücken Sie die neuen Tasten. Einzelne Tasten nur für Funktionstasten; Buchstaben mit Strg oder Alt.</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>Auf &amp;Standard zurücksetzen</translation>
    </message>
    <message>
        <source>The built-in shortcuts are back.</source>
        <translation>Die eingebauten Tastenkürzel sind wiederhergestellt.</translation>
    </message>
    <message>
        <source>Shortcut for %1</source>
        <translation>Tastenkürzel für %1</translation>
    </message>
    <message>
        <source>no shortcut</source>
        <translation>kein Tastenkürzel</translation>
    </message>
    <message>
        <source>%1 has no shortcut now.</source>
        <translation>%1 hat jetzt kein Tastenkürzel.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of %2. Give %2 another one first, or choose other keys for %3.</source>
        <translation>%1 ist bereits das Tastenkürzel von %2. Geben Sie zuerst %2 ein anderes oder wählen Sie andere Tasten für %3.</translation>
    </message>
    <message>
        <source>%1 alone would type or move the cursor: use Ctrl or Alt with it, or a function key (F2…F12).</source>
        <translation>%1 allein würde tippen oder den Cursor bewegen: verwenden Sie es mit Strg oder Alt oder eine Funktionstaste (F2…F12).</translation>
    </message>
    <message>
        <source>Clear the shortcut for %1</source>
        <translation>Tastenkürzel für %1 löschen</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Actions and their shortcuts</source>
        <translation>Aktionen und ihre Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Customize shortcuts…</source>
        <translation>Tastenkürzel &amp;anpassen…</translation>
    </message>
    <message>
        <source>no shortcut</source>
        <translation>kein Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>SidePanelScroll</name>
    <message>
        <source>Call details, keypad and case data</source>
        <translation>Anrufdetails, Tastenfeld und Falldaten</translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <source>Your account may not read the team list (the server gives it to the admin role only). You can still monitor an agent by number.</source>
        <translation>Ihr Konto darf die Teamliste nicht lesen (der Server gibt sie nur an die Admin-Rolle). Sie können einen Agenten trotzdem über seine Nummer überwachen.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>TeamCountBar</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A count bar button: the state, then how many agents are in it: &quot;Ready 12&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n agent(s)</source>
        <extracomment>A count bar button for a screen reader: &quot;Ready: 12 agents&quot;</extracomment>
        <translation>
            <numerusform>%1: %n Agent</numerusform>
            <numerusform>%1: %n Agenten</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only these agents</source>
        <translation>Nur diese Agenten zeigen</translation>
    </message>
    <message>
        <source>Agents per state</source>
        <translation>Agenten je Status</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Show every agent</source>
        <translation>Alle Agenten zeigen</translation>
    </message>
</context>
<context>
    <name>TeamFilter</name>
    <message>
        <source>⚠ %1 long</source>
        <extracomment>Time in state past the warning threshold: &quot;⚠ 6:10 long&quot;</extracomment>
        <translation>⚠ %1 lang</translation>
    </message>
    <message>
        <source>⛔ %1 very long</source>
        <extracomment>Time in state past the alert threshold: &quot;⛔ 16:10 very long&quot;</extracomment>
        <translation>⛔ %1 sehr lang</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <source>No device</source>
        <translation>Kein Telefon</translation>
    </message>
    <message>
        <source>%1 (DND)</source>
        <translation>%1 (Nicht stören)</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>Barged in</source>
        <translation>Aufgeschaltet</translation>
    </message>
    <message>
        <source>Listening in</source>
        <translation>Hört mit</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Not Ready</source>
        <translation>Nicht bereit</translation>
    </message>
    <message>
        <source>After Call Work</source>
        <translation>Nachbearbeitung</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>Im Gespräch</translation>
    </message>
    <message>
        <source>Logged Out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>%1 coaching</source>
        <translation>%1 coacht</translation>
    </message>
    <message>
        <source>%1 barged in</source>
        <translation>%1 aufgeschaltet</translation>
    </message>
    <message>
        <source>%1 listening</source>
        <translation>%1 hört mit</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Klingelt</translation>
    </message>
    <message>
        <source>Ringing: %1</source>
        <translation>Klingelt: %1</translation>
    </message>
    <message>
        <source>Dialling</source>
        <translation>Wählt</translation>
    </message>
    <message>
        <source>Dialling %1</source>
        <translation>Wählt %1</translation>
    </message>
    <message>
        <source>Held, %1</source>
        <translation>Gehalten, %1</translation>
    </message>
    <message>
        <source>Held: %1, %2</source>
        <translation>Gehalten: %1, %2</translation>
    </message>
    <message>
        <source>On a call, %1</source>
        <translation>Im Gespräch, %1</translation>
    </message>
    <message>
        <source>On a call with %1, %2</source>
        <translation>Im Gespräch mit %1, %2</translation>
    </message>
    <message>
        <source>Coaching: waiting for a call</source>
        <translation>Coaching: wartet auf einen Anruf</translation>
    </message>
    <message>
        <source>Barge in: waiting for a call</source>
        <translation>Aufschalten: wartet auf einen Anruf</translation>
    </message>
    <message>
        <source>Listening in: waiting for a call</source>
        <translation>Mithören: wartet auf einen Anruf</translation>
    </message>
    <message>
        <source>at least %1</source>
        <extracomment>Time in state whose start we did not see (the board opened, or reads failed)</extracomment>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>%1, number %2</source>
        <translation>%1, Nummer %2</translation>
    </message>
    <message>
        <source>The state began before the board saw it: the time is at least this</source>
        <translation>Der Status begann, bevor die Übersicht ihn sah: Die Zeit ist mindestens diese</translation>
    </message>
    <message>
        <source>Time in state</source>
        <translation>Zeit im Status</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Monitored</source>
        <translation>Überwacht</translation>
    </message>
</context>
<context>
    <name>TeamReader</name>
    <message>
        <source>Reading the team failed: %1. Still trying.</source>
        <translation>Lesen des Teams fehlgeschlagen: %1. Neuer Versuch läuft.</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Follow the call</source>
        <translation>Dem Anruf folgen</translation>
    </message>
    <message>
        <source>Stay on the call wherever it goes, also after the agent transfers it</source>
        <translation>Beim Anruf bleiben, wohin er auch geht, auch nachdem der Agent ihn übergeben hat</translation>
    </message>
    <message>
        <source>Stay with the agent</source>
        <translation>Beim Agenten bleiben</translation>
    </message>
    <message>
        <source>Leave the call when the agent leaves it</source>
        <translation>Den Anruf verlassen, wenn der Agent ihn verlässt</translation>
    </message>
    <message>
        <source>Monitoring scope</source>
        <translation>Überwachungsumfang</translation>
    </message>
    <message>
        <source>Monitoring mode</source>
        <translation>Überwachungsart</translation>
    </message>
    <message>
        <source>Agent&apos;s number</source>
        <translation>Nummer des Agenten</translation>
    </message>
    <message>
        <source>Number of the agent to monitor</source>
        <translation>Nummer des zu überwachenden Agenten</translation>
    </message>
    <message>
        <source>Monitor an agent by phone number instead of picking a row</source>
        <translation>Einen Agenten über seine Telefonnummer überwachen, statt eine Zeile zu wählen</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Alle Anrufe</translation>
    </message>
    <message>
        <source>Next call only</source>
        <translation>Nur nächster Anruf</translation>
    </message>
    <message>
        <source>&amp;Listen in</source>
        <translation>&amp;Mithören</translation>
    </message>
    <message>
        <source>Hear the agent&apos;s call silently</source>
        <translation>Den Anruf des Agenten unbemerkt mithören</translation>
    </message>
    <message>
        <source>C&amp;oach</source>
        <translation>&amp;Coachen</translation>
    </message>
    <message>
        <source>Speak to the agent only; the customer does not hear you</source>
        <translation>Nur mit dem Agenten sprechen; der Kunde hört Sie nicht</translation>
    </message>
    <message>
        <source>&amp;Barge in</source>
        <translation>&amp;Aufschalten</translation>
    </message>
    <message>
        <source>Join the call: everyone hears you</source>
        <translation>Dem Anruf beitreten: alle hören Sie</translation>
    </message>
    <message>
        <source>Stop &amp;monitoring</source>
        <translation>Überwachung &amp;beenden</translation>
    </message>
    <message>
        <source>End the monitoring of the agent</source>
        <translation>Die Überwachung des Agenten beenden</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Umfang:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A disabled monitoring control&apos;s tip: the action, then why, e.g. &quot;Coach: select an agent first&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>wait: the server has not answered your last request yet</source>
        <translation>bitte warten: der Server hat Ihre letzte Anfrage noch nicht beantwortet</translation>
    </message>
    <message>
        <source>you are doing this already</source>
        <translation>das tun Sie bereits</translation>
    </message>
    <message>
        <source>select an agent first, or type their number</source>
        <translation>zuerst einen Agenten auswählen oder seine Nummer eingeben</translation>
    </message>
    <message>
        <source>the server does not offer this on the monitored call</source>
        <translation>der Server bietet das für den überwachten Anruf nicht an</translation>
    </message>
    <message>
        <source>you are not monitoring anyone</source>
        <translation>Sie überwachen niemanden</translation>
    </message>
    <message>
        <source>Not monitoring</source>
        <translation>Keine Überwachung</translation>
    </message>
    <message>
        <source>Mute the &amp;agent</source>
        <translation>&amp;Agent stummschalten</translation>
    </message>
    <message>
        <source>Take over the call: the customer no longer hears the agent</source>
        <translation>Das Gespräch übernehmen: Der Kunde hört den Agenten nicht mehr</translation>
    </message>
    <message>
        <source>U&amp;nmute the agent</source>
        <translation>Agenten &amp;wieder hörbar machen</translation>
    </message>
    <message>
        <source>Let the customer hear the agent again</source>
        <translation>Der Kunde hört den Agenten wieder</translation>
    </message>
    <message>
        <source>Enter listens in on the selected agent; the menu key offers every monitoring mode</source>
        <translation>Eingabe hört beim gewählten Agenten mit; die Menütaste bietet alle Überwachungsarten</translation>
    </message>
    <message>
        <source>Find an agent</source>
        <translation>Agent suchen</translation>
    </message>
    <message>
        <source>Find an agent by name or number</source>
        <translation>Agent nach Name oder Nummer suchen</translation>
    </message>
    <message>
        <source>Show only the agents whose name or number contains this text</source>
        <translation>Nur Agenten zeigen, deren Name oder Nummer diesen Text enthält</translation>
    </message>
    <message>
        <source>Monitoring error</source>
        <translation>Fehler bei der Überwachung</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation>&amp;Umfang</translation>
    </message>
    <message>
        <source>Mo&amp;de</source>
        <translation>Mo&amp;dus</translation>
    </message>
    <message>
        <source>only during a monitored call</source>
        <translation>nur während eines überwachten Gesprächs</translation>
    </message>
    <message>
        <source>the agent is muted already</source>
        <translation>der Agent ist schon stummgeschaltet</translation>
    </message>
    <message>
        <source>the agent is not muted</source>
        <translation>der Agent ist nicht stummgeschaltet</translation>
    </message>
    <message>
        <source>Coaching %1: waiting for a call</source>
        <translation>Coaching für %1: wartet auf einen Anruf</translation>
    </message>
    <message>
        <source>Coaching %1; the agent is muted</source>
        <translation>Coaching für %1; der Agent ist stummgeschaltet</translation>
    </message>
    <message>
        <source>Coaching %1</source>
        <translation>Coaching für %1</translation>
    </message>
    <message>
        <source>Barging in on %1: waiting for a call</source>
        <translation>Aufschalten bei %1: wartet auf einen Anruf</translation>
    </message>
    <message>
        <source>Barged in on %1; the agent is muted</source>
        <translation>Aufgeschaltet bei %1; der Agent ist stummgeschaltet</translation>
    </message>
    <message>
        <source>Barged in on %1</source>
        <translation>Aufgeschaltet bei %1</translation>
    </message>
    <message>
        <source>Listening in on %1: waiting for a call</source>
        <translation>Mithören bei %1: wartet auf einen Anruf</translation>
    </message>
    <message>
        <source>Listening in on %1; the agent is muted</source>
        <translation>Hört mit bei %1; der Agent ist stummgeschaltet</translation>
    </message>
    <message>
        <source>Listening in on %1</source>
        <translation>Hört mit bei %1</translation>
    </message>
    <message>
        <source>This server does not report the agents&apos; calls: the board shows their states only.</source>
        <translation>Dieser Server meldet die Gespräche der Agenten nicht: Die Übersicht zeigt nur ihre Status.</translation>
    </message>
    <message>
        <source>Applies to the next monitoring you start</source>
        <translation>Gilt für die nächste Überwachung, die Sie starten</translation>
    </message>
    <message>
        <source>Started as: %1, %2</source>
        <extracomment>The second line of the monitoring status: the scope and the mode it was started with, e.g. &quot;Started as: Stay with the agent, Next call only&quot;</extracomment>
        <translation>Gestartet als: %1, %2</translation>
    </message>
    <message>
        <source>Started as: %1</source>
        <extracomment>The second line of the monitoring status: the scope or the mode it was started with</extracomment>
        <translation>Gestartet als: %1</translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>issued to %1 by %2, valid %3 to %4, SHA-256 fingerprint %5, key pin %6</source>
        <translation>ausgestellt für %1 von %2, gültig von %3 bis %4, SHA-256-Fingerabdruck %5, Schlüssel-Pin %6</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Softphone</source>
        <translation>Softphone</translation>
    </message>
    <message>
        <source>&amp;Show the softphone</source>
        <translation>Softphone &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Unknown state</source>
        <translation>Status unbekannt</translation>
    </message>
    <message>
        <source>%1, Do Not Disturb</source>
        <translation>%1, Nicht stören</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>Im Gespräch</translation>
    </message>
    <message>
        <source>Ringing: %1</source>
        <translation>Klingelt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Missed calls: %n</source>
        <translation>
            <numerusform>Verpasste Anrufe: %n</numerusform>
            <numerusform>Verpasste Anrufe: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Call &amp;history (%n missed)</source>
        <translation>
            <numerusform>Anruf&amp;liste (%n verpasst)</numerusform>
            <numerusform>Anruf&amp;liste (%n verpasst)</numerusform>
        </translation>
    </message>
    <message>
        <source>Call &amp;history</source>
        <translation>Anruf&amp;liste</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>&apos;+&apos; is only allowed at the start.</source>
        <translation>„+“ ist nur am Anfang erlaubt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not allowed in a phone number.</source>
        <translation>„%1“ ist in einer Telefonnummer nicht erlaubt.</translation>
    </message>
    <message>
        <source>Enter a number to dial.</source>
        <translation>Geben Sie eine Nummer zum Wählen ein.</translation>
    </message>
    <message>
        <source>The number is too long (at most %1).</source>
        <translation>Die Nummer ist zu lang (höchstens %1).</translation>
    </message>
    <message>
        <source>Enter the digits to send.</source>
        <translation>Geben Sie die zu sendenden Ziffern ein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a DTMF digit.</source>
        <translation>„%1“ ist keine MFV-Ziffer.</translation>
    </message>
</context>
<context>
    <name>WindowTitle</name>
    <message numerus="yes">
        <source>(%n missed) %1</source>
        <comment>window title</comment>
        <translation>
            <numerusform>(%n verpasst) %1</numerusform>
            <numerusform>(%n verpasst) %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>window title: ringing, then the rest</comment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>WrapUp</name>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Nachfassen nötig</translation>
    </message>
    <message>
        <source>Callback requested</source>
        <translation>Rückruf gewünscht</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Falsche Nummer</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Done: the call is still going; wrap it up when it ends</source>
        <translation>Fertig: der Anruf läuft noch; schließen Sie ihn ab, wenn er endet</translation>
    </message>
    <message>
        <source>Done: there is no call to wrap up</source>
        <translation>Fertig: es gibt keinen Anruf zum Abschließen</translation>
    </message>
    <message>
        <source>Done: choose a disposition first</source>
        <translation>Fertig: wählen Sie zuerst ein Ergebnis</translation>
    </message>
</context>
<context>
    <name>WrapUpCard</name>
    <message>
        <source>Wrap-up</source>
        <translation>Gesprächsabschluss</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Wrap-up of the last call</source>
        <translation>Abschluss des letzten Anrufs</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Notes on the call</source>
        <translation>Notizen zum Anruf</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>D&amp;isposition:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss the wrap-up message</source>
        <translation>Die Meldung zum Gesprächsabschluss ausblenden</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>Notes on the current call</source>
        <translation>Notizen zum laufenden Anruf</translation>
    </message>
    <message>
        <source>Wrap-up (1 of %1)</source>
        <translation>Gesprächsabschluss (1 von %1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, on the call now: what you note here is attached to the call</source>
        <translation>%1, im Gespräch: was Sie hier notieren, wird an den Anruf angehängt</translation>
    </message>
    <message>
        <source>%1: %2, talked %3, on hold %4</source>
        <translation>%1: %2, Gespräch %3, gehalten %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Save the wrap-up and close it (Ctrl+Return)</source>
        <translation>Den Gesprächsabschluss speichern und schließen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>%1 (Ctrl+Return)</source>
        <translation>%1 (Strg+Eingabe)</translation>
    </message>
</context>
<context>
    <name>WrapUpSync</name>
    <message>
        <source>The notes could not be attached to the call (%1: %2). They are kept on this computer.</source>
        <translation>Die Notizen konnten nicht an den Anruf angehängt werden (%1: %2). Sie bleiben auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>The disposition was not sent to the server: you are offline. It is kept in your history.</source>
        <translation>Das Ergebnis wurde nicht an den Server gesendet: Sie sind offline. Es bleibt in Ihrer Anrufliste gespeichert.</translation>
    </message>
    <message>
        <source>The disposition &quot;%1&quot; did not reach the server (%2: %3). It is kept in your history.</source>
        <translation>Das Ergebnis „%1“ hat den Server nicht erreicht (%2: %3). Es bleibt in Ihrer Anrufliste gespeichert.</translation>
    </message>
</context>
</TS>
