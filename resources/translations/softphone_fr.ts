<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AfterCallClock</name>
    <message>
        <source>After-call work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtend +%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend after-call work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds %1 to the time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-call work: %1 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AfterCallWork</name>
    <message>
        <source>Extend: you are not in after-call work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend: this after-call work has no time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend: not connected to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend: asking the server...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extending your after-call work failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another change of state is under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not return you to %1: %2. Your wrap-up is kept: press Done to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentAvailability</name>
    <message>
        <source>the connection to the server was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing your state (%1) failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentState</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After Call Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aux Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Ready - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentStateActions</name>
    <message>
        <source>Do Not Disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait: your phone device is not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait: the server has not answered your last change yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A disabled agent-state control&apos;s tip: the state, then why, e.g. &quot;Ready: offline: reconnecting&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you are in this state already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set your state to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not offer it on your phone now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take calls on this device again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take no calls on this device, whatever your state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentStateButton</name>
    <message>
        <source>Agent state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (Do Not Disturb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, Do Not Disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a call; your state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2. Click to change your state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Click to change your state.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>Agent softphone for Genesys Web Services. Without --server it runs on a built-in simulator, logged in as agent1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GWS base URL, e.g. https://gws.example.com:8443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name (password from SOFTPHONE_PASSWORD or asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the window once logged in, then quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds to wait before the screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded simulator: no random demo calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &quot;ready &lt;ms&gt;&quot; on stderr once the window is shown and the session online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in at this place (default: the agent&apos;s own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitting does not end the contact-center session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the server only with this public-key pin (base64 SHA-256 of its SubjectPublicKeyInfo, as curl --pinnedpubkey); repeatable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to show before the screenshot: window, answer (answer the ringing call first), wrapup (answer; the far side ends the call), palette, history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an http(s) URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user needs --server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>No PEM certificate found in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the built-in simulator on a loopback port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password not remembered: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallActions</name>
    <message>
        <source>&amp;Dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the number in the number field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the ringing call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the selected call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected call on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retrieve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the held call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending your voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your voice again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the call over to another number at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consult &amp;transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to the destination first, then hand the call over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete trans&amp;fer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the caller with the consulted party and leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another number to the call at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consult c&amp;onference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to the new party first, then join everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete conf&amp;erence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the consulted party into the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel co&amp;nsult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up the consult call and take the caller back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the selected participant from the conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;wap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold this call and take the other one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mer&amp;ge calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join your two calls into one conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A disabled control&apos;s tip: the action, then why, e.g. &quot;Swap: you need a second call&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallCard</name>
    <message>
        <source>Call card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ On hold %1 - very long: take the caller back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ On hold %1 - long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◉ A supervisor is listening (the caller cannot hear them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◉ You are listening in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◉ You are coaching: only the agent hears you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◉ You barged in: everyone hears you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◉ You are monitoring this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the agent is muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calling you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected, without you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, supervising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, conference owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference owner: another party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference: you and %1 others</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallController</name>
    <message>
        <source>Cannot dial: no device is assigned to you yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call is already being dialled; wait until it shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not sent: your session had expired. Signed in again; please check the call and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server did not answer in time; the call will be shown as the server has it once it answers again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending %n DTMF tone(s) failed: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallErrorBar</name>
    <message>
        <source>Call problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the technical text of this problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallModel</name>
    <message>
        <source>Ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (muted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 call with %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDataPanel</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case data key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case data value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach this key and value to the call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CometdClient</name>
    <message>
        <source>The server&apos;s key is not the pinned one (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server took too long to answer a notification request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification reply too large; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification channel lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification request refused (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification request redirected (HTTP %1): a sign-in page?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web page came where notifications were expected: a sign-in page?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable notification reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handshake refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handshake reply missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the notification channel and asked not to reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification session ended by the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an action, a state or a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an action, state or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultBar</name>
    <message>
        <source>the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consulting %1 about the call with %2 (on hold)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskAlerts</name>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a ringing call is shown and heard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestinationDialog</name>
    <message>
        <source>Transfer call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer &amp;now (single step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;now (single step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consult first, then transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consult first, then join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <source>Dial pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTMF digits sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DtmfStrip</name>
    <message>
        <source>Tones sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask tones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the tones you send on this call as dots, for PINs and card numbers; tones are never written to the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tones to %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tones sent on this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tone(s) sent, masked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: tones on this call show as dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: tones on this call show as digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorWording</name>
    <message>
        <source>the caller has already hung up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other party has already hung up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is busy; your caller is still on hold: Retrieve or try another number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is busy; try another number or again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number that can be called: check it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be called from this call now: it may be your own number or already in the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was done: your session had expired and you are signed in again; check the call and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not answer in time; the call will show what really happened once it answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was done: the server cannot be reached; check your connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you are not allowed to do this; ask your supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tones were not sent: the call cannot take tones now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not possible any more: the call changed meanwhile; check it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was done: the server had a problem; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tones were not sent: only 0-9, * and # can be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not accept the request; try again, and tell support if it happens again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused it; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FreedesktopNotifier</name>
    <message>
        <source>No desktop notifications: no D-Bus session bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desktop notifications: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GwsRequest</name>
    <message>
        <source>its key is not the pinned one (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GwsResult</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection refused: the server&apos;s certificate is not trusted%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session expired (CSRF token rejected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server%1 (code %2, HTTP %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server%1 (code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable answer from the server%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked to sign in on a web page instead of answering (HTTP %1%2); check the server address or sign-in settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conferenced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (outgoing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Search number, name or case data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the call history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Missed only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial the number of the selected call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the number of the selected call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the calls shown to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the call history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the history to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call history is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a call in the history first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyboardCommands</name>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command &amp;palette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find any action, agent state or recent number by typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action with its shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customize shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your own keys for the actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer and conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: to the number field · Ctrl+Enter: dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put %1 in the number field (Ctrl+Enter dials it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change any shortcut with Help › Customize shortcuts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finds any action, agent state or recent number by typing. Change any shortcut with Help › Customize shortcuts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lace (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your usual place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place (desk) to log in at; leave empty for your default place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember me (in the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Softphone (built-in simulator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number to dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer and conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the server again now and read your calls and state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read &amp;everything again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read your calls, device and state from the server again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keypad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call history: available once you are logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>History (%n missed)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Call &amp;history (%n missed)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show or hide the call history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit the softphone?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You have %n call(s) in progress. Quitting leaves them without you and logs you out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting… next attempt in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationReason</name>
    <message>
        <source>wait: your phone device is not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait: the number you dialled is still being placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type a number first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing is ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select a call first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait: the server has not answered the last request for this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select a participant row of a conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you need a second call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no consultation call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you are logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait: still signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline: reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline: reconnecting now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>offline: reconnecting in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not connected: choose Reconnect now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not offer this on the ringing call now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the call is already on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the call is not on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the call is already muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the call is not muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the consulted party has not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select the connected call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other call has not been answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer the call first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other party has not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not offer this on a connected call now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not offer this on a held call now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the call has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not offer this on this call now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ringer</name>
    <message>
        <source>No audio output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not connected; ringing on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RingingAlerts</name>
    <message>
        <source>unknown caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Notifications: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the contact-center session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the contact-center session failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact-center session started with a warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your devices failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your calls failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported an error: %1 (code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in again failed: %1. Next try in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications stopped: %1. Use Retry to connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the softphone; it changes when you press OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a call rings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show an icon in the system &amp;tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent state and ringing calls in the tray, with a menu to answer and change state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification with Answer and Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the &amp;window&apos;s taskbar entry ask for attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;caller in the window title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a &amp;ring tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also ring on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second output that rings too, e.g. the speakers beside your headset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No second device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audio output found: the ring tone cannot play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Output device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Also ring on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case data keys with the caller&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case data keys tried in order, separated by commas; the first that has a value names the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name from case data &amp;keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep call history for this many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older calls are deleted from the history when you press OK and each time you log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep call history for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>volume in percent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <extracomment>After the number of days the history keeps calls: &quot;90 days&quot;</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutDialog</name>
    <message>
        <source>Customize shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a field and press the new keys. Keys alone are for function keys only; use Ctrl or Alt with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in shortcuts are back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no shortcut now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the shortcut of %2. Give %2 another one first, or choose other keys for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 alone would type or move the cursor: use Ctrl or Alt with it, or a function key (F2…F12).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions and their shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customize shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <source>Your account may not read the team list (the server gives it to the admin role only). You can still monitor an agent by number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the team failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <source>No device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (DND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay on the call wherever it goes, also after the agent transfers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay with the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the call when the agent leaves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of the agent to monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor an agent by phone number instead of picking a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next call only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listen in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear the agent&apos;s call silently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;oach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak to the agent only; the customer does not hear you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Barge in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the call: everyone hears you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the monitoring of the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait: the server has not answered your last request yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you are doing this already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select an agent first, or type their number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not offer this on the monitored call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you are not monitoring anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barged in on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening in on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>issued to %1 by %2, valid %3 to %4, SHA-256 fingerprint %5, key pin %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Softphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show the softphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, Do Not Disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Missed calls: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Call &amp;history (%n missed)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Call &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>&apos;+&apos; is only allowed at the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not allowed in a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number to dial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is too long (at most %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the digits to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a DTMF digit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowTitle</name>
    <message numerus="yes">
        <source>(%n missed) %1</source>
        <comment>window title</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>window title: ringing, then the rest</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrapUp</name>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: the call is still going; wrap it up when it ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: there is no call to wrap up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: choose a disposition first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrapUpCard</name>
    <message>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up of the last call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;isposition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the wrap-up message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the current call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up (1 of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, on the call now: what you note here is attached to the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, talked %3, on hold %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the wrap-up and close it (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrapUpSync</name>
    <message>
        <source>The notes could not be attached to the call (%1: %2). They are kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disposition was not sent to the server: you are offline. It is kept in your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disposition &quot;%1&quot; did not reach the server (%2: %3). It is kept in your history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
