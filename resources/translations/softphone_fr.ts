<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AfterCallClock</name>
    <message>
        <source>After-call work</source>
        <translation>Post-appel</translation>
    </message>
    <message>
        <source>E&amp;xtend +%1</source>
        <translation>&amp;Prolonger +%1</translation>
    </message>
    <message>
        <source>Extend after-call work</source>
        <translation>Prolonger le post-appel</translation>
    </message>
    <message>
        <source>Done: back to %1</source>
        <translation>Terminé&#xa0;: retour à %1</translation>
    </message>
    <message>
        <source>Adds %1 to the time left</source>
        <translation>Ajoute %1 au temps restant</translation>
    </message>
    <message>
        <source>Ends at %1</source>
        <translation>Se termine à %1</translation>
    </message>
    <message>
        <source>After-call work: %1 left</source>
        <translation>Post-appel&#xa0;: encore %1</translation>
    </message>
</context>
<context>
    <name>AfterCallWork</name>
    <message>
        <source>Extend: you are not in after-call work</source>
        <translation>Prolonger&#xa0;: vous n&apos;êtes pas en post-appel</translation>
    </message>
    <message>
        <source>Extend: this after-call work has no time limit</source>
        <translation>Prolonger&#xa0;: ce post-appel n&apos;a pas de limite de temps</translation>
    </message>
    <message>
        <source>Extend: not connected to the server</source>
        <translation>Prolonger&#xa0;: non connecté au serveur</translation>
    </message>
    <message>
        <source>Extend: asking the server...</source>
        <translation>Prolonger&#xa0;: demande en cours auprès du serveur…</translation>
    </message>
    <message>
        <source>Extending your after-call work failed: %1</source>
        <translation>Impossible de prolonger votre post-appel&#xa0;: %1</translation>
    </message>
    <message>
        <source>not connected to the server</source>
        <translation>non connecté au serveur</translation>
    </message>
    <message>
        <source>another change of state is under way</source>
        <translation>un autre changement de statut est en cours</translation>
    </message>
    <message>
        <source>Could not return you to %1: %2. Your wrap-up is kept: press Done to try again.</source>
        <translation>Impossible de revenir au statut %1&#xa0;: %2. Votre clôture est conservée&#xa0;: appuyez sur Terminé pour réessayer.</translation>
    </message>
</context>
<context>
    <name>AgentAvailability</name>
    <message>
        <source>the connection to the server was lost</source>
        <translation>la connexion au serveur a été perdue</translation>
    </message>
    <message>
        <source>Changing your state (%1) failed: %2</source>
        <translation>Échec du changement de statut (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1&#xa0;: échec – %2</translation>
    </message>
</context>
<context>
    <name>AgentState</name>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Logged Out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>After Call Work</source>
        <translation>Post-appel</translation>
    </message>
    <message>
        <source>Aux Work</source>
        <translation>Activité annexe</translation>
    </message>
    <message>
        <source>Not Ready - %1</source>
        <translation>Non prêt – %1</translation>
    </message>
    <message>
        <source>Not Ready</source>
        <translation>Non prêt</translation>
    </message>
</context>
<context>
    <name>AgentStateActions</name>
    <message>
        <source>Do Not Disturb</source>
        <translation>Ne pas déranger</translation>
    </message>
    <message>
        <source>wait: your phone device is not known yet</source>
        <translation>patientez&#xa0;: votre téléphone n&apos;est pas encore connu</translation>
    </message>
    <message>
        <source>wait: the server has not answered your last change yet</source>
        <translation>patientez&#xa0;: le serveur n&apos;a pas encore confirmé votre dernier changement</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A disabled agent-state control&apos;s tip: the state, then why, e.g. &quot;Ready: offline: reconnecting&quot;</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>you are in this state already</source>
        <translation>vous avez déjà ce statut</translation>
    </message>
    <message>
        <source>Set your state to %1</source>
        <translation>Passer au statut %1</translation>
    </message>
    <message>
        <source>the server does not offer it on your phone now</source>
        <translation>le serveur ne le propose pas pour votre téléphone actuellement</translation>
    </message>
    <message>
        <source>Take calls on this device again</source>
        <translation>Recevoir de nouveau des appels sur ce téléphone</translation>
    </message>
    <message>
        <source>Take no calls on this device, whatever your state</source>
        <translation>Ne recevoir aucun appel sur ce téléphone, quel que soit votre statut</translation>
    </message>
</context>
<context>
    <name>AgentStateButton</name>
    <message>
        <source>Agent state</source>
        <translation>Statut de l&apos;agent</translation>
    </message>
    <message>
        <source>Unknown state</source>
        <translation>Statut inconnu</translation>
    </message>
    <message>
        <source>%1, Do Not Disturb</source>
        <translation>%1, Ne pas déranger</translation>
    </message>
    <message>
        <source>On a call; your state: %1</source>
        <translation>En communication&#xa0;; votre statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 for %2. Click to change your state.</source>
        <translation>%1 depuis %2. Cliquez pour changer de statut.</translation>
    </message>
    <message>
        <source>%1. Click to change your state.</source>
        <translation>%1. Cliquez pour changer de statut.</translation>
    </message>
    <message>
        <source>● On a call  (Do Not Disturb)</source>
        <extracomment>The agent-state button: a dot in the state&apos;s colour, then the state</extracomment>
        <translation>● En communication  (Ne pas déranger)</translation>
    </message>
    <message>
        <source>● On a call</source>
        <translation>● En communication</translation>
    </message>
    <message>
        <source>Agent state: %1, less than a minute</source>
        <translation>Statut de l&apos;agent&#xa0;: %1, depuis moins d&apos;une minute</translation>
    </message>
    <message numerus="yes">
        <source>Agent state: %1, %n minute(s)</source>
        <translation>
            <numerusform>Statut de l&apos;agent&#xa0;: %1, depuis %n minute</numerusform>
            <numerusform>Statut de l&apos;agent&#xa0;: %1, depuis %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. It cannot be changed now: %2</source>
        <translation>%1. Impossible de le changer pour le moment&#xa0;: %2</translation>
    </message>
    <message>
        <source>● %1  (Do Not Disturb)</source>
        <translation>● %1  (Ne pas déranger)</translation>
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
        <translation>%1&#xa0;; %2</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>Agent softphone for Genesys Web Services. Without --server it runs on a built-in simulator, logged in as agent1.</source>
        <translation>Softphone d&apos;agent pour Genesys Web Services. Sans --server, il fonctionne avec un simulateur intégré, connecté en tant qu&apos;agent1.</translation>
    </message>
    <message>
        <source>GWS base URL, e.g. https://gws.example.com:8443</source>
        <translation>URL de base de GWS, par exemple https://gws.example.com:8443</translation>
    </message>
    <message>
        <source>User name (password from SOFTPHONE_PASSWORD or asked)</source>
        <translation>Nom d&apos;utilisateur (mot de passe tiré de SOFTPHONE_PASSWORD ou demandé)</translation>
    </message>
    <message>
        <source>Save a PNG of the window once logged in, then quit</source>
        <translation>Enregistrer une image PNG de la fenêtre une fois connecté, puis quitter</translation>
    </message>
    <message>
        <source>Milliseconds to wait before the screenshot</source>
        <translation>Millisecondes d&apos;attente avant la capture d&apos;écran</translation>
    </message>
    <message>
        <source>Embedded simulator: no random demo calls</source>
        <translation>Simulateur intégré&#xa0;: pas d&apos;appels de démonstration aléatoires</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file</source>
        <translation>Faire aussi confiance aux certificats d&apos;autorité de ce fichier PEM</translation>
    </message>
    <message>
        <source>Print &quot;ready &lt;ms&gt;&quot; on stderr once the window is shown and the session online</source>
        <translation>Écrire «&#xa0;ready &lt;ms&gt;&#xa0;» sur stderr dès que la fenêtre est affichée et la session en ligne</translation>
    </message>
    <message>
        <source>Log in at this place (default: the agent&apos;s own)</source>
        <translation>Se connecter sur ce poste (par défaut&#xa0;: le poste de l&apos;agent)</translation>
    </message>
    <message>
        <source>Quitting does not end the contact-center session</source>
        <translation>Quitter ne met pas fin à la session du centre de contact</translation>
    </message>
    <message>
        <source>Accept the server only with this public-key pin (base64 SHA-256 of its SubjectPublicKeyInfo, as curl --pinnedpubkey); repeatable</source>
        <translation>N&apos;accepter le serveur qu&apos;avec cet épinglage de clé publique (SHA-256 en base64 de sa SubjectPublicKeyInfo, comme curl --pinnedpubkey)&#xa0;; peut être répété</translation>
    </message>
    <message>
        <source>What to show before the screenshot: window, answer (answer the ringing call first), wrapup (answer; the far side ends the call), palette, history</source>
        <translation>Ce qu&apos;il faut afficher avant la capture&#xa0;: window, answer (répondre d&apos;abord à l&apos;appel entrant), wrapup (répondre&#xa0;; le correspondant met fin à l&apos;appel), palette, history</translation>
    </message>
    <message>
        <source>Not an http(s) URL: %1</source>
        <translation>Ce n&apos;est pas une URL http(s)&#xa0;: %1</translation>
    </message>
    <message>
        <source>--user needs --server</source>
        <translation>--user nécessite --server</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>No PEM certificate found in %1</source>
        <translation>Aucun certificat PEM trouvé dans %1</translation>
    </message>
    <message>
        <source>Password not remembered: %1</source>
        <translation>Mot de passe non mémorisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot start the built-in simulator: %1</source>
        <translation>Impossible de démarrer le simulateur intégré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CallActions</name>
    <message>
        <source>&amp;Dial</source>
        <translation>&amp;Appeler</translation>
    </message>
    <message>
        <source>Call the number in the number field</source>
        <translation>Appeler le numéro saisi dans le champ du numéro</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Répondre</translation>
    </message>
    <message>
        <source>Answer the ringing call</source>
        <translation>Répondre à l&apos;appel entrant</translation>
    </message>
    <message>
        <source>Hang &amp;up</source>
        <translation>Raccroc&amp;her</translation>
    </message>
    <message>
        <source>End the selected call</source>
        <translation>Mettre fin à l&apos;appel sélectionné</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Mettre en attente</translation>
    </message>
    <message>
        <source>Put the selected call on hold</source>
        <translation>Mettre l&apos;appel sélectionné en attente</translation>
    </message>
    <message>
        <source>&amp;Retrieve</source>
        <translation>Repren&amp;dre</translation>
    </message>
    <message>
        <source>Take the held call back</source>
        <translation>Reprendre l&apos;appel en attente</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>Co&amp;uper le micro</translation>
    </message>
    <message>
        <source>Stop sending your voice</source>
        <translation>Ne plus transmettre votre voix</translation>
    </message>
    <message>
        <source>Un&amp;mute</source>
        <translation>Réta&amp;blir le micro</translation>
    </message>
    <message>
        <source>Send your voice again</source>
        <translation>Transmettre de nouveau votre voix</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Transférer…</translation>
    </message>
    <message>
        <source>Hand the call over to another number at once</source>
        <translation>Transférer immédiatement l&apos;appel vers un autre numéro</translation>
    </message>
    <message>
        <source>Consult &amp;transfer…</source>
        <translation>Transfert avec ann&amp;once…</translation>
    </message>
    <message>
        <source>Talk to the destination first, then hand the call over</source>
        <translation>Parler d&apos;abord au destinataire, puis lui transférer l&apos;appel</translation>
    </message>
    <message>
        <source>Complete trans&amp;fer</source>
        <translation>Mettre &amp;en relation</translation>
    </message>
    <message>
        <source>Connect the caller with the consulted party and leave</source>
        <translation>Mettre l&apos;appelant en relation avec le correspondant consulté et quitter l&apos;appel</translation>
    </message>
    <message>
        <source>&amp;Conference…</source>
        <translation>&amp;Conférence…</translation>
    </message>
    <message>
        <source>Add another number to the call at once</source>
        <translation>Ajouter immédiatement un autre numéro à l&apos;appel</translation>
    </message>
    <message>
        <source>Consult c&amp;onference…</source>
        <translation>Conférence avec a&amp;nnonce…</translation>
    </message>
    <message>
        <source>Talk to the new party first, then join everyone</source>
        <translation>Parler d&apos;abord au nouveau correspondant, puis réunir tout le monde</translation>
    </message>
    <message>
        <source>Complete conf&amp;erence</source>
        <translation>Réun&amp;ir</translation>
    </message>
    <message>
        <source>Join the consulted party into the call</source>
        <translation>Faire entrer le correspondant consulté dans l&apos;appel</translation>
    </message>
    <message>
        <source>Cancel co&amp;nsult</source>
        <translation>Annu&amp;ler la consultation</translation>
    </message>
    <message>
        <source>Hang up the consult call and take the caller back</source>
        <translation>Raccrocher l&apos;appel de consultation et reprendre l&apos;appelant</translation>
    </message>
    <message>
        <source>Remo&amp;ve participant</source>
        <translation>Retirer le &amp;participant</translation>
    </message>
    <message>
        <source>Drop the selected participant from the conference</source>
        <translation>Retirer de la conférence le participant sélectionné</translation>
    </message>
    <message>
        <source>S&amp;wap</source>
        <translation>&amp;Va-et-vient</translation>
    </message>
    <message>
        <source>Hold this call and take the other one</source>
        <translation>Mettre cet appel en attente et reprendre l&apos;autre</translation>
    </message>
    <message>
        <source>Mer&amp;ge calls</source>
        <translation>&amp;Fusionner les appels</translation>
    </message>
    <message>
        <source>Join your two calls into one conference</source>
        <translation>Réunir vos deux appels en une conférence</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A disabled control&apos;s tip: the action, then why, e.g. &quot;Swap: you need a second call&quot;</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Répondre à %1</translation>
    </message>
    <message>
        <source>&amp;Answer %1</source>
        <translation>&amp;Répondre à %1</translation>
    </message>
</context>
<context>
    <name>CallAnnouncements</name>
    <message>
        <source>unknown caller</source>
        <translation>appelant inconnu</translation>
    </message>
    <message>
        <source>Call with %1 ended</source>
        <translation>Appel avec %1 terminé</translation>
    </message>
    <message>
        <source>Call from %1</source>
        <translation>Appel de %1</translation>
    </message>
    <message>
        <source>Call from %1 answered</source>
        <translation>Appel de %1 décroché</translation>
    </message>
    <message>
        <source>Consultation with %1 answered</source>
        <translation>Consultation&#xa0;: %1 a répondu</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1 a répondu</translation>
    </message>
    <message>
        <source>Call with %1 retrieved</source>
        <translation>Appel avec %1 repris</translation>
    </message>
    <message>
        <source>Call with %1 on hold</source>
        <translation>Appel avec %1 en attente</translation>
    </message>
    <message>
        <source>%1 joined the call</source>
        <translation>%1 a rejoint l&apos;appel</translation>
    </message>
    <message>
        <source>%1 left the call</source>
        <translation>%1 a quitté l&apos;appel</translation>
    </message>
    <message>
        <source>Connected to the server again</source>
        <translation>De nouveau connecté au serveur</translation>
    </message>
    <message>
        <source>Connection to the server lost</source>
        <translation>Connexion au serveur perdue</translation>
    </message>
    <message>
        <source>Your state: %1</source>
        <translation>Votre statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Do Not Disturb on</source>
        <translation>Ne pas déranger activé</translation>
    </message>
    <message>
        <source>Do Not Disturb off</source>
        <translation>Ne pas déranger désactivé</translation>
    </message>
    <message>
        <source>A supervisor is listening or coaching on the call with %1</source>
        <translation>Un superviseur écoute ou coache l&apos;appel avec %1</translation>
    </message>
</context>
<context>
    <name>CallCard</name>
    <message>
        <source>Call card</source>
        <translation>Fiche d&apos;appel</translation>
    </message>
    <message>
        <source>On the call</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>No call selected</source>
        <translation>Aucun appel sélectionné</translation>
    </message>
    <message>
        <source>Inbound call</source>
        <translation>Appel entrant</translation>
    </message>
    <message>
        <source>Consultation call</source>
        <translation>Appel de consultation</translation>
    </message>
    <message>
        <source>Outbound call</source>
        <translation>Appel sortant</translation>
    </message>
    <message>
        <source>Internal call</source>
        <translation>Appel interne</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Ringing for %1</source>
        <translation>Sonne depuis %1</translation>
    </message>
    <message>
        <source>Calling for %1</source>
        <translation>Appel en cours depuis %1</translation>
    </message>
    <message>
        <source>Talking %1</source>
        <translation>Conversation %1</translation>
    </message>
    <message>
        <source>⚠ On hold %1 - very long: take the caller back</source>
        <translation>⚠ En attente %1 – très longue&#xa0;: reprenez l&apos;appelant</translation>
    </message>
    <message>
        <source>⚠ On hold %1 - long</source>
        <translation>⚠ En attente %1 – longue</translation>
    </message>
    <message>
        <source>On hold %1</source>
        <translation>En attente %1</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>State unknown</source>
        <translation>État inconnu</translation>
    </message>
    <message>
        <source>Call time %1</source>
        <translation>Durée de l&apos;appel %1</translation>
    </message>
    <message>
        <source>◉ You are listening in</source>
        <translation>◉ Vous écoutez l&apos;appel</translation>
    </message>
    <message>
        <source>◉ You are coaching: only the agent hears you</source>
        <translation>◉ Vous coachez&#xa0;: seul l&apos;agent vous entend</translation>
    </message>
    <message>
        <source>◉ You barged in: everyone hears you</source>
        <translation>◉ Vous êtes intervenu&#xa0;: tout le monde vous entend</translation>
    </message>
    <message>
        <source>◉ You are monitoring this call</source>
        <translation>◉ Vous supervisez cet appel</translation>
    </message>
    <message>
        <source>; the agent is muted</source>
        <translation>&#xa0;; le micro de l&apos;agent est coupé</translation>
    </message>
    <message>
        <source>calling you</source>
        <translation>vous appelle</translation>
    </message>
    <message>
        <source>being called</source>
        <translation>appel en cours</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>en communication</translation>
    </message>
    <message>
        <source>connected, without you</source>
        <translation>en communication, sans vous</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>You (%1)</source>
        <translation>Vous (%1)</translation>
    </message>
    <message>
        <source>%1, supervising</source>
        <translation>%1, en supervision</translation>
    </message>
    <message>
        <source>%1, conference owner</source>
        <translation>%1, organisateur de la conférence</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Conference owner: another party</source>
        <translation>Organisateur de la conférence&#xa0;: un autre participant</translation>
    </message>
    <message numerus="yes">
        <source>Conference: you and %n others</source>
        <translation>
            <numerusform>Conférence&#xa0;: vous et %n autre participant</numerusform>
            <numerusform>Conférence&#xa0;: vous et %n autres participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Monitored call · %1</source>
        <translation>Appel supervisé · %1</translation>
    </message>
    <message>
        <source>◉ Supervisor listening or coaching (the caller does not hear them)</source>
        <translation>◉ Un superviseur écoute ou coache (l&apos;appelant ne l&apos;entend pas)</translation>
    </message>
    <message>
        <source>an agent</source>
        <translation>un agent</translation>
    </message>
    <message>
        <source>Monitoring %1 (listening)</source>
        <translation>Supervision de %1 (écoute)</translation>
    </message>
    <message>
        <source>Monitoring %1 (coaching)</source>
        <translation>Supervision de %1 (coaching)</translation>
    </message>
    <message>
        <source>Monitoring %1 (barged in)</source>
        <translation>Supervision de %1 (intervention)</translation>
    </message>
    <message>
        <source>Monitoring %1</source>
        <translation>Supervision de %1</translation>
    </message>
</context>
<context>
    <name>CallController</name>
    <message>
        <source>Cannot dial: no device is assigned to you yet</source>
        <translation>Impossible d&apos;appeler&#xa0;: aucun téléphone ne vous est encore attribué</translation>
    </message>
    <message>
        <source>A call is already being dialled; wait until it shows</source>
        <translation>Un appel est déjà en cours de numérotation&#xa0;; attendez qu&apos;il apparaisse</translation>
    </message>
    <message>
        <source>Dial failed: %1</source>
        <translation>Échec de l&apos;appel&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 was not sent: your session had expired. Signed in again; please check the call and retry.</source>
        <translation>La demande «&#xa0;%1&#xa0;» n&apos;a pas été envoyée&#xa0;: votre session avait expiré. Vous êtes de nouveau connecté&#xa0;; vérifiez l&apos;appel et réessayez.</translation>
    </message>
    <message>
        <source>%1: the server did not answer in time; the call will be shown as the server has it once it answers again</source>
        <translation>%1&#xa0;: le serveur n&apos;a pas répondu à temps&#xa0;; l&apos;appel sera affiché tel que le serveur le connaît dès qu&apos;il répondra de nouveau</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1&#xa0;: échec – %2</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n DTMF tone(s) failed: %1</source>
        <translation>
            <numerusform>Échec de l&apos;envoi de %n tonalité DTMF&#xa0;: %1</numerusform>
            <numerusform>Échec de l&apos;envoi de %n tonalités DTMF&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallErrorBar</name>
    <message>
        <source>Call problem</source>
        <translation>Problème d&apos;appel</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <extracomment>A problem with a call, as shown beside it: the warning sign, then the message</extracomment>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show the technical text of this problem</source>
        <translation>Afficher le texte technique de ce problème</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
</context>
<context>
    <name>CallModel</name>
    <message>
        <source>Ringing</source>
        <translation>Sonnerie</translation>
    </message>
    <message>
        <source>Dialing</source>
        <translation>Numérotation</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>%1 (muted)</source>
        <translation>%1 (muet)</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Participant %1</translation>
    </message>
    <message>
        <source>%1 call with %2: %3</source>
        <translation>Appel avec %2 (%1)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Correspondant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Monitoring (listening)</source>
        <translation>Supervision (écoute)</translation>
    </message>
    <message>
        <source>Monitoring (coaching)</source>
        <translation>Supervision (coaching)</translation>
    </message>
    <message>
        <source>Monitoring (barged in)</source>
        <translation>Supervision (intervention)</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>%1, the call with %2: %3</source>
        <translation>%1, appel avec %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>CaseDataPanel</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Case data</source>
        <translation>Données du dossier</translation>
    </message>
    <message>
        <source>New case data key</source>
        <translation>Nouvelle clé des données du dossier</translation>
    </message>
    <message>
        <source>New case data value</source>
        <translation>Nouvelle valeur des données du dossier</translation>
    </message>
    <message>
        <source>Attach this key and value to the call</source>
        <translation>Associer cette clé et cette valeur à l&apos;appel</translation>
    </message>
    <message>
        <source>New case data cannot be added now: select a call that takes it</source>
        <translation>Impossible d&apos;ajouter des données au dossier pour le moment&#xa0;: sélectionnez un appel qui les accepte</translation>
    </message>
</context>
<context>
    <name>CometdClient</name>
    <message>
        <source>The server&apos;s key is not the pinned one (%1)</source>
        <translation>La clé du serveur n&apos;est pas la clé épinglée (%1)</translation>
    </message>
    <message>
        <source>The server took too long to answer a notification request</source>
        <translation>Le serveur a mis trop de temps à répondre à une demande de notifications</translation>
    </message>
    <message>
        <source>Notification reply too large; ignored</source>
        <translation>Réponse de notification trop volumineuse&#xa0;; ignorée</translation>
    </message>
    <message>
        <source>Notification channel lost: %1</source>
        <translation>Canal de notifications perdu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Notification request refused (HTTP %1)</source>
        <translation>Demande de notifications refusée (HTTP %1)</translation>
    </message>
    <message>
        <source>Notification request redirected (HTTP %1): a sign-in page?</source>
        <translation>Demande de notifications redirigée (HTTP %1)&#xa0;: une page de connexion&#xa0;?</translation>
    </message>
    <message>
        <source>A web page came where notifications were expected: a sign-in page?</source>
        <translation>Une page web est arrivée à la place des notifications&#xa0;: une page de connexion&#xa0;?</translation>
    </message>
    <message>
        <source>Unreadable notification reply</source>
        <translation>Réponse de notification illisible</translation>
    </message>
    <message>
        <source>Handshake refused: %1</source>
        <translation>Ouverture du canal de notifications refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Handshake reply missing</source>
        <translation>Réponse à l&apos;ouverture du canal de notifications manquante</translation>
    </message>
    <message>
        <source>Subscription refused: %1</source>
        <translation>Abonnement refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server closed the notification channel and asked not to reconnect</source>
        <translation>Le serveur a fermé le canal de notifications et demande de ne pas se reconnecter</translation>
    </message>
    <message>
        <source>Notification session ended by the server</source>
        <translation>Session de notifications fermée par le serveur</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Palette de commandes</translation>
    </message>
    <message>
        <source>Type an action, a state or a number</source>
        <translation>Saisissez une action, un statut ou un numéro</translation>
    </message>
    <message>
        <source>Find an action, state or number</source>
        <translation>Rechercher une action, un statut ou un numéro</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ConsultBar</name>
    <message>
        <source>the caller</source>
        <translation>l&apos;appelant</translation>
    </message>
    <message>
        <source>Consulting %1 about the call with %2 (on hold)</source>
        <translation>Consultation de %1 au sujet de l&apos;appel avec %2 (en attente)</translation>
    </message>
</context>
<context>
    <name>DeskAlerts</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>How a ringing call is shown and heard</source>
        <translation>Comment un appel entrant est affiché et annoncé</translation>
    </message>
</context>
<context>
    <name>DestinationDialog</name>
    <message>
        <source>Transfer call</source>
        <translation>Transférer l&apos;appel</translation>
    </message>
    <message>
        <source>Conference call</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Destination number</source>
        <translation>Numéro de destination</translation>
    </message>
    <message>
        <source>Transfer &amp;now (single step)</source>
        <translation>Transférer &amp;immédiatement (en une étape)</translation>
    </message>
    <message>
        <source>Add &amp;now (single step)</source>
        <translation>Ajouter &amp;immédiatement (en une étape)</translation>
    </message>
    <message>
        <source>&amp;Consult first, then transfer</source>
        <translation>&amp;Consulter d&apos;abord, puis transférer</translation>
    </message>
    <message>
        <source>&amp;Consult first, then join</source>
        <translation>&amp;Consulter d&apos;abord, puis réunir</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination&#xa0;:</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <source>The server does not offer this on this call now</source>
        <translation>Le serveur ne le propose pas pour cet appel actuellement</translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <source>Dial pad</source>
        <translation>Clavier numérique</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Touche %1</translation>
    </message>
    <message>
        <source>DTMF digits sent</source>
        <translation>Chiffres DTMF envoyés</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Envoyé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DtmfStrip</name>
    <message>
        <source>Tones sent</source>
        <translation>Tonalités envoyées</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Mask tones</source>
        <translation>Masquer les tonalités</translation>
    </message>
    <message>
        <source>Show the tones you send on this call as dots, for PINs and card numbers; tones are never written to the log</source>
        <translation>Afficher les tonalités envoyées dans cet appel sous forme de points, pour les codes PIN et les numéros de carte&#xa0;; les tonalités ne sont jamais journalisées</translation>
    </message>
    <message>
        <source>Tones:</source>
        <translation>Tonalités&#xa0;:</translation>
    </message>
    <message>
        <source>Tones to %1:</source>
        <translation>Tonalités vers %1&#xa0;:</translation>
    </message>
    <message>
        <source>none sent</source>
        <translation>aucune envoyée</translation>
    </message>
    <message>
        <source>No tones sent on this call</source>
        <translation>Aucune tonalité envoyée dans cet appel</translation>
    </message>
    <message numerus="yes">
        <source>%n tone(s) sent, masked</source>
        <translation>
            <numerusform>%n tonalité envoyée, masquée</numerusform>
            <numerusform>%n tonalités envoyées, masquées</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>On: tones on this call show as dots</source>
        <translation>Activé&#xa0;: les tonalités de cet appel s&apos;affichent sous forme de points</translation>
    </message>
    <message>
        <source>Off: tones on this call show as digits</source>
        <translation>Désactivé&#xa0;: les tonalités de cet appel s&apos;affichent sous forme de chiffres</translation>
    </message>
    <message>
        <source>No call takes tones now</source>
        <translation>Aucun appel ne peut recevoir de tonalités pour le moment</translation>
    </message>
</context>
<context>
    <name>EmbeddedSimulator</name>
    <message>
        <source>the simulator&apos;s module is missing (%1)</source>
        <translation>le module du simulateur est absent (%1)</translation>
    </message>
    <message>
        <source>no loopback port to listen on</source>
        <translation>aucun port local sur lequel écouter</translation>
    </message>
</context>
<context>
    <name>ErrorWording</name>
    <message>
        <source>the caller has already hung up</source>
        <translation>l&apos;appelant a déjà raccroché</translation>
    </message>
    <message>
        <source>the other party has already hung up</source>
        <translation>le correspondant a déjà raccroché</translation>
    </message>
    <message>
        <source>%1 is busy; your caller is still on hold: Retrieve or try another number</source>
        <translation>%1 est occupé&#xa0;; votre appelant est toujours en attente&#xa0;: reprenez-le ou essayez un autre numéro</translation>
    </message>
    <message>
        <source>%1 is busy; try another number or again later</source>
        <translation>%1 est occupé&#xa0;; essayez un autre numéro ou réessayez plus tard</translation>
    </message>
    <message>
        <source>%1 is not a number that can be called: check it and try again</source>
        <translation>%1 n&apos;est pas un numéro joignable&#xa0;: vérifiez-le et réessayez</translation>
    </message>
    <message>
        <source>%1 cannot be called from this call now: it may be your own number or already in the call</source>
        <translation>%1 ne peut pas être appelé depuis cet appel pour le moment&#xa0;: c&apos;est peut-être votre propre numéro, ou il participe déjà à l&apos;appel</translation>
    </message>
    <message>
        <source>nothing was done: your session had expired and you are signed in again; check the call and try again</source>
        <translation>aucune action effectuée&#xa0;: votre session avait expiré et vous êtes de nouveau connecté&#xa0;; vérifiez l&apos;appel et réessayez</translation>
    </message>
    <message>
        <source>the server did not answer in time; the call will show what really happened once it answers</source>
        <translation>le serveur n&apos;a pas répondu à temps&#xa0;; l&apos;appel indiquera ce qui s&apos;est réellement passé dès qu&apos;il répondra</translation>
    </message>
    <message>
        <source>nothing was done: the server cannot be reached; check your connection</source>
        <translation>aucune action effectuée&#xa0;: le serveur est injoignable&#xa0;; vérifiez votre connexion</translation>
    </message>
    <message>
        <source>you are not allowed to do this; ask your supervisor</source>
        <translation>vous n&apos;êtes pas autorisé à le faire&#xa0;; adressez-vous à votre superviseur</translation>
    </message>
    <message>
        <source>the tones were not sent: the call cannot take tones now</source>
        <translation>les tonalités n&apos;ont pas été envoyées&#xa0;: l&apos;appel ne peut pas en recevoir pour le moment</translation>
    </message>
    <message>
        <source>not possible any more: the call changed meanwhile; check it and try again</source>
        <translation>plus possible&#xa0;: l&apos;appel a changé entre-temps&#xa0;; vérifiez-le et réessayez</translation>
    </message>
    <message>
        <source>nothing was done: the server had a problem; try again</source>
        <translation>aucune action effectuée&#xa0;: le serveur a rencontré un problème&#xa0;; réessayez</translation>
    </message>
    <message>
        <source>the tones were not sent: only 0-9, * and # can be sent</source>
        <translation>les tonalités n&apos;ont pas été envoyées&#xa0;: seuls 0-9, * et # peuvent être envoyés</translation>
    </message>
    <message>
        <source>the server did not accept the request; try again, and tell support if it happens again</source>
        <translation>le serveur n&apos;a pas accepté la demande&#xa0;; réessayez, et prévenez le support si cela se reproduit</translation>
    </message>
    <message>
        <source>the server refused it; try again</source>
        <translation>le serveur l&apos;a refusé&#xa0;; réessayez</translation>
    </message>
    <message>
        <source>the number</source>
        <translation>le numéro</translation>
    </message>
</context>
<context>
    <name>FreedesktopNotifier</name>
    <message>
        <source>No desktop notifications: no D-Bus session bus</source>
        <translation>Pas de notifications de bureau&#xa0;: aucun bus de session D-Bus</translation>
    </message>
    <message>
        <source>No desktop notifications: %1</source>
        <translation>Pas de notifications de bureau&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>GwsRequest</name>
    <message>
        <source>its key is not the pinned one (%1)</source>
        <translation>sa clé n&apos;est pas la clé épinglée (%1)</translation>
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
        <translation>Le serveur n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>Wrong user name or password</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect</translation>
    </message>
    <message>
        <source>Session expired (CSRF token rejected)</source>
        <translation>Session expirée (jeton CSRF refusé)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Serveur injoignable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>Serveur injoignable</translation>
    </message>
    <message>
        <source>Secure connection refused: the server&apos;s certificate is not trusted: %1</source>
        <translation>Connexion sécurisée refusée&#xa0;: le certificat du serveur n&apos;est pas approuvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Secure connection refused: the server&apos;s certificate is not trusted</source>
        <translation>Connexion sécurisée refusée&#xa0;: le certificat du serveur n&apos;est pas approuvé</translation>
    </message>
    <message>
        <source>Refused by the server: %1 (code %2, HTTP %3)</source>
        <translation>Refusé par le serveur&#xa0;: %1 (code %2, HTTP %3)</translation>
    </message>
    <message>
        <source>Refused by the server (code %1, HTTP %2)</source>
        <translation>Refusé par le serveur (code %1, HTTP %2)</translation>
    </message>
    <message>
        <source>Server error %1: %2</source>
        <translation>Erreur du serveur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Server error %1</source>
        <translation>Erreur du serveur %1</translation>
    </message>
    <message>
        <source>Refused by the server: %1 (code %2)</source>
        <translation>Refusé par le serveur&#xa0;: %1 (code %2)</translation>
    </message>
    <message>
        <source>Refused by the server (code %1)</source>
        <translation>Refusé par le serveur (code %1)</translation>
    </message>
    <message>
        <source>Unreadable answer from the server: %1</source>
        <translation>Réponse illisible du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unreadable answer from the server</source>
        <translation>Réponse illisible du serveur</translation>
    </message>
    <message>
        <source>The server asked to sign in on a web page instead of answering (HTTP %1: %2); check the server address or sign-in settings</source>
        <translation>Au lieu de répondre, le serveur demande de se connecter sur une page web (HTTP %1&#xa0;: %2)&#xa0;; vérifiez l&apos;adresse du serveur ou les paramètres de connexion</translation>
    </message>
    <message>
        <source>The server asked to sign in on a web page instead of answering (HTTP %1); check the server address or sign-in settings</source>
        <translation>Au lieu de répondre, le serveur demande de se connecter sur une page web (HTTP %1)&#xa0;; vérifiez l&apos;adresse du serveur ou les paramètres de connexion</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Décroché</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transféré</translation>
    </message>
    <message>
        <source>Conferenced</source>
        <translation>En conférence</translation>
    </message>
    <message>
        <source>%1 (outgoing)</source>
        <translation>%1 (sortant)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Temps de conversation</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Qualification</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Search number, name or case data</source>
        <translation>Rechercher un numéro, un nom ou des données du dossier</translation>
    </message>
    <message>
        <source>Search the call history</source>
        <translation>Rechercher dans l&apos;historique des appels</translation>
    </message>
    <message>
        <source>&amp;Missed only</source>
        <translation>&amp;Manqués uniquement</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Historique des appels</translation>
    </message>
    <message>
        <source>&amp;Call back</source>
        <translation>&amp;Rappeler</translation>
    </message>
    <message>
        <source>Dial the number of the selected call</source>
        <translation>Appeler le numéro de l&apos;appel sélectionné</translation>
    </message>
    <message>
        <source>C&amp;opy number</source>
        <translation>&amp;Copier le numéro</translation>
    </message>
    <message>
        <source>Copy the number of the selected call</source>
        <translation>Copier le numéro de l&apos;appel sélectionné</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the calls shown to a CSV file</source>
        <translation>Enregistrer les appels affichés dans un fichier CSV</translation>
    </message>
    <message>
        <source>Export the call history</source>
        <translation>Exporter l&apos;historique des appels</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not export the history to %1: %2</source>
        <translation>Impossible d&apos;exporter l&apos;historique vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The call history is not available: %1</source>
        <translation>L&apos;historique des appels n&apos;est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select a call in the history first</source>
        <translation>Sélectionnez d&apos;abord un appel dans l&apos;historique</translation>
    </message>
</context>
<context>
    <name>KeyboardCommands</name>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Command &amp;palette…</source>
        <translation>Palette de &amp;commandes…</translation>
    </message>
    <message>
        <source>Find any action, agent state or recent number by typing</source>
        <translation>Trouver une action, un statut d&apos;agent ou un numéro récent en tapant quelques lettres</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every action with its shortcut</source>
        <translation>Toutes les actions avec leur raccourci</translation>
    </message>
    <message>
        <source>&amp;Customize shortcuts…</source>
        <translation>&amp;Personnaliser les raccourcis…</translation>
    </message>
    <message>
        <source>Choose your own keys for the actions</source>
        <translation>Choisir vos propres touches pour les actions</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Transfer and conference</source>
        <translation>Transfert et conférence</translation>
    </message>
    <message>
        <source>Agent state</source>
        <translation>Statut de l&apos;agent</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Recent number</source>
        <translation>Numéro récent</translation>
    </message>
    <message>
        <source>Enter: to the number field · Ctrl+Enter: dial</source>
        <translation>Entrée&#xa0;: dans le champ du numéro · Ctrl+Entrée&#xa0;: appeler</translation>
    </message>
    <message>
        <source>Put %1 in the number field (Ctrl+Enter dials it)</source>
        <translation>Mettre %1 dans le champ du numéro (Ctrl+Entrée l&apos;appelle)</translation>
    </message>
    <message>
        <source>Change any shortcut with Help › Customize shortcuts.</source>
        <translation>Modifiez n&apos;importe quel raccourci avec Aide › Personnaliser les raccourcis.</translation>
    </message>
    <message>
        <source>%1 finds any action, agent state or recent number by typing. Change any shortcut with Help › Customize shortcuts.</source>
        <translation>%1 trouve une action, un statut d&apos;agent ou un numéro récent en tapant quelques lettres. Modifiez n&apos;importe quel raccourci avec Aide › Personnaliser les raccourcis.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>P&amp;lace (optional):</source>
        <translation>P&amp;oste (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Your usual place</source>
        <translation>Votre poste habituel</translation>
    </message>
    <message>
        <source>The place (desk) to log in at; leave empty for your default place</source>
        <translation>Le poste (bureau) sur lequel vous connecter&#xa0;; laissez vide pour votre poste par défaut</translation>
    </message>
    <message>
        <source>&amp;Remember me (in the system keychain)</source>
        <translation>Se &amp;souvenir de moi (dans le trousseau du système)</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Softphone (built-in simulator)</source>
        <translation>Softphone (simulateur intégré)</translation>
    </message>
    <message>
        <source>Softphone</source>
        <translation>Softphone</translation>
    </message>
    <message>
        <source>Number to dial</source>
        <translation>Numéro à appeler</translation>
    </message>
    <message>
        <source>Clear the number</source>
        <translation>Effacer le numéro</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Call controls</source>
        <translation>Commandes d&apos;appel</translation>
    </message>
    <message>
        <source>Transfer and conference</source>
        <translation>Transfert et conférence</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Appel</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;ffichage</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Reconnect now</source>
        <translation>&amp;Se reconnecter maintenant</translation>
    </message>
    <message>
        <source>Connect to the server again now and read your calls and state</source>
        <translation>Se reconnecter au serveur maintenant et relire vos appels et votre statut</translation>
    </message>
    <message>
        <source>Read &amp;everything again</source>
        <translation>Tout rechar&amp;ger</translation>
    </message>
    <message>
        <source>Read your calls, device and state from the server again</source>
        <translation>Relire depuis le serveur vos appels, votre téléphone et votre statut</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Keypad</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <source>Case data</source>
        <translation>Données du dossier</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Call &amp;history</source>
        <translation>&amp;Historique des appels</translation>
    </message>
    <message>
        <source>Call history: available once you are logged in</source>
        <translation>Historique des appels&#xa0;: disponible une fois connecté</translation>
    </message>
    <message numerus="yes">
        <source>History (%n missed)</source>
        <translation>
            <numerusform>Historique (%n manqué)</numerusform>
            <numerusform>Historique (%n manqués)</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message numerus="yes">
        <source>Call &amp;history (%n missed)</source>
        <translation>
            <numerusform>&amp;Historique des appels (%n manqué)</numerusform>
            <numerusform>&amp;Historique des appels (%n manqués)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or hide the call history</source>
        <translation>Afficher ou masquer l&apos;historique des appels</translation>
    </message>
    <message>
        <source>Quit the softphone?</source>
        <translation>Quitter le softphone&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>You have %n call(s) in progress. Quitting leaves them without you and logs you out.</source>
        <translation>
            <numerusform>Vous avez %n appel en cours. Si vous quittez, il continuera sans vous et vous serez déconnecté.</numerusform>
            <numerusform>Vous avez %n appels en cours. Si vous quittez, ils continueront sans vous et vous serez déconnecté.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Rester</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Reconnecting… next attempt in %1 s</source>
        <translation>Reconnexion… prochaine tentative dans %1&#xa0;s</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>Tones</source>
        <translation>Tonalités</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Call with %1: %2</source>
        <translation>Appel avec %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>OperationReason</name>
    <message>
        <source>wait: your phone device is not known yet</source>
        <translation>patientez&#xa0;: votre téléphone n&apos;est pas encore connu</translation>
    </message>
    <message>
        <source>wait: the number you dialled is still being placed</source>
        <translation>patientez&#xa0;: le numéro composé est encore en cours d&apos;appel</translation>
    </message>
    <message>
        <source>type a number first</source>
        <translation>saisissez d&apos;abord un numéro</translation>
    </message>
    <message>
        <source>nothing is ringing</source>
        <translation>aucun appel entrant</translation>
    </message>
    <message>
        <source>select a call first</source>
        <translation>sélectionnez d&apos;abord un appel</translation>
    </message>
    <message>
        <source>wait: the server has not answered the last request for this call</source>
        <translation>patientez&#xa0;: le serveur n&apos;a pas encore répondu à la dernière demande pour cet appel</translation>
    </message>
    <message>
        <source>select a participant row of a conference</source>
        <translation>sélectionnez la ligne d&apos;un participant à une conférence</translation>
    </message>
    <message>
        <source>you need a second call</source>
        <translation>il vous faut un deuxième appel</translation>
    </message>
    <message>
        <source>there is no consultation call</source>
        <translation>il n&apos;y a pas d&apos;appel de consultation</translation>
    </message>
    <message>
        <source>you are logged out</source>
        <translation>vous êtes déconnecté</translation>
    </message>
    <message>
        <source>wait: still signing in</source>
        <translation>patientez&#xa0;: connexion en cours</translation>
    </message>
    <message>
        <source>offline: reconnecting</source>
        <translation>hors ligne&#xa0;: reconnexion</translation>
    </message>
    <message>
        <source>offline: reconnecting now</source>
        <translation>hors ligne&#xa0;: reconnexion en cours</translation>
    </message>
    <message numerus="yes">
        <source>offline: reconnecting in %n s</source>
        <translation>
            <numerusform>hors ligne&#xa0;: reconnexion dans %n&#xa0;s</numerusform>
            <numerusform>hors ligne&#xa0;: reconnexion dans %n&#xa0;s</numerusform>
        </translation>
    </message>
    <message>
        <source>not connected: choose Reconnect now</source>
        <translation>non connecté&#xa0;: choisissez «&#xa0;Se reconnecter maintenant&#xa0;»</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>the server does not offer this on the ringing call now</source>
        <translation>le serveur ne le propose pas pour l&apos;appel entrant actuellement</translation>
    </message>
    <message>
        <source>the call is already on hold</source>
        <translation>l&apos;appel est déjà en attente</translation>
    </message>
    <message>
        <source>the call is not on hold</source>
        <translation>l&apos;appel n&apos;est pas en attente</translation>
    </message>
    <message>
        <source>the call is already muted</source>
        <translation>le micro est déjà coupé pour cet appel</translation>
    </message>
    <message>
        <source>the call is not muted</source>
        <translation>le micro n&apos;est pas coupé pour cet appel</translation>
    </message>
    <message>
        <source>the consulted party has not answered yet</source>
        <translation>le correspondant consulté n&apos;a pas encore répondu</translation>
    </message>
    <message>
        <source>select the connected call</source>
        <translation>sélectionnez l&apos;appel en communication</translation>
    </message>
    <message>
        <source>the other call has not been answered yet</source>
        <translation>personne n&apos;a encore répondu à l&apos;autre appel</translation>
    </message>
    <message>
        <source>answer the call first</source>
        <translation>répondez d&apos;abord à l&apos;appel</translation>
    </message>
    <message>
        <source>the other party has not answered yet</source>
        <translation>le correspondant n&apos;a pas encore répondu</translation>
    </message>
    <message>
        <source>the server does not offer this on a connected call now</source>
        <translation>le serveur ne le propose pas pour un appel en communication actuellement</translation>
    </message>
    <message>
        <source>the server does not offer this on a held call now</source>
        <translation>le serveur ne le propose pas pour un appel en attente actuellement</translation>
    </message>
    <message>
        <source>the call has ended</source>
        <translation>l&apos;appel est terminé</translation>
    </message>
    <message>
        <source>the server does not offer this on this call now</source>
        <translation>le serveur ne le propose pas pour cet appel actuellement</translation>
    </message>
</context>
<context>
    <name>Ringer</name>
    <message>
        <source>No audio output</source>
        <translation>Aucune sortie audio</translation>
    </message>
    <message>
        <source>%1 is not connected; ringing on %2</source>
        <translation>%1 n&apos;est pas branché&#xa0;; la sonnerie passe par %2</translation>
    </message>
    <message>
        <source>No audio output: the audio module is missing</source>
        <translation>Aucune sortie audio&#xa0;: le module audio est absent</translation>
    </message>
</context>
<context>
    <name>RingingAlerts</name>
    <message>
        <source>unknown caller</source>
        <translation>appelant inconnu</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Ringing: %1</source>
        <translation>Appel entrant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Appel entrant</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message numerus="yes">
        <source>Ringing: %1 (+%n more)</source>
        <translation>
            <numerusform>Appel entrant&#xa0;: %1 (+%n autre)</numerusform>
            <numerusform>Appel entrant&#xa0;: %1 (+%n autres)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Notifications: %1</source>
        <translation>Notifications&#xa0;: %1</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Starting the contact-center session</source>
        <translation>Ouverture de la session du centre de contact</translation>
    </message>
    <message>
        <source>Starting the contact-center session failed: %1</source>
        <translation>Échec de l&apos;ouverture de la session du centre de contact&#xa0;: %1</translation>
    </message>
    <message>
        <source>The contact-center session started with a warning: %1</source>
        <translation>La session du centre de contact s&apos;est ouverte avec un avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading your devices failed: %1</source>
        <translation>Échec de la lecture de vos téléphones&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading your calls failed: %1</source>
        <translation>Échec de la lecture de vos appels&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server reported an error: %1 (code %2)</source>
        <translation>Le serveur a signalé une erreur&#xa0;: %1 (code %2)</translation>
    </message>
    <message>
        <source>Signing in again</source>
        <translation>Reconnexion</translation>
    </message>
    <message>
        <source>Signing in again failed: %1. Next try in %2 s</source>
        <translation>Échec de la reconnexion&#xa0;: %1. Nouvelle tentative dans %2&#xa0;s</translation>
    </message>
    <message>
        <source>Notifications stopped: %1. Use Retry to connect again.</source>
        <translation>Notifications interrompues&#xa0;: %1. Utilisez «&#xa0;Se reconnecter maintenant&#xa0;» pour rétablir la connexion.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1&#xa0;: échec – %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Par défaut du système</translation>
    </message>
    <message>
        <source>The language of the softphone; it changes when you press OK</source>
        <translation>La langue du softphone&#xa0;; elle change lorsque vous appuyez sur OK</translation>
    </message>
    <message>
        <source>When a call rings</source>
        <translation>À l&apos;arrivée d&apos;un appel</translation>
    </message>
    <message>
        <source>Show an icon in the system &amp;tray</source>
        <translation>Afficher une &amp;icône dans la zone de notification</translation>
    </message>
    <message>
        <source>Agent state and ringing calls in the tray, with a menu to answer and change state</source>
        <translation>Statut de l&apos;agent et appels entrants dans la zone de notification, avec un menu pour répondre et changer de statut</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification with Answer and Decline</source>
        <translation>Afficher une notification de &amp;bureau avec Répondre et Refuser</translation>
    </message>
    <message>
        <source>Make the &amp;window&apos;s taskbar entry ask for attention</source>
        <translation>Signaler la fenêtre dans la barre des &amp;tâches</translation>
    </message>
    <message>
        <source>Show the &amp;caller in the window title</source>
        <translation>Afficher l&apos;a&amp;ppelant dans le titre de la fenêtre</translation>
    </message>
    <message>
        <source>Play a &amp;ring tone</source>
        <translation>Jouer une &amp;sonnerie</translation>
    </message>
    <message>
        <source>Ring tone</source>
        <translation>Sonnerie</translation>
    </message>
    <message>
        <source>Output device</source>
        <translation>Périphérique de sortie</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Also ring on</source>
        <translation>Sonner aussi sur</translation>
    </message>
    <message>
        <source>A second output that rings too, e.g. the speakers beside your headset</source>
        <translation>Une deuxième sortie qui sonne aussi, par exemple les haut-parleurs à côté de votre casque</translation>
    </message>
    <message>
        <source>No second device</source>
        <translation>Aucun deuxième périphérique</translation>
    </message>
    <message>
        <source>No audio output found: the ring tone cannot play.</source>
        <translation>Aucune sortie audio trouvée&#xa0;: la sonnerie ne peut pas être jouée.</translation>
    </message>
    <message>
        <source>&amp;Output device:</source>
        <translation>Pé&amp;riphérique de sortie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Volume&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Also ring on:</source>
        <translation>Sonner a&amp;ussi sur&#xa0;:</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>Case data keys with the caller&apos;s name</source>
        <translation>Clés des données du dossier contenant le nom de l&apos;appelant</translation>
    </message>
    <message>
        <source>Case data keys tried in order, separated by commas; the first that has a value names the caller</source>
        <translation>Clés des données du dossier essayées dans l&apos;ordre, séparées par des virgules&#xa0;; la première qui a une valeur donne le nom de l&apos;appelant</translation>
    </message>
    <message>
        <source>Name from case data &amp;keys:</source>
        <translation>&amp;Nom d&apos;après les clés du dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Historique des appels</translation>
    </message>
    <message>
        <source>Keep call history for this many days</source>
        <translation>Conserver l&apos;historique des appels pendant ce nombre de jours</translation>
    </message>
    <message>
        <source>Older calls are deleted from the history when you press OK and each time you log in</source>
        <translation>Les appels plus anciens sont supprimés de l&apos;historique lorsque vous appuyez sur OK et à chaque connexion</translation>
    </message>
    <message>
        <source>&amp;Keep call history for:</source>
        <translation>&amp;Conserver l&apos;historique pendant&#xa0;:</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>volume in percent</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <extracomment>After the number of days the history keeps calls: &quot;90 days&quot;</extracomment>
        <translation>
            <numerusform> jour</numerusform>
            <numerusform> jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (non branché)</translation>
    </message>
    <message numerus="yes">
        <source> min</source>
        <extracomment>After a number of minutes in the team board&apos;s thresholds: &quot;5 min&quot;</extracomment>
        <translation>
            <numerusform> min</numerusform>
            <numerusform> min</numerusform>
        </translation>
    </message>
    <message>
        <source>Team board: time in state</source>
        <translation>Tableau de l&apos;équipe&#xa0;: temps dans l&apos;état</translation>
    </message>
    <message>
        <source>A supervisor&apos;s team board marks agents who stay long in a state</source>
        <translation>Le tableau de l&apos;équipe d&apos;un superviseur signale les agents qui restent longtemps dans un état</translation>
    </message>
    <message>
        <source>Not Ready: warnin&amp;g after:</source>
        <translation>Non prêt&#xa0;: a&amp;vertir après&#xa0;:</translation>
    </message>
    <message>
        <source>Not Ready: alert a&amp;fter:</source>
        <translation>Non prêt&#xa0;: a&amp;lerter après&#xa0;:</translation>
    </message>
    <message>
        <source>After-call work: warn&amp;ing after:</source>
        <translation>Post-appel&#xa0;: ave&amp;rtir après&#xa0;:</translation>
    </message>
    <message>
        <source>After-call work: al&amp;ert after:</source>
        <translation>Post-appel&#xa0;: aler&amp;ter après&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ShortcutDialog</name>
    <message>
        <source>Customize shortcuts</source>
        <translation>Personnaliser les raccourcis</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Click a field and press the new keys. Keys alone are for function keys only; use Ctrl or Alt with a letter.</source>
        <translation>Cliquez dans un champ et appuyez sur les nouvelles touches. Une touche seule n&apos;est possible que pour les touches de fonction&#xa0;; utilisez Ctrl ou Alt avec une lettre.</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>The built-in shortcuts are back.</source>
        <translation>Les raccourcis d&apos;origine sont rétablis.</translation>
    </message>
    <message>
        <source>Shortcut for %1</source>
        <translation>Raccourci pour %1</translation>
    </message>
    <message>
        <source>no shortcut</source>
        <translation>aucun raccourci</translation>
    </message>
    <message>
        <source>%1 has no shortcut now.</source>
        <translation>%1 n&apos;a plus de raccourci.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>Le raccourci de %1 est maintenant %2.</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of %2. Give %2 another one first, or choose other keys for %3.</source>
        <translation>%1 est déjà le raccourci de %2. Donnez d&apos;abord un autre raccourci à %2, ou choisissez d&apos;autres touches pour %3.</translation>
    </message>
    <message>
        <source>%1 alone would type or move the cursor: use Ctrl or Alt with it, or a function key (F2…F12).</source>
        <translation>%1 seul saisirait du texte ou déplacerait le curseur&#xa0;: utilisez-le avec Ctrl ou Alt, ou choisissez une touche de fonction (F2…F12).</translation>
    </message>
    <message>
        <source>Clear the shortcut for %1</source>
        <translation>Effacer le raccourci de %1</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Actions and their shortcuts</source>
        <translation>Actions et leurs raccourcis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>&amp;Customize shortcuts…</source>
        <translation>&amp;Personnaliser les raccourcis…</translation>
    </message>
    <message>
        <source>no shortcut</source>
        <translation>aucun raccourci</translation>
    </message>
</context>
<context>
    <name>SidePanelScroll</name>
    <message>
        <source>Call details, keypad and case data</source>
        <translation>Détails de l&apos;appel, clavier et données du dossier</translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <source>Your account may not read the team list (the server gives it to the admin role only). You can still monitor an agent by number.</source>
        <translation>Votre compte ne peut pas lire la liste de l&apos;équipe (le serveur la réserve au rôle administrateur). Vous pouvez tout de même superviser un agent par son numéro.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1&#xa0;: échec – %2</translation>
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
            <numerusform>%1&#xa0;: %n agent</numerusform>
            <numerusform>%1&#xa0;: %n agents</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only these agents</source>
        <translation>N&apos;afficher que ces agents</translation>
    </message>
    <message>
        <source>Agents per state</source>
        <translation>Agents par état</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Show every agent</source>
        <translation>Afficher tous les agents</translation>
    </message>
</context>
<context>
    <name>TeamFilter</name>
    <message>
        <source>⚠ %1 long</source>
        <extracomment>Time in state past the warning threshold: &quot;⚠ 6:10 long&quot;</extracomment>
        <translation>⚠ %1 long</translation>
    </message>
    <message>
        <source>⛔ %1 very long</source>
        <extracomment>Time in state past the alert threshold: &quot;⛔ 16:10 very long&quot;</extracomment>
        <translation>⛔ %1 très long</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <source>No device</source>
        <translation>Aucun téléphone</translation>
    </message>
    <message>
        <source>%1 (DND)</source>
        <translation>%1 (Ne pas déranger)</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>Barged in</source>
        <translation>En intervention</translation>
    </message>
    <message>
        <source>Listening in</source>
        <translation>En écoute</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Not Ready</source>
        <translation>Non prêt</translation>
    </message>
    <message>
        <source>After Call Work</source>
        <translation>Post-appel</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>En communication</translation>
    </message>
    <message>
        <source>Logged Out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>%1 coaching</source>
        <translation>%1 coache</translation>
    </message>
    <message>
        <source>%1 barged in</source>
        <translation>%1 intervient</translation>
    </message>
    <message>
        <source>%1 listening</source>
        <translation>%1 écoute</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Sonnerie</translation>
    </message>
    <message>
        <source>Ringing: %1</source>
        <translation>Sonnerie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dialling</source>
        <translation>Numérotation</translation>
    </message>
    <message>
        <source>Dialling %1</source>
        <translation>Appel de %1</translation>
    </message>
    <message>
        <source>Held, %1</source>
        <translation>En attente, %1</translation>
    </message>
    <message>
        <source>Held: %1, %2</source>
        <translation>En attente&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>On a call, %1</source>
        <translation>En communication, %1</translation>
    </message>
    <message>
        <source>On a call with %1, %2</source>
        <translation>En communication avec %1, %2</translation>
    </message>
    <message>
        <source>Coaching: waiting for a call</source>
        <translation>Coaching&#xa0;: en attente d&apos;un appel</translation>
    </message>
    <message>
        <source>Barge in: waiting for a call</source>
        <translation>Intervention&#xa0;: en attente d&apos;un appel</translation>
    </message>
    <message>
        <source>Listening in: waiting for a call</source>
        <translation>Écoute&#xa0;: en attente d&apos;un appel</translation>
    </message>
    <message>
        <source>at least %1</source>
        <extracomment>Time in state whose start we did not see (the board opened, or reads failed)</extracomment>
        <translation>au moins %1</translation>
    </message>
    <message>
        <source>%1, number %2</source>
        <translation>%1, numéro %2</translation>
    </message>
    <message>
        <source>The state began before the board saw it: the time is at least this</source>
        <translation>L&apos;état a commencé avant que le tableau ne le voie&#xa0;: le temps est au moins celui-ci</translation>
    </message>
    <message>
        <source>Time in state</source>
        <translation>Temps dans l&apos;état</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Monitored</source>
        <translation>Supervisé</translation>
    </message>
</context>
<context>
    <name>TeamReader</name>
    <message>
        <source>Reading the team failed: %1. Still trying.</source>
        <translation>Lecture de l&apos;équipe impossible&#xa0;: %1. Nouvel essai en cours.</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Follow the call</source>
        <translation>Suivre l&apos;appel</translation>
    </message>
    <message>
        <source>Stay on the call wherever it goes, also after the agent transfers it</source>
        <translation>Rester sur l&apos;appel où qu&apos;il aille, même après son transfert par l&apos;agent</translation>
    </message>
    <message>
        <source>Stay with the agent</source>
        <translation>Rester avec l&apos;agent</translation>
    </message>
    <message>
        <source>Leave the call when the agent leaves it</source>
        <translation>Quitter l&apos;appel lorsque l&apos;agent le quitte</translation>
    </message>
    <message>
        <source>Monitoring scope</source>
        <translation>Portée de la supervision</translation>
    </message>
    <message>
        <source>Monitoring mode</source>
        <translation>Mode de supervision</translation>
    </message>
    <message>
        <source>Agent&apos;s number</source>
        <translation>Numéro de l&apos;agent</translation>
    </message>
    <message>
        <source>Number of the agent to monitor</source>
        <translation>Numéro de l&apos;agent à superviser</translation>
    </message>
    <message>
        <source>Monitor an agent by phone number instead of picking a row</source>
        <translation>Superviser un agent par son numéro de téléphone au lieu de choisir une ligne</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Tous les appels</translation>
    </message>
    <message>
        <source>Next call only</source>
        <translation>Prochain appel uniquement</translation>
    </message>
    <message>
        <source>&amp;Listen in</source>
        <translation>É&amp;couter</translation>
    </message>
    <message>
        <source>Hear the agent&apos;s call silently</source>
        <translation>Écouter l&apos;appel de l&apos;agent sans être entendu</translation>
    </message>
    <message>
        <source>C&amp;oach</source>
        <translation>C&amp;oacher</translation>
    </message>
    <message>
        <source>Speak to the agent only; the customer does not hear you</source>
        <translation>Parler uniquement à l&apos;agent&#xa0;; le client ne vous entend pas</translation>
    </message>
    <message>
        <source>&amp;Barge in</source>
        <translation>&amp;Intervenir</translation>
    </message>
    <message>
        <source>Join the call: everyone hears you</source>
        <translation>Rejoindre l&apos;appel&#xa0;: tout le monde vous entend</translation>
    </message>
    <message>
        <source>Stop &amp;monitoring</source>
        <translation>&amp;Arrêter la supervision</translation>
    </message>
    <message>
        <source>End the monitoring of the agent</source>
        <translation>Mettre fin à la supervision de l&apos;agent</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Portée&#xa0;:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A disabled monitoring control&apos;s tip: the action, then why, e.g. &quot;Coach: select an agent first&quot;</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>wait: the server has not answered your last request yet</source>
        <translation>patientez&#xa0;: le serveur n&apos;a pas encore répondu à votre dernière demande</translation>
    </message>
    <message>
        <source>you are doing this already</source>
        <translation>c&apos;est déjà le cas</translation>
    </message>
    <message>
        <source>select an agent first, or type their number</source>
        <translation>sélectionnez d&apos;abord un agent, ou saisissez son numéro</translation>
    </message>
    <message>
        <source>the server does not offer this on the monitored call</source>
        <translation>le serveur ne le propose pas pour l&apos;appel supervisé</translation>
    </message>
    <message>
        <source>you are not monitoring anyone</source>
        <translation>vous ne supervisez personne</translation>
    </message>
    <message>
        <source>Not monitoring</source>
        <translation>Aucune supervision</translation>
    </message>
    <message>
        <source>Mute the &amp;agent</source>
        <translation>Couper le micro de l&apos;&amp;agent</translation>
    </message>
    <message>
        <source>Take over the call: the customer no longer hears the agent</source>
        <translation>Reprendre l&apos;appel&#xa0;: le client n&apos;entend plus l&apos;agent</translation>
    </message>
    <message>
        <source>U&amp;nmute the agent</source>
        <translation>Rétablir le micro de l&apos;age&amp;nt</translation>
    </message>
    <message>
        <source>Let the customer hear the agent again</source>
        <translation>Le client entend de nouveau l&apos;agent</translation>
    </message>
    <message>
        <source>Enter listens in on the selected agent; the menu key offers every monitoring mode</source>
        <translation>Entrée écoute l&apos;agent sélectionné&#xa0;; la touche Menu propose tous les modes de supervision</translation>
    </message>
    <message>
        <source>Find an agent</source>
        <translation>Chercher un agent</translation>
    </message>
    <message>
        <source>Find an agent by name or number</source>
        <translation>Chercher un agent par nom ou numéro</translation>
    </message>
    <message>
        <source>Show only the agents whose name or number contains this text</source>
        <translation>N&apos;afficher que les agents dont le nom ou le numéro contient ce texte</translation>
    </message>
    <message>
        <source>Monitoring error</source>
        <translation>Erreur de supervision</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation>&amp;Portée</translation>
    </message>
    <message>
        <source>Mo&amp;de</source>
        <translation>Mo&amp;de</translation>
    </message>
    <message>
        <source>only during a monitored call</source>
        <translation>seulement pendant un appel supervisé</translation>
    </message>
    <message>
        <source>the agent is muted already</source>
        <translation>le micro de l&apos;agent est déjà coupé</translation>
    </message>
    <message>
        <source>the agent is not muted</source>
        <translation>le micro de l&apos;agent n&apos;est pas coupé</translation>
    </message>
    <message>
        <source>Coaching %1: waiting for a call</source>
        <translation>Coaching de %1&#xa0;: en attente d&apos;un appel</translation>
    </message>
    <message>
        <source>Coaching %1; the agent is muted</source>
        <translation>Coaching de %1&#xa0;; micro de l&apos;agent coupé</translation>
    </message>
    <message>
        <source>Coaching %1</source>
        <translation>Coaching de %1</translation>
    </message>
    <message>
        <source>Barging in on %1: waiting for a call</source>
        <translation>Intervention dans les appels de %1&#xa0;: en attente d&apos;un appel</translation>
    </message>
    <message>
        <source>Barged in on %1; the agent is muted</source>
        <translation>Intervention dans l&apos;appel de %1&#xa0;; micro de l&apos;agent coupé</translation>
    </message>
    <message>
        <source>Barged in on %1</source>
        <translation>Intervention dans l&apos;appel de %1</translation>
    </message>
    <message>
        <source>Listening in on %1: waiting for a call</source>
        <translation>Écoute de %1&#xa0;: en attente d&apos;un appel</translation>
    </message>
    <message>
        <source>Listening in on %1; the agent is muted</source>
        <translation>Écoute de %1&#xa0;; micro de l&apos;agent coupé</translation>
    </message>
    <message>
        <source>Listening in on %1</source>
        <translation>Écoute de %1</translation>
    </message>
    <message>
        <source>This server does not report the agents&apos; calls: the board shows their states only.</source>
        <translation>Ce serveur ne signale pas les appels des agents&#xa0;: le tableau n&apos;affiche que leurs états.</translation>
    </message>
    <message>
        <source>Applies to the next monitoring you start</source>
        <translation>S’applique à la prochaine supervision que vous lancerez</translation>
    </message>
    <message>
        <source>Started as: %1, %2</source>
        <extracomment>The second line of the monitoring status: the scope and the mode it was started with, e.g. &quot;Started as: Stay with the agent, Next call only&quot;</extracomment>
        <translation>Lancée ainsi&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Started as: %1</source>
        <extracomment>The second line of the monitoring status: the scope or the mode it was started with</extracomment>
        <translation>Lancée ainsi&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>issued to %1 by %2, valid %3 to %4, SHA-256 fingerprint %5, key pin %6</source>
        <translation>délivré à %1 par %2, valide du %3 au %4, empreinte SHA-256 %5, épinglage de clé %6</translation>
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
        <translation>&amp;Afficher le softphone</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Unknown state</source>
        <translation>Statut inconnu</translation>
    </message>
    <message>
        <source>%1, Do Not Disturb</source>
        <translation>%1, Ne pas déranger</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>En communication</translation>
    </message>
    <message>
        <source>Ringing: %1</source>
        <translation>Appel entrant&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Missed calls: %n</source>
        <translation>
            <numerusform>Appels manqués&#xa0;: %n</numerusform>
            <numerusform>Appels manqués&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Call &amp;history (%n missed)</source>
        <translation>
            <numerusform>&amp;Historique des appels (%n manqué)</numerusform>
            <numerusform>&amp;Historique des appels (%n manqués)</numerusform>
        </translation>
    </message>
    <message>
        <source>Call &amp;history</source>
        <translation>&amp;Historique des appels</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>&apos;+&apos; is only allowed at the start.</source>
        <translation>«&#xa0;+&#xa0;» n&apos;est autorisé qu&apos;au début.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not allowed in a phone number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas autorisé dans un numéro de téléphone.</translation>
    </message>
    <message>
        <source>Enter a number to dial.</source>
        <translation>Saisissez un numéro à appeler.</translation>
    </message>
    <message>
        <source>The number is too long (at most %1).</source>
        <translation>Le numéro est trop long (%1 au maximum).</translation>
    </message>
    <message>
        <source>Enter the digits to send.</source>
        <translation>Saisissez les chiffres à envoyer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a DTMF digit.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un chiffre DTMF.</translation>
    </message>
</context>
<context>
    <name>WindowTitle</name>
    <message numerus="yes">
        <source>(%n missed) %1</source>
        <comment>window title</comment>
        <translation>
            <numerusform>(%n manqué) %1</numerusform>
            <numerusform>(%n manqués) %1</numerusform>
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
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Suivi nécessaire</translation>
    </message>
    <message>
        <source>Callback requested</source>
        <translation>Rappel demandé</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladé</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Faux numéro</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Done: the call is still going; wrap it up when it ends</source>
        <translation>Terminé&#xa0;: l&apos;appel est toujours en cours&#xa0;; clôturez-le quand il sera terminé</translation>
    </message>
    <message>
        <source>Done: there is no call to wrap up</source>
        <translation>Terminé&#xa0;: aucun appel à clôturer</translation>
    </message>
    <message>
        <source>Done: choose a disposition first</source>
        <translation>Terminé&#xa0;: choisissez d&apos;abord une qualification</translation>
    </message>
</context>
<context>
    <name>WrapUpCard</name>
    <message>
        <source>Wrap-up</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>Wrap-up of the last call</source>
        <translation>Clôture du dernier appel</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Notes on the call</source>
        <translation>Notes sur l&apos;appel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>D&amp;isposition:</source>
        <translation>&amp;Qualification&#xa0;:</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Dismiss the wrap-up message</source>
        <translation>Ignorer le message de clôture</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Notes on the current call</source>
        <translation>Notes sur l&apos;appel en cours</translation>
    </message>
    <message>
        <source>Wrap-up (1 of %1)</source>
        <translation>Clôture (1 sur %1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, on the call now: what you note here is attached to the call</source>
        <translation>%1, en communication&#xa0;: ce que vous notez ici est associé à l&apos;appel</translation>
    </message>
    <message>
        <source>%1: %2, talked %3, on hold %4</source>
        <translation>%1&#xa0;: %2, conversation %3, attente %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Save the wrap-up and close it (Ctrl+Return)</source>
        <translation>Enregistrer la clôture et la fermer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>%1 (Ctrl+Return)</source>
        <translation>%1 (Ctrl+Entrée)</translation>
    </message>
</context>
<context>
    <name>WrapUpSync</name>
    <message>
        <source>The notes could not be attached to the call (%1: %2). They are kept on this computer.</source>
        <translation>Les notes n&apos;ont pas pu être associées à l&apos;appel (%1&#xa0;: %2). Elles sont conservées sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The disposition was not sent to the server: you are offline. It is kept in your history.</source>
        <translation>La qualification n&apos;a pas été envoyée au serveur&#xa0;: vous êtes hors ligne. Elle est conservée dans votre historique.</translation>
    </message>
    <message>
        <source>The disposition &quot;%1&quot; did not reach the server (%2: %3). It is kept in your history.</source>
        <translation>La qualification «&#xa0;%1&#xa0;» n&apos;est pas parvenue au serveur (%2&#xa0;: %3). Elle est conservée dans votre historique.</translation>
    </message>
</context>
</TS>
