<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AfterCallClock</name>
    <message>
        <source>After-call work</source>
        <translation>Trabajo posterior a la llamada</translation>
    </message>
    <message>
        <source>E&amp;xtend +%1</source>
        <translation>&amp;Ampliar +%1</translation>
    </message>
    <message>
        <source>Extend after-call work</source>
        <translation>Ampliar el trabajo posterior a la llamada</translation>
    </message>
    <message>
        <source>Done: back to %1</source>
        <translation>Finalizar: volver a %1</translation>
    </message>
    <message>
        <source>Adds %1 to the time left</source>
        <translation>Añade %1 al tiempo restante</translation>
    </message>
    <message>
        <source>Ends at %1</source>
        <translation>Hora de fin: %1</translation>
    </message>
    <message>
        <source>After-call work: %1 left</source>
        <translation>Trabajo posterior a la llamada: quedan %1</translation>
    </message>
</context>
<context>
    <name>AfterCallWork</name>
    <message>
        <source>Extend: you are not in after-call work</source>
        <translation>Ampliar: no está en trabajo posterior a la llamada</translation>
    </message>
    <message>
        <source>Extend: this after-call work has no time limit</source>
        <translation>Ampliar: este trabajo posterior a la llamada no tiene límite de tiempo</translation>
    </message>
    <message>
        <source>Extend: not connected to the server</source>
        <translation>Ampliar: sin conexión con el servidor</translation>
    </message>
    <message>
        <source>Extend: asking the server...</source>
        <translation>Ampliar: consultando al servidor...</translation>
    </message>
    <message>
        <source>Extending your after-call work failed: %1</source>
        <translation>No se pudo ampliar su trabajo posterior a la llamada: %1</translation>
    </message>
    <message>
        <source>not connected to the server</source>
        <translation>sin conexión con el servidor</translation>
    </message>
    <message>
        <source>another change of state is under way</source>
        <translation>ya hay otro cambio de estado en curso</translation>
    </message>
    <message>
        <source>Could not return you to %1: %2. Your wrap-up is kept: press Done to try again.</source>
        <translation>No se pudo volver a %1: %2. Su cierre se conserva: pulse Finalizar para volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>AgentAvailability</name>
    <message>
        <source>the connection to the server was lost</source>
        <translation>se perdió la conexión con el servidor</translation>
    </message>
    <message>
        <source>Changing your state (%1) failed: %2</source>
        <translation>No se pudo cambiar su estado (%1): %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Ha fallado %1: %2</translation>
    </message>
</context>
<context>
    <name>AgentState</name>
    <message>
        <source>Ready</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Logged Out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>After Call Work</source>
        <translation>Trabajo posterior a la llamada</translation>
    </message>
    <message>
        <source>Aux Work</source>
        <translation>Trabajo auxiliar</translation>
    </message>
    <message>
        <source>Not Ready - %1</source>
        <translation>No disponible – %1</translation>
    </message>
    <message>
        <source>Not Ready</source>
        <translation>No disponible</translation>
    </message>
</context>
<context>
    <name>AgentStateActions</name>
    <message>
        <source>Do Not Disturb</source>
        <translation>No molestar</translation>
    </message>
    <message>
        <source>wait: your phone device is not known yet</source>
        <translation>espere: aún no se conoce su teléfono</translation>
    </message>
    <message>
        <source>wait: the server has not answered your last change yet</source>
        <translation>espere: el servidor aún no ha confirmado su último cambio</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A disabled agent-state control&apos;s tip: the state, then why, e.g. &quot;Ready: offline: reconnecting&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>you are in this state already</source>
        <translation>ya está en este estado</translation>
    </message>
    <message>
        <source>Set your state to %1</source>
        <translation>Cambiar su estado a %1</translation>
    </message>
    <message>
        <source>the server does not offer it on your phone now</source>
        <translation>el servidor no lo ofrece ahora en su teléfono</translation>
    </message>
    <message>
        <source>Take calls on this device again</source>
        <translation>Volver a recibir llamadas en este teléfono</translation>
    </message>
    <message>
        <source>Take no calls on this device, whatever your state</source>
        <translation>No recibir llamadas en este teléfono, sea cual sea su estado</translation>
    </message>
</context>
<context>
    <name>AgentStateButton</name>
    <message>
        <source>Agent state</source>
        <translation>Estado del agente</translation>
    </message>
    <message>
        <source>Unknown state</source>
        <translation>Estado desconocido</translation>
    </message>
    <message>
        <source>%1, Do Not Disturb</source>
        <translation>%1, No molestar</translation>
    </message>
    <message>
        <source>On a call; your state: %1</source>
        <translation>En llamada; su estado: %1</translation>
    </message>
    <message>
        <source>%1 for %2. Click to change your state.</source>
        <translation>%1 desde hace %2. Haga clic para cambiar su estado.</translation>
    </message>
    <message>
        <source>%1. Click to change your state.</source>
        <translation>%1. Haga clic para cambiar su estado.</translation>
    </message>
    <message>
        <source>● On a call  (Do Not Disturb)</source>
        <extracomment>The agent-state button: a dot in the state&apos;s colour, then the state</extracomment>
        <translation>● En llamada  (No molestar)</translation>
    </message>
    <message>
        <source>● On a call</source>
        <translation>● En llamada</translation>
    </message>
    <message>
        <source>Agent state: %1, less than a minute</source>
        <translation>Estado del agente: %1, menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>Agent state: %1, %n minute(s)</source>
        <translation>
            <numerusform>Estado del agente: %1, %n minuto</numerusform>
            <numerusform>Estado del agente: %1, %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. It cannot be changed now: %2</source>
        <translation>%1. No se puede cambiar ahora: %2</translation>
    </message>
    <message>
        <source>● %1  (Do Not Disturb)</source>
        <translation>● %1  (No molestar)</translation>
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
        <translation>Softphone de agente para Genesys Web Services. Sin --server funciona con un simulador integrado, con la sesión iniciada como agent1.</translation>
    </message>
    <message>
        <source>GWS base URL, e.g. https://gws.example.com:8443</source>
        <translation>URL base de GWS, p. ej. https://gws.example.com:8443</translation>
    </message>
    <message>
        <source>User name (password from SOFTPHONE_PASSWORD or asked)</source>
        <translation>Nombre de usuario (contraseña de SOFTPHONE_PASSWORD o solicitada)</translation>
    </message>
    <message>
        <source>Save a PNG of the window once logged in, then quit</source>
        <translation>Guardar un PNG de la ventana tras iniciar sesión y después salir</translation>
    </message>
    <message>
        <source>Milliseconds to wait before the screenshot</source>
        <translation>Milisegundos de espera antes de la captura de pantalla</translation>
    </message>
    <message>
        <source>Embedded simulator: no random demo calls</source>
        <translation>Simulador integrado: sin llamadas de demostración aleatorias</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file</source>
        <translation>Confiar también en los certificados de CA de este archivo PEM</translation>
    </message>
    <message>
        <source>Print &quot;ready &lt;ms&gt;&quot; on stderr once the window is shown and the session online</source>
        <translation>Escribir «ready &lt;ms&gt;» en stderr cuando la ventana se muestre y la sesión esté en línea</translation>
    </message>
    <message>
        <source>Log in at this place (default: the agent&apos;s own)</source>
        <translation>Iniciar sesión en este puesto (predeterminado: el del propio agente)</translation>
    </message>
    <message>
        <source>Quitting does not end the contact-center session</source>
        <translation>Al salir no se cierra la sesión del centro de contacto</translation>
    </message>
    <message>
        <source>Accept the server only with this public-key pin (base64 SHA-256 of its SubjectPublicKeyInfo, as curl --pinnedpubkey); repeatable</source>
        <translation>Aceptar el servidor solo con este pin de clave pública (SHA-256 en base64 de su SubjectPublicKeyInfo, como curl --pinnedpubkey); se puede repetir</translation>
    </message>
    <message>
        <source>What to show before the screenshot: window, answer (answer the ringing call first), wrapup (answer; the far side ends the call), palette, history</source>
        <translation>Qué mostrar antes de la captura: window, answer (contestar primero la llamada entrante), wrapup (contestar; el otro extremo termina la llamada), palette, history</translation>
    </message>
    <message>
        <source>Not an http(s) URL: %1</source>
        <translation>No es una URL http(s): %1</translation>
    </message>
    <message>
        <source>--user needs --server</source>
        <translation>--user requiere --server</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>No PEM certificate found in %1</source>
        <translation>No se encontró ningún certificado PEM en %1</translation>
    </message>
    <message>
        <source>Password not remembered: %1</source>
        <translation>Contraseña no guardada: %1</translation>
    </message>
    <message>
        <source>Cannot start the built-in simulator: %1</source>
        <translation>No se puede iniciar el simulador integrado: %1</translation>
    </message>
</context>
<context>
    <name>CallActions</name>
    <message>
        <source>&amp;Dial</source>
        <translation>&amp;Marcar</translation>
    </message>
    <message>
        <source>Call the number in the number field</source>
        <translation>Llamar al número del campo de número</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Contestar</translation>
    </message>
    <message>
        <source>Answer the ringing call</source>
        <translation>Contestar la llamada entrante</translation>
    </message>
    <message>
        <source>Hang &amp;up</source>
        <translation>Col&amp;gar</translation>
    </message>
    <message>
        <source>End the selected call</source>
        <translation>Terminar la llamada seleccionada</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Retener</translation>
    </message>
    <message>
        <source>Put the selected call on hold</source>
        <translation>Poner en espera la llamada seleccionada</translation>
    </message>
    <message>
        <source>&amp;Retrieve</source>
        <translation>Rec&amp;uperar</translation>
    </message>
    <message>
        <source>Take the held call back</source>
        <translation>Recuperar la llamada en espera</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>S&amp;ilenciar</translation>
    </message>
    <message>
        <source>Stop sending your voice</source>
        <translation>Dejar de enviar su voz</translation>
    </message>
    <message>
        <source>Un&amp;mute</source>
        <translation>Quitar s&amp;ilencio</translation>
    </message>
    <message>
        <source>Send your voice again</source>
        <translation>Volver a enviar su voz</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Transferir…</translation>
    </message>
    <message>
        <source>Hand the call over to another number at once</source>
        <translation>Pasar la llamada a otro número de inmediato</translation>
    </message>
    <message>
        <source>Consult &amp;transfer…</source>
        <translation>Consultar y trans&amp;ferir…</translation>
    </message>
    <message>
        <source>Talk to the destination first, then hand the call over</source>
        <translation>Hablar primero con el destino y después pasarle la llamada</translation>
    </message>
    <message>
        <source>Complete trans&amp;fer</source>
        <translation>&amp;Pasar llamada</translation>
    </message>
    <message>
        <source>Connect the caller with the consulted party and leave</source>
        <translation>Conectar al llamante con el consultado y salir de la llamada</translation>
    </message>
    <message>
        <source>&amp;Conference…</source>
        <translation>C&amp;onferencia…</translation>
    </message>
    <message>
        <source>Add another number to the call at once</source>
        <translation>Añadir otro número a la llamada de inmediato</translation>
    </message>
    <message>
        <source>Consult c&amp;onference…</source>
        <translation>Conferencia con consu&amp;lta…</translation>
    </message>
    <message>
        <source>Talk to the new party first, then join everyone</source>
        <translation>Hablar primero con el nuevo participante y después unir a todos</translation>
    </message>
    <message>
        <source>Complete conf&amp;erence</source>
        <translation>Unir a conf&amp;erencia</translation>
    </message>
    <message>
        <source>Join the consulted party into the call</source>
        <translation>Unir al consultado a la llamada</translation>
    </message>
    <message>
        <source>Cancel co&amp;nsult</source>
        <translation>Cancelar co&amp;nsulta</translation>
    </message>
    <message>
        <source>Hang up the consult call and take the caller back</source>
        <translation>Colgar la llamada de consulta y recuperar al llamante</translation>
    </message>
    <message>
        <source>Remo&amp;ve participant</source>
        <translation>&amp;Quitar participante</translation>
    </message>
    <message>
        <source>Drop the selected participant from the conference</source>
        <translation>Quitar de la conferencia al participante seleccionado</translation>
    </message>
    <message>
        <source>S&amp;wap</source>
        <translation>&amp;Alternar</translation>
    </message>
    <message>
        <source>Hold this call and take the other one</source>
        <translation>Poner esta llamada en espera y recuperar la otra</translation>
    </message>
    <message>
        <source>Mer&amp;ge calls</source>
        <translation>Unir llama&amp;das</translation>
    </message>
    <message>
        <source>Join your two calls into one conference</source>
        <translation>Unir sus dos llamadas en una conferencia</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A disabled control&apos;s tip: the action, then why, e.g. &quot;Swap: you need a second call&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Contestar a %1</translation>
    </message>
    <message>
        <source>&amp;Answer %1</source>
        <translation>&amp;Contestar a %1</translation>
    </message>
</context>
<context>
    <name>CallAnnouncements</name>
    <message>
        <source>unknown caller</source>
        <translation>llamante desconocido</translation>
    </message>
    <message>
        <source>Call with %1 ended</source>
        <translation>Llamada con %1 finalizada</translation>
    </message>
    <message>
        <source>Call from %1</source>
        <translation>Llamada de %1</translation>
    </message>
    <message>
        <source>Call from %1 answered</source>
        <translation>Llamada de %1 contestada</translation>
    </message>
    <message>
        <source>Consultation with %1 answered</source>
        <translation>Consulta con %1 contestada</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1 ha contestado</translation>
    </message>
    <message>
        <source>Call with %1 retrieved</source>
        <translation>Llamada con %1 recuperada</translation>
    </message>
    <message>
        <source>Call with %1 on hold</source>
        <translation>Llamada con %1 en espera</translation>
    </message>
    <message>
        <source>%1 joined the call</source>
        <translation>%1 se ha unido a la llamada</translation>
    </message>
    <message>
        <source>%1 left the call</source>
        <translation>%1 ha salido de la llamada</translation>
    </message>
    <message>
        <source>Connected to the server again</source>
        <translation>Conectado de nuevo al servidor</translation>
    </message>
    <message>
        <source>Connection to the server lost</source>
        <translation>Se perdió la conexión con el servidor</translation>
    </message>
    <message>
        <source>Your state: %1</source>
        <translation>Su estado: %1</translation>
    </message>
    <message>
        <source>Do Not Disturb on</source>
        <translation>No molestar activado</translation>
    </message>
    <message>
        <source>Do Not Disturb off</source>
        <translation>No molestar desactivado</translation>
    </message>
    <message>
        <source>A supervisor is listening or coaching on the call with %1</source>
        <translation>Un supervisor escucha o asesora en la llamada con %1</translation>
    </message>
</context>
<context>
    <name>CallCard</name>
    <message>
        <source>Call card</source>
        <translation>Ficha de la llamada</translation>
    </message>
    <message>
        <source>On the call</source>
        <translation>En la llamada</translation>
    </message>
    <message>
        <source>No call selected</source>
        <translation>Ninguna llamada seleccionada</translation>
    </message>
    <message>
        <source>Inbound call</source>
        <translation>Llamada entrante</translation>
    </message>
    <message>
        <source>Consultation call</source>
        <translation>Llamada de consulta</translation>
    </message>
    <message>
        <source>Outbound call</source>
        <translation>Llamada saliente</translation>
    </message>
    <message>
        <source>Internal call</source>
        <translation>Llamada interna</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Ringing for %1</source>
        <translation>Sonando desde hace %1</translation>
    </message>
    <message>
        <source>Calling for %1</source>
        <translation>Llamando desde hace %1</translation>
    </message>
    <message>
        <source>Talking %1</source>
        <translation>En conversación %1</translation>
    </message>
    <message>
        <source>⚠ On hold %1 - very long: take the caller back</source>
        <translation>⚠ En espera %1 – demasiado tiempo: recupere al llamante</translation>
    </message>
    <message>
        <source>⚠ On hold %1 - long</source>
        <translation>⚠ En espera %1 – mucho tiempo</translation>
    </message>
    <message>
        <source>On hold %1</source>
        <translation>En espera %1</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>State unknown</source>
        <translation>Estado desconocido</translation>
    </message>
    <message>
        <source>Call time %1</source>
        <translation>Tiempo de llamada %1</translation>
    </message>
    <message>
        <source>◉ You are listening in</source>
        <translation>◉ Está escuchando</translation>
    </message>
    <message>
        <source>◉ You are coaching: only the agent hears you</source>
        <translation>◉ Está asesorando: solo el agente le oye</translation>
    </message>
    <message>
        <source>◉ You barged in: everyone hears you</source>
        <translation>◉ Ha intervenido: todos le oyen</translation>
    </message>
    <message>
        <source>◉ You are monitoring this call</source>
        <translation>◉ Está supervisando esta llamada</translation>
    </message>
    <message>
        <source>; the agent is muted</source>
        <translation>; el agente tiene el micrófono silenciado</translation>
    </message>
    <message>
        <source>calling you</source>
        <translation>le está llamando</translation>
    </message>
    <message>
        <source>being called</source>
        <translation>sonando</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>connected, without you</source>
        <translation>conectado, sin usted</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>You (%1)</source>
        <translation>Usted (%1)</translation>
    </message>
    <message>
        <source>%1, supervising</source>
        <translation>%1, supervisando</translation>
    </message>
    <message>
        <source>%1, conference owner</source>
        <translation>%1, anfitrión de la conferencia</translation>
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
        <translation>Anfitrión de la conferencia: otro participante</translation>
    </message>
    <message numerus="yes">
        <source>Conference: you and %n others</source>
        <translation>
            <numerusform>Conferencia: usted y %n persona más</numerusform>
            <numerusform>Conferencia: usted y %n personas más</numerusform>
        </translation>
    </message>
    <message>
        <source>Monitored call · %1</source>
        <translation>Llamada supervisada · %1</translation>
    </message>
    <message>
        <source>◉ Supervisor listening or coaching (the caller does not hear them)</source>
        <translation>◉ Un supervisor escucha o asesora (el cliente no lo oye)</translation>
    </message>
    <message>
        <source>an agent</source>
        <translation>un agente</translation>
    </message>
    <message>
        <source>Monitoring %1 (listening)</source>
        <translation>Supervisando a %1 (escuchando)</translation>
    </message>
    <message>
        <source>Monitoring %1 (coaching)</source>
        <translation>Supervisando a %1 (asesorando)</translation>
    </message>
    <message>
        <source>Monitoring %1 (barged in)</source>
        <translation>Supervisando a %1 (intervención)</translation>
    </message>
    <message>
        <source>Monitoring %1</source>
        <translation>Supervisando a %1</translation>
    </message>
</context>
<context>
    <name>CallController</name>
    <message>
        <source>Cannot dial: no device is assigned to you yet</source>
        <translation>No se puede marcar: aún no tiene ningún teléfono asignado</translation>
    </message>
    <message>
        <source>A call is already being dialled; wait until it shows</source>
        <translation>Ya se está marcando una llamada; espere a que aparezca</translation>
    </message>
    <message>
        <source>Dial failed: %1</source>
        <translation>No se pudo marcar: %1</translation>
    </message>
    <message>
        <source>%1 was not sent: your session had expired. Signed in again; please check the call and retry.</source>
        <translation>%1 no se envió: su sesión había caducado. Se ha vuelto a iniciar sesión; compruebe la llamada y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1: the server did not answer in time; the call will be shown as the server has it once it answers again</source>
        <translation>%1: el servidor no respondió a tiempo; la llamada se mostrará tal como la tiene el servidor en cuanto vuelva a responder</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Ha fallado %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n DTMF tone(s) failed: %1</source>
        <translation>
            <numerusform>No se pudo enviar %n tono DTMF: %1</numerusform>
            <numerusform>No se pudieron enviar %n tonos DTMF: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallErrorBar</name>
    <message>
        <source>Call problem</source>
        <translation>Problema con la llamada</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <extracomment>A problem with a call, as shown beside it: the warning sign, then the message</extracomment>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Show the technical text of this problem</source>
        <translation>Mostrar el texto técnico de este problema</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar este mensaje</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalles técnicos</translation>
    </message>
</context>
<context>
    <name>CallModel</name>
    <message>
        <source>Ringing</source>
        <translation>Sonando</translation>
    </message>
    <message>
        <source>Dialing</source>
        <translation>Marcando</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>%1 (muted)</source>
        <translation>%1 (silenciada)</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interna</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Participante %1</translation>
    </message>
    <message>
        <source>%1 call with %2: %3</source>
        <translation>Llamada con %2 (%1): %3</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Interlocutor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Monitoring (listening)</source>
        <translation>Supervisión (escucha)</translation>
    </message>
    <message>
        <source>Monitoring (coaching)</source>
        <translation>Supervisión (asesoría)</translation>
    </message>
    <message>
        <source>Monitoring (barged in)</source>
        <translation>Supervisión (intervención)</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Supervisión</translation>
    </message>
    <message>
        <source>%1, the call with %2: %3</source>
        <translation>%1, llamada con %2: %3</translation>
    </message>
</context>
<context>
    <name>CaseDataPanel</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Case data</source>
        <translation>Datos del caso</translation>
    </message>
    <message>
        <source>New case data key</source>
        <translation>Nueva clave de datos del caso</translation>
    </message>
    <message>
        <source>New case data value</source>
        <translation>Nuevo valor de datos del caso</translation>
    </message>
    <message>
        <source>Attach this key and value to the call</source>
        <translation>Adjuntar esta clave y este valor a la llamada</translation>
    </message>
    <message>
        <source>New case data cannot be added now: select a call that takes it</source>
        <translation>Ahora no se pueden añadir datos del caso: seleccione una llamada que los admita</translation>
    </message>
</context>
<context>
    <name>CometdClient</name>
    <message>
        <source>The server&apos;s key is not the pinned one (%1)</source>
        <translation>La clave del servidor no es la fijada (%1)</translation>
    </message>
    <message>
        <source>The server took too long to answer a notification request</source>
        <translation>El servidor tardó demasiado en responder a una solicitud de notificaciones</translation>
    </message>
    <message>
        <source>Notification reply too large; ignored</source>
        <translation>Respuesta de notificaciones demasiado grande; se ignora</translation>
    </message>
    <message>
        <source>Notification channel lost: %1</source>
        <translation>Se perdió el canal de notificaciones: %1</translation>
    </message>
    <message>
        <source>Notification request refused (HTTP %1)</source>
        <translation>Solicitud de notificaciones rechazada (HTTP %1)</translation>
    </message>
    <message>
        <source>Notification request redirected (HTTP %1): a sign-in page?</source>
        <translation>Solicitud de notificaciones redirigida (HTTP %1): ¿una página de inicio de sesión?</translation>
    </message>
    <message>
        <source>A web page came where notifications were expected: a sign-in page?</source>
        <translation>Llegó una página web en lugar de notificaciones: ¿una página de inicio de sesión?</translation>
    </message>
    <message>
        <source>Unreadable notification reply</source>
        <translation>Respuesta de notificaciones ilegible</translation>
    </message>
    <message>
        <source>Handshake refused: %1</source>
        <translation>Handshake rechazado: %1</translation>
    </message>
    <message>
        <source>Handshake reply missing</source>
        <translation>Falta la respuesta al handshake</translation>
    </message>
    <message>
        <source>Subscription refused: %1</source>
        <translation>Suscripción rechazada: %1</translation>
    </message>
    <message>
        <source>The server closed the notification channel and asked not to reconnect</source>
        <translation>El servidor cerró el canal de notificaciones y pidió no volver a conectar</translation>
    </message>
    <message>
        <source>Notification session ended by the server</source>
        <translation>El servidor terminó la sesión de notificaciones</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Paleta de comandos</translation>
    </message>
    <message>
        <source>Type an action, a state or a number</source>
        <translation>Escriba una acción, un estado o un número</translation>
    </message>
    <message>
        <source>Find an action, state or number</source>
        <translation>Buscar una acción, un estado o un número</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Nada coincide con «%1»</translation>
    </message>
</context>
<context>
    <name>ConsultBar</name>
    <message>
        <source>the caller</source>
        <translation>el llamante</translation>
    </message>
    <message>
        <source>Consulting %1 about the call with %2 (on hold)</source>
        <translation>Consultando a %1 sobre la llamada con %2 (en espera)</translation>
    </message>
</context>
<context>
    <name>DeskAlerts</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>How a ringing call is shown and heard</source>
        <translation>Cómo se muestra y se oye una llamada entrante</translation>
    </message>
</context>
<context>
    <name>DestinationDialog</name>
    <message>
        <source>Transfer call</source>
        <translation>Transferir llamada</translation>
    </message>
    <message>
        <source>Conference call</source>
        <translation>Llamada de conferencia</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Destination number</source>
        <translation>Número de destino</translation>
    </message>
    <message>
        <source>Transfer &amp;now (single step)</source>
        <translation>Transferir &amp;ahora (en un paso)</translation>
    </message>
    <message>
        <source>Add &amp;now (single step)</source>
        <translation>Añadir &amp;ahora (en un paso)</translation>
    </message>
    <message>
        <source>&amp;Consult first, then transfer</source>
        <translation>&amp;Consultar primero y después transferir</translation>
    </message>
    <message>
        <source>&amp;Consult first, then join</source>
        <translation>&amp;Consultar primero y después unir</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferencia</translation>
    </message>
    <message>
        <source>The server does not offer this on this call now</source>
        <translation>El servidor no ofrece esto ahora en esta llamada</translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <source>Dial pad</source>
        <translation>Teclado de marcación</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Tecla %1</translation>
    </message>
    <message>
        <source>DTMF digits sent</source>
        <translation>Dígitos DTMF enviados</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Enviados: %1</translation>
    </message>
</context>
<context>
    <name>DtmfStrip</name>
    <message>
        <source>Tones sent</source>
        <translation>Tonos enviados</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Mask tones</source>
        <translation>Ocultar tonos</translation>
    </message>
    <message>
        <source>Show the tones you send on this call as dots, for PINs and card numbers; tones are never written to the log</source>
        <translation>Mostrar como puntos los tonos que envía en esta llamada, para PIN y números de tarjeta; los tonos nunca se escriben en el registro</translation>
    </message>
    <message>
        <source>Tones:</source>
        <translation>Tonos:</translation>
    </message>
    <message>
        <source>Tones to %1:</source>
        <translation>Tonos a %1:</translation>
    </message>
    <message>
        <source>none sent</source>
        <translation>ninguno enviado</translation>
    </message>
    <message>
        <source>No tones sent on this call</source>
        <translation>No se han enviado tonos en esta llamada</translation>
    </message>
    <message numerus="yes">
        <source>%n tone(s) sent, masked</source>
        <translation>
            <numerusform>%n tono enviado, oculto</numerusform>
            <numerusform>%n tonos enviados, ocultos</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Enviados: %1</translation>
    </message>
    <message>
        <source>On: tones on this call show as dots</source>
        <translation>Activado: los tonos de esta llamada se muestran como puntos</translation>
    </message>
    <message>
        <source>Off: tones on this call show as digits</source>
        <translation>Desactivado: los tonos de esta llamada se muestran como dígitos</translation>
    </message>
    <message>
        <source>No call takes tones now</source>
        <translation>Ninguna llamada admite tonos ahora</translation>
    </message>
</context>
<context>
    <name>EmbeddedSimulator</name>
    <message>
        <source>the simulator&apos;s module is missing (%1)</source>
        <translation>falta el módulo del simulador (%1)</translation>
    </message>
    <message>
        <source>no loopback port to listen on</source>
        <translation>no hay ningún puerto de loopback en el que escuchar</translation>
    </message>
</context>
<context>
    <name>ErrorWording</name>
    <message>
        <source>the caller has already hung up</source>
        <translation>el llamante ya ha colgado</translation>
    </message>
    <message>
        <source>the other party has already hung up</source>
        <translation>el interlocutor ya ha colgado</translation>
    </message>
    <message>
        <source>%1 is busy; your caller is still on hold: Retrieve or try another number</source>
        <translation>%1 está ocupado; su llamante sigue en espera: pulse Recuperar o pruebe otro número</translation>
    </message>
    <message>
        <source>%1 is busy; try another number or again later</source>
        <translation>%1 está ocupado; pruebe otro número o vuelva a intentarlo más tarde</translation>
    </message>
    <message>
        <source>%1 is not a number that can be called: check it and try again</source>
        <translation>%1 no es un número al que se pueda llamar: compruébelo y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>%1 cannot be called from this call now: it may be your own number or already in the call</source>
        <translation>No se puede llamar a %1 desde esta llamada ahora: puede ser su propio número o estar ya en la llamada</translation>
    </message>
    <message>
        <source>nothing was done: your session had expired and you are signed in again; check the call and try again</source>
        <translation>no se hizo nada: su sesión había caducado y se ha vuelto a iniciar; compruebe la llamada y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>the server did not answer in time; the call will show what really happened once it answers</source>
        <translation>el servidor no respondió a tiempo; la llamada mostrará lo que ocurrió realmente en cuanto responda</translation>
    </message>
    <message>
        <source>nothing was done: the server cannot be reached; check your connection</source>
        <translation>no se hizo nada: no se puede acceder al servidor; compruebe su conexión</translation>
    </message>
    <message>
        <source>you are not allowed to do this; ask your supervisor</source>
        <translation>no tiene permiso para hacer esto; consulte a su supervisor</translation>
    </message>
    <message>
        <source>the tones were not sent: the call cannot take tones now</source>
        <translation>los tonos no se enviaron: la llamada no admite tonos en este momento</translation>
    </message>
    <message>
        <source>not possible any more: the call changed meanwhile; check it and try again</source>
        <translation>ya no es posible: la llamada ha cambiado entretanto; compruébela y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>nothing was done: the server had a problem; try again</source>
        <translation>no se hizo nada: el servidor tuvo un problema; vuelva a intentarlo</translation>
    </message>
    <message>
        <source>the tones were not sent: only 0-9, * and # can be sent</source>
        <translation>los tonos no se enviaron: solo se pueden enviar 0-9, * y #</translation>
    </message>
    <message>
        <source>the server did not accept the request; try again, and tell support if it happens again</source>
        <translation>el servidor no aceptó la solicitud; vuelva a intentarlo y avise al soporte si vuelve a ocurrir</translation>
    </message>
    <message>
        <source>the server refused it; try again</source>
        <translation>el servidor lo rechazó; vuelva a intentarlo</translation>
    </message>
    <message>
        <source>the number</source>
        <translation>el número</translation>
    </message>
</context>
<context>
    <name>FreedesktopNotifier</name>
    <message>
        <source>No desktop notifications: no D-Bus session bus</source>
        <translation>Sin notificaciones de escritorio: no hay bus de sesión D-Bus</translation>
    </message>
    <message>
        <source>No desktop notifications: %1</source>
        <translation>Sin notificaciones de escritorio: %1</translation>
    </message>
</context>
<context>
    <name>GwsRequest</name>
    <message>
        <source>its key is not the pinned one (%1)</source>
        <translation>su clave no es la fijada (%1)</translation>
    </message>
</context>
<context>
    <name>GwsResult</name>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>El servidor no respondió a tiempo</translation>
    </message>
    <message>
        <source>Wrong user name or password</source>
        <translation>Nombre de usuario o contraseña incorrectos</translation>
    </message>
    <message>
        <source>Session expired (CSRF token rejected)</source>
        <translation>Sesión caducada (token CSRF rechazado)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>No se puede acceder al servidor: %1</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>No se puede acceder al servidor</translation>
    </message>
    <message>
        <source>Secure connection refused: the server&apos;s certificate is not trusted: %1</source>
        <translation>Conexión segura rechazada: el certificado del servidor no es de confianza: %1</translation>
    </message>
    <message>
        <source>Secure connection refused: the server&apos;s certificate is not trusted</source>
        <translation>Conexión segura rechazada: el certificado del servidor no es de confianza</translation>
    </message>
    <message>
        <source>Refused by the server: %1 (code %2, HTTP %3)</source>
        <translation>Rechazado por el servidor: %1 (código %2, HTTP %3)</translation>
    </message>
    <message>
        <source>Refused by the server (code %1, HTTP %2)</source>
        <translation>Rechazado por el servidor (código %1, HTTP %2)</translation>
    </message>
    <message>
        <source>Server error %1: %2</source>
        <translation>Error del servidor %1: %2</translation>
    </message>
    <message>
        <source>Server error %1</source>
        <translation>Error del servidor %1</translation>
    </message>
    <message>
        <source>Refused by the server: %1 (code %2)</source>
        <translation>Rechazado por el servidor: %1 (código %2)</translation>
    </message>
    <message>
        <source>Refused by the server (code %1)</source>
        <translation>Rechazado por el servidor (código %1)</translation>
    </message>
    <message>
        <source>Unreadable answer from the server: %1</source>
        <translation>Respuesta ilegible del servidor: %1</translation>
    </message>
    <message>
        <source>Unreadable answer from the server</source>
        <translation>Respuesta ilegible del servidor</translation>
    </message>
    <message>
        <source>The server asked to sign in on a web page instead of answering (HTTP %1: %2); check the server address or sign-in settings</source>
        <translation>En lugar de responder, el servidor pidió iniciar sesión en una página web (HTTP %1: %2); compruebe la dirección del servidor o la configuración de inicio de sesión</translation>
    </message>
    <message>
        <source>The server asked to sign in on a web page instead of answering (HTTP %1); check the server address or sign-in settings</source>
        <translation>En lugar de responder, el servidor pidió iniciar sesión en una página web (HTTP %1); compruebe la dirección del servidor o la configuración de inicio de sesión</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Contestada</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferida</translation>
    </message>
    <message>
        <source>Conferenced</source>
        <translation>En conferencia</translation>
    </message>
    <message>
        <source>%1 (outgoing)</source>
        <translation>%1 (saliente)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Tiempo de conversación</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Tipificación</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Search number, name or case data</source>
        <translation>Buscar número, nombre o datos del caso</translation>
    </message>
    <message>
        <source>Search the call history</source>
        <translation>Buscar en el historial de llamadas</translation>
    </message>
    <message>
        <source>&amp;Missed only</source>
        <translation>Solo &amp;perdidas</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Historial de llamadas</translation>
    </message>
    <message>
        <source>&amp;Call back</source>
        <translation>&amp;Devolver llamada</translation>
    </message>
    <message>
        <source>Dial the number of the selected call</source>
        <translation>Marcar el número de la llamada seleccionada</translation>
    </message>
    <message>
        <source>C&amp;opy number</source>
        <translation>&amp;Copiar número</translation>
    </message>
    <message>
        <source>Copy the number of the selected call</source>
        <translation>Copiar el número de la llamada seleccionada</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exportar a CSV…</translation>
    </message>
    <message>
        <source>Save the calls shown to a CSV file</source>
        <translation>Guardar las llamadas mostradas en un archivo CSV</translation>
    </message>
    <message>
        <source>Export the call history</source>
        <translation>Exportar el historial de llamadas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not export the history to %1: %2</source>
        <translation>No se pudo exportar el historial a %1: %2</translation>
    </message>
    <message>
        <source>The call history is not available: %1</source>
        <translation>El historial de llamadas no está disponible: %1</translation>
    </message>
    <message>
        <source>Select a call in the history first</source>
        <translation>Seleccione primero una llamada del historial</translation>
    </message>
</context>
<context>
    <name>KeyboardCommands</name>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Command &amp;palette…</source>
        <translation>Paleta de &amp;comandos…</translation>
    </message>
    <message>
        <source>Find any action, agent state or recent number by typing</source>
        <translation>Encontrar cualquier acción, estado del agente o número reciente escribiendo</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Every action with its shortcut</source>
        <translation>Todas las acciones con su atajo</translation>
    </message>
    <message>
        <source>&amp;Customize shortcuts…</source>
        <translation>&amp;Personalizar atajos…</translation>
    </message>
    <message>
        <source>Choose your own keys for the actions</source>
        <translation>Elegir sus propias teclas para las acciones</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Transfer and conference</source>
        <translation>Transferencia y conferencia</translation>
    </message>
    <message>
        <source>Agent state</source>
        <translation>Estado del agente</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Supervisión</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Recent number</source>
        <translation>Número reciente</translation>
    </message>
    <message>
        <source>Enter: to the number field · Ctrl+Enter: dial</source>
        <translation>Intro: al campo de número · Ctrl+Intro: marcar</translation>
    </message>
    <message>
        <source>Put %1 in the number field (Ctrl+Enter dials it)</source>
        <translation>Poner %1 en el campo de número (Ctrl+Intro lo marca)</translation>
    </message>
    <message>
        <source>Change any shortcut with Help › Customize shortcuts.</source>
        <translation>Puede cambiar cualquier atajo en Ayuda › Personalizar atajos.</translation>
    </message>
    <message>
        <source>%1 finds any action, agent state or recent number by typing. Change any shortcut with Help › Customize shortcuts.</source>
        <translation>%1 encuentra cualquier acción, estado del agente o número reciente escribiendo. Puede cambiar cualquier atajo en Ayuda › Personalizar atajos.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to %1</source>
        <translation>Iniciar sesión en %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>P&amp;lace (optional):</source>
        <translation>&amp;Puesto (opcional):</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Your usual place</source>
        <translation>Su puesto habitual</translation>
    </message>
    <message>
        <source>The place (desk) to log in at; leave empty for your default place</source>
        <translation>El puesto (mesa) en el que inicia sesión; déjelo vacío para usar su puesto predeterminado</translation>
    </message>
    <message>
        <source>&amp;Remember me (in the system keychain)</source>
        <translation>&amp;Recordarme (en el llavero del sistema)</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Softphone (built-in simulator)</source>
        <translation>Softphone (simulador integrado)</translation>
    </message>
    <message>
        <source>Softphone</source>
        <translation>Softphone</translation>
    </message>
    <message>
        <source>Number to dial</source>
        <translation>Número que marcar</translation>
    </message>
    <message>
        <source>Clear the number</source>
        <translation>Borrar el número</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Call controls</source>
        <translation>Controles de llamada</translation>
    </message>
    <message>
        <source>Transfer and conference</source>
        <translation>Transferencia y conferencia</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Llamada</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Reconnect now</source>
        <translation>Reconectar a&amp;hora</translation>
    </message>
    <message>
        <source>Connect to the server again now and read your calls and state</source>
        <translation>Volver a conectar ahora con el servidor y leer sus llamadas y su estado</translation>
    </message>
    <message>
        <source>Read &amp;everything again</source>
        <translation>&amp;Volver a leer todo</translation>
    </message>
    <message>
        <source>Read your calls, device and state from the server again</source>
        <translation>Volver a leer del servidor sus llamadas, su teléfono y su estado</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Keypad</source>
        <translation>Teclado</translation>
    </message>
    <message>
        <source>Case data</source>
        <translation>Datos del caso</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Call &amp;history</source>
        <translation>&amp;Historial de llamadas</translation>
    </message>
    <message>
        <source>Call history: available once you are logged in</source>
        <translation>Historial de llamadas: disponible cuando haya iniciado sesión</translation>
    </message>
    <message numerus="yes">
        <source>History (%n missed)</source>
        <translation>
            <numerusform>Historial (%n perdida)</numerusform>
            <numerusform>Historial (%n perdidas)</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message numerus="yes">
        <source>Call &amp;history (%n missed)</source>
        <translation>
            <numerusform>&amp;Historial de llamadas (%n perdida)</numerusform>
            <numerusform>&amp;Historial de llamadas (%n perdidas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or hide the call history</source>
        <translation>Mostrar u ocultar el historial de llamadas</translation>
    </message>
    <message>
        <source>Quit the softphone?</source>
        <translation>¿Salir del softphone?</translation>
    </message>
    <message numerus="yes">
        <source>You have %n call(s) in progress. Quitting leaves them without you and logs you out.</source>
        <translation>
            <numerusform>Tiene %n llamada en curso. Si sale, la abandonará y se cerrará su sesión.</numerusform>
            <numerusform>Tiene %n llamadas en curso. Si sale, las abandonará y se cerrará su sesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Quedarse</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Reconnecting… next attempt in %1 s</source>
        <translation>Reconectando… próximo intento en %1 s</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Tones</source>
        <translation>Tonos</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Call with %1: %2</source>
        <translation>Llamada con %1: %2</translation>
    </message>
</context>
<context>
    <name>OperationReason</name>
    <message>
        <source>wait: your phone device is not known yet</source>
        <translation>espere: aún no se conoce su teléfono</translation>
    </message>
    <message>
        <source>wait: the number you dialled is still being placed</source>
        <translation>espere: todavía se está marcando el número</translation>
    </message>
    <message>
        <source>type a number first</source>
        <translation>escriba primero un número</translation>
    </message>
    <message>
        <source>nothing is ringing</source>
        <translation>no hay ninguna llamada entrante</translation>
    </message>
    <message>
        <source>select a call first</source>
        <translation>seleccione primero una llamada</translation>
    </message>
    <message>
        <source>wait: the server has not answered the last request for this call</source>
        <translation>espere: el servidor aún no ha respondido a la última solicitud de esta llamada</translation>
    </message>
    <message>
        <source>select a participant row of a conference</source>
        <translation>seleccione la fila de un participante de una conferencia</translation>
    </message>
    <message>
        <source>you need a second call</source>
        <translation>necesita una segunda llamada</translation>
    </message>
    <message>
        <source>there is no consultation call</source>
        <translation>no hay ninguna llamada de consulta</translation>
    </message>
    <message>
        <source>you are logged out</source>
        <translation>no ha iniciado sesión</translation>
    </message>
    <message>
        <source>wait: still signing in</source>
        <translation>espere: todavía se está iniciando sesión</translation>
    </message>
    <message>
        <source>offline: reconnecting</source>
        <translation>sin conexión: reconectando</translation>
    </message>
    <message>
        <source>offline: reconnecting now</source>
        <translation>sin conexión: reconectando ahora</translation>
    </message>
    <message numerus="yes">
        <source>offline: reconnecting in %n s</source>
        <translation>
            <numerusform>sin conexión: reconexión en %n s</numerusform>
            <numerusform>sin conexión: reconexión en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>not connected: choose Reconnect now</source>
        <translation>sin conexión: elija Reconectar ahora</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>the server does not offer this on the ringing call now</source>
        <translation>el servidor no ofrece esto ahora en la llamada entrante</translation>
    </message>
    <message>
        <source>the call is already on hold</source>
        <translation>la llamada ya está en espera</translation>
    </message>
    <message>
        <source>the call is not on hold</source>
        <translation>la llamada no está en espera</translation>
    </message>
    <message>
        <source>the call is already muted</source>
        <translation>la llamada ya está silenciada</translation>
    </message>
    <message>
        <source>the call is not muted</source>
        <translation>la llamada no está silenciada</translation>
    </message>
    <message>
        <source>the consulted party has not answered yet</source>
        <translation>el consultado aún no ha contestado</translation>
    </message>
    <message>
        <source>select the connected call</source>
        <translation>seleccione la llamada conectada</translation>
    </message>
    <message>
        <source>the other call has not been answered yet</source>
        <translation>la otra llamada aún no se ha contestado</translation>
    </message>
    <message>
        <source>answer the call first</source>
        <translation>conteste primero la llamada</translation>
    </message>
    <message>
        <source>the other party has not answered yet</source>
        <translation>el interlocutor aún no ha contestado</translation>
    </message>
    <message>
        <source>the server does not offer this on a connected call now</source>
        <translation>el servidor no ofrece esto ahora en una llamada conectada</translation>
    </message>
    <message>
        <source>the server does not offer this on a held call now</source>
        <translation>el servidor no ofrece esto ahora en una llamada en espera</translation>
    </message>
    <message>
        <source>the call has ended</source>
        <translation>la llamada ha terminado</translation>
    </message>
    <message>
        <source>the server does not offer this on this call now</source>
        <translation>el servidor no ofrece esto ahora en esta llamada</translation>
    </message>
</context>
<context>
    <name>Ringer</name>
    <message>
        <source>No audio output</source>
        <translation>Sin salida de audio</translation>
    </message>
    <message>
        <source>%1 is not connected; ringing on %2</source>
        <translation>%1 no está conectado; suena en %2</translation>
    </message>
    <message>
        <source>No audio output: the audio module is missing</source>
        <translation>Sin salida de audio: falta el módulo de audio</translation>
    </message>
</context>
<context>
    <name>RingingAlerts</name>
    <message>
        <source>unknown caller</source>
        <translation>llamante desconocido</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Ringing: %1</source>
        <translation>Sonando: %1</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Llamada entrante</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Contestar</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message numerus="yes">
        <source>Ringing: %1 (+%n more)</source>
        <translation>
            <numerusform>Sonando: %1 (+%n más)</numerusform>
            <numerusform>Sonando: %1 (+%n más)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Notifications: %1</source>
        <translation>Notificaciones: %1</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>el inicio de sesión</translation>
    </message>
    <message>
        <source>Starting the contact-center session</source>
        <translation>el inicio de la sesión del centro de contacto</translation>
    </message>
    <message>
        <source>Starting the contact-center session failed: %1</source>
        <translation>No se pudo iniciar la sesión del centro de contacto: %1</translation>
    </message>
    <message>
        <source>The contact-center session started with a warning: %1</source>
        <translation>La sesión del centro de contacto se inició con una advertencia: %1</translation>
    </message>
    <message>
        <source>Reading your devices failed: %1</source>
        <translation>No se pudieron leer sus teléfonos: %1</translation>
    </message>
    <message>
        <source>Reading your calls failed: %1</source>
        <translation>No se pudieron leer sus llamadas: %1</translation>
    </message>
    <message>
        <source>The server reported an error: %1 (code %2)</source>
        <translation>El servidor informó de un error: %1 (código %2)</translation>
    </message>
    <message>
        <source>Signing in again</source>
        <translation>el nuevo inicio de sesión</translation>
    </message>
    <message>
        <source>Signing in again failed: %1. Next try in %2 s</source>
        <translation>No se pudo volver a iniciar sesión: %1. Próximo intento en %2 s</translation>
    </message>
    <message>
        <source>Notifications stopped: %1. Use Retry to connect again.</source>
        <translation>Notificaciones detenidas: %1. Use Reconectar ahora para volver a conectar.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Ha fallado %1: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>The language of the softphone; it changes when you press OK</source>
        <translation>El idioma del softphone; cambia al pulsar Aceptar</translation>
    </message>
    <message>
        <source>When a call rings</source>
        <translation>Cuando suena una llamada</translation>
    </message>
    <message>
        <source>Show an icon in the system &amp;tray</source>
        <translation>Mostrar un icono en la &amp;bandeja del sistema</translation>
    </message>
    <message>
        <source>Agent state and ringing calls in the tray, with a menu to answer and change state</source>
        <translation>Estado del agente y llamadas entrantes en la bandeja, con un menú para contestar y cambiar de estado</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification with Answer and Decline</source>
        <translation>Mostrar una &amp;notificación de escritorio con Contestar y Rechazar</translation>
    </message>
    <message>
        <source>Make the &amp;window&apos;s taskbar entry ask for attention</source>
        <translation>Resaltar la &amp;ventana en la barra de tareas</translation>
    </message>
    <message>
        <source>Show the &amp;caller in the window title</source>
        <translation>Mostrar el &amp;llamante en el título de la ventana</translation>
    </message>
    <message>
        <source>Play a &amp;ring tone</source>
        <translation>Reproducir un &amp;tono de llamada</translation>
    </message>
    <message>
        <source>Ring tone</source>
        <translation>Tono de llamada</translation>
    </message>
    <message>
        <source>Output device</source>
        <translation>Dispositivo de salida</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Also ring on</source>
        <translation>Sonar también en</translation>
    </message>
    <message>
        <source>A second output that rings too, e.g. the speakers beside your headset</source>
        <translation>Una segunda salida que también suena, p. ej. los altavoces junto a sus auriculares</translation>
    </message>
    <message>
        <source>No second device</source>
        <translation>Ningún segundo dispositivo</translation>
    </message>
    <message>
        <source>No audio output found: the ring tone cannot play.</source>
        <translation>No se encontró ninguna salida de audio: no se puede reproducir el tono de llamada.</translation>
    </message>
    <message>
        <source>&amp;Output device:</source>
        <translation>&amp;Dispositivo de salida:</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>Vol&amp;umen:</translation>
    </message>
    <message>
        <source>&amp;Also ring on:</source>
        <translation>&amp;Sonar también en:</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Llamante</translation>
    </message>
    <message>
        <source>Case data keys with the caller&apos;s name</source>
        <translation>Claves de datos del caso con el nombre del llamante</translation>
    </message>
    <message>
        <source>Case data keys tried in order, separated by commas; the first that has a value names the caller</source>
        <translation>Claves de datos del caso que se prueban en orden, separadas por comas; la primera que tenga un valor da el nombre del llamante</translation>
    </message>
    <message>
        <source>Name from case data &amp;keys:</source>
        <translation>Nombre según las &amp;claves de datos del caso:</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Historial de llamadas</translation>
    </message>
    <message>
        <source>Keep call history for this many days</source>
        <translation>Conservar el historial de llamadas este número de días</translation>
    </message>
    <message>
        <source>Older calls are deleted from the history when you press OK and each time you log in</source>
        <translation>Las llamadas más antiguas se borran del historial al pulsar Aceptar y cada vez que inicia sesión</translation>
    </message>
    <message>
        <source>&amp;Keep call history for:</source>
        <translation>&amp;Guardar el historial durante:</translation>
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
            <numerusform> día</numerusform>
            <numerusform> días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (no conectado)</translation>
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
        <translation>Panel del equipo: tiempo en estado</translation>
    </message>
    <message>
        <source>A supervisor&apos;s team board marks agents who stay long in a state</source>
        <translation>El panel del equipo de un supervisor marca a los agentes que llevan mucho tiempo en un estado</translation>
    </message>
    <message>
        <source>Not Ready: warnin&amp;g after:</source>
        <translation>No disponible: a&amp;visar después de:</translation>
    </message>
    <message>
        <source>Not Ready: alert a&amp;fter:</source>
        <translation>No disponible: a&amp;lertar después de:</translation>
    </message>
    <message>
        <source>After-call work: warn&amp;ing after:</source>
        <translation>Trabajo posterior: avi&amp;sar después de:</translation>
    </message>
    <message>
        <source>After-call work: al&amp;ert after:</source>
        <translation>Trabajo posterior: alertar &amp;tras:</translation>
    </message>
</context>
<context>
    <name>ShortcutDialog</name>
    <message>
        <source>Customize shortcuts</source>
        <translation>Personalizar atajos</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Atajos</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Click a field and press the new keys. Keys alone are for function keys only; use Ctrl or Alt with a letter.</source>
        <translation>Haga clic en un campo y pulse las nuevas teclas. Sin Ctrl ni Alt solo se admiten teclas de función; use Ctrl o Alt con una letra.</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Restablecer valores predeterminados</translation>
    </message>
    <message>
        <source>The built-in shortcuts are back.</source>
        <translation>Se han restablecido los atajos predeterminados.</translation>
    </message>
    <message>
        <source>Shortcut for %1</source>
        <translation>Atajo para %1</translation>
    </message>
    <message>
        <source>no shortcut</source>
        <translation>sin atajo</translation>
    </message>
    <message>
        <source>%1 has no shortcut now.</source>
        <translation>%1 ya no tiene atajo.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>El atajo de %1 es ahora %2.</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of %2. Give %2 another one first, or choose other keys for %3.</source>
        <translation>%1 ya es el atajo de %2. Asigne primero otro a %2 o elija otras teclas para %3.</translation>
    </message>
    <message>
        <source>%1 alone would type or move the cursor: use Ctrl or Alt with it, or a function key (F2…F12).</source>
        <translation>%1 por sí sola escribiría o movería el cursor: combínela con Ctrl o Alt, o use una tecla de función (F2…F12).</translation>
    </message>
    <message>
        <source>Clear the shortcut for %1</source>
        <translation>Borrar el atajo de %1</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Actions and their shortcuts</source>
        <translation>Acciones y sus atajos</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>&amp;Customize shortcuts…</source>
        <translation>&amp;Personalizar atajos…</translation>
    </message>
    <message>
        <source>no shortcut</source>
        <translation>sin atajo</translation>
    </message>
</context>
<context>
    <name>SidePanelScroll</name>
    <message>
        <source>Call details, keypad and case data</source>
        <translation>Detalles de la llamada, teclado y datos del caso</translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <source>Your account may not read the team list (the server gives it to the admin role only). You can still monitor an agent by number.</source>
        <translation>Su cuenta no puede leer la lista del equipo (el servidor solo se la da al rol de administrador). Aun así, puede supervisar a un agente por su número.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Ha fallado %1: %2</translation>
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
            <numerusform>%1: %n agente</numerusform>
            <numerusform>%1: %n agentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only these agents</source>
        <translation>Mostrar solo estos agentes</translation>
    </message>
    <message>
        <source>Agents per state</source>
        <translation>Agentes por estado</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Show every agent</source>
        <translation>Mostrar todos los agentes</translation>
    </message>
</context>
<context>
    <name>TeamFilter</name>
    <message>
        <source>⚠ %1 long</source>
        <extracomment>Time in state past the warning threshold: &quot;⚠ 6:10 long&quot;</extracomment>
        <translation>⚠ %1 largo</translation>
    </message>
    <message>
        <source>⛔ %1 very long</source>
        <extracomment>Time in state past the alert threshold: &quot;⛔ 16:10 very long&quot;</extracomment>
        <translation>⛔ %1 muy largo</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <source>No device</source>
        <translation>Sin teléfono</translation>
    </message>
    <message>
        <source>%1 (DND)</source>
        <translation>%1 (No molestar)</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Asesorando</translation>
    </message>
    <message>
        <source>Barged in</source>
        <translation>Interviniendo</translation>
    </message>
    <message>
        <source>Listening in</source>
        <translation>Escuchando</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Not Ready</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>After Call Work</source>
        <translation>Trabajo posterior a la llamada</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>En llamada</translation>
    </message>
    <message>
        <source>Logged Out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>%1 coaching</source>
        <translation>%1 asesorando</translation>
    </message>
    <message>
        <source>%1 barged in</source>
        <translation>%1 interviniendo</translation>
    </message>
    <message>
        <source>%1 listening</source>
        <translation>%1 escuchando</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Sonando</translation>
    </message>
    <message>
        <source>Ringing: %1</source>
        <translation>Sonando: %1</translation>
    </message>
    <message>
        <source>Dialling</source>
        <translation>Marcando</translation>
    </message>
    <message>
        <source>Dialling %1</source>
        <translation>Marcando %1</translation>
    </message>
    <message>
        <source>Held, %1</source>
        <translation>En espera, %1</translation>
    </message>
    <message>
        <source>Held: %1, %2</source>
        <translation>En espera: %1, %2</translation>
    </message>
    <message>
        <source>On a call, %1</source>
        <translation>En llamada, %1</translation>
    </message>
    <message>
        <source>On a call with %1, %2</source>
        <translation>En llamada con %1, %2</translation>
    </message>
    <message>
        <source>Coaching: waiting for a call</source>
        <translation>Asesoría: esperando una llamada</translation>
    </message>
    <message>
        <source>Barge in: waiting for a call</source>
        <translation>Intervención: esperando una llamada</translation>
    </message>
    <message>
        <source>Listening in: waiting for a call</source>
        <translation>Escucha: esperando una llamada</translation>
    </message>
    <message>
        <source>at least %1</source>
        <extracomment>Time in state whose start we did not see (the board opened, or reads failed)</extracomment>
        <translation>al menos %1</translation>
    </message>
    <message>
        <source>%1, number %2</source>
        <translation>%1, número %2</translation>
    </message>
    <message>
        <source>The state began before the board saw it: the time is at least this</source>
        <translation>El estado empezó antes de que el panel lo viera: el tiempo es al menos este</translation>
    </message>
    <message>
        <source>Time in state</source>
        <translation>Tiempo en estado</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Monitored</source>
        <translation>Supervisado</translation>
    </message>
</context>
<context>
    <name>TeamReader</name>
    <message>
        <source>Reading the team failed: %1. Still trying.</source>
        <translation>No se pudo leer el equipo: %1. Se sigue intentando.</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Follow the call</source>
        <translation>Seguir la llamada</translation>
    </message>
    <message>
        <source>Stay on the call wherever it goes, also after the agent transfers it</source>
        <translation>Permanecer en la llamada vaya donde vaya, también después de que el agente la transfiera</translation>
    </message>
    <message>
        <source>Stay with the agent</source>
        <translation>Permanecer con el agente</translation>
    </message>
    <message>
        <source>Leave the call when the agent leaves it</source>
        <translation>Salir de la llamada cuando el agente salga de ella</translation>
    </message>
    <message>
        <source>Monitoring scope</source>
        <translation>Alcance de la supervisión</translation>
    </message>
    <message>
        <source>Monitoring mode</source>
        <translation>Modo de supervisión</translation>
    </message>
    <message>
        <source>Agent&apos;s number</source>
        <translation>Número del agente</translation>
    </message>
    <message>
        <source>Number of the agent to monitor</source>
        <translation>Número del agente que se va a supervisar</translation>
    </message>
    <message>
        <source>Monitor an agent by phone number instead of picking a row</source>
        <translation>Supervisar a un agente por su número de teléfono en lugar de elegir una fila</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Todas las llamadas</translation>
    </message>
    <message>
        <source>Next call only</source>
        <translation>Solo la próxima llamada</translation>
    </message>
    <message>
        <source>&amp;Listen in</source>
        <translation>&amp;Escuchar</translation>
    </message>
    <message>
        <source>Hear the agent&apos;s call silently</source>
        <translation>Escuchar la llamada del agente en silencio</translation>
    </message>
    <message>
        <source>C&amp;oach</source>
        <translation>&amp;Asesorar</translation>
    </message>
    <message>
        <source>Speak to the agent only; the customer does not hear you</source>
        <translation>Hablar solo con el agente; el cliente no le oye</translation>
    </message>
    <message>
        <source>&amp;Barge in</source>
        <translation>&amp;Intervenir</translation>
    </message>
    <message>
        <source>Join the call: everyone hears you</source>
        <translation>Unirse a la llamada: todos le oyen</translation>
    </message>
    <message>
        <source>Stop &amp;monitoring</source>
        <translation>&amp;Detener supervisión</translation>
    </message>
    <message>
        <source>End the monitoring of the agent</source>
        <translation>Terminar la supervisión del agente</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Alcance:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modo:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A disabled monitoring control&apos;s tip: the action, then why, e.g. &quot;Coach: select an agent first&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>wait: the server has not answered your last request yet</source>
        <translation>espere: el servidor aún no ha respondido a su última solicitud</translation>
    </message>
    <message>
        <source>you are doing this already</source>
        <translation>ya lo está haciendo</translation>
    </message>
    <message>
        <source>select an agent first, or type their number</source>
        <translation>seleccione primero un agente o escriba su número</translation>
    </message>
    <message>
        <source>the server does not offer this on the monitored call</source>
        <translation>el servidor no ofrece esto en la llamada supervisada</translation>
    </message>
    <message>
        <source>you are not monitoring anyone</source>
        <translation>no está supervisando a nadie</translation>
    </message>
    <message>
        <source>Not monitoring</source>
        <translation>Sin supervisión</translation>
    </message>
    <message>
        <source>Mute the &amp;agent</source>
        <translation>Silenciar al &amp;agente</translation>
    </message>
    <message>
        <source>Take over the call: the customer no longer hears the agent</source>
        <translation>Tomar la llamada: el cliente ya no oye al agente</translation>
    </message>
    <message>
        <source>U&amp;nmute the agent</source>
        <translation>Quitar el silencio al age&amp;nte</translation>
    </message>
    <message>
        <source>Let the customer hear the agent again</source>
        <translation>El cliente vuelve a oír al agente</translation>
    </message>
    <message>
        <source>Enter listens in on the selected agent; the menu key offers every monitoring mode</source>
        <translation>Intro escucha al agente seleccionado; la tecla de menú ofrece todos los modos de supervisión</translation>
    </message>
    <message>
        <source>Find an agent</source>
        <translation>Buscar un agente</translation>
    </message>
    <message>
        <source>Find an agent by name or number</source>
        <translation>Buscar un agente por nombre o número</translation>
    </message>
    <message>
        <source>Show only the agents whose name or number contains this text</source>
        <translation>Mostrar solo los agentes cuyo nombre o número contiene este texto</translation>
    </message>
    <message>
        <source>Monitoring error</source>
        <translation>Error de supervisión</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Supervisión</translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation>Á&amp;mbito</translation>
    </message>
    <message>
        <source>Mo&amp;de</source>
        <translation>Mo&amp;do</translation>
    </message>
    <message>
        <source>only during a monitored call</source>
        <translation>solo durante una llamada supervisada</translation>
    </message>
    <message>
        <source>the agent is muted already</source>
        <translation>el agente ya está silenciado</translation>
    </message>
    <message>
        <source>the agent is not muted</source>
        <translation>el agente no está silenciado</translation>
    </message>
    <message>
        <source>Coaching %1: waiting for a call</source>
        <translation>Asesorando a %1: esperando una llamada</translation>
    </message>
    <message>
        <source>Coaching %1; the agent is muted</source>
        <translation>Asesorando a %1; el agente está silenciado</translation>
    </message>
    <message>
        <source>Coaching %1</source>
        <translation>Asesorando a %1</translation>
    </message>
    <message>
        <source>Barging in on %1: waiting for a call</source>
        <translation>Intervención en las llamadas de %1: esperando una llamada</translation>
    </message>
    <message>
        <source>Barged in on %1; the agent is muted</source>
        <translation>Interviniendo en la llamada de %1; el agente está silenciado</translation>
    </message>
    <message>
        <source>Barged in on %1</source>
        <translation>Interviniendo en la llamada de %1</translation>
    </message>
    <message>
        <source>Listening in on %1: waiting for a call</source>
        <translation>Escuchando a %1: esperando una llamada</translation>
    </message>
    <message>
        <source>Listening in on %1; the agent is muted</source>
        <translation>Escuchando a %1; el agente está silenciado</translation>
    </message>
    <message>
        <source>Listening in on %1</source>
        <translation>Escuchando a %1</translation>
    </message>
    <message>
        <source>This server does not report the agents&apos; calls: the board shows their states only.</source>
        <translation>Este servidor no informa de las llamadas de los agentes: el panel muestra solo sus estados.</translation>
    </message>
    <message>
        <source>Applies to the next monitoring you start</source>
        <translation>Se aplica a la próxima supervisión que inicie</translation>
    </message>
    <message>
        <source>Started as: %1, %2</source>
        <extracomment>The second line of the monitoring status: the scope and the mode it was started with, e.g. &quot;Started as: Stay with the agent, Next call only&quot;</extracomment>
        <translation>Iniciada como: %1, %2</translation>
    </message>
    <message>
        <source>Started as: %1</source>
        <extracomment>The second line of the monitoring status: the scope or the mode it was started with</extracomment>
        <translation>Iniciada como: %1</translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>issued to %1 by %2, valid %3 to %4, SHA-256 fingerprint %5, key pin %6</source>
        <translation>emitido para %1 por %2, válido del %3 al %4, huella digital SHA-256 %5, pin de clave %6</translation>
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
        <translation>&amp;Mostrar el softphone</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Unknown state</source>
        <translation>Estado desconocido</translation>
    </message>
    <message>
        <source>%1, Do Not Disturb</source>
        <translation>%1, No molestar</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>En llamada</translation>
    </message>
    <message>
        <source>Ringing: %1</source>
        <translation>Sonando: %1</translation>
    </message>
    <message numerus="yes">
        <source>Missed calls: %n</source>
        <translation>
            <numerusform>Llamadas perdidas: %n</numerusform>
            <numerusform>Llamadas perdidas: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Call &amp;history (%n missed)</source>
        <translation>
            <numerusform>&amp;Historial de llamadas (%n perdida)</numerusform>
            <numerusform>&amp;Historial de llamadas (%n perdidas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Call &amp;history</source>
        <translation>&amp;Historial de llamadas</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>&apos;+&apos; is only allowed at the start.</source>
        <translation>«+» solo se permite al principio.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not allowed in a phone number.</source>
        <translation>«%1» no se permite en un número de teléfono.</translation>
    </message>
    <message>
        <source>Enter a number to dial.</source>
        <translation>Escriba un número para marcar.</translation>
    </message>
    <message>
        <source>The number is too long (at most %1).</source>
        <translation>El número es demasiado largo (máximo %1).</translation>
    </message>
    <message>
        <source>Enter the digits to send.</source>
        <translation>Escriba los dígitos que desea enviar.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a DTMF digit.</source>
        <translation>«%1» no es un dígito DTMF.</translation>
    </message>
</context>
<context>
    <name>WindowTitle</name>
    <message numerus="yes">
        <source>(%n missed) %1</source>
        <comment>window title</comment>
        <translation>
            <numerusform>(%n perdida) %1</numerusform>
            <numerusform>(%n perdidas) %1</numerusform>
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
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Requiere seguimiento</translation>
    </message>
    <message>
        <source>Callback requested</source>
        <translation>Devolución de llamada solicitada</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalado</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Número equivocado</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Done: the call is still going; wrap it up when it ends</source>
        <translation>Finalizar: la llamada sigue en curso; ciérrela cuando termine</translation>
    </message>
    <message>
        <source>Done: there is no call to wrap up</source>
        <translation>Finalizar: no hay ninguna llamada que cerrar</translation>
    </message>
    <message>
        <source>Done: choose a disposition first</source>
        <translation>Finalizar: elija primero una tipificación</translation>
    </message>
</context>
<context>
    <name>WrapUpCard</name>
    <message>
        <source>Wrap-up</source>
        <translation>Cierre de llamada</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>Wrap-up of the last call</source>
        <translation>Cierre de la última llamada</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Tipificación</translation>
    </message>
    <message>
        <source>Notes on the call</source>
        <translation>Notas sobre la llamada</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>D&amp;isposition:</source>
        <translation>&amp;Tipificación:</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>Dismiss the wrap-up message</source>
        <translation>Ocultar el mensaje de cierre</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Notes on the current call</source>
        <translation>Notas sobre la llamada en curso</translation>
    </message>
    <message>
        <source>Wrap-up (1 of %1)</source>
        <translation>Cierre de llamada (1 de %1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, on the call now: what you note here is attached to the call</source>
        <translation>%1, en llamada ahora: lo que anote aquí se adjunta a la llamada</translation>
    </message>
    <message>
        <source>%1: %2, talked %3, on hold %4</source>
        <translation>%1: %2, conversación %3, en espera %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Save the wrap-up and close it (Ctrl+Return)</source>
        <translation>Guardar el cierre y cerrarlo (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>%1 (Ctrl+Return)</source>
        <translation>%1 (Ctrl+Intro)</translation>
    </message>
</context>
<context>
    <name>WrapUpSync</name>
    <message>
        <source>The notes could not be attached to the call (%1: %2). They are kept on this computer.</source>
        <translation>No se pudieron adjuntar las notas a la llamada (%1: %2). Se conservan en este equipo.</translation>
    </message>
    <message>
        <source>The disposition was not sent to the server: you are offline. It is kept in your history.</source>
        <translation>La tipificación no se envió al servidor: no tiene conexión. Se conserva en su historial.</translation>
    </message>
    <message>
        <source>The disposition &quot;%1&quot; did not reach the server (%2: %3). It is kept in your history.</source>
        <translation>La tipificación «%1» no llegó al servidor (%2: %3). Se conserva en su historial.</translation>
    </message>
</context>
</TS>
