<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessService</name>
    <message>
        <source>user %1 is not an operator</source>
        <translation>Benutzer %1 ist kein Operator</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is disabled</source>
        <translation>„%1“ ist deaktiviert</translation>
    </message>
    <message>
        <source>the credential is not a KeyDesk session or API token</source>
        <translation>die Anmeldeinformation ist weder eine KeyDesk-Sitzung noch ein API-Token</translation>
    </message>
    <message>
        <source>the session has ended or was revoked</source>
        <translation>die Sitzung ist beendet oder wurde widerrufen</translation>
    </message>
    <message>
        <source>the session has expired</source>
        <translation>die Sitzung ist abgelaufen</translation>
    </message>
    <message>
        <source>the session was idle for more than %1 minutes</source>
        <translation>die Sitzung war länger als %1 Minuten unbenutzt</translation>
    </message>
    <message>
        <source>the API token is unknown or was revoked</source>
        <translation>das API-Token ist unbekannt oder wurde widerrufen</translation>
    </message>
    <message>
        <source>the API token &apos;%1&apos; has expired</source>
        <translation>das API-Token „%1“ ist abgelaufen</translation>
    </message>
    <message>
        <source>no session %1</source>
        <translation>keine Sitzung %1</translation>
    </message>
    <message>
        <source>a token&apos;s name is 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>der Name eines Tokens besteht aus 1 bis 64 Buchstaben, Ziffern, „.“, „_“ oder „-“ und beginnt mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <source>a token expires after 1 to %1 days</source>
        <translation>ein Token läuft nach 1 bis %1 Tagen ab</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an operator</source>
        <translation>„%1“ ist kein Operator</translation>
    </message>
    <message>
        <source>there is already a token named &apos;%1&apos;</source>
        <translation>es gibt bereits ein Token namens „%1“</translation>
    </message>
    <message>
        <source>no token named &apos;%1&apos;</source>
        <translation>kein Token namens „%1“</translation>
    </message>
</context>
<context>
    <name>ActivateNowDialog</name>
    <message>
        <source>Activate Now</source>
        <translation>Jetzt aktivieren</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;On the smartphone, open the camera and scan this code.&lt;/li&gt;&lt;li&gt;Open the link and tap &lt;b&gt;Activate&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Confirm with the phone&apos;s screen lock.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Öffnen Sie auf dem Smartphone die Kamera und scannen Sie diesen Code.&lt;/li&gt;&lt;li&gt;Öffnen Sie den Link und tippen Sie auf &lt;b&gt;Aktivieren&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Bestätigen Sie mit der Bildschirmsperre des Telefons.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>No camera? In the app under &quot;Work or School&quot;, enter the email and this code:</source>
        <translation>Keine Kamera? Geben Sie in der App unter &quot;Arbeit oder Schule&quot; die E-Mail-Adresse und diesen Code ein:</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>&amp;Neu erzeugen</translation>
    </message>
    <message>
        <source>Issue a new link and code; the current ones stop working.</source>
        <translation>Einen neuen Link und Code ausstellen; die bisherigen funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Save QR…</source>
        <translation>QR-Code &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Show to &amp;User</source>
        <translation>&amp;Benutzer zeigen</translation>
    </message>
    <message>
        <source>Full screen on a second monitor facing the user; Esc closes it.</source>
        <translation>Vollbild auf einem zweiten Bildschirm, der zum Benutzer zeigt; Esc schließt es.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The activation stays valid after closing.</source>
        <translation>Die Aktivierung bleibt nach dem Schließen gültig.</translation>
    </message>
    <message>
        <source>Scan to activate your security key</source>
        <translation>Scannen, um Ihren Sicherheitsschlüssel zu aktivieren</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera</source>
        <translation>Mit der Kamera Ihres Telefons scannen</translation>
    </message>
    <message>
        <source>or in the app under “Work or School”: %1 · %2</source>
        <translation>oder in der App unter „Arbeit oder Schule“: %1 · %2</translation>
    </message>
    <message>
        <source>Expires in %1 h %2 min</source>
        <translation>Läuft ab in %1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>Expires in %1:%2</source>
        <translation>Läuft ab in %1:%2</translation>
    </message>
    <message>
        <source>Start the server (Try Again, or keydesk-cli serve), or change its port in Server Settings, then Regenerate.</source>
        <translation>Starten Sie den Server (Erneut versuchen oder keydesk-cli serve) oder ändern Sie seinen Port in den Servereinstellungen und erzeugen Sie dann neu.</translation>
    </message>
    <message>
        <source>Server &amp;Settings…</source>
        <translation>Ser&amp;vereinstellungen…</translation>
    </message>
    <message>
        <source>Address, port and certificate of this desk&apos;s enrollment server.</source>
        <translation>Adresse, Port und Zertifikat des Registrierungsservers dieses Arbeitsplatzes.</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Start this desk&apos;s server again and check that the link answers.</source>
        <translation>Den Server dieses Arbeitsplatzes erneut starten und prüfen, ob der Link antwortet.</translation>
    </message>
    <message>
        <source>Expires in %1 d %2 h</source>
        <translation>Läuft ab in %1 T. %2 Std.</translation>
    </message>
</context>
<context>
    <name>ActivationEmail</name>
    <message>
        <source>Reminder: %1</source>
        <translation>Erinnerung: %1</translation>
    </message>
    <message>
        <source>Your helpdesk</source>
        <translation>Ihr Helpdesk</translation>
    </message>
    <message>
        <source>no activation email template (%1)</source>
        <translation>keine Vorlage für die Aktivierungs-E-Mail (%1)</translation>
    </message>
    <message>
        <source>the queued email&apos;s data is damaged</source>
        <translation>die Daten der wartenden E-Mail sind beschädigt</translation>
    </message>
    <message>
        <source>the activation email template must start with a Subject: line</source>
        <translation>die Vorlage der Aktivierungs-E-Mail muss mit einer Zeile „Subject:“ beginnen</translation>
    </message>
    <message>
        <source>Activate your security key</source>
        <translation>Aktivieren Sie Ihren Sicherheitsschlüssel</translation>
    </message>
</context>
<context>
    <name>ActivationMethod</name>
    <message>
        <source>Activate now (QR code)</source>
        <translation>Jetzt aktivieren (QR-Code)</translation>
    </message>
    <message>
        <source>Activation email</source>
        <translation>Aktivierungs-E-Mail</translation>
    </message>
    <message>
        <source>Work or school (code)</source>
        <translation>Arbeit oder Schule (Code)</translation>
    </message>
</context>
<context>
    <name>ActivationPage</name>
    <message>
        <source>This activation link has expired. Ask your helpdesk to send you a new one.</source>
        <translation>Dieser Aktivierungslink ist abgelaufen. Bitten Sie Ihren Helpdesk um einen neuen.</translation>
    </message>
    <message>
        <source>This activation link was already used: your security key is active. Nothing more to do.</source>
        <translation>Dieser Aktivierungslink wurde bereits verwendet: Ihr Sicherheitsschlüssel ist aktiv. Sonst ist nichts zu tun.</translation>
    </message>
    <message>
        <source>This link was replaced by a newer one. Use the most recent link or code you received.</source>
        <translation>Dieser Link wurde durch einen neueren ersetzt. Verwenden Sie den neuesten Link oder Code, den Sie erhalten haben.</translation>
    </message>
    <message>
        <source>Your helpdesk withdrew this security key. Ask them if you need a new one.</source>
        <translation>Ihr Helpdesk hat diesen Sicherheitsschlüssel zurückgezogen. Fragen Sie dort, wenn Sie einen neuen brauchen.</translation>
    </message>
    <message>
        <source>This activation link is not valid. Check that you opened the whole link, or ask your helpdesk for a new one.</source>
        <translation>Dieser Aktivierungslink ist ungültig. Prüfen Sie, ob Sie den ganzen Link geöffnet haben, oder bitten Sie Ihren Helpdesk um einen neuen.</translation>
    </message>
    <message>
        <source>Follow the steps on your phone…</source>
        <translation>Folgen Sie den Schritten auf Ihrem Telefon…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Found it. Tap “Activate” to create the passkey on this phone.</source>
        <translation>Gefunden. Tippen Sie auf „Aktivieren“, um den Passkey auf diesem Telefon anzulegen.</translation>
    </message>
    <message>
        <source>Done: your security key is active (%1). You can close this page.</source>
        <translation>Fertig: Ihr Sicherheitsschlüssel ist aktiv (%1). Sie können diese Seite schließen.</translation>
    </message>
    <message>
        <source>The passkey was not created. Tap “Activate” to try again.</source>
        <translation>Der Passkey wurde nicht angelegt. Tippen Sie auf „Aktivieren“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Activation failed.</source>
        <translation>Aktivierung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the connection and try again.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This browser cannot create passkeys. Open the link in your phone&apos;s default browser.</source>
        <translation>Dieser Browser kann keine Passkeys anlegen. Öffnen Sie den Link im Standardbrowser Ihres Telefons.</translation>
    </message>
    <message>
        <source>Activate your security key</source>
        <translation>Aktivieren Sie Ihren Sicherheitsschlüssel</translation>
    </message>
    <message>
        <source>Enter your work or school email and the code from your helpdesk.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse der Arbeit oder Schule und den Code Ihres Helpdesks ein.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Activation code</source>
        <translation>Aktivierungscode</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Hello %1. Tap “Activate” and follow your phone&apos;s steps to turn it into your security key.</source>
        <translation>Hallo %1. Tippen Sie auf „Aktivieren“ und folgen Sie den Schritten Ihres Telefons, um es zu Ihrem Sicherheitsschlüssel zu machen.</translation>
    </message>
    <message>
        <source>Activate a security key with the code your helpdesk gave you.</source>
        <translation>Einen Sicherheitsschlüssel mit dem Code Ihres Helpdesks aktivieren.</translation>
    </message>
</context>
<context>
    <name>ActivationSecrets</name>
    <message>
        <source>cannot read the code key &apos;%1&apos;: %2</source>
        <translation>der Code-Schlüssel „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the code key &apos;%1&apos; is damaged (expected 32 bytes)</source>
        <translation>der Code-Schlüssel „%1“ ist beschädigt (32 Bytes erwartet)</translation>
    </message>
    <message>
        <source>cannot create the code key &apos;%1&apos;: %2</source>
        <translation>der Code-Schlüssel „%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot create the code key &apos;%1&apos;: no folder</source>
        <translation>der Code-Schlüssel „%1“ kann nicht erstellt werden: kein Ordner</translation>
    </message>
</context>
<context>
    <name>AdminApi</name>
    <message>
        <source>The body is not a JSON object.</source>
        <translation>Der Inhalt ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Use %1 for this address.</source>
        <translation>Verwenden Sie %1 für diese Adresse.</translation>
    </message>
    <message>
        <source>The admin API answers plain HTTP on this machine only; use HTTPS.</source>
        <translation>Die Admin-API antwortet über unverschlüsseltes HTTP nur auf diesem Rechner; verwenden Sie HTTPS.</translation>
    </message>
    <message>
        <source>the request carries no bearer credential</source>
        <translation>die Anfrage enthält keine Bearer-Anmeldeinformation</translation>
    </message>
    <message>
        <source>No such address.</source>
        <translation>Keine solche Adresse.</translation>
    </message>
    <message>
        <source>An API token is revoked, not signed out.</source>
        <translation>Ein API-Token wird widerrufen, nicht abgemeldet.</translation>
    </message>
    <message>
        <source>limit is a number from 1 to %1, offset a number from 0</source>
        <translation>limit ist eine Zahl von 1 bis %1, offset eine Zahl ab 0</translation>
    </message>
    <message>
        <source>Operators sign in on a team server (keydesk-cli serve).</source>
        <translation>Operatoren melden sich an einem Team-Server an (keydesk-cli serve).</translation>
    </message>
    <message>
        <source>%1 must be an ISO 8601 date and time, not &quot;%2&quot;</source>
        <translation>%1 muss ein Datum mit Uhrzeit nach ISO 8601 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 must be %2, not &quot;%3&quot;</source>
        <translation>%1 muss %2 sein, nicht „%3“</translation>
    </message>
    <message>
        <source>enabled is true or false</source>
        <translation>enabled ist true oder false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a key id</source>
        <translation>„%1“ ist keine Schlüssel-ID</translation>
    </message>
    <message>
        <source>activate must be now, email or manual, not &quot;%1&quot;</source>
        <translation>activate muss now, email oder manual sein, nicht „%1“</translation>
    </message>
    <message>
        <source>revoking a key needs a reason</source>
        <translation>Zum Widerrufen eines Schlüssels ist ein Grund nötig</translation>
    </message>
    <message>
        <source>status: unknown status &quot;%1&quot;</source>
        <translation>status: unbekannter Status „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a verification id</source>
        <translation>„%1“ ist keine Prüfungs-ID</translation>
    </message>
    <message>
        <source>no verification %1</source>
        <translation>keine Prüfung %1</translation>
    </message>
    <message>
        <source>verification %1 has no result yet</source>
        <translation>Prüfung %1 hat noch kein Ergebnis</translation>
    </message>
    <message>
        <source>cannot gather the receipt&apos;s facts for verification %1</source>
        <translation>die Angaben für den Beleg der Prüfung %1 lassen sich nicht zusammentragen</translation>
    </message>
    <message>
        <source>workflow &apos;%1&apos; is disabled; enable it first</source>
        <translation>Workflow „%1“ ist deaktiviert; aktivieren Sie ihn zuerst</translation>
    </message>
    <message>
        <source>outcome: unknown outcome &quot;%1&quot;</source>
        <translation>outcome: unbekanntes Ergebnis „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a message id</source>
        <translation>„%1“ ist keine Nachrichten-ID</translation>
    </message>
    <message>
        <source>port must be 1 to 65535</source>
        <translation>port muss zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <source>security must be none, starttls or tls</source>
        <translation>security muss none, starttls oder tls sein</translation>
    </message>
    <message>
        <source>language must be one of %1, not &apos;%2&apos;</source>
        <translation>language muss eines von %1 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>type must be smartphone, the one key type KeyDesk assigns</source>
        <translation>type muss smartphone sein, die einzige Schlüsselart, die KeyDesk zuweist</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a run id</source>
        <translation>„%1“ ist keine Lauf-ID</translation>
    </message>
    <message>
        <source>Send the body as %1.</source>
        <translation>Senden Sie den Inhalt als %1.</translation>
    </message>
    <message>
        <source>size is the file&apos;s length in bytes, a whole number</source>
        <translation>size ist die Länge der Datei in Byte, eine ganze Zahl</translation>
    </message>
    <message>
        <source>sha256 is the file&apos;s SHA-256 as 64 hexadecimal digits</source>
        <translation>sha256 ist der SHA-256 der Datei als 64 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a part number</source>
        <translation>„%1“ ist keine Teilnummer</translation>
    </message>
    <message>
        <source>dry_run is true or false</source>
        <translation>dry_run ist true oder false</translation>
    </message>
    <message>
        <source>mail is not set up: no SMTP server or sender address (keydesk-cli mail configure)</source>
        <translation>E-Mail ist nicht eingerichtet: kein SMTP-Server oder keine Absenderadresse (keydesk-cli mail configure)</translation>
    </message>
    <message>
        <source>after is the number of the last change the desk has, 0 or more</source>
        <translation>after ist die Nummer der letzten Änderung, die der Arbeitsplatz hat, 0 oder mehr</translation>
    </message>
    <message>
        <source>epoch is the change log&apos;s epoch, from /sync/head</source>
        <translation>epoch ist die Epoche des Änderungsprotokolls, aus /sync/head</translation>
    </message>
    <message>
        <source>the change log no longer holds the changes after %1 of epoch %2; copy every table again</source>
        <translation>das Änderungsprotokoll enthält die Änderungen nach %1 der Epoche %2 nicht mehr; alle Tabellen neu kopieren</translation>
    </message>
    <message>
        <source>after is the key of the last row read, as a JSON array</source>
        <translation>after ist der Schlüssel der zuletzt gelesenen Zeile, als JSON-Array</translation>
    </message>
    <message>
        <source>This address is a WebSocket: send an upgrade request.</source>
        <translation>Diese Adresse ist ein WebSocket: Senden Sie eine Upgrade-Anfrage.</translation>
    </message>
    <message>
        <source>send either enabled or name, groups and settings</source>
        <translation>entweder enabled senden oder name, groups und settings</translation>
    </message>
    <message>
        <source>an edit sends name, groups and settings together</source>
        <translation>eine Änderung sendet name, groups und settings zusammen</translation>
    </message>
    <message>
        <source>trigger is manual or submit</source>
        <translation>trigger ist manual oder submit</translation>
    </message>
    <message>
        <source>withdrawal must be suspend or revoke, not &quot;%1&quot;</source>
        <translation>withdrawal muss suspend oder revoke sein, nicht „%1“</translation>
    </message>
    <message>
        <source>replacement must be now, email or none, not &quot;%1&quot;</source>
        <translation>replacement muss now, email oder none sein, nicht „%1“</translation>
    </message>
    <message>
        <source>action must be suspend, resume, revoke, reissue or assign, not &quot;%1&quot;</source>
        <translation>action muss suspend, resume, revoke, reissue oder assign sein, nicht „%1“</translation>
    </message>
    <message>
        <source>ids must be a list of 1 to %1 ids</source>
        <translation>ids muss eine Liste von 1 bis %1 IDs sein</translation>
    </message>
    <message>
        <source>ids must be positive whole numbers</source>
        <translation>ids müssen positive ganze Zahlen sein</translation>
    </message>
    <message>
        <source>on_leave must be &quot;suspend&quot; or &quot;revoke&quot;</source>
        <translation>on_leave muss „suspend“ oder „revoke“ sein</translation>
    </message>
    <message>
        <source>mode must be &quot;full&quot; or &quot;incremental&quot;</source>
        <translation>mode muss „full“ oder „incremental“ sein</translation>
    </message>
    <message>
        <source>kind must be &quot;ldap&quot;</source>
        <translation>kind muss „ldap“ sein</translation>
    </message>
</context>
<context>
    <name>AdminClient</name>
    <message>
        <source>its certificate is not trusted (SHA-256 %1)</source>
        <translation>seinem Zertifikat wird nicht vertraut (SHA-256 %1)</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>AndroidKeyAttestation</name>
    <message>
        <source>android-key attStmt needs an integer alg and a byte string sig</source>
        <translation>android-key-attStmt braucht ein ganzzahliges alg und eine Byte-Zeichenkette sig</translation>
    </message>
    <message>
        <source>attestation certificate key does not fit alg: %1</source>
        <translation>der Schlüssel des Attestierungszertifikats passt nicht zu alg: %1</translation>
    </message>
    <message>
        <source>the certificate lacks the Android key description extension</source>
        <translation>dem Zertifikat fehlt die Android-Schlüsselbeschreibungs-Erweiterung</translation>
    </message>
    <message>
        <source>the Android key description extension is malformed</source>
        <translation>die Android-Schlüsselbeschreibungs-Erweiterung ist fehlerhaft</translation>
    </message>
    <message>
        <source>the key description&apos;s challenge is not the client data hash</source>
        <translation>die Challenge der Schlüsselbeschreibung ist nicht der Hash der Client-Daten</translation>
    </message>
    <message>
        <source>the key is bound to all applications (allApplications is set)</source>
        <translation>der Schlüssel ist an alle Anwendungen gebunden (allApplications ist gesetzt)</translation>
    </message>
    <message>
        <source>the key was not generated in the keystore (origin is not KM_ORIGIN_GENERATED)</source>
        <translation>der Schlüssel wurde nicht im Keystore erzeugt (origin ist nicht KM_ORIGIN_GENERATED)</translation>
    </message>
    <message>
        <source>the key&apos;s purposes do not include KM_PURPOSE_SIGN</source>
        <translation>die Zwecke des Schlüssels enthalten nicht KM_PURPOSE_SIGN</translation>
    </message>
    <message>
        <source>android-key attestation by %1</source>
        <translation>android-key-Attestierung durch %1</translation>
    </message>
    <message>
        <source>the attestation certificate</source>
        <translation>das Attestierungszertifikat</translation>
    </message>
</context>
<context>
    <name>AppleAttestation</name>
    <message>
        <source>the certificate lacks Apple&apos;s nonce extension</source>
        <translation>dem Zertifikat fehlt Apples Nonce-Erweiterung</translation>
    </message>
    <message>
        <source>Apple&apos;s nonce extension is malformed</source>
        <translation>Apples Nonce-Erweiterung ist fehlerhaft</translation>
    </message>
    <message>
        <source>the certificate&apos;s nonce is not SHA-256(authData ‖ clientDataHash)</source>
        <translation>die Nonce des Zertifikats ist nicht SHA-256(authData ‖ clientDataHash)</translation>
    </message>
    <message>
        <source>apple anonymous attestation by %1</source>
        <translation>anonyme Apple-Attestierung durch %1</translation>
    </message>
</context>
<context>
    <name>AttestationFormat</name>
    <message>
        <source>attStmt has a key that is not a text string</source>
        <translation>attStmt hat einen Schlüssel, der keine Text-Zeichenkette ist</translation>
    </message>
    <message>
        <source>attStmt has an unexpected field &quot;%1&quot;</source>
        <translation>attStmt hat ein unerwartetes Feld „%1“</translation>
    </message>
    <message>
        <source>the attestation certificate&apos;s public key is not the credential public key</source>
        <translation>der öffentliche Schlüssel des Attestierungszertifikats ist nicht der öffentliche Schlüssel der Anmeldeinformation</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>signiert von %1</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit Log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Bearbeiter:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Protokolleinträge</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suche:</translation>
    </message>
    <message>
        <source>Text in the operator, action, target or details</source>
        <translation>Text im Operator, in der Aktion, im Ziel oder in den Details</translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation>Im Prüfprotokoll suchen</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Email, UPN or id; Enter</source>
        <translation>E-Mail, UPN oder ID; Eingabetaste</translation>
    </message>
    <message>
        <source>Only events about this user</source>
        <translation>Nur Ereignisse zu diesem Benutzer</translation>
    </message>
    <message>
        <source>The selected event, every field</source>
        <translation>Das ausgewählte Ereignis, jedes Feld</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Write the events shown (every page, with these filters) to a CSV or JSON file</source>
        <translation>Die gezeigten Ereignisse (alle Seiten, mit diesen Filtern) in eine CSV- oder JSON-Datei schreiben</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>the export would hold %1 events, more than %2; choose a shorter time</source>
        <translation>der Export enthielte %1 Ereignisse, mehr als %2; wählen Sie einen kürzeren Zeitraum</translation>
    </message>
</context>
<context>
    <name>AuthenticationVerifier</name>
    <message>
        <source>id %1 is not rawId</source>
        <translation>id %1 ist nicht rawId</translation>
    </message>
    <message>
        <source>credential %1 is not the one allowed</source>
        <translation>Anmeldeinformation %1 ist nicht die erlaubte</translation>
    </message>
    <message numerus="yes">
        <source>the allowed credential (%n bytes)</source>
        <translation>
            <numerusform>die erlaubte Anmeldeinformation (%n Byte)</numerusform>
            <numerusform>die erlaubte Anmeldeinformation (%n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>user handle matches the credential&apos;s owner</source>
        <translation>die Benutzerkennung passt zum Eigentümer der Anmeldeinformation</translation>
    </message>
    <message>
        <source>user handle is not the credential owner&apos;s</source>
        <translation>die Benutzerkennung ist nicht die des Eigentümers der Anmeldeinformation</translation>
    </message>
    <message>
        <source>clientDataJSON is well-formed</source>
        <translation>clientDataJSON ist wohlgeformt</translation>
    </message>
    <message>
        <source>assertion authenticator data must not carry attested credential data</source>
        <translation>die Authenticator-Daten einer Assertion dürfen keine attestierten Anmeldeinformationsdaten enthalten</translation>
    </message>
    <message>
        <source>stored %1 public key</source>
        <translation>gespeicherter öffentlicher %1-Schlüssel</translation>
    </message>
    <message>
        <source>stored public key is unusable: %1</source>
        <translation>der gespeicherte öffentliche Schlüssel ist unbrauchbar: %1</translation>
    </message>
    <message>
        <source>%1 signature over authenticatorData ‖ SHA-256(clientDataJSON)</source>
        <translation>%1-Signatur über authenticatorData ‖ SHA-256(clientDataJSON)</translation>
    </message>
    <message>
        <source>authenticator keeps no counter (0)</source>
        <translation>der Authenticator führt keinen Zähler (0)</translation>
    </message>
    <message>
        <source>sign count %1 follows %2</source>
        <translation>Signaturzähler %1 folgt auf %2</translation>
    </message>
    <message>
        <source>possible cloned authenticator: sign count %1 is not above the stored %2</source>
        <translation>möglicherweise geklonter Authenticator: Signaturzähler %1 liegt nicht über dem gespeicherten Wert %2</translation>
    </message>
    <message>
        <source>AuthenticationResponseJSON is well-formed</source>
        <translation>AuthenticationResponseJSON ist wohlgeformt</translation>
    </message>
</context>
<context>
    <name>AuthenticatorChecks</name>
    <message>
        <source>RP ID hash is SHA-256(&quot;%1&quot;)</source>
        <translation>RP-ID-Hash ist SHA-256(&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>RP ID hash is not SHA-256(&quot;%1&quot;)</source>
        <translation>RP-ID-Hash ist nicht SHA-256(&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>user presence (UP) is not set; flags %1</source>
        <translation>Benutzeranwesenheit (UP) ist nicht gesetzt; Flags %1</translation>
    </message>
    <message>
        <source>user was present (UP)</source>
        <translation>der Benutzer war anwesend (UP)</translation>
    </message>
    <message>
        <source>user presence not required</source>
        <translation>Benutzeranwesenheit nicht verlangt</translation>
    </message>
    <message>
        <source>user verification is required but UV is not set; flags %1</source>
        <translation>Benutzerverifizierung ist verlangt, aber UV ist nicht gesetzt; Flags %1</translation>
    </message>
    <message>
        <source>user was verified (UV)</source>
        <translation>der Benutzer wurde verifiziert (UV)</translation>
    </message>
    <message>
        <source>user verification not required, UV not set</source>
        <translation>Benutzerverifizierung nicht verlangt, UV nicht gesetzt</translation>
    </message>
    <message>
        <source>backed up (BS) without being backup eligible (BE)</source>
        <translation>gesichert (BS), ohne sicherungsfähig (BE) zu sein</translation>
    </message>
    <message>
        <source>backup eligibility changed from %1 to %2 since registration</source>
        <translation>die Sicherungsfähigkeit hat sich seit der Registrierung von %1 zu %2 geändert</translation>
    </message>
    <message>
        <source>backup eligible, backed up</source>
        <translation>sicherungsfähig, gesichert</translation>
    </message>
    <message>
        <source>backup eligible, not backed up</source>
        <translation>sicherungsfähig, nicht gesichert</translation>
    </message>
    <message>
        <source>single-device credential (not backup eligible)</source>
        <translation>Anmeldeinformation für ein einzelnes Gerät (nicht sicherungsfähig)</translation>
    </message>
    <message>
        <source>no authenticator extensions</source>
        <translation>keine Authenticator-Erweiterungen</translation>
    </message>
    <message>
        <source>authenticator extensions are not a CBOR map</source>
        <translation>die Authenticator-Erweiterungen sind keine CBOR-Map</translation>
    </message>
    <message>
        <source>an authenticator extension identifier is not text</source>
        <translation>ein Bezeichner einer Authenticator-Erweiterung ist kein Text</translation>
    </message>
    <message>
        <source>authenticator extensions: %1</source>
        <translation>Authenticator-Erweiterungen: %1</translation>
    </message>
</context>
<context>
    <name>AuthenticatorData</name>
    <message>
        <source>authenticator data is %1 bytes; at most %2 are accepted</source>
        <translation>die Authenticator-Daten sind %1 Bytes lang; höchstens %2 werden angenommen</translation>
    </message>
    <message>
        <source>authenticator data is %1 bytes; at least 37 are required</source>
        <translation>die Authenticator-Daten sind %1 Bytes lang; mindestens 37 sind nötig</translation>
    </message>
    <message>
        <source>attested credential data is cut short at byte %1</source>
        <translation>die attestierten Anmeldeinformationsdaten brechen bei Byte %1 ab</translation>
    </message>
    <message>
        <source>credential id length %1 exceeds the %2 bytes left</source>
        <translation>die Länge der Anmeldeinformations-ID %1 übersteigt die verbleibenden %2 Bytes</translation>
    </message>
    <message>
        <source>credential public key: %1</source>
        <translation>öffentlicher Schlüssel der Anmeldeinformation: %1</translation>
    </message>
    <message>
        <source>the ED flag is set but there are no extensions</source>
        <translation>das ED-Flag ist gesetzt, aber es gibt keine Erweiterungen</translation>
    </message>
    <message>
        <source>%1 trailing bytes after the authenticator data</source>
        <translation>%1 überzählige Bytes nach den Authenticator-Daten</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes, flags %1, sign count %2</source>
        <translation>
            <numerusform>%n Byte, Flags %1, Signaturzähler %2</numerusform>
            <numerusform>%n Bytes, Flags %1, Signaturzähler %2</numerusform>
        </translation>
    </message>
    <message>
        <source>extensions: %1</source>
        <translation>Erweiterungen: %1</translation>
    </message>
</context>
<context>
    <name>AuthenticatorNames</name>
    <message>
        <source>Not activated yet</source>
        <translation>Noch nicht aktiviert</translation>
    </message>
    <message>
        <source>Unnamed authenticator (zero AAGUID)</source>
        <translation>Unbenannter Authenticator (AAGUID null)</translation>
    </message>
    <message>
        <source>Unknown authenticator (%1)</source>
        <translation>Unbekannter Authenticator (%1)</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than 4 MiB</source>
        <translation>„%1“ ist größer als 4 MiB</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not JSON: %2 at offset %3</source>
        <translation>„%1“ ist kein JSON: %2 bei Position %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &quot;%2&quot; is not an AAGUID (8-4-4-4-12 hex)</source>
        <translation>„%1“: „%2“ ist keine AAGUID (8-4-4-4-12 hexadezimal)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the name for %2 must be a non-empty string of at most 200 characters</source>
        <translation>„%1“: der Name für %2 muss eine nicht leere Zeichenkette mit höchstens 200 Zeichen sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a JSON object of &quot;&lt;aaguid&gt;&quot;: &quot;&lt;name&gt;&quot;</source>
        <translation>„%1“ muss ein JSON-Objekt aus &quot;&lt;aaguid&gt;&quot;: &quot;&lt;name&gt;&quot; sein</translation>
    </message>
</context>
<context>
    <name>BulkKeyChange</name>
    <message>
        <source>There is no user %1.</source>
        <translation>Es gibt keinen Benutzer %1.</translation>
    </message>
    <message>
        <source>%1 has an active smartphone key already.</source>
        <translation>%1 hat bereits einen aktiven Smartphone-Schlüssel.</translation>
    </message>
    <message>
        <source>issuing activation links needs the enrollment server&apos;s settings</source>
        <translation>Zum Ausstellen von Aktivierungslinks werden die Einstellungen des Registrierungsservers benötigt</translation>
    </message>
</context>
<context>
    <name>CacheRepository</name>
    <message>
        <source>the server sent a value of %1.%2 that is not of its type</source>
        <translation>der Server hat einen Wert von %1.%2 gesendet, der nicht dessen Typ hat</translation>
    </message>
    <message>
        <source>the server sent %1 with the columns %2; this desk keeps %3</source>
        <translation>der Server hat %1 mit den Spalten %2 gesendet; dieser Arbeitsplatz führt %3</translation>
    </message>
    <message>
        <source>the server sent a deleted key of %1 that is not one</source>
        <translation>der Server hat einen gelöschten Schlüssel von %1 gesendet, der keiner ist</translation>
    </message>
</context>
<context>
    <name>CacheSync</name>
    <message>
        <source>the server cannot be reached: %1</source>
        <translation>der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>the server refused (%1): %2</source>
        <translation>der Server hat abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>the server sent a table this desk does not keep: %1</source>
        <translation>der Server hat eine Tabelle gesendet, die dieser Arbeitsplatz nicht führt: %1</translation>
    </message>
    <message>
        <source>the server answered changes after %1 with changes after %2</source>
        <translation>der Server hat auf Änderungen nach %1 mit Änderungen nach %2 geantwortet</translation>
    </message>
    <message>
        <source>the server answered a page of %1 with something else</source>
        <translation>der Server hat auf eine Seite von %1 mit etwas anderem geantwortet</translation>
    </message>
    <message>
        <source>the server dropped changes from its log while the copy was made; sync again to copy anew</source>
        <translation>der Server hat während des Kopierens Änderungen aus seinem Protokoll entfernt; erneut synchronisieren, um neu zu kopieren</translation>
    </message>
    <message>
        <source>cannot move the copy &apos;%1&apos; into place</source>
        <translation>die Kopie „%1“ kann nicht an ihren Platz verschoben werden</translation>
    </message>
    <message>
        <source>the server sent a setting without a key or value</source>
        <translation>der Server hat eine Einstellung ohne Schlüssel oder Wert gesendet</translation>
    </message>
    <message>
        <source>the server sent a setting this desk does not keep: %1</source>
        <translation>der Server hat eine Einstellung gesendet, die dieser Arbeitsplatz nicht führt: %1</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>x5c must be an array of certificates</source>
        <translation>x5c muss ein Array von Zertifikaten sein</translation>
    </message>
    <message>
        <source>x5c must hold 1 to %1 certificates, it holds %2</source>
        <translation>x5c muss 1 bis %1 Zertifikate enthalten, es enthält %2</translation>
    </message>
    <message>
        <source>x5c[%1] is not a byte string</source>
        <translation>x5c[%1] ist keine Byte-Zeichenkette</translation>
    </message>
    <message>
        <source>x5c[%1] is %2 bytes; at most %3 are accepted</source>
        <translation>x5c[%1] ist %2 Bytes lang; höchstens %3 werden angenommen</translation>
    </message>
    <message>
        <source>x5c[%1] is not a DER X.509 certificate</source>
        <translation>x5c[%1] ist kein DER-X.509-Zertifikat</translation>
    </message>
    <message>
        <source>trust anchor %1 holds no PEM certificate</source>
        <translation>Vertrauensanker %1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>trust anchor %1 is neither PEM nor DER</source>
        <translation>Vertrauensanker %1 ist weder PEM noch DER</translation>
    </message>
    <message>
        <source>the AAGUID certificate extension must not be critical</source>
        <translation>die AAGUID-Zertifikatserweiterung darf nicht kritisch sein</translation>
    </message>
    <message>
        <source>the AAGUID certificate extension is malformed</source>
        <translation>die AAGUID-Zertifikatserweiterung ist fehlerhaft</translation>
    </message>
    <message>
        <source>the certificate&apos;s AAGUID %1 differs from the authenticator data&apos;s %2</source>
        <translation>die AAGUID %1 des Zertifikats weicht von der der Authenticator-Daten (%2) ab</translation>
    </message>
    <message>
        <source>no trust anchors are configured</source>
        <translation>es sind keine Vertrauensanker eingerichtet</translation>
    </message>
    <message>
        <source>certificate verification could not start</source>
        <translation>die Zertifikatsprüfung konnte nicht starten</translation>
    </message>
    <message>
        <source>chain does not verify: %1</source>
        <translation>die Kette lässt sich nicht verifizieren: %1</translation>
    </message>
    <message>
        <source>chain of %1 ends at trusted root %2</source>
        <translation>Kette aus %1 endet beim vertrauenswürdigen Stammzertifikat %2</translation>
    </message>
    <message>
        <source>(empty subject)</source>
        <translation>(leerer Subject)</translation>
    </message>
</context>
<context>
    <name>ChangeFeed</name>
    <message>
        <source>no table &apos;%1&apos; is sent to desks</source>
        <translation>keine Tabelle „%1“ wird an Arbeitsplätze gesendet</translation>
    </message>
    <message>
        <source>after is the key of the last row read, as a JSON array (%1)</source>
        <translation>after ist der Schlüssel der zuletzt gelesenen Zeile, als JSON-Array (%1)</translation>
    </message>
</context>
<context>
    <name>CheckTitles</name>
    <message>
        <source>Response format</source>
        <translation>Antwortformat</translation>
    </message>
    <message>
        <source>Credential match</source>
        <translation>Übereinstimmung der Anmeldeinformation</translation>
    </message>
    <message>
        <source>Client data</source>
        <translation>Client-Daten</translation>
    </message>
    <message>
        <source>Ceremony type</source>
        <translation>Zeremonietyp</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Challenge</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Cross-origin</source>
        <translation>Cross-Origin</translation>
    </message>
    <message>
        <source>Attestation object</source>
        <translation>Attestierungsobjekt</translation>
    </message>
    <message>
        <source>Authenticator data</source>
        <translation>Authenticator-Daten</translation>
    </message>
    <message>
        <source>RP ID hash</source>
        <translation>RP-ID-Hash</translation>
    </message>
    <message>
        <source>User present (UP)</source>
        <translation>Benutzer anwesend (UP)</translation>
    </message>
    <message>
        <source>User verified (UV)</source>
        <translation>Benutzer verifiziert (UV)</translation>
    </message>
    <message>
        <source>Backup eligibility and state (BE/BS)</source>
        <translation>Sicherungsfähigkeit und -status (BE/BS)</translation>
    </message>
    <message>
        <source>Credential public key</source>
        <translation>Öffentlicher Schlüssel der Anmeldeinformation</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Erweiterungen</translation>
    </message>
    <message>
        <source>Attestation format</source>
        <translation>Attestierungsformat</translation>
    </message>
    <message>
        <source>Attestation statement</source>
        <translation>Attestierungsangabe</translation>
    </message>
    <message>
        <source>Attestation signature</source>
        <translation>Attestierungssignatur</translation>
    </message>
    <message>
        <source>Attestation trust</source>
        <translation>Attestierungsvertrauen</translation>
    </message>
    <message>
        <source>User handle</source>
        <translation>Benutzerkennung (User Handle)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Signature counter</source>
        <translation>Signaturzähler</translation>
    </message>
</context>
<context>
    <name>ClientData</name>
    <message>
        <source>clientDataJSON is %1 bytes; at most %2 are accepted</source>
        <translation>clientDataJSON ist %1 Bytes lang; höchstens %2 werden angenommen</translation>
    </message>
    <message>
        <source>clientDataJSON is not strict JSON: %1</source>
        <translation>clientDataJSON ist kein striktes JSON: %1</translation>
    </message>
    <message>
        <source>clientDataJSON is not a JSON object</source>
        <translation>clientDataJSON ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>clientDataJSON.%1 must be a string</source>
        <translation>clientDataJSON.%1 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>clientDataJSON.crossOrigin must be a boolean</source>
        <translation>clientDataJSON.crossOrigin muss ein Wahrheitswert sein</translation>
    </message>
    <message>
        <source>clientDataJSON.topOrigin must be a string</source>
        <translation>clientDataJSON.topOrigin muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>type is %1</source>
        <translation>Typ ist %1</translation>
    </message>
    <message>
        <source>type is &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>Typ ist „%1“, erwartet „%2“</translation>
    </message>
    <message numerus="yes">
        <source>challenge matches the one issued (%n bytes)</source>
        <translation>
            <numerusform>die Challenge passt zur ausgegebenen (%n Byte)</numerusform>
            <numerusform>die Challenge passt zur ausgegebenen (%n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>challenge %1 is not the one issued</source>
        <translation>Challenge %1 ist nicht die ausgegebene</translation>
    </message>
    <message>
        <source>challenge is not base64url</source>
        <translation>die Challenge ist kein base64url</translation>
    </message>
    <message>
        <source>origin %1 is allowed</source>
        <translation>Origin %1 ist erlaubt</translation>
    </message>
    <message>
        <source>origin %1 is not allowed</source>
        <translation>Origin %1 ist nicht erlaubt</translation>
    </message>
    <message>
        <source>topOrigin %1 is given but crossOrigin is not true</source>
        <translation>topOrigin %1 ist angegeben, aber crossOrigin ist nicht true</translation>
    </message>
    <message>
        <source>same-origin ceremony</source>
        <translation>Zeremonie im selben Origin</translation>
    </message>
    <message>
        <source>crossOrigin is true and cross-origin ceremonies are not allowed</source>
        <translation>crossOrigin ist true, und Cross-Origin-Zeremonien sind nicht erlaubt</translation>
    </message>
    <message>
        <source>cross-origin ceremony allowed</source>
        <translation>Cross-Origin-Zeremonie erlaubt</translation>
    </message>
    <message>
        <source>top origin %1 is not allowed</source>
        <translation>Top-Origin %1 ist nicht erlaubt</translation>
    </message>
    <message>
        <source>cross-origin ceremony in top origin %1 allowed</source>
        <translation>Cross-Origin-Zeremonie im Top-Origin %1 erlaubt</translation>
    </message>
</context>
<context>
    <name>CoseKey</name>
    <message>
        <source>EC2 coordinates must be %1 bytes each, got %2 and %3</source>
        <translation>EC2-Koordinaten müssen je %1 Bytes lang sein, erhalten %2 und %3</translation>
    </message>
    <message>
        <source>EC point is not on curve %1</source>
        <translation>der EC-Punkt liegt nicht auf der Kurve %1</translation>
    </message>
    <message>
        <source>out of memory building the RSA key</source>
        <translation>kein Speicher mehr beim Aufbau des RSA-Schlüssels</translation>
    </message>
    <message>
        <source>RSA key has %1 bits; at least %2 are required</source>
        <translation>der RSA-Schlüssel hat %1 Bit; mindestens %2 sind nötig</translation>
    </message>
    <message>
        <source>RSA key has %1 bits; at most %2 are accepted</source>
        <translation>der RSA-Schlüssel hat %1 Bit; höchstens %2 werden angenommen</translation>
    </message>
    <message>
        <source>RSA exponent must be odd, greater than 1 and at most 64 bits</source>
        <translation>der RSA-Exponent muss ungerade, größer als 1 und höchstens 64 Bit lang sein</translation>
    </message>
    <message>
        <source>RSA key is invalid</source>
        <translation>der RSA-Schlüssel ist ungültig</translation>
    </message>
    <message>
        <source>COSE key parameter %1 (%2) must be a byte string</source>
        <translation>COSE-Schlüsselparameter %1 (%2) muss eine Byte-Zeichenkette sein</translation>
    </message>
    <message>
        <source>COSE key lacks parameter %1 (%2)</source>
        <translation>dem COSE-Schlüssel fehlt der Parameter %1 (%2)</translation>
    </message>
    <message>
        <source>COSE key lacks an integer kty (1)</source>
        <translation>dem COSE-Schlüssel fehlt ein ganzzahliges kty (1)</translation>
    </message>
    <message>
        <source>COSE key lacks an integer alg (3)</source>
        <translation>dem COSE-Schlüssel fehlt ein ganzzahliges alg (3)</translation>
    </message>
    <message>
        <source>algorithm %1 is not supported</source>
        <translation>Algorithmus %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>algorithm %1 needs kty %2, the key has kty %3</source>
        <translation>Algorithmus %1 braucht kty %2, der Schlüssel hat kty %3</translation>
    </message>
    <message>
        <source>COSE key lacks an integer crv (-1)</source>
        <translation>dem COSE-Schlüssel fehlt ein ganzzahliges crv (-1)</translation>
    </message>
    <message>
        <source>algorithm EdDSA is accepted on Ed25519 (crv 6) only, the key is on %1</source>
        <translation>der Algorithmus EdDSA wird nur auf Ed25519 (crv 6) angenommen, der Schlüssel liegt auf %1</translation>
    </message>
    <message>
        <source>Ed25519 public key must be 32 bytes, got %1</source>
        <translation>ein öffentlicher Ed25519-Schlüssel muss 32 Bytes lang sein, erhalten %1</translation>
    </message>
    <message>
        <source>Ed25519 public key is invalid</source>
        <translation>der öffentliche Ed25519-Schlüssel ist ungültig</translation>
    </message>
    <message>
        <source>algorithm %1 requires curve %2, the key is on %3</source>
        <translation>Algorithmus %1 verlangt die Kurve %2, der Schlüssel liegt auf %3</translation>
    </message>
</context>
<context>
    <name>CredentialWallet</name>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a credential file: %2</source>
        <translation>„%1“ ist keine Anmeldeinformationsdatei: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a version 1 credential file</source>
        <translation>„%1“ ist keine Anmeldeinformationsdatei der Version 1</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos;, credential %2: %3</source>
        <translation>„%1“, Anmeldeinformation %2: %3</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is UTF-32 encoded; save it as UTF-8</source>
        <translation>die Datei ist in UTF-32 kodiert; speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <source>the file is UTF-16 encoded; save it as UTF-8</source>
        <translation>die Datei ist in UTF-16 kodiert; speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <source>line %1: contains a NUL byte; the file is not UTF-8 text (UTF-16 without a BOM?)</source>
        <translation>Zeile %1: enthält ein NUL-Byte; die Datei ist kein UTF-8-Text (UTF-16 ohne BOM?)</translation>
    </message>
    <message>
        <source>line %1: not valid UTF-8; save the file as UTF-8 (it may be Windows-1252 or Latin-1)</source>
        <translation>Zeile %1: kein gültiges UTF-8; speichern Sie die Datei als UTF-8 (sie ist vielleicht Windows-1252 oder Latin-1)</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>line %1: a quote inside an unquoted field; quote the whole field and double the quote (&quot;&quot;)</source>
        <translation>Zeile %1: ein Anführungszeichen in einem Feld ohne Anführungszeichen; setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie das Zeichen (&quot;&quot;)</translation>
    </message>
    <message>
        <source>line %1: text after the closing quote of a field</source>
        <translation>Zeile %1: Text nach dem schließenden Anführungszeichen eines Felds</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed before the end of the file</source>
        <translation>Zeile %1: ein Feld in Anführungszeichen wird vor dem Dateiende nicht geschlossen</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>&apos;%1&apos; is not a file</source>
        <translation>„%1“ ist keine Datei</translation>
    </message>
    <message>
        <source>database &apos;%1&apos; does not exist</source>
        <translation>die Datenbank „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>cannot create folder &apos;%1&apos;</source>
        <translation>der Ordner „%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not available</source>
        <translation>der SQLite-Treiber von Qt (QSQLITE) ist nicht verfügbar</translation>
    </message>
    <message>
        <source>cannot open &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot register the search function on &apos;%1&apos;</source>
        <translation>die Suchfunktion kann nicht bei „%1“ registriert werden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a KeyDesk database: %2</source>
        <translation>„%1“ ist keine KeyDesk-Datenbank: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an SQLite database of another application; KeyDesk did not change it</source>
        <translation>„%1“ ist eine SQLite-Datenbank einer anderen Anwendung; KeyDesk hat sie nicht verändert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by a newer KeyDesk (schema version %2; this version supports up to %3). Upgrade KeyDesk to open it; the file was not changed.</source>
        <translation>„%1“ wurde von einem neueren KeyDesk geschrieben (Schemaversion %2; diese Version unterstützt bis %3). Aktualisieren Sie KeyDesk, um sie zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>cannot copy &apos;%1&apos; to &apos;%2&apos; before migrating: %3; the database was not changed</source>
        <translation>„%1“ kann vor der Migration nicht nach „%2“ kopiert werden: %3; die Datenbank wurde nicht verändert</translation>
    </message>
    <message>
        <source>migration %1 failed: %2; the database was left unchanged</source>
        <translation>Migration %1 fehlgeschlagen: %2; die Datenbank blieb unverändert</translation>
    </message>
    <message>
        <source>cannot switch &apos;%1&apos; to WAL journaling: %2</source>
        <translation>„%1“ kann nicht auf WAL-Journaling umgestellt werden: %2</translation>
    </message>
    <message>
        <source>SQLite refused to enforce foreign keys</source>
        <translation>SQLite hat es abgelehnt, Fremdschlüssel durchzusetzen</translation>
    </message>
    <message>
        <source>the SQLite handle is not available</source>
        <translation>das SQLite-Handle ist nicht verfügbar</translation>
    </message>
    <message>
        <source>writing the audit event</source>
        <translation>Schreiben des Audit-Ereignisses</translation>
    </message>
    <message>
        <source>counting audit events</source>
        <translation>Zählen der Audit-Ereignisse</translation>
    </message>
    <message>
        <source>reading audit events</source>
        <translation>Lesen der Audit-Ereignisse</translation>
    </message>
    <message>
        <source>listing audit values</source>
        <translation>Auflisten der Audit-Werte</translation>
    </message>
    <message>
        <source>listing groups</source>
        <translation>Auflisten der Gruppen</translation>
    </message>
    <message>
        <source>reading a group</source>
        <translation>Lesen einer Gruppe</translation>
    </message>
    <message>
        <source>adding the group</source>
        <translation>Hinzufügen der Gruppe</translation>
    </message>
    <message>
        <source>renaming the group</source>
        <translation>Umbenennen der Gruppe</translation>
    </message>
    <message>
        <source>deleting the group</source>
        <translation>Löschen der Gruppe</translation>
    </message>
    <message>
        <source>reading a user</source>
        <translation>Lesen eines Benutzers</translation>
    </message>
    <message>
        <source>adding the member</source>
        <translation>Hinzufügen des Mitglieds</translation>
    </message>
    <message>
        <source>removing the member</source>
        <translation>Entfernen des Mitglieds</translation>
    </message>
    <message>
        <source>queueing the email</source>
        <translation>Einreihen der E-Mail</translation>
    </message>
    <message>
        <source>queueing emails</source>
        <translation>Einreihen der E-Mails</translation>
    </message>
    <message>
        <source>finding the next email</source>
        <translation>Suchen der nächsten E-Mail</translation>
    </message>
    <message>
        <source>claiming the email</source>
        <translation>Übernehmen der E-Mail</translation>
    </message>
    <message>
        <source>marking the email sent</source>
        <translation>Markieren der E-Mail als gesendet</translation>
    </message>
    <message>
        <source>rescheduling the email</source>
        <translation>Neuplanen der E-Mail</translation>
    </message>
    <message>
        <source>marking the email failed</source>
        <translation>Markieren der E-Mail als fehlgeschlagen</translation>
    </message>
    <message>
        <source>changing the outbox message</source>
        <translation>Ändern der Nachricht im Postausgang</translation>
    </message>
    <message>
        <source>cancelling a queued email</source>
        <translation>Abbrechen einer wartenden E-Mail</translation>
    </message>
    <message>
        <source>reading the outbox message</source>
        <translation>Lesen der Nachricht im Postausgang</translation>
    </message>
    <message>
        <source>listing the outbox</source>
        <translation>Auflisten des Postausgangs</translation>
    </message>
    <message>
        <source>counting the outbox</source>
        <translation>Zählen des Postausgangs</translation>
    </message>
    <message>
        <source>checking for a pending key</source>
        <translation>Prüfen auf einen ausstehenden Schlüssel</translation>
    </message>
    <message>
        <source>adding the security key</source>
        <translation>Hinzufügen des Sicherheitsschlüssels</translation>
    </message>
    <message>
        <source>adding security keys</source>
        <translation>Hinzufügen der Sicherheitsschlüssel</translation>
    </message>
    <message>
        <source>adding activations</source>
        <translation>Hinzufügen der Aktivierungen</translation>
    </message>
    <message>
        <source>marking the activation</source>
        <translation>Markieren der Aktivierung</translation>
    </message>
    <message>
        <source>superseding the old activation</source>
        <translation>Ersetzen der alten Aktivierung</translation>
    </message>
    <message>
        <source>adding the activation</source>
        <translation>Hinzufügen der Aktivierung</translation>
    </message>
    <message>
        <source>reading the security key</source>
        <translation>Lesen des Sicherheitsschlüssels</translation>
    </message>
    <message>
        <source>changing the key&apos;s status</source>
        <translation>Ändern des Schlüsselstatus</translation>
    </message>
    <message>
        <source>deleting the key</source>
        <translation>Löschen des Schlüssels</translation>
    </message>
    <message>
        <source>reading security keys</source>
        <translation>Lesen der Sicherheitsschlüssel</translation>
    </message>
    <message>
        <source>looking up the activation</source>
        <translation>Nachschlagen der Aktivierung</translation>
    </message>
    <message>
        <source>looking up the activation code</source>
        <translation>Nachschlagen des Aktivierungscodes</translation>
    </message>
    <message>
        <source>issuing the code&apos;s token</source>
        <translation>Ausgeben des Tokens zum Code</translation>
    </message>
    <message>
        <source>reading the user handle</source>
        <translation>Lesen der Benutzerkennung</translation>
    </message>
    <message>
        <source>storing the user handle</source>
        <translation>Speichern der Benutzerkennung</translation>
    </message>
    <message>
        <source>storing the challenge</source>
        <translation>Speichern der Challenge</translation>
    </message>
    <message>
        <source>reading the user&apos;s credentials</source>
        <translation>Lesen der Anmeldeinformationen des Benutzers</translation>
    </message>
    <message>
        <source>checking the credential id</source>
        <translation>Prüfen der Anmeldeinformations-ID</translation>
    </message>
    <message>
        <source>consuming the activation</source>
        <translation>Verbrauchen der Aktivierung</translation>
    </message>
    <message>
        <source>activating the key</source>
        <translation>Aktivieren des Schlüssels</translation>
    </message>
    <message>
        <source>expiring activations</source>
        <translation>Ablaufenlassen der Aktivierungen</translation>
    </message>
    <message>
        <source>reading a setting</source>
        <translation>Lesen einer Einstellung</translation>
    </message>
    <message>
        <source>recording a runtime value</source>
        <translation>Festhalten eines Laufzeitwerts</translation>
    </message>
    <message>
        <source>writing a setting</source>
        <translation>Schreiben einer Einstellung</translation>
    </message>
    <message>
        <source>counting users</source>
        <translation>Zählen der Benutzer</translation>
    </message>
    <message>
        <source>reading a user&apos;s groups</source>
        <translation>Lesen der Gruppen eines Benutzers</translation>
    </message>
    <message>
        <source>updating the user</source>
        <translation>Aktualisieren des Benutzers</translation>
    </message>
    <message>
        <source>changing the user&apos;s state</source>
        <translation>Ändern des Benutzerzustands</translation>
    </message>
    <message>
        <source>adding users</source>
        <translation>Hinzufügen der Benutzer</translation>
    </message>
    <message>
        <source>adding memberships</source>
        <translation>Hinzufügen der Mitgliedschaften</translation>
    </message>
    <message>
        <source>reading users</source>
        <translation>Lesen der Benutzer</translation>
    </message>
    <message>
        <source>reading the key&apos;s status</source>
        <translation>Lesen des Schlüsselstatus</translation>
    </message>
    <message>
        <source>starting the verification</source>
        <translation>Starten der Verifizierung</translation>
    </message>
    <message>
        <source>reading verifications</source>
        <translation>Lesen der Verifizierungen</translation>
    </message>
    <message>
        <source>reading recent verifications</source>
        <translation>Lesen der letzten Verifizierungen</translation>
    </message>
    <message>
        <source>recording the verification</source>
        <translation>Festhalten der Verifizierung</translation>
    </message>
    <message>
        <source>stamping the key verified</source>
        <translation>Markieren des Schlüssels als verifiziert</translation>
    </message>
    <message>
        <source>reading the Windows sign-in</source>
        <translation>Lesen der Windows-Anmeldung</translation>
    </message>
    <message>
        <source>recording the Windows sign-in</source>
        <translation>Festhalten der Windows-Anmeldung</translation>
    </message>
    <message>
        <source>clearing the Windows sign-in</source>
        <translation>Löschen der Windows-Anmeldung</translation>
    </message>
    <message>
        <source>checking a group</source>
        <translation>Prüfen einer Gruppe</translation>
    </message>
    <message>
        <source>clearing the workflow&apos;s groups</source>
        <translation>Leeren der Gruppen des Workflows</translation>
    </message>
    <message>
        <source>adding a group to the workflow</source>
        <translation>Hinzufügen einer Gruppe zum Workflow</translation>
    </message>
    <message>
        <source>adding the workflow</source>
        <translation>Hinzufügen des Workflows</translation>
    </message>
    <message>
        <source>changing the workflow</source>
        <translation>Ändern des Workflows</translation>
    </message>
    <message>
        <source>enabling the workflow</source>
        <translation>Aktivieren des Workflows</translation>
    </message>
    <message>
        <source>deleting the workflow</source>
        <translation>Löschen des Workflows</translation>
    </message>
    <message>
        <source>reading workflows</source>
        <translation>Lesen der Workflows</translation>
    </message>
    <message>
        <source>counting the users in scope</source>
        <translation>Zählen der Benutzer im Geltungsbereich</translation>
    </message>
    <message>
        <source>reading the workflow&apos;s runs</source>
        <translation>Lesen der Läufe des Workflows</translation>
    </message>
    <message>
        <source>reading the run</source>
        <translation>Lesen des Laufs</translation>
    </message>
    <message>
        <source>reading the run&apos;s outcomes</source>
        <translation>Lesen der Ergebnisse des Laufs</translation>
    </message>
    <message>
        <source>closing interrupted runs</source>
        <translation>Schließen unterbrochener Läufe</translation>
    </message>
    <message>
        <source>starting the run</source>
        <translation>Starten des Laufs</translation>
    </message>
    <message>
        <source>counting the run&apos;s progress</source>
        <translation>Zählen des Fortschritts des Laufs</translation>
    </message>
    <message>
        <source>finishing the run</source>
        <translation>Beenden des Laufs</translation>
    </message>
    <message>
        <source>recording the run&apos;s outcomes</source>
        <translation>Festhalten der Ergebnisse des Laufs</translation>
    </message>
    <message>
        <source>reading the users in scope</source>
        <translation>Lesen der Benutzer im Geltungsbereich</translation>
    </message>
    <message>
        <source>recording the skipped users</source>
        <translation>Festhalten der übersprungenen Benutzer</translation>
    </message>
    <message>
        <source>reading the users due a key</source>
        <translation>Lesen der Benutzer, die einen Schlüssel bekommen</translation>
    </message>
    <message>
        <source>reading the workflow&apos;s pending keys</source>
        <translation>Lesen der ausstehenden Schlüssel des Workflows</translation>
    </message>
    <message>
        <source>reading wrong codes</source>
        <translation>Lesen falscher Codes</translation>
    </message>
    <message>
        <source>recording a wrong code</source>
        <translation>Festhalten eines falschen Codes</translation>
    </message>
    <message>
        <source>forgetting old wrong codes</source>
        <translation>Vergessen alter falscher Codes</translation>
    </message>
    <message>
        <source>counting the workflow&apos;s users</source>
        <translation>Zählen der Benutzer des Workflows</translation>
    </message>
    <message>
        <source>releasing a deleted key&apos;s emails</source>
        <translation>Freigeben der E-Mails eines gelöschten Schlüssels</translation>
    </message>
    <message>
        <source>finding the key&apos;s activations</source>
        <translation>Suchen der Aktivierungen des Schlüssels</translation>
    </message>
    <message>
        <source>finding the workflow&apos;s pending keys</source>
        <translation>Suchen der ausstehenden Schlüssel des Workflows</translation>
    </message>
    <message>
        <source>the PostgreSQL connection handle is not available</source>
        <translation>das PostgreSQL-Verbindungshandle ist nicht verfügbar</translation>
    </message>
    <message>
        <source>the Qt PostgreSQL driver (QPSQL) is not available; install libqt6sql6-psql</source>
        <translation>der Qt-PostgreSQL-Treiber (QPSQL) ist nicht verfügbar; installieren Sie libqt6sql6-psql</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds tables of another application; KeyDesk did not change it</source>
        <translation>„%1“ enthält Tabellen einer anderen Anwendung; KeyDesk hat sie nicht verändert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by a newer KeyDesk (schema version %2; this version supports up to %3). Upgrade KeyDesk to open it; the database was not changed.</source>
        <translation>„%1“ wurde von einem neueren KeyDesk geschrieben (Schemaversion %2; diese Version unterstützt bis %3). Aktualisieren Sie KeyDesk, um sie zu öffnen; die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>copying rows</source>
        <translation>Zeilen kopieren</translation>
    </message>
    <message>
        <source>&apos;%1&apos; stores text as %2; KeyDesk needs a database created with ENCODING &apos;UTF8&apos;. It was not changed.</source>
        <translation>„%1“ speichert Text als %2; KeyDesk braucht eine Datenbank, die mit ENCODING &apos;UTF8&apos; angelegt wurde. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>reading operators</source>
        <translation>Lesen der Operatoren</translation>
    </message>
    <message>
        <source>adding an operator</source>
        <translation>Hinzufügen eines Operators</translation>
    </message>
    <message>
        <source>changing an operator&apos;s role</source>
        <translation>Ändern der Rolle eines Operators</translation>
    </message>
    <message>
        <source>removing an operator</source>
        <translation>Entfernen eines Operators</translation>
    </message>
    <message>
        <source>reading sessions</source>
        <translation>Lesen der Sitzungen</translation>
    </message>
    <message>
        <source>opening a session</source>
        <translation>Öffnen einer Sitzung</translation>
    </message>
    <message>
        <source>recording a session&apos;s use</source>
        <translation>Vermerken der Nutzung einer Sitzung</translation>
    </message>
    <message>
        <source>ending a session</source>
        <translation>Beenden einer Sitzung</translation>
    </message>
    <message>
        <source>deleting ended sessions</source>
        <translation>Löschen beendeter Sitzungen</translation>
    </message>
    <message>
        <source>reading API tokens</source>
        <translation>Lesen der API-Tokens</translation>
    </message>
    <message>
        <source>creating an API token</source>
        <translation>Erstellen eines API-Tokens</translation>
    </message>
    <message>
        <source>revoking an API token</source>
        <translation>Widerrufen eines API-Tokens</translation>
    </message>
    <message>
        <source>starting a sign-in</source>
        <translation>Beginnen einer Anmeldung</translation>
    </message>
    <message>
        <source>reading a sign-in</source>
        <translation>Lesen einer Anmeldung</translation>
    </message>
    <message>
        <source>counting sign-ins</source>
        <translation>Zählen der Anmeldungen</translation>
    </message>
    <message>
        <source>recording a sign-in</source>
        <translation>Vermerken einer Anmeldung</translation>
    </message>
    <message>
        <source>deleting old sign-ins</source>
        <translation>Löschen alter Anmeldungen</translation>
    </message>
    <message>
        <source>recording the key&apos;s use</source>
        <translation>Vermerken der Nutzung des Schlüssels</translation>
    </message>
    <message>
        <source>keeping an import file</source>
        <translation>Speichern einer Importdatei</translation>
    </message>
    <message>
        <source>reading an import file</source>
        <translation>Lesen einer Importdatei</translation>
    </message>
    <message>
        <source>reading import files</source>
        <translation>Lesen der Importdateien</translation>
    </message>
    <message>
        <source>keeping a part of an import file</source>
        <translation>Speichern eines Teils einer Importdatei</translation>
    </message>
    <message>
        <source>discarding an import file</source>
        <translation>Verwerfen einer Importdatei</translation>
    </message>
    <message>
        <source>discarding old import files</source>
        <translation>Verwerfen alter Importdateien</translation>
    </message>
    <message>
        <source>reading the cache&apos;s state</source>
        <translation>Lesen des Stands des Caches</translation>
    </message>
    <message>
        <source>keeping the cache&apos;s state</source>
        <translation>Speichern des Stands des Caches</translation>
    </message>
    <message>
        <source>storing rows from the server</source>
        <translation>Speichern von Zeilen vom Server</translation>
    </message>
    <message>
        <source>deleting rows the server deleted</source>
        <translation>Löschen von Zeilen, die der Server gelöscht hat</translation>
    </message>
    <message>
        <source>reading the change log</source>
        <translation>Lesen des Änderungsprotokolls</translation>
    </message>
    <message>
        <source>reading rows for a desk</source>
        <translation>Lesen von Zeilen für einen Arbeitsplatz</translation>
    </message>
    <message>
        <source>counting rows for a desk</source>
        <translation>Zählen von Zeilen für einen Arbeitsplatz</translation>
    </message>
    <message>
        <source>noting how far the change log has come</source>
        <translation>Vermerken, wie weit das Änderungsprotokoll gekommen ist</translation>
    </message>
    <message>
        <source>pruning the change log</source>
        <translation>Kürzen des Änderungsprotokolls</translation>
    </message>
    <message>
        <source>counting the enrollment</source>
        <translation>beim Zählen der Registrierungen</translation>
    </message>
    <message>
        <source>counting security keys</source>
        <translation>beim Zählen der Sicherheitsschlüssel</translation>
    </message>
    <message>
        <source>setting the group&apos;s key policy</source>
        <translation>Festlegen der Schlüsselrichtlinie der Gruppe</translation>
    </message>
    <message>
        <source>adding the directory source</source>
        <translation>beim Hinzufügen der Verzeichnisquelle</translation>
    </message>
    <message>
        <source>reading directory sources</source>
        <translation>beim Lesen der Verzeichnisquellen</translation>
    </message>
    <message>
        <source>keeping where the directory sync got to</source>
        <translation>beim Festhalten des Stands der Verzeichnissynchronisierung</translation>
    </message>
    <message>
        <source>recording the directory sync run</source>
        <translation>beim Aufzeichnen des Synchronisierungslaufs</translation>
    </message>
    <message>
        <source>reading directory sync runs</source>
        <translation>beim Lesen der Synchronisierungsläufe</translation>
    </message>
    <message>
        <source>reading the source&apos;s users</source>
        <translation>beim Lesen der Benutzer der Quelle</translation>
    </message>
    <message>
        <source>reading the source&apos;s groups</source>
        <translation>beim Lesen der Gruppen der Quelle</translation>
    </message>
    <message>
        <source>giving the user to the directory source</source>
        <translation>beim Übergeben des Benutzers an die Verzeichnisquelle</translation>
    </message>
    <message>
        <source>giving the group to the directory source</source>
        <translation>beim Übergeben der Gruppe an die Verzeichnisquelle</translation>
    </message>
    <message>
        <source>keeping the SCIM token</source>
        <translation>Speichern des SCIM-Tokens</translation>
    </message>
    <message>
        <source>marking the user removed from the directory source</source>
        <translation>Markieren des Benutzers als aus der Verzeichnisquelle entfernt</translation>
    </message>
    <message>
        <source>marking the group removed from the directory source</source>
        <translation>Markieren der Gruppe als aus der Verzeichnisquelle entfernt</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>reading %1: %2</source>
        <translation>%1 lesen: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already holds data (%2); a copy goes only into an empty database, and nothing was copied</source>
        <translation>„%1“ enthält bereits Daten (%2); kopiert wird nur in eine leere Datenbank, und nichts wurde kopiert</translation>
    </message>
    <message>
        <source>a copy goes from an SQLite file to a PostgreSQL database</source>
        <translation>kopiert wird von einer SQLite-Datei in eine PostgreSQL-Datenbank</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is at schema version %2 and &apos;%3&apos; at %4; open both with this KeyDesk first</source>
        <translation>„%1“ hat Schemaversion %2 und „%3“ %4; öffnen Sie zuerst beide mit diesem KeyDesk</translation>
    </message>
    <message>
        <source>the copy of %1 does not match (%2 rows, checksum %3; the source has %4 rows, checksum %5); nothing was copied</source>
        <translation>die Kopie von %1 stimmt nicht überein (%2 Zeilen, Prüfsumme %3; die Quelle hat %4 Zeilen, Prüfsumme %5); nichts wurde kopiert</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>no database path given</source>
        <translation>kein Datenbankpfad angegeben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a file path nor a postgresql:// URL</source>
        <translation>„%1“ ist weder ein Dateipfad noch eine postgresql://-URL</translation>
    </message>
    <message>
        <source>the database URL is not valid: %1</source>
        <translation>die Datenbank-URL ist ungültig: %1</translation>
    </message>
    <message>
        <source>the database URL holds a password; give it in PGPASSWORD or ~/.pgpass instead, so that it does not show in process lists and logs</source>
        <translation>die Datenbank-URL enthält ein Passwort; geben Sie es stattdessen in PGPASSWORD oder ~/.pgpass an, damit es nicht in Prozesslisten und Protokollen erscheint</translation>
    </message>
    <message>
        <source>the database URL names no database (postgresql://user@host:port/DATABASE)</source>
        <translation>die Datenbank-URL nennt keine Datenbank (postgresql://benutzer@host:port/DATENBANK)</translation>
    </message>
    <message>
        <source>the database URL has an unknown setting &apos;%1&apos; (known: %2)</source>
        <translation>die Datenbank-URL hat eine unbekannte Einstellung „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>the database URL&apos;s setting &apos;%1&apos; has no usable value</source>
        <translation>die Einstellung „%1“ der Datenbank-URL hat keinen brauchbaren Wert</translation>
    </message>
    <message>
        <source>sslmode &apos;%1&apos; is not one of %2</source>
        <translation>sslmode „%1“ ist keiner von %2</translation>
    </message>
    <message>
        <source>the database URL names its host twice</source>
        <translation>die Datenbank-URL nennt ihren Host zweimal</translation>
    </message>
</context>
<context>
    <name>DatabaseTransfer</name>
    <message>
        <source>cannot read the code key &apos;%1&apos;: %2</source>
        <translation>der Code-Schlüssel „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds another code key than &apos;%2&apos;; move it away (or point KEYDESK_CODE_KEY_FILE elsewhere) so that the copy can bring the desk&apos;s key; nothing was copied</source>
        <translation>„%1“ enthält einen anderen Code-Schlüssel als „%2“; verschieben Sie ihn (oder lassen Sie KEYDESK_CODE_KEY_FILE woanders hin zeigen), damit die Kopie den Schlüssel des Arbeitsplatzes mitbringen kann; nichts wurde kopiert</translation>
    </message>
    <message>
        <source>the rows were copied, but the code key could not be written to &apos;%1&apos; (%2); copy &apos;%3&apos; there before starting a server</source>
        <translation>die Zeilen wurden kopiert, aber der Code-Schlüssel konnte nicht nach „%1“ geschrieben werden (%2); kopieren Sie „%3“ dorthin, bevor Sie einen Server starten</translation>
    </message>
    <message>
        <source>a copy goes from an SQLite file to a PostgreSQL database</source>
        <translation>kopiert wird von einer SQLite-Datei in eine PostgreSQL-Datenbank</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>the number of demo users must be between 1 and %1</source>
        <translation>die Zahl der Demo-Benutzer muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>the database already has %1 users; demo data goes into an empty database</source>
        <translation>die Datenbank hat bereits %1 Benutzer; Demodaten gehören in eine leere Datenbank</translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <source>Cannot create the folder for the demo database %1.</source>
        <translation>Der Ordner für die Demo-Datenbank %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>DeploymentSettings</name>
    <message>
        <source>Where phones reach the enrollment server, e.g. https://keys.example.com</source>
        <translation>Wo Telefone den Registrierungsserver erreichen, z. B. https://keys.example.com</translation>
    </message>
    <message>
        <source>the address the server listens on (http://localhost:&lt;port&gt;)</source>
        <translation>die Adresse, auf der der Server lauscht (http://localhost:&lt;port&gt;)</translation>
    </message>
    <message>
        <source>Relying party ID (a domain)</source>
        <translation>Relying-Party-ID (eine Domain)</translation>
    </message>
    <message>
        <source>the base URL&apos;s host</source>
        <translation>der Host der Basis-URL</translation>
    </message>
    <message>
        <source>Name the phone shows for the passkey</source>
        <translation>Name, den das Telefon für den Passkey zeigt</translation>
    </message>
    <message>
        <source>Further allowed origins, space-separated (app origins too)</source>
        <translation>Weitere erlaubte Origins, durch Leerzeichen getrennt (auch App-Origins)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no value set</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>Lifetime of an Activate Now link, minutes (1-1440)</source>
        <translation>Gültigkeit eines Links für „Jetzt aktivieren“, Minuten (1–1440)</translation>
    </message>
    <message>
        <source>Lifetime of an emailed link, days (1-90)</source>
        <translation>Gültigkeit eines per E-Mail gesendeten Links, Tage (1–90)</translation>
    </message>
    <message>
        <source>New keys: user verification required or preferred</source>
        <translation>Neue Schlüssel: Benutzerverifizierung required (verlangt) oder preferred (bevorzugt)</translation>
    </message>
    <message>
        <source>New keys: attestation policy none, record or require</source>
        <translation>Neue Schlüssel: Attestierungsrichtlinie none, record oder require</translation>
    </message>
    <message>
        <source>Attestation trust anchors: PEM root certificates</source>
        <translation>Vertrauensanker für Attestierungen: PEM-Stammzertifikate</translation>
    </message>
    <message>
        <source>Minutes between workflow runs while the console or serve runs (1-1440)</source>
        <translation>Minuten zwischen Workflow-Läufen, solange die Konsole oder serve läuft (1–1440)</translation>
    </message>
    <message>
        <source>setting %1: &quot;%2&quot; must be a whole number from 1 to 1440</source>
        <translation>Einstellung %1: „%2“ muss eine ganze Zahl von 1 bis 1440 sein</translation>
    </message>
    <message>
        <source>setting %1: &quot;%2&quot; must be required or preferred</source>
        <translation>Einstellung %1: „%2“ muss required oder preferred sein</translation>
    </message>
    <message>
        <source>setting %1: &quot;%2&quot; must be none, record or require</source>
        <translation>Einstellung %1: „%2“ muss none, record oder require sein</translation>
    </message>
    <message>
        <source>SMTP settings are changed with &apos;keydesk-cli mail configure&apos;</source>
        <translation>SMTP-Einstellungen werden mit „keydesk-cli mail configure“ geändert</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos; (settings: %2)</source>
        <translation>unbekannte Einstellung „%1“ (Einstellungen: %2)</translation>
    </message>
    <message>
        <source>Key algorithms offered to phones, space-separated, preferred first (RS384, RS512 and PS384 only when listed)</source>
        <translation>Den Telefonen angebotene Schlüsselalgorithmen, durch Leerzeichen getrennt, bevorzugte zuerst (RS384, RS512 und PS384 nur, wenn aufgeführt)</translation>
    </message>
    <message>
        <source>Days without use or verification after which the Overview lists an active key as stale (1-3650)</source>
        <translation>Tage ohne Verwendung oder Prüfung, nach denen die Übersicht einen aktiven Schlüssel als ungenutzt aufführt (1-3650)</translation>
    </message>
    <message>
        <source>setting %1: &quot;%2&quot; must be a whole number from 1 to 3650</source>
        <translation>Einstellung %1: „%2“ muss eine ganze Zahl von 1 bis 3650 sein</translation>
    </message>
    <message>
        <source>Key policy: device-bound keys only, refusing synced passkeys (true or false)</source>
        <translation>Schlüsselrichtlinie: nur gerätegebundene Schlüssel, synchronisierte Passkeys werden abgelehnt (true oder false)</translation>
    </message>
    <message>
        <source>Key policy: any authenticator, or only those policy.aaguids allows, or all but those it blocks (any, allow or block)</source>
        <translation>Schlüsselrichtlinie: jeder Authentifikator, nur die von policy.aaguids erlaubten oder alle außer den dort gesperrten (any, allow oder block)</translation>
    </message>
    <message>
        <source>Key policy: the AAGUIDs policy.authenticators allows or blocks, space-separated</source>
        <translation>Schlüsselrichtlinie: die AAGUIDs, die policy.authenticators erlaubt oder sperrt, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>setting %1: &quot;%2&quot; must be true or false</source>
        <translation>Einstellung %1: „%2“ muss true oder false sein</translation>
    </message>
    <message>
        <source>setting %1: &quot;%2&quot; is not an AAGUID (8-4-4-4-12 hexadecimal digits)</source>
        <translation>Einstellung %1: „%2“ ist keine AAGUID (8-4-4-4-12 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>setting %1: &quot;%2&quot; must be any, allow or block</source>
        <translation>Einstellung %1: „%2“ muss any, allow oder block sein</translation>
    </message>
    <message>
        <source>setting %1: an allow-list needs at least one AAGUID in %2</source>
        <translation>Einstellung %1: eine Erlaubnisliste braucht mindestens eine AAGUID in %2</translation>
    </message>
    <message>
        <source>Key policy: only keys whose attestation chains to the attestation trust anchors (true or false)</source>
        <translation>Schlüsselrichtlinie: nur Schlüssel, deren Attestierung zu den Vertrauensankern für Attestierungen führt (true oder false)</translation>
    </message>
</context>
<context>
    <name>DeskSettings</name>
    <message>
        <source>The %1 file %2 cannot be read.</source>
        <translation>Die %1-Datei %2 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The old setting %1 = “%2” was not valid and was dropped.</source>
        <translation>Die alte Einstellung %1 = „%2“ war ungültig und wurde verworfen.</translation>
    </message>
    <message>
        <source>“%1” is not a language KeyDesk speaks (%2, or empty for the system&apos;s).</source>
        <translation>„%1“ ist keine Sprache, die KeyDesk spricht (%2, oder leer für die des Systems).</translation>
    </message>
    <message>
        <source>“%1” is not an appearance (system, light or dark).</source>
        <translation>„%1“ ist kein Erscheinungsbild (system, light oder dark).</translation>
    </message>
    <message>
        <source>The database path must be absolute, not “%1”.</source>
        <translation>Der Datenbankpfad muss absolut sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address to listen on (e.g. 127.0.0.1 or 0.0.0.0).</source>
        <translation>„%1“ ist keine IP-Adresse zum Lauschen (z. B. 127.0.0.1 oder 0.0.0.0).</translation>
    </message>
    <message>
        <source>The port must be from 0 to 65535 (0 picks a free one), not %1.</source>
        <translation>Der Port muss zwischen 0 und 65535 liegen (0 wählt einen freien), nicht %1.</translation>
    </message>
    <message>
        <source>HTTPS needs both the certificate and its private key, or neither.</source>
        <translation>HTTPS braucht das Zertifikat und seinen privaten Schlüssel, oder keines von beiden.</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>privater Schlüssel</translation>
    </message>
</context>
<context>
    <name>DirectoryService</name>
    <message>
        <source>a directory source named &apos;%1&apos; already exists</source>
        <translation>eine Verzeichnisquelle namens „%1“ gibt es bereits</translation>
    </message>
    <message>
        <source>no directory source &apos;%1&apos;</source>
        <translation>keine Verzeichnisquelle „%1“</translation>
    </message>
    <message>
        <source>the directory source &apos;%1&apos; is an LDAP source; a SCIM token needs a SCIM source of its own name</source>
        <translation>die Verzeichnisquelle „%1“ ist eine LDAP-Quelle; ein SCIM-Token braucht eine SCIM-Quelle mit eigenem Namen</translation>
    </message>
    <message>
        <source>the request has no bearer token</source>
        <translation>die Anfrage enthält kein Bearer-Token</translation>
    </message>
    <message>
        <source>the bearer token is not a KeyDesk SCIM token</source>
        <translation>das Bearer-Token ist kein SCIM-Token von KeyDesk</translation>
    </message>
    <message>
        <source>the SCIM token is unknown or was replaced</source>
        <translation>das SCIM-Token ist unbekannt oder wurde ersetzt</translation>
    </message>
</context>
<context>
    <name>DirectorySource</name>
    <message>
        <source>flavour must be &quot;openldap&quot; or &quot;ad&quot;</source>
        <translation>flavour muss „openldap“ oder „ad“ sein</translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation>%1 muss Text sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting of an LDAP source</source>
        <translation>„%1“ ist keine Einstellung einer LDAP-Quelle</translation>
    </message>
    <message>
        <source>startTls must be true or false</source>
        <translation>startTls muss true oder false sein</translation>
    </message>
    <message>
        <source>baseDns must be a list of DNs</source>
        <translation>baseDns muss eine Liste von DNs sein</translation>
    </message>
    <message>
        <source>nestedGroups must be &quot;walk&quot; or &quot;in-chain&quot;</source>
        <translation>nestedGroups muss „walk“ oder „in-chain“ sein</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an LDAP URL (ldap://host:port or ldaps://host:port)</source>
        <translation>„%1“ ist keine LDAP-URL (ldap://host:port oder ldaps://host:port)</translation>
    </message>
    <message>
        <source>StartTLS is for ldap:// URLs; an ldaps:// URL is TLS from the start</source>
        <translation>StartTLS gilt für ldap://-URLs; eine ldaps://-URL ist von Anfang an TLS</translation>
    </message>
    <message>
        <source>a bind DN is required</source>
        <translation>ein Bind-DN ist erforderlich</translation>
    </message>
    <message>
        <source>at least one base DN is required, and none may be empty</source>
        <translation>mindestens ein Basis-DN ist erforderlich, und keiner darf leer sein</translation>
    </message>
    <message>
        <source>the filter &quot;%1&quot; is not an LDAP filter: it must be in parentheses</source>
        <translation>der Filter „%1“ ist kein LDAP-Filter: er muss in Klammern stehen</translation>
    </message>
    <message>
        <source>the id, mail and change attributes must be named</source>
        <translation>die Attribute für Kennung, E-Mail und Änderung müssen benannt sein</translation>
    </message>
    <message>
        <source>a source needs a name</source>
        <translation>eine Quelle braucht einen Namen</translation>
    </message>
    <message>
        <source>the source name &apos;%1&apos; has leading or trailing spaces or is longer than 64 characters</source>
        <translation>der Quellenname „%1“ hat Leerzeichen am Anfang oder Ende oder ist länger als 64 Zeichen</translation>
    </message>
    <message>
        <source>the source name &apos;%1&apos; contains &apos;/&apos; or a control character</source>
        <translation>der Quellenname „%1“ enthält „/“ oder ein Steuerzeichen</translation>
    </message>
</context>
<context>
    <name>DirectorySync</name>
    <message>
        <source>the email %1 is already user %2&apos;s</source>
        <translation>die E-Mail-Adresse %1 gehört bereits Benutzer %2</translation>
    </message>
    <message>
        <source>the email %1 is another entry&apos;s of this source too</source>
        <translation>die E-Mail-Adresse %1 hat auch ein anderer Eintrag dieser Quelle</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>the email %1 is already user %2&apos;s, who comes from another directory source</source>
        <translation>die E-Mail-Adresse %1 gehört bereits Benutzer %2, der aus einer anderen Verzeichnisquelle stammt</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>war %1</translation>
    </message>
    <message>
        <source>left the directory source %1 (%2)</source>
        <translation>hat die Verzeichnisquelle %1 verlassen (%2)</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>the group name %1 is another group&apos;s of this source</source>
        <translation>den Gruppennamen %1 hat eine andere Gruppe dieser Quelle</translation>
    </message>
    <message>
        <source>KeyDesk already has a group named %1 that does not come from this source; rename it to take the directory&apos;s</source>
        <translation>KeyDesk hat bereits eine Gruppe namens %1, die nicht aus dieser Quelle stammt; benennen Sie sie um, um die des Verzeichnisses zu übernehmen</translation>
    </message>
    <message>
        <source>the email %1 is already user %2&apos;s, another entry of this source</source>
        <translation>die E-Mail-Adresse %1 gehört bereits Benutzer %2, einem anderen Eintrag dieser Quelle</translation>
    </message>
    <message>
        <source>made again</source>
        <translation>neu angelegt</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>email is required</source>
        <translation>eine E-Mail-Adresse ist erforderlich</translation>
    </message>
    <message>
        <source>email %1 is longer than 254 characters</source>
        <translation>die E-Mail-Adresse %1 ist länger als 254 Zeichen</translation>
    </message>
    <message>
        <source>email %1 is not of the form name@domain</source>
        <translation>die E-Mail-Adresse %1 hat nicht die Form name@domain</translation>
    </message>
    <message>
        <source>email %1 has a name part longer than 64 characters</source>
        <translation>die E-Mail-Adresse %1 hat einen Namensteil über 64 Zeichen</translation>
    </message>
    <message>
        <source>email %1 has a misplaced dot</source>
        <translation>die E-Mail-Adresse %1 hat einen falsch gesetzten Punkt</translation>
    </message>
    <message>
        <source>email %1 contains &apos;%2&apos;, which is not allowed</source>
        <translation>die E-Mail-Adresse %1 enthält „%2“, was nicht erlaubt ist</translation>
    </message>
    <message>
        <source>email %1 has no dotted domain</source>
        <translation>die E-Mail-Adresse %1 hat keine Domain mit Punkt</translation>
    </message>
    <message>
        <source>email %1 has an invalid domain</source>
        <translation>die E-Mail-Adresse %1 hat eine ungültige Domain</translation>
    </message>
</context>
<context>
    <name>Enrollment</name>
    <message>
        <source>Active key</source>
        <translation>Aktiver Schlüssel</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Suspended or revoked</source>
        <translation>Gesperrt oder widerrufen</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Kein Schlüssel</translation>
    </message>
</context>
<context>
    <name>EnrollmentConfig</name>
    <message>
        <source>%1: &quot;%2&quot; is not an http(s) URL like https://keys.example.com</source>
        <translation>%1: „%2“ ist keine http(s)-URL wie https://keys.example.com</translation>
    </message>
    <message>
        <source>%1: phones refuse passkeys on plain http except for localhost; use https for &quot;%2&quot;</source>
        <translation>%1: Telefone lehnen Passkeys über einfaches http ab, außer für localhost; verwenden Sie https für „%2“</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be the base URL&apos;s host &quot;%3&quot; or a parent domain of it</source>
        <translation>%1: „%2“ muss der Host „%3“ der Basis-URL oder eine übergeordnete Domain davon sein</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an origin like https://keys.example.com</source>
        <translation>%1: „%2“ ist kein Origin wie https://keys.example.com</translation>
    </message>
    <message>
        <source>setting %1: RS1 signs attestation statements only; a credential key cannot use it</source>
        <translation>Einstellung %1: RS1 signiert nur Attestierungsaussagen; ein Anmeldeschlüssel kann es nicht verwenden</translation>
    </message>
    <message>
        <source>setting %1: &quot;%2&quot; is not an algorithm KeyDesk verifies (%3)</source>
        <translation>Einstellung %1: „%2“ ist kein Algorithmus, den KeyDesk prüft (%3)</translation>
    </message>
    <message>
        <source>setting %1: %2 is named twice</source>
        <translation>Einstellung %1: %2 ist zweimal genannt</translation>
    </message>
    <message>
        <source>setting %1: %2</source>
        <translation>Einstellung %1: %2</translation>
    </message>
</context>
<context>
    <name>EnrollmentReportPdf</name>
    <message>
        <source>Enabled users</source>
        <translation>Aktivierte Benutzer</translation>
    </message>
    <message>
        <source>Active %</source>
        <translation>Aktiv %</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>a PDF report needs fonts, which this program has not loaded (no QGuiApplication)</source>
        <translation>ein PDF-Bericht braucht Schriften, die dieses Programm nicht geladen hat (keine QGuiApplication)</translation>
    </message>
    <message>
        <source>Enrollment report</source>
        <translation>Registrierungsbericht</translation>
    </message>
    <message>
        <source>KeyDesk · %1 · %2</source>
        <translation>KeyDesk · %1 · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>As of %1. %2 enabled users; %3 disabled users are not counted.</source>
        <translation>Stand %1. %2 aktivierte Benutzer; %3 deaktivierte Benutzer werden nicht gezählt.</translation>
    </message>
    <message>
        <source>By group</source>
        <translation>Nach Gruppe</translation>
    </message>
    <message>
        <source>No groups.</source>
        <translation>Keine Gruppen.</translation>
    </message>
    <message>
        <source>By group, continued</source>
        <translation>Nach Gruppe, Fortsetzung</translation>
    </message>
</context>
<context>
    <name>EnrollmentServer</name>
    <message>
        <source>Use %1 for this address.</source>
        <translation>Verwenden Sie %1 für diese Adresse.</translation>
    </message>
    <message>
        <source>cannot read the TLS certificate &apos;%1&apos;: %2</source>
        <translation>das TLS-Zertifikat „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read the TLS key &apos;%1&apos;: %2</source>
        <translation>der TLS-Schlüssel „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no PEM certificate</source>
        <translation>„%1“ enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no PEM EC or RSA private key</source>
        <translation>„%1“ enthält keinen privaten PEM-Schlüssel (EC oder RSA)</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>auf %1 Port %2 kann nicht gelauscht werden: %3</translation>
    </message>
    <message>
        <source>Send the body as application/json.</source>
        <translation>Senden Sie den Inhalt als application/json.</translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation>Keine solche Datei.</translation>
    </message>
    <message>
        <source>No such address.</source>
        <translation>Keine solche Adresse.</translation>
    </message>
    <message>
        <source>the TLS key &apos;%1&apos; is not the key of the certificate &apos;%2&apos; (the first one in the file); give the pair that belongs together</source>
        <translation>Der TLS-Schlüssel &apos;%1&apos; gehört nicht zum Zertifikat &apos;%2&apos; (dem ersten in der Datei); geben Sie das zusammengehörige Paar an</translation>
    </message>
    <message>
        <source>the TLS key &apos;%1&apos; can be read by other users of this computer; fix: chmod 600 &apos;%1&apos;</source>
        <translation>Der TLS-Schlüssel &apos;%1&apos; kann von anderen Benutzern dieses Computers gelesen werden; Abhilfe: chmod 600 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the TLS certificate &apos;%1&apos; expired on %2: phones will refuse it</source>
        <translation>Das TLS-Zertifikat &apos;%1&apos; ist am %2 abgelaufen: Telefone werden es ablehnen</translation>
    </message>
    <message>
        <source>the TLS certificate &apos;%1&apos; is not valid before %2: phones will refuse it</source>
        <translation>Das TLS-Zertifikat &apos;%1&apos; ist erst ab %2 gültig: Telefone werden es ablehnen</translation>
    </message>
</context>
<context>
    <name>EnrollmentService</name>
    <message>
        <source>This activation link has expired. Ask your helpdesk for a new one.</source>
        <translation>Dieser Aktivierungslink ist abgelaufen. Bitten Sie Ihren Helpdesk um einen neuen.</translation>
    </message>
    <message>
        <source>A newer activation link replaced this one. Use the latest link you received.</source>
        <translation>Ein neuerer Aktivierungslink hat diesen ersetzt. Verwenden Sie den neuesten Link, den Sie erhalten haben.</translation>
    </message>
    <message>
        <source>This security key was withdrawn by your helpdesk.</source>
        <translation>Ihr Helpdesk hat diesen Sicherheitsschlüssel zurückgezogen.</translation>
    </message>
    <message>
        <source>This activation link was already used. Your key is active.</source>
        <translation>Dieser Aktivierungslink wurde bereits verwendet. Ihr Schlüssel ist aktiv.</translation>
    </message>
    <message>
        <source>This activation link is not valid. Check that you opened the whole link, or ask your helpdesk for a new one.</source>
        <translation>Dieser Aktivierungslink ist ungültig. Prüfen Sie, ob Sie den ganzen Link geöffnet haben, oder bitten Sie Ihren Helpdesk um einen neuen.</translation>
    </message>
    <message>
        <source>The server could not complete the request. Try again.</source>
        <translation>Der Server konnte die Anfrage nicht ausführen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The registration response is not valid: %1</source>
        <translation>Die Registrierungsantwort ist ungültig: %1</translation>
    </message>
    <message>
        <source>No registration is in progress for this link, or it timed out. Start again.</source>
        <translation>Für diesen Link läuft keine Registrierung, oder sie ist abgelaufen. Beginnen Sie erneut.</translation>
    </message>
    <message>
        <source>The security key could not be verified (%1): %2</source>
        <translation>Der Sicherheitsschlüssel konnte nicht verifiziert werden (%1): %2</translation>
    </message>
    <message>
        <source>This passkey is already registered with KeyDesk.</source>
        <translation>Dieser Passkey ist bereits bei KeyDesk registriert.</translation>
    </message>
    <message>
        <source>The body is not JSON: %1</source>
        <translation>Der Inhalt ist kein JSON: %1</translation>
    </message>
    <message>
        <source>The body must be {&quot;email&quot;: &quot;...&quot;, &quot;code&quot;: &quot;...&quot;}.</source>
        <translation>Der Inhalt muss {&quot;email&quot;: &quot;...&quot;, &quot;code&quot;: &quot;...&quot;} sein.</translation>
    </message>
    <message>
        <source>The email is missing or too long.</source>
        <translation>Die E-Mail-Adresse fehlt oder ist zu lang.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong codes. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Zu viele falsche Codes. Versuchen Sie es in %n Minute erneut.</numerusform>
            <numerusform>Zu viele falsche Codes. Versuchen Sie es in %n Minuten erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>No pending activation matches this email and code.</source>
        <translation>Keine ausstehende Aktivierung passt zu dieser E-Mail-Adresse und diesem Code.</translation>
    </message>
    <message>
        <source>This security key is not allowed here: %1. Ask your helpdesk which kind to use.</source>
        <translation>Dieser Sicherheitsschlüssel ist hier nicht erlaubt: %1. Fragen Sie Ihren Helpdesk, welche Art Sie verwenden sollen.</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no security key %1</source>
        <translation>kein Sicherheitsschlüssel %1</translation>
    </message>
    <message>
        <source>key %1 is %2; it must be %3 to be %4</source>
        <translation>Schlüssel %1 ist %2; er muss %3 sein, um %4 zu werden</translation>
    </message>
    <message>
        <source>key %1 is %2; only a pending or expired key gets a new activation</source>
        <translation>Schlüssel %1 ist %2; nur ein ausstehender oder abgelaufener Schlüssel bekommt eine neue Aktivierung</translation>
    </message>
    <message>
        <source>key %1 is %2; only a key that was never activated can be deleted (revoke it instead)</source>
        <translation>Schlüssel %1 ist %2; nur ein nie aktivierter Schlüssel kann gelöscht werden (widerrufen Sie ihn stattdessen)</translation>
    </message>
    <message>
        <source>a reason is required to revoke a key</source>
        <translation>zum Widerrufen eines Schlüssels ist ein Grund erforderlich</translation>
    </message>
    <message>
        <source>%1 is disabled; enable the user before assigning a key</source>
        <translation>%1 ist deaktiviert; aktivieren Sie den Benutzer, bevor Sie einen Schlüssel zuweisen</translation>
    </message>
    <message>
        <source>%1 is disabled; enable the user before re-issuing</source>
        <translation>%1 ist deaktiviert; aktivieren Sie den Benutzer vor dem Neuausstellen</translation>
    </message>
    <message>
        <source>%1 already has a pending %2 key (key %3); re-issue its activation instead</source>
        <translation>%1 hat bereits einen ausstehenden %2-Schlüssel (Schlüssel %3); stellen Sie stattdessen dessen Aktivierung neu aus</translation>
    </message>
    <message>
        <source>%1 has another pending %2 key (key %3); re-issue that one instead</source>
        <translation>%1 hat einen anderen ausstehenden %2-Schlüssel (Schlüssel %3); stellen Sie stattdessen diesen neu aus</translation>
    </message>
    <message>
        <source>%1 is %2 and may not %3</source>
        <translation>%1 hat die Rolle %2 und darf nicht: %3</translation>
    </message>
    <message>
        <source>%1; sign in again</source>
        <translation>%1; bitte erneut anmelden</translation>
    </message>
    <message>
        <source>%1; wait a few minutes and try again</source>
        <translation>%1; warten Sie einige Minuten und versuchen Sie es erneut</translation>
    </message>
</context>
<context>
    <name>ExportFileDialog</name>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>FidoU2fAttestation</name>
    <message>
        <source>fido-u2f attStmt needs a byte string sig</source>
        <translation>fido-u2f-attStmt braucht eine Byte-Zeichenkette sig</translation>
    </message>
    <message>
        <source>fido-u2f x5c must hold exactly one certificate</source>
        <translation>fido-u2f-x5c muss genau ein Zertifikat enthalten</translation>
    </message>
    <message>
        <source>fido-u2f certificate key must be on P-256</source>
        <translation>der fido-u2f-Zertifikatsschlüssel muss auf P-256 liegen</translation>
    </message>
    <message>
        <source>fido-u2f needs an ES256 credential key, got %1</source>
        <translation>fido-u2f braucht einen ES256-Schlüssel der Anmeldeinformation, erhalten %1</translation>
    </message>
    <message>
        <source>fido-u2f attestation by %1</source>
        <translation>fido-u2f-Attestierung durch %1</translation>
    </message>
    <message>
        <source>the attestation certificate</source>
        <translation>das Attestierungszertifikat</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>group name is required</source>
        <translation>ein Gruppenname ist erforderlich</translation>
    </message>
    <message>
        <source>group name &apos;%1&apos; has leading or trailing spaces</source>
        <translation>der Gruppenname „%1“ hat Leerzeichen am Anfang oder Ende</translation>
    </message>
    <message>
        <source>group name is longer than 128 characters</source>
        <translation>der Gruppenname ist länger als 128 Zeichen</translation>
    </message>
    <message>
        <source>group name contains a control character</source>
        <translation>der Gruppenname enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>group name &apos;%1&apos; contains &apos;;&apos;, which separates groups in CSV files</source>
        <translation>der Gruppenname „%1“ enthält „;“, das in CSV-Dateien Gruppen trennt</translation>
    </message>
</context>
<context>
    <name>GroupRepository</name>
    <message>
        <source>no group &apos;%1&apos;</source>
        <translation>keine Gruppe „%1“</translation>
    </message>
    <message>
        <source>no group with id %1</source>
        <translation>keine Gruppe mit der ID %1</translation>
    </message>
</context>
<context>
    <name>GroupService</name>
    <message>
        <source>a group named &apos;%1&apos; already exists</source>
        <translation>eine Gruppe namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; already has that name</source>
        <translation>die Gruppe „%1“ hat diesen Namen bereits</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; comes from the directory source %2: rename it there</source>
        <translation>die Gruppe „%1“ stammt aus der Verzeichnisquelle %2: benennen Sie sie dort um</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; comes from the directory source %2: remove it there</source>
        <translation>die Gruppe „%1“ stammt aus der Verzeichnisquelle %2: entfernen Sie sie dort</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>New Group…</source>
        <translation>Neue Gruppe…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Members of the selected group</source>
        <translation>Mitglieder der ausgewählten Gruppe</translation>
    </message>
    <message>
        <source>Email of a user to add</source>
        <translation>E-Mail eines hinzuzufügenden Benutzers</translation>
    </message>
    <message>
        <source>Add Member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>Remove Selected</source>
        <translation>Auswahl entfernen</translation>
    </message>
    <message>
        <source>Key Policy…</source>
        <translation>Schlüsselrichtlinie…</translation>
    </message>
    <message>
        <source>Which authenticators this group&apos;s members may activate, besides the deployment&apos;s key policy</source>
        <translation>Welche Authentifikatoren die Mitglieder dieser Gruppe aktivieren dürfen, zusätzlich zur Schlüsselrichtlinie der Installation</translation>
    </message>
</context>
<context>
    <name>HealthProbe</name>
    <message>
        <source>%1 is not an http(s) address</source>
        <translation>%1 ist keine http(s)-Adresse</translation>
    </message>
    <message>
        <source>nothing answers at %1 (%2)</source>
        <translation>unter %1 antwortet nichts (%2)</translation>
    </message>
    <message>
        <source>%1 answers, but not as a ready KeyDesk server (HTTP %2)</source>
        <translation>%1 antwortet, aber nicht als bereiter KeyDesk-Server (HTTP %2)</translation>
    </message>
    <message>
        <source>the server at %1 is not ready: %2</source>
        <translation>der Server unter %1 ist nicht bereit: %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Users</source>
        <translation>Benutzer importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ImportUploadService</name>
    <message>
        <source>the file&apos;s name must be 1 to %1 characters, none of them a control character</source>
        <translation>der Dateiname muss 1 bis %1 Zeichen lang sein, keines davon ein Steuerzeichen</translation>
    </message>
    <message>
        <source>an import file is 0 to %1 MiB, not %2 bytes</source>
        <translation>eine Importdatei hat 0 bis %1 MiB, nicht %2 Byte</translation>
    </message>
    <message>
        <source>the file&apos;s SHA-256 is 32 bytes, not %1</source>
        <translation>der SHA-256 der Datei hat 32 Byte, nicht %1</translation>
    </message>
    <message>
        <source>%1 has %2 import files waiting already; import or discard one first</source>
        <translation>%1 hat bereits %2 wartende Importdateien; importieren oder verwerfen Sie zuerst eine</translation>
    </message>
    <message>
        <source>no import file %1</source>
        <translation>keine Importdatei %1</translation>
    </message>
    <message>
        <source>import file %1 has parts 0 to %2, not %3</source>
        <translation>Importdatei %1 hat die Teile 0 bis %2, nicht %3</translation>
    </message>
    <message>
        <source>part %1 of import file %2 is %3 bytes long, not %4</source>
        <translation>Teil %1 der Importdatei %2 ist %3 Byte lang, nicht %4</translation>
    </message>
    <message>
        <source>import file %1 is not whole; parts still to send: %2</source>
        <translation>Importdatei %1 ist nicht vollständig; noch zu senden sind die Teile: %2</translation>
    </message>
    <message>
        <source>import file %1 is not the file that was announced (its SHA-256 differs); send it again</source>
        <translation>Importdatei %1 ist nicht die angekündigte Datei (ihr SHA-256 weicht ab); senden Sie sie erneut</translation>
    </message>
</context>
<context>
    <name>KeyEnrollment</name>
    <message>
        <source>The user is disabled.</source>
        <translation>Der Benutzer ist deaktiviert.</translation>
    </message>
    <message>
        <source>The user has no email address.</source>
        <translation>Der Benutzer hat keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>the key&apos;s user is gone</source>
        <translation>der Benutzer des Schlüssels existiert nicht mehr</translation>
    </message>
    <message>
        <source>setting %1: &quot;%2&quot; must be a whole number from 1 to %3</source>
        <translation>Einstellung %1: „%2“ muss eine ganze Zahl von 1 bis %3 sein</translation>
    </message>
    <message>
        <source>Email is not set up yet: the activation email waits in the outbox and goes out once Email Settings are complete.</source>
        <translation>E-Mail ist noch nicht eingerichtet: Die Aktivierungs-E-Mail wartet im Postausgang und geht hinaus, sobald die E-Mail-Einstellungen vollständig sind.</translation>
    </message>
</context>
<context>
    <name>KeyLifecycle</name>
    <message>
        <source>cancelled: replaced by a reminder</source>
        <translation>abgebrochen: durch eine Erinnerung ersetzt</translation>
    </message>
    <message>
        <source>cancelled: superseded by a new activation</source>
        <translation>abgebrochen: durch eine neue Aktivierung ersetzt</translation>
    </message>
    <message>
        <source>cancelled: key revoked</source>
        <translation>abgebrochen: Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>cancelled: key deleted</source>
        <translation>abgebrochen: Schlüssel gelöscht</translation>
    </message>
</context>
<context>
    <name>KeyPolicy</name>
    <message>
        <source>a key policy must be a JSON object</source>
        <translation>eine Schlüsselrichtlinie muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>a key policy&apos;s deviceBoundOnly must be true or false</source>
        <translation>deviceBoundOnly einer Schlüsselrichtlinie muss true oder false sein</translation>
    </message>
    <message>
        <source>a key policy&apos;s authenticators must be any, allow or block</source>
        <translation>authenticators einer Schlüsselrichtlinie muss any, allow oder block sein</translation>
    </message>
    <message>
        <source>a key policy&apos;s aaguids must be a list of AAGUIDs</source>
        <translation>aaguids einer Schlüsselrichtlinie muss eine Liste von AAGUIDs sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an AAGUID (8-4-4-4-12 hexadecimal digits)</source>
        <translation>„%1“ ist keine AAGUID (8-4-4-4-12 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>an allow-list needs at least one AAGUID</source>
        <translation>eine Positivliste braucht mindestens eine AAGUID</translation>
    </message>
    <message>
        <source>group &apos;%1&apos;: %2</source>
        <translation>Gruppe „%1“: %2</translation>
    </message>
    <message>
        <source>Device-bound keys only</source>
        <translation>Nur gerätegebundene Schlüssel</translation>
    </message>
    <message>
        <source>allow-list of %1</source>
        <translation>Positivliste mit %1</translation>
    </message>
    <message>
        <source>block-list of %1</source>
        <translation>Sperrliste mit %1</translation>
    </message>
    <message>
        <source>Any authenticator</source>
        <translation>Jeder Authentifikator</translation>
    </message>
    <message>
        <source>a key policy has no field &apos;%1&apos; (fields: deviceBoundOnly, authenticators, aaguids, trustedAttestationOnly)</source>
        <translation>eine Schlüsselrichtlinie hat kein Feld „%1“ (Felder: deviceBoundOnly, authenticators, aaguids, trustedAttestationOnly)</translation>
    </message>
    <message>
        <source>a key policy&apos;s trustedAttestationOnly must be true or false</source>
        <translation>trustedAttestationOnly einer Schlüsselrichtlinie muss true oder false sein</translation>
    </message>
    <message>
        <source>the deployment&apos;s key policy takes only keys with a trusted attestation, but no trust anchors are set (%1): it would refuse every key</source>
        <translation>die Schlüsselrichtlinie der Installation nimmt nur Schlüssel mit vertrauenswürdiger Attestierung, aber es sind keine Vertrauensanker gesetzt (%1): sie würde jeden Schlüssel ablehnen</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; takes only keys with a trusted attestation, but no trust anchors are set (%2): it would refuse every key</source>
        <translation>die Gruppe „%1“ nimmt nur Schlüssel mit vertrauenswürdiger Attestierung, aber es sind keine Vertrauensanker gesetzt (%2): sie würde jeden Schlüssel ablehnen</translation>
    </message>
    <message>
        <source>trusted attestation only</source>
        <translation>nur vertrauenswürdige Attestierung</translation>
    </message>
</context>
<context>
    <name>KeyStatus</name>
    <message>
        <source>Pending activation</source>
        <translation>Aktivierung ausstehend</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Activation expired — re-issue</source>
        <translation>Aktivierung abgelaufen — neu ausstellen</translation>
    </message>
</context>
<context>
    <name>KeyType</name>
    <message>
        <source>Smartphone</source>
        <translation>Smartphone</translation>
    </message>
    <message>
        <source>Security key</source>
        <translation>Sicherheitsschlüssel</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
</context>
<context>
    <name>KnownServers</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>LdapConnection</name>
    <message>
        <source>&quot;%1&quot; is not an LDAP URL (ldap://host:port or ldaps://host:port)</source>
        <translation>„%1“ ist keine LDAP-URL (ldap://host:port oder ldaps://host:port)</translation>
    </message>
    <message>
        <source>cannot reach the directory at %1: %2</source>
        <translation>das Verzeichnis unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>the CA file %1 cannot be used: %2</source>
        <translation>die CA-Datei %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>cannot open a TLS connection to %1: %2. Is the directory up, and its certificate signed by the CA given?</source>
        <translation>keine TLS-Verbindung zu %1 möglich: %2. Läuft das Verzeichnis, und ist sein Zertifikat von der angegebenen CA signiert?</translation>
    </message>
    <message>
        <source>StartTLS with %1 failed: %2. Is the directory&apos;s certificate signed by the CA given?</source>
        <translation>StartTLS mit %1 ist fehlgeschlagen: %2. Ist das Zertifikat des Verzeichnisses von der angegebenen CA signiert?</translation>
    </message>
    <message>
        <source>the directory refused the bind as %1: %2</source>
        <translation>das Verzeichnis hat die Anmeldung als %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>the search under %1 failed: %2</source>
        <translation>die Suche unter %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>LdapSync</name>
    <message>
        <source>the entry has no %1, which the sync follows it by</source>
        <translation>der Eintrag hat kein %1, an dem die Synchronisierung ihn erkennt</translation>
    </message>
    <message>
        <source>%1 is a SCIM source: the identity provider sends its changes</source>
        <translation>%1 ist eine SCIM-Quelle: der Identitätsanbieter sendet ihre Änderungen</translation>
    </message>
    <message>
        <source>no bind password for %1: set KEYDESK_LDAP_PASSWORD, or keep it in the keychain (the console&apos;s Directory page, Bind Password…)</source>
        <translation>kein Bind-Passwort für %1: setzen Sie KEYDESK_LDAP_PASSWORD oder legen Sie es im Schlüsselbund ab (Verzeichnis-Seite der Konsole, Bind-Passwort…)</translation>
    </message>
</context>
<context>
    <name>LostPhoneCases</name>
    <message>
        <source>a reason is required for a lost-phone case</source>
        <translation>für einen Fall „Telefon verloren“ ist ein Grund erforderlich</translation>
    </message>
    <message>
        <source>issuing activation links needs the enrollment server&apos;s settings</source>
        <translation>Zum Ausstellen von Aktivierungslinks werden die Einstellungen des Registrierungsservers benötigt</translation>
    </message>
    <message>
        <source>%1 has no smartphone key that could be on the lost phone</source>
        <translation>%1 hat keinen Smartphone-Schlüssel, der auf dem verlorenen Telefon sein könnte</translation>
    </message>
    <message>
        <source>%1 has no lost-phone case %2 to undo</source>
        <translation>%1 hat keinen Fall „Telefon verloren“ %2, der rückgängig gemacht werden kann</translation>
    </message>
    <message>
        <source>the phone was found (case %1)</source>
        <translation>das Telefon wurde gefunden (Fall %1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>KeyDesk</source>
        <translation>KeyDesk</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Import Users from CSV…</source>
        <translation>Benutzer aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Email Settings…</source>
        <translation>&amp;E-Mail-Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;About KeyDesk</source>
        <translation>Ü&amp;ber KeyDesk</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>Benutzer&amp;handbuch</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New &amp;User…</source>
        <translation>Neuer Ben&amp;utzer…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Sign Ou&amp;t</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>Mit &amp;Server verbinden…</translation>
    </message>
</context>
<context>
    <name>NewSecurityKeyWizard</name>
    <message>
        <source>New Security Key</source>
        <translation>Neuer Sicherheitsschlüssel</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Schlüsseltyp</translation>
    </message>
    <message>
        <source>What will the user sign in with?</source>
        <translation>Womit meldet sich der Benutzer an?</translation>
    </message>
    <message>
        <source>&amp;Smartphone</source>
        <translation>&amp;Smartphone</translation>
    </message>
    <message>
        <source>The user&apos;s phone holds a passkey for KeyDesk, protected by the phone&apos;s screen lock. It signs in by scanning a QR code or over Bluetooth when the phone is near.</source>
        <translation>Das Telefon des Benutzers hält einen Passkey für KeyDesk, geschützt durch die Bildschirmsperre. Die Anmeldung erfolgt per QR-Code oder über Bluetooth, wenn das Telefon in der Nähe ist.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>How does the user activate the key?</source>
        <translation>Wie aktiviert der Benutzer den Schlüssel?</translation>
    </message>
    <message>
        <source>Activate &amp;now</source>
        <translation>&amp;Jetzt aktivieren</translation>
    </message>
    <message>
        <source>The user is here: show a QR code to scan with the phone. It works for 15 minutes.</source>
        <translation>Der Benutzer ist hier: einen QR-Code zeigen, den er mit dem Telefon scannt. Er gilt 15 Minuten.</translation>
    </message>
    <message>
        <source>Activate via &amp;email</source>
        <translation>Per &amp;E-Mail aktivieren</translation>
    </message>
    <message>
        <source>Send the user an email with the link, a code and the QR code. It works for 7 days.</source>
        <translation>Dem Benutzer eine E-Mail mit Link, Code und QR-Code senden. Sie gilt 7 Tage.</translation>
    </message>
    <message>
        <source>&amp;Work or school code</source>
        <translation>&amp;Code für Arbeit oder Schule</translation>
    </message>
    <message>
        <source>The user types their email and a short code in the phone app instead of scanning.</source>
        <translation>Der Benutzer gibt statt zu scannen seine E-Mail-Adresse und einen kurzen Code in der Telefon-App ein.</translation>
    </message>
    <message>
        <source>Key settings</source>
        <translation>Schlüsseleinstellungen</translation>
    </message>
    <message>
        <source>The recommended settings are preselected.</source>
        <translation>Die empfohlenen Einstellungen sind vorausgewählt.</translation>
    </message>
    <message>
        <source>Require &amp;user verification (screen lock, fingerprint or face) — recommended</source>
        <translation>&amp;Benutzerverifizierung verlangen (Bildschirmsperre, Fingerabdruck oder Gesicht) — empfohlen</translation>
    </message>
    <message>
        <source>Activation &amp;lifetime:</source>
        <translation>Gültigkeit der &amp;Aktivierung:</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>&amp;Attestation:</source>
        <translation>A&amp;ttestierung:</translation>
    </message>
    <message>
        <source>La&amp;bel:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>e.g. Work phone</source>
        <translation>z. B. Diensthandy</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Finish assigns the key and starts its activation.</source>
        <translation>Fertigstellen weist den Schlüssel zu und startet seine Aktivierung.</translation>
    </message>
</context>
<context>
    <name>NewWorkflowWizard</name>
    <message>
        <source>New Workflow — Security Key Device Assignment</source>
        <translation>Neuer Workflow — Zuweisung von Sicherheitsschlüsseln</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What is this deployment called?</source>
        <translation>Wie heißt diese Verteilung?</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Smartphone Security Key Deployment</source>
        <translation>Verteilung von Smartphone-Sicherheitsschlüsseln</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Who gets a key, which key, and how it is activated.</source>
        <translation>Wer einen Schlüssel bekommt, welchen und wie er aktiviert wird.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Groups&lt;/b&gt; — no group selected means &lt;b&gt;all users&lt;/b&gt;:</source>
        <translation>&lt;b&gt;Gruppen&lt;/b&gt; — keine Gruppe ausgewählt heißt &lt;b&gt;alle Benutzer&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <source>&amp;Smartphone</source>
        <translation>&amp;Smartphone</translation>
    </message>
    <message>
        <source>Require &amp;user verification (screen lock, fingerprint or face) — recommended</source>
        <translation>&amp;Benutzerverifizierung verlangen (Bildschirmsperre, Fingerabdruck oder Gesicht) — empfohlen</translation>
    </message>
    <message>
        <source>&amp;Advanced (recommended defaults)</source>
        <translation>&amp;Erweitert (empfohlene Standardwerte)</translation>
    </message>
    <message>
        <source>Activation link valid for (days):</source>
        <translation>Aktivierungslink gültig (Tage):</translation>
    </message>
    <message>
        <source>Remind after (days, 0 = never):</source>
        <translation>Erinnern nach (Tagen, 0 = nie):</translation>
    </message>
    <message>
        <source>Re-issue expired links at most:</source>
        <translation>Abgelaufene Links höchstens neu ausstellen:</translation>
    </message>
    <message>
        <source>Attestation:</source>
        <translation>Attestierung:</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Submit creates the workflow and runs it now.</source>
        <translation>Absenden legt den Workflow an und führt ihn sofort aus.</translation>
    </message>
</context>
<context>
    <name>NoneAttestation</name>
    <message>
        <source>attestation &quot;none&quot; must have an empty attStmt</source>
        <translation>die Attestierung „none“ muss ein leeres attStmt haben</translation>
    </message>
    <message>
        <source>no attestation (format none)</source>
        <translation>keine Attestierung (Format none)</translation>
    </message>
</context>
<context>
    <name>OperatorService</name>
    <message>
        <source>unknown role &apos;%1&apos; (roles: %2)</source>
        <translation>unbekannte Rolle „%1“ (Rollen: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an operator</source>
        <translation>„%1“ ist kein Operator</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the last admin; make another operator admin first</source>
        <translation>„%1“ ist der letzte Admin; machen Sie zuerst einen anderen Operator zum Admin</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; is disabled; enable them before making them an operator</source>
        <translation>Benutzer „%1“ ist deaktiviert; aktivieren Sie ihn, bevor Sie ihn zum Operator machen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already an operator (%2)</source>
        <translation>„%1“ ist bereits Operator (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already %2</source>
        <translation>„%1“ ist bereits %2</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Emails in the outbox</source>
        <translation>E-Mails im Postausgang</translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Cancel Message</source>
        <translation>Nachricht &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Send Due Messages</source>
        <translation>Fällige Nachrichten &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Email Settings…</source>
        <translation>&amp;E-Mail-Einstellungen…</translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <source>outbox message %1 is not in a state for this</source>
        <translation>die Nachricht %1 im Postausgang ist dafür nicht im passenden Zustand</translation>
    </message>
</context>
<context>
    <name>OutboxService</name>
    <message>
        <source>no outbox message %1</source>
        <translation>keine Nachricht %1 im Postausgang</translation>
    </message>
    <message>
        <source>outbox message %1 is %2</source>
        <translation>die Nachricht %1 im Postausgang ist %2</translation>
    </message>
    <message>
        <source>outbox message %1 failed or was cancelled, and its link was erased; re-issue the key to send a new one</source>
        <translation>Outbox-Nachricht %1 ist fehlgeschlagen oder wurde abgebrochen, und ihr Link wurde gelöscht; stellen Sie den Schlüssel neu aus, um einen neuen zu senden</translation>
    </message>
    <message>
        <source>gave up after %1 attempts: %2</source>
        <translation>nach %1 Versuchen aufgegeben: %2</translation>
    </message>
    <message>
        <source>outbox message %1 was cancelled already</source>
        <translation>die Nachricht %1 im Postausgang wurde bereits abgebrochen</translation>
    </message>
    <message>
        <source>cancelled by the operator</source>
        <translation>vom Bearbeiter abgebrochen</translation>
    </message>
    <message>
        <source>the test email was queued twice</source>
        <translation>die Test-E-Mail wurde zweimal eingereiht</translation>
    </message>
</context>
<context>
    <name>PackedAttestation</name>
    <message>
        <source>attestation certificate is not X.509 version 3</source>
        <translation>das Attestierungszertifikat ist kein X.509-Zertifikat der Version 3</translation>
    </message>
    <message>
        <source>attestation certificate subject lacks a two-letter country (C)</source>
        <translation>dem Subject des Attestierungszertifikats fehlt ein zweibuchstabiges Land (C)</translation>
    </message>
    <message>
        <source>attestation certificate subject lacks an organisation (O)</source>
        <translation>dem Subject des Attestierungszertifikats fehlt eine Organisation (O)</translation>
    </message>
    <message>
        <source>attestation certificate subject OU must be &quot;Authenticator Attestation&quot;</source>
        <translation>die OU im Subject des Attestierungszertifikats muss „Authenticator Attestation“ sein</translation>
    </message>
    <message>
        <source>attestation certificate subject lacks a common name (CN)</source>
        <translation>dem Subject des Attestierungszertifikats fehlt ein Common Name (CN)</translation>
    </message>
    <message>
        <source>attestation certificate is a CA certificate</source>
        <translation>das Attestierungszertifikat ist ein CA-Zertifikat</translation>
    </message>
    <message>
        <source>packed attStmt needs an integer alg and a byte string sig</source>
        <translation>packed-attStmt braucht ein ganzzahliges alg und eine Byte-Zeichenkette sig</translation>
    </message>
    <message>
        <source>self attestation alg %1 differs from the credential key&apos;s %2</source>
        <translation>alg %1 der Selbstattestierung weicht von dem des Schlüssels der Anmeldeinformation (%2) ab</translation>
    </message>
    <message>
        <source>packed self attestation, %1</source>
        <translation>packed-Selbstattestierung, %1</translation>
    </message>
    <message>
        <source>the credential key</source>
        <translation>den Schlüssel der Anmeldeinformation</translation>
    </message>
    <message>
        <source>attestation alg %1 is not supported</source>
        <translation>Attestierungs-alg %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>attestation certificate key does not fit alg: %1</source>
        <translation>der Schlüssel des Attestierungszertifikats passt nicht zu alg: %1</translation>
    </message>
    <message>
        <source>packed attestation by %1, %2</source>
        <translation>packed-Attestierung durch %1, %2</translation>
    </message>
    <message>
        <source>the attestation certificate</source>
        <translation>das Attestierungszertifikat</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>read users, groups and keys</source>
        <translation>Benutzer, Gruppen und Schlüssel lesen</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>das Prüfprotokoll lesen</translation>
    </message>
    <message>
        <source>export the audit log</source>
        <translation>das Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>read settings, operators, sessions and tokens</source>
        <translation>Einstellungen, Operatoren, Sitzungen und Tokens lesen</translation>
    </message>
    <message>
        <source>change users</source>
        <translation>Benutzer ändern</translation>
    </message>
    <message>
        <source>change groups</source>
        <translation>Gruppen ändern</translation>
    </message>
    <message>
        <source>assign, change or verify security keys</source>
        <translation>Sicherheitsschlüssel zuweisen, ändern oder prüfen</translation>
    </message>
    <message>
        <source>retry emails</source>
        <translation>E-Mails erneut senden</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <source>change workflows</source>
        <translation>Workflows ändern</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>Einstellungen ändern</translation>
    </message>
    <message>
        <source>manage operators, their sessions and tokens</source>
        <translation>Operatoren, ihre Sitzungen und Tokens verwalten</translation>
    </message>
</context>
<context>
    <name>PhoneClient</name>
    <message>
        <source>the creation options lack a challenge or user id</source>
        <translation>den Erstellungsoptionen fehlt eine Challenge oder Benutzer-ID</translation>
    </message>
    <message>
        <source>the phone could not create a credential: %1</source>
        <translation>das Telefon konnte keine Anmeldeinformation anlegen: %1</translation>
    </message>
    <message>
        <source>this phone holds no passkey that the server asks for</source>
        <translation>dieses Telefon hat keinen Passkey, nach dem der Server fragt</translation>
    </message>
    <message>
        <source>the request options lack a challenge</source>
        <translation>den Anfrageoptionen fehlt eine Challenge</translation>
    </message>
    <message>
        <source>the phone could not sign: %1</source>
        <translation>das Telefon konnte nicht signieren: %1</translation>
    </message>
</context>
<context>
    <name>PhoneWindow</name>
    <message>
        <source>&amp;Honest</source>
        <translation>&amp;Ehrlich</translation>
    </message>
    <message>
        <source>Wrong &amp;origin (a phishing site)</source>
        <translation>Falscher &amp;Origin (eine Phishing-Seite)</translation>
    </message>
    <message>
        <source>&amp;Replayed challenge</source>
        <translation>&amp;Wiederholte Challenge</translation>
    </message>
    <message>
        <source>&amp;Cloned counter</source>
        <translation>&amp;Geklonter Zähler</translation>
    </message>
    <message>
        <source>Bad &amp;signature</source>
        <translation>Ungültige &amp;Signatur</translation>
    </message>
    <message>
        <source>User-present &amp;flag cleared</source>
        <translation>&amp;Anwesenheits-Flag gelöscht</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>cannot create &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 can be read by other users of this computer; fix: chmod 600 %2</source>
        <translation>%1 kann von anderen Benutzern dieses Computers gelesen werden; Abhilfe: chmod 600 %2</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>cannot encode %1 bytes as a QR code</source>
        <translation>%1 Bytes können nicht als QR-Code kodiert werden</translation>
    </message>
</context>
<context>
    <name>ReceiptExport</name>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Ein temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>KeyDesk verification receipt</source>
        <translation>KeyDesk-Prüfnachweis</translation>
    </message>
    <message>
        <source>The PDF could not be made: %1</source>
        <translation>Das PDF konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>The PDF could not be made: cannot write %1</source>
        <translation>Das PDF konnte nicht erstellt werden: %1 ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>Export Receipt</source>
        <translation>Nachweis exportieren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;HTML page (*.html)</source>
        <translation>PDF-Dokument (*.pdf);;HTML-Seite (*.html)</translation>
    </message>
</context>
<context>
    <name>RegistrationVerifier</name>
    <message>
        <source>attestationObject has a key other than fmt, attStmt and authData</source>
        <translation>attestationObject hat einen anderen Schlüssel als fmt, attStmt und authData</translation>
    </message>
    <message>
        <source>attestationObject needs a text fmt, a map attStmt and a byte string authData</source>
        <translation>attestationObject braucht ein Text-fmt, ein Map-attStmt und eine Byte-Zeichenkette authData</translation>
    </message>
    <message>
        <source>attStmt has a key that is neither text nor an integer</source>
        <translation>attStmt hat einen Schlüssel, der weder Text noch eine ganze Zahl ist</translation>
    </message>
    <message>
        <source>clientDataJSON is well-formed</source>
        <translation>clientDataJSON ist wohlgeformt</translation>
    </message>
    <message>
        <source>attestationObject is well-formed (fmt %1)</source>
        <translation>attestationObject ist wohlgeformt (fmt %1)</translation>
    </message>
    <message>
        <source>authenticator data has no attested credential data (AT is not set)</source>
        <translation>die Authenticator-Daten enthalten keine attestierten Anmeldeinformationsdaten (AT ist nicht gesetzt)</translation>
    </message>
    <message>
        <source>id %1 is not rawId</source>
        <translation>id %1 ist nicht rawId</translation>
    </message>
    <message>
        <source>credential id is %1 bytes; at most %2 are allowed</source>
        <translation>die Anmeldeinformations-ID ist %1 Bytes lang; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>rawId is not the credential id in the authenticator data</source>
        <translation>rawId ist nicht die Anmeldeinformations-ID in den Authenticator-Daten</translation>
    </message>
    <message numerus="yes">
        <source>credential id of %n bytes</source>
        <translation>
            <numerusform>Anmeldeinformations-ID mit %n Byte</numerusform>
            <numerusform>Anmeldeinformations-ID mit %n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 public key</source>
        <translation>öffentlicher %1-Schlüssel</translation>
    </message>
    <message>
        <source>%1 was offered</source>
        <translation>%1 wurde angeboten</translation>
    </message>
    <message>
        <source>algorithm %1 was not offered</source>
        <translation>Algorithmus %1 wurde nicht angeboten</translation>
    </message>
    <message>
        <source>format %1</source>
        <translation>Format %1</translation>
    </message>
    <message>
        <source>attestation format &quot;%1&quot; is not supported</source>
        <translation>das Attestierungsformat „%1“ wird nicht unterstützt</translation>
    </message>
    <message>
        <source>self attestation</source>
        <translation>Selbstattestierung</translation>
    </message>
    <message>
        <source>no attestation</source>
        <translation>keine Attestierung</translation>
    </message>
    <message>
        <source>%1 cannot be trusted; a trusted attestation is required</source>
        <translation>%1 ist nicht vertrauenswürdig; eine vertrauenswürdige Attestierung ist verlangt</translation>
    </message>
    <message>
        <source>%1: no certificate chain to check</source>
        <translation>%1: keine Zertifikatskette zu prüfen</translation>
    </message>
    <message>
        <source>untrusted attestation: %1</source>
        <translation>nicht vertrauenswürdige Attestierung: %1</translation>
    </message>
    <message>
        <source>untrusted attestation (accepted, not required): %1</source>
        <translation>nicht vertrauenswürdige Attestierung (angenommen, nicht verlangt): %1</translation>
    </message>
    <message>
        <source>RegistrationResponseJSON is well-formed</source>
        <translation>RegistrationResponseJSON ist wohlgeformt</translation>
    </message>
    <message>
        <source>a synced passkey (backup eligible, BE) is refused: this deployment takes device-bound keys only</source>
        <translation>ein synchronisierter Passkey (sicherungsfähig, BE) wird abgelehnt: diese Installation nimmt nur gerätegebundene Schlüssel</translation>
    </message>
    <message>
        <source>authenticator %1 is not one this deployment allows</source>
        <translation>Authentifikator %1 gehört nicht zu den in dieser Installation erlaubten</translation>
    </message>
    <message>
        <source>authenticator %1 is blocked by this deployment</source>
        <translation>Authentifikator %1 ist in dieser Installation gesperrt</translation>
    </message>
    <message>
        <source>authenticator %1 is allowed; the key is device-bound</source>
        <translation>Authentifikator %1 ist erlaubt; der Schlüssel ist gerätegebunden</translation>
    </message>
    <message>
        <source>authenticator %1 is allowed</source>
        <translation>Authentifikator %1 ist erlaubt</translation>
    </message>
    <message>
        <source>the key&apos;s attestation does not chain to a trusted root: this deployment takes only keys with a trusted attestation</source>
        <translation>die Attestierung des Schlüssels führt zu keinem vertrauenswürdigen Stammzertifikat: diese Installation nimmt nur Schlüssel mit vertrauenswürdiger Attestierung</translation>
    </message>
    <message>
        <source>the key sent no attestation that can be trusted: this deployment takes only keys with a trusted attestation</source>
        <translation>der Schlüssel hat keine vertrauenswürdige Attestierung gesendet: diese Installation nimmt nur Schlüssel mit vertrauenswürdiger Attestierung</translation>
    </message>
    <message>
        <source>authenticator %1 is allowed; the key is device-bound and its attestation trusted</source>
        <translation>Authentifikator %1 ist erlaubt; der Schlüssel ist gerätegebunden und seine Attestierung vertrauenswürdig</translation>
    </message>
    <message>
        <source>authenticator %1 is allowed; its attestation is trusted</source>
        <translation>Authentifikator %1 ist erlaubt; seine Attestierung ist vertrauenswürdig</translation>
    </message>
</context>
<context>
    <name>RemoteImport</name>
    <message>
        <source>Cancelled; the server discarded what was sent.</source>
        <translation>Abgebrochen; der Server hat das Gesendete verworfen.</translation>
    </message>
</context>
<context>
    <name>ResponseJson</name>
    <message>
        <source>response is %1 bytes; at most %2 are accepted</source>
        <translation>die Antwort ist %1 Bytes lang; höchstens %2 werden angenommen</translation>
    </message>
    <message>
        <source>response is not strict JSON: %1</source>
        <translation>die Antwort ist kein striktes JSON: %1</translation>
    </message>
    <message>
        <source>response is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>response.type must be &quot;public-key&quot;</source>
        <translation>response.type muss „public-key“ sein</translation>
    </message>
    <message>
        <source>response.response must be an object</source>
        <translation>response.response muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1.%2 must be a base64url string</source>
        <translation>%1.%2 muss eine base64url-Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1.%2 is longer than %3 bytes</source>
        <translation>%1.%2 ist länger als %3 Bytes</translation>
    </message>
    <message>
        <source>%1.%2 is not base64url</source>
        <translation>%1.%2 ist kein base64url</translation>
    </message>
    <message>
        <source>response.response.transports must be an array of at most 16 strings</source>
        <translation>response.response.transports muss ein Array aus höchstens 16 Zeichenketten sein</translation>
    </message>
</context>
<context>
    <name>RunOutcome</name>
    <message>
        <source>Key assigned, email queued</source>
        <translation>Schlüssel zugewiesen, E-Mail eingereiht</translation>
    </message>
    <message>
        <source>Skipped: already has an active key</source>
        <translation>Übersprungen: hat bereits einen aktiven Schlüssel</translation>
    </message>
    <message>
        <source>Skipped: activation already pending</source>
        <translation>Übersprungen: Aktivierung bereits ausstehend</translation>
    </message>
    <message>
        <source>Skipped: user disabled</source>
        <translation>Übersprungen: Benutzer deaktiviert</translation>
    </message>
    <message>
        <source>Skipped: no email address</source>
        <translation>Übersprungen: keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Skipped: activation expired after the last re-issue</source>
        <translation>Übersprungen: Aktivierung nach der letzten Neuausstellung abgelaufen</translation>
    </message>
    <message>
        <source>Reminder sent</source>
        <translation>Erinnerung gesendet</translation>
    </message>
    <message>
        <source>Expired link re-issued</source>
        <translation>Abgelaufenen Link neu ausgestellt</translation>
    </message>
    <message>
        <source>Activation expired — no re-issues left</source>
        <translation>Aktivierung abgelaufen — keine Neuausstellung mehr übrig</translation>
    </message>
</context>
<context>
    <name>ScimApi</name>
    <message>
        <source>no such SCIM endpoint</source>
        <translation>diesen SCIM-Endpunkt gibt es nicht</translation>
    </message>
    <message>
        <source>no resource with id %1 in the directory source %2</source>
        <translation>keine Ressource mit der ID %1 in der Verzeichnisquelle %2</translation>
    </message>
    <message>
        <source>use %1 here</source>
        <translation>verwenden Sie hier %1</translation>
    </message>
    <message>
        <source>send the body as application/scim+json</source>
        <translation>senden Sie den Inhalt als application/scim+json</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation>der Inhalt ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>startIndex and count must be integers</source>
        <translation>startIndex und count müssen ganze Zahlen sein</translation>
    </message>
    <message>
        <source>the resource has changed: its version is now %1</source>
        <translation>die Ressource hat sich geändert: ihre Version ist jetzt %1</translation>
    </message>
    <message>
        <source>the userName %1 is already the user %2&apos;s</source>
        <translation>der userName %1 gehört bereits dem Benutzer %2</translation>
    </message>
    <message>
        <source>no user with id %1 in the directory source %2</source>
        <translation>kein Benutzer mit der ID %1 in der Verzeichnisquelle %2</translation>
    </message>
    <message>
        <source>SCIM is answered over plain HTTP on this machine only; use HTTPS</source>
        <translation>SCIM wird über unverschlüsseltes HTTP nur auf diesem Rechner beantwortet; verwenden Sie HTTPS</translation>
    </message>
    <message>
        <source>the filter %1 is not one comparison: attribute, operator, value</source>
        <translation>der Filter %1 ist kein einzelner Vergleich: Attribut, Operator, Wert</translation>
    </message>
    <message>
        <source>the filter operator %1 is not supported; use eq, co or sw</source>
        <translation>der Filteroperator %1 wird nicht unterstützt; verwenden Sie eq, co oder sw</translation>
    </message>
    <message>
        <source>users can be filtered by userName, externalId, emails, displayName or id, not %1</source>
        <translation>Benutzer lassen sich nach userName, externalId, emails, displayName oder id filtern, nicht nach %1</translation>
    </message>
    <message>
        <source>groups can be filtered by displayName, externalId or id, not %1</source>
        <translation>Gruppen lassen sich nach displayName, externalId oder id filtern, nicht nach %1</translation>
    </message>
    <message>
        <source>the filter value %1 is not a quoted string</source>
        <translation>der Filterwert %1 ist keine Zeichenkette in Anführungszeichen</translation>
    </message>
    <message>
        <source>the path %1 names no attribute KeyDesk knows</source>
        <translation>der Pfad %1 nennt kein Attribut, das KeyDesk kennt</translation>
    </message>
    <message>
        <source>the path %1 is not attribute[filter].subAttribute with an eq filter</source>
        <translation>der Pfad %1 hat nicht die Form attribute[filter].subAttribute mit einem eq-Filter</translation>
    </message>
    <message>
        <source>%1.%2 needs a filter, such as %1[type eq &quot;work&quot;].%2</source>
        <translation>%1.%2 braucht einen Filter, etwa %1[type eq &quot;work&quot;].%2</translation>
    </message>
    <message>
        <source>%1 cannot be changed</source>
        <translation>%1 kann nicht geändert werden</translation>
    </message>
    <message>
        <source>schemas must name %1</source>
        <translation>schemas muss %1 nennen</translation>
    </message>
    <message>
        <source>Operations must list at least one operation</source>
        <translation>Operations muss mindestens eine Operation enthalten</translation>
    </message>
    <message>
        <source>op must be add, replace or remove, not %1</source>
        <translation>op muss add, replace oder remove sein, nicht %1</translation>
    </message>
    <message>
        <source>%1 of %2 needs a value</source>
        <translation>%1 von %2 braucht einen Wert</translation>
    </message>
    <message>
        <source>remove needs a path</source>
        <translation>remove braucht einen Pfad</translation>
    </message>
    <message>
        <source>an operation without a path needs an object of attributes as its value</source>
        <translation>eine Operation ohne Pfad braucht ein Objekt aus Attributen als Wert</translation>
    </message>
    <message>
        <source>a %1 has no attribute %2</source>
        <translation>ein %1 hat kein Attribut %2</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>userName is required</source>
        <translation>userName ist erforderlich</translation>
    </message>
    <message>
        <source>emails must be a list</source>
        <translation>emails muss eine Liste sein</translation>
    </message>
    <message>
        <source>a user needs an email: send emails (type work), or a userName that is an email address</source>
        <translation>ein Benutzer braucht eine E-Mail-Adresse: senden Sie emails (type work) oder einen userName, der eine E-Mail-Adresse ist</translation>
    </message>
    <message>
        <source>active must be true or false</source>
        <translation>active muss true oder false sein</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 muss ein Objekt sein</translation>
    </message>
    <message>
        <source>displayName is required</source>
        <translation>displayName ist erforderlich</translation>
    </message>
    <message>
        <source>members must be a list</source>
        <translation>members muss eine Liste sein</translation>
    </message>
    <message>
        <source>each member needs a value: the user&apos;s id</source>
        <translation>jedes Mitglied braucht einen value: die ID des Benutzers</translation>
    </message>
</context>
<context>
    <name>SecurityKey</name>
    <message>
        <source>userVerification must be &quot;required&quot; or &quot;preferred&quot;</source>
        <translation>userVerification muss „required“ oder „preferred“ sein</translation>
    </message>
    <message>
        <source>attestation must be &quot;none&quot;, &quot;record&quot; or &quot;require&quot;</source>
        <translation>attestation muss „none“, „record“ oder „require“ sein</translation>
    </message>
    <message>
        <source>activationLifetimeMinutes must be a whole number from 1 to %1</source>
        <translation>activationLifetimeMinutes muss eine ganze Zahl von 1 bis %1 sein</translation>
    </message>
    <message>
        <source>unknown key setting &quot;%1&quot;</source>
        <translation>unbekannte Schlüsseleinstellung „%1“</translation>
    </message>
</context>
<context>
    <name>SecurityKeyRepository</name>
    <message>
        <source>the activation lifetime must be positive</source>
        <translation>die Gültigkeit der Aktivierung muss positiv sein</translation>
    </message>
    <message>
        <source>could not draw a unique activation token</source>
        <translation>es konnte kein eindeutiges Aktivierungstoken gezogen werden</translation>
    </message>
    <message>
        <source>the activation is no longer live</source>
        <translation>die Aktivierung ist nicht mehr gültig</translation>
    </message>
</context>
<context>
    <name>SecurityKeyTableModel</name>
    <message>
        <source>%1 days left</source>
        <translation>noch %1 Tage</translation>
    </message>
    <message>
        <source>%1 h left</source>
        <translation>noch %1 Std.</translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation>noch %1 Min.</translation>
    </message>
</context>
<context>
    <name>SecurityKeysTab</name>
    <message>
        <source>+ &amp;New Security Key</source>
        <translation>+ &amp;Neuer Sicherheitsschlüssel</translation>
    </message>
    <message>
        <source>The user&apos;s security keys</source>
        <translation>Die Sicherheitsschlüssel des Benutzers</translation>
    </message>
    <message>
        <source>&amp;Verify Now…</source>
        <translation>Jetzt &amp;prüfen…</translation>
    </message>
    <message>
        <source>Prove the key signs in: a fresh authentication ceremony, every check shown.</source>
        <translation>Nachweisen, dass der Schlüssel sich anmeldet: eine frische Authentifizierung, jede Prüfung sichtbar.</translation>
    </message>
    <message>
        <source>&amp;Re-issue Activation…</source>
        <translation>Aktivierung &amp;neu ausstellen…</translation>
    </message>
    <message>
        <source>A new link and code; the old ones stop working.</source>
        <translation>Ein neuer Link und Code; die alten funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Only a key that was never activated.</source>
        <translation>Nur ein Schlüssel, der nie aktiviert wurde.</translation>
    </message>
    <message>
        <source>Windows sign-in</source>
        <translation>Windows-Anmeldung</translation>
    </message>
    <message>
        <source>Set &amp;Up…</source>
        <translation>&amp;Einrichten…</translation>
    </message>
    <message>
        <source>A dedicated PC paired with the phone, or a shared PC with a security key reader.</source>
        <translation>Ein eigener PC, mit dem Telefon gekoppelt, oder ein gemeinsamer PC mit Sicherheitsschlüssel-Lesegerät.</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Lost Phone…</source>
        <translation>Telefon ver&amp;loren…</translation>
    </message>
    <message>
        <source>Withdraw every smartphone key that may be on the lost phone and issue a replacement, as one case.</source>
        <translation>Jeden Smartphone-Schlüssel zurückziehen, der auf dem verlorenen Telefon sein könnte, und einen Ersatz ausstellen – als ein Fall.</translation>
    </message>
    <message>
        <source>Phone &amp;Found…</source>
        <translation>Telefon ge&amp;funden…</translation>
    </message>
    <message>
        <source>Undo the last lost-phone case: its keys resume, a replacement still waiting for activation is revoked.</source>
        <translation>Den letzten Fall „Telefon verloren“ rückgängig machen: seine Schlüssel werden fortgesetzt, ein Ersatz, der noch auf Aktivierung wartet, wird widerrufen.</translation>
    </message>
</context>
<context>
    <name>SelfSignedCertificate</name>
    <message>
        <source>&quot;%1&quot; is not a host name or IP address</source>
        <translation>„%1“ ist kein Hostname und keine IP-Adresse</translation>
    </message>
    <message>
        <source>OpenSSL could not make a key</source>
        <translation>OpenSSL konnte keinen Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>OpenSSL could not add the certificate&apos;s extensions</source>
        <translation>OpenSSL konnte die Erweiterungen des Zertifikats nicht hinzufügen</translation>
    </message>
    <message>
        <source>OpenSSL could not sign the certificate</source>
        <translation>OpenSSL konnte das Zertifikat nicht signieren</translation>
    </message>
    <message>
        <source>OpenSSL could not write PEM</source>
        <translation>OpenSSL konnte kein PEM schreiben</translation>
    </message>
</context>
<context>
    <name>ServerRuntime</name>
    <message>
        <source>Workflows not run: %1</source>
        <translation>Workflows nicht ausgeführt: %1</translation>
    </message>
</context>
<context>
    <name>SessionKeeper</name>
    <message>
        <source>cannot make the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>dem Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>This sign-in has expired. Start a new one at the desk.</source>
        <translation>Diese Anmeldung ist abgelaufen. Beginnen Sie am Arbeitsplatz eine neue.</translation>
    </message>
    <message>
        <source>This sign-in is finished. Start a new one at the desk to try again.</source>
        <translation>Diese Anmeldung ist abgeschlossen. Beginnen Sie am Arbeitsplatz eine neue, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>This sign-in link is not valid. Check that you scanned the code on the desk.</source>
        <translation>Dieser Anmeldelink ist ungültig. Prüfen Sie, ob Sie den Code am Arbeitsplatz gescannt haben.</translation>
    </message>
    <message>
        <source>Confirm with your security key…</source>
        <translation>Bestätigen Sie mit Ihrem Sicherheitsschlüssel…</translation>
    </message>
    <message>
        <source>Signed in. You can put the phone away; the desk continues.</source>
        <translation>Angemeldet. Sie können das Telefon weglegen; der Arbeitsplatz macht weiter.</translation>
    </message>
    <message>
        <source>Nothing was signed. Tap “Sign in” to try again.</source>
        <translation>Es wurde nichts signiert. Tippen Sie auf „Anmelden“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>Anmeldung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the connection and try again.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This browser cannot use passkeys. Open the link in your phone&apos;s default browser.</source>
        <translation>Dieser Browser kann keine Passkeys verwenden. Öffnen Sie den Link im Standardbrowser Ihres Telefons.</translation>
    </message>
    <message>
        <source>The desk “%1” at %2 asks you to sign in to KeyDesk with your security key.</source>
        <translation>Der Arbeitsplatz „%1“ unter %2 bittet Sie, sich mit Ihrem Sicherheitsschlüssel bei KeyDesk anzumelden.</translation>
    </message>
    <message>
        <source>Sign in to KeyDesk</source>
        <translation>Bei KeyDesk anmelden</translation>
    </message>
    <message>
        <source>Match number</source>
        <translation>Vergleichszahl</translation>
    </message>
    <message>
        <source>Sign in only if the desk in front of you shows this number.</source>
        <translation>Melden Sie sich nur an, wenn der Arbeitsplatz vor Ihnen diese Zahl zeigt.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>SignInService</name>
    <message>
        <source>This sign-in link is not valid. Check that you scanned the code on the desk.</source>
        <translation>Dieser Anmeldelink ist ungültig. Prüfen Sie, ob Sie den Code am Arbeitsplatz gescannt haben.</translation>
    </message>
    <message>
        <source>a desk names itself in 1 to %1 characters</source>
        <translation>ein Arbeitsplatz nennt sich mit 1 bis %1 Zeichen</translation>
    </message>
    <message>
        <source>too many sign-ins from %1</source>
        <translation>zu viele Anmeldungen von %1</translation>
    </message>
    <message>
        <source>This sign-in has expired. Start a new one at the desk.</source>
        <translation>Diese Anmeldung ist abgelaufen. Beginnen Sie am Arbeitsplatz eine neue.</translation>
    </message>
    <message>
        <source>This sign-in is finished. Start a new one at the desk to try again.</source>
        <translation>Diese Anmeldung ist abgeschlossen. Beginnen Sie am Arbeitsplatz eine neue, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>KeyDesk did not sign you in: %1</source>
        <translation>KeyDesk hat Sie nicht angemeldet: %1</translation>
    </message>
    <message>
        <source>The authentication response is not valid: %1</source>
        <translation>Die Authentifizierungsantwort ist ungültig: %1</translation>
    </message>
    <message>
        <source>this key is not registered with KeyDesk</source>
        <translation>dieser Schlüssel ist bei KeyDesk nicht registriert</translation>
    </message>
    <message>
        <source>key %1 of %2 is %3</source>
        <translation>Schlüssel %1 von %2 ist %3</translation>
    </message>
    <message>
        <source>%1 is not a KeyDesk operator</source>
        <translation>%1 ist kein KeyDesk-Operator</translation>
    </message>
    <message>
        <source>%1 is disabled</source>
        <translation>%1 ist deaktiviert</translation>
    </message>
    <message>
        <source>the relying party refused the assertion (%1): %2</source>
        <translation>die vertrauende Partei hat die Assertion abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>no such sign-in; start a new one</source>
        <translation>keine solche Anmeldung; beginnen Sie eine neue</translation>
    </message>
    <message>
        <source>the sign-in expired before the phone answered; start a new one</source>
        <translation>die Anmeldung ist abgelaufen, bevor das Telefon antwortete; beginnen Sie eine neue</translation>
    </message>
    <message>
        <source>the sign-in was refused: %1</source>
        <translation>die Anmeldung wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>this sign-in&apos;s session was handed out already</source>
        <translation>die Sitzung dieser Anmeldung wurde bereits ausgegeben</translation>
    </message>
    <message>
        <source>the sign-in expired before the desk collected its session; start a new one</source>
        <translation>die Anmeldung ist abgelaufen, bevor der Arbeitsplatz seine Sitzung abholte; beginnen Sie eine neue</translation>
    </message>
</context>
<context>
    <name>Signature</name>
    <message>
        <source>signature is not a DER ECDSA signature</source>
        <translation>die Signatur ist keine DER-ECDSA-Signatur</translation>
    </message>
    <message>
        <source>signature has r or s ≤ 0</source>
        <translation>die Signatur hat r oder s ≤ 0</translation>
    </message>
    <message>
        <source>signature DER is not canonical</source>
        <translation>das DER der Signatur ist nicht kanonisch</translation>
    </message>
    <message>
        <source>signature is raw r‖s (%1 bytes); WebAuthn requires DER</source>
        <translation>die Signatur ist rohes r‖s (%1 Bytes); WebAuthn verlangt DER</translation>
    </message>
    <message>
        <source>%1 bytes follow the DER signature</source>
        <translation>%1 Bytes folgen der DER-Signatur</translation>
    </message>
    <message>
        <source>signature has r or s not below the curve order</source>
        <translation>die Signatur hat r oder s nicht unterhalb der Kurvenordnung</translation>
    </message>
    <message>
        <source>%1 needs an EC key</source>
        <translation>%1 braucht einen EC-Schlüssel</translation>
    </message>
    <message>
        <source>%1 needs a key on curve %2</source>
        <translation>%1 braucht einen Schlüssel auf der Kurve %2</translation>
    </message>
    <message>
        <source>%1 needs an RSA key</source>
        <translation>%1 braucht einen RSA-Schlüssel</translation>
    </message>
    <message>
        <source>RSA key has %1 bits; at least 2048 are required</source>
        <translation>der RSA-Schlüssel hat %1 Bit; mindestens 2048 sind nötig</translation>
    </message>
    <message>
        <source>EdDSA needs an Ed25519 key</source>
        <translation>EdDSA braucht einen Ed25519-Schlüssel</translation>
    </message>
    <message>
        <source>algorithm %1 is not supported</source>
        <translation>Algorithmus %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>Ed25519 signature must be 64 bytes, got %1</source>
        <translation>eine Ed25519-Signatur muss 64 Bytes lang sein, erhalten %1</translation>
    </message>
    <message>
        <source>RSA signature must be %1 bytes, got %2</source>
        <translation>die RSA-Signatur muss %1 Bytes lang sein, erhalten %2</translation>
    </message>
    <message>
        <source>signature verification could not start</source>
        <translation>die Signaturprüfung konnte nicht starten</translation>
    </message>
    <message>
        <source>%1 signature does not verify</source>
        <translation>die %1-Signatur lässt sich nicht verifizieren</translation>
    </message>
</context>
<context>
    <name>SmtpSession</name>
    <message>
        <source>the mail server did not answer within %1 s</source>
        <translation>der Mailserver hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>connection to %1:%2 failed: %3</source>
        <translation>die Verbindung zu %1:%2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>the mail server&apos;s TLS certificate is not trusted: %1</source>
        <translation>dem TLS-Zertifikat des Mailservers wird nicht vertraut: %1</translation>
    </message>
    <message>
        <source>the mail server closed the connection</source>
        <translation>der Mailserver hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>no PEM certificate in &apos;%1&apos;</source>
        <translation>kein PEM-Zertifikat in „%1“</translation>
    </message>
    <message>
        <source>the message (%1 bytes) is larger than the server accepts (%2 bytes)</source>
        <translation>die Nachricht (%1 Bytes) ist größer, als der Server annimmt (%2 Bytes)</translation>
    </message>
    <message>
        <source>the mail server sent a malformed reply: %1</source>
        <translation>der Mailserver hat eine fehlerhafte Antwort gesendet: %1</translation>
    </message>
    <message>
        <source>the mail server sent an overlong line</source>
        <translation>der Mailserver hat eine überlange Zeile gesendet</translation>
    </message>
    <message>
        <source>the mail server does not offer STARTTLS, which the settings require</source>
        <translation>der Mailserver bietet kein STARTTLS an, das die Einstellungen verlangen</translation>
    </message>
    <message>
        <source>refusing to send the SMTP password over an unencrypted connection; use STARTTLS or TLS</source>
        <translation>das SMTP-Passwort wird nicht über eine unverschlüsselte Verbindung gesendet; verwenden Sie STARTTLS oder TLS</translation>
    </message>
    <message>
        <source>the mail server offers no AUTH PLAIN or LOGIN (it offers: %1)</source>
        <translation>der Mailserver bietet weder AUTH PLAIN noch LOGIN an (er bietet: %1)</translation>
    </message>
    <message>
        <source>the mail server refused the connection: %1</source>
        <translation>der Mailserver hat die Verbindung abgelehnt: %1</translation>
    </message>
    <message>
        <source>EHLO was refused: %1</source>
        <translation>EHLO wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>STARTTLS was refused: %1</source>
        <translation>STARTTLS wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>the mail server refused the login: %1</source>
        <translation>der Mailserver hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>RSET was refused: %1</source>
        <translation>RSET wurde abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>SmtpSettings</name>
    <message>
        <source>the SMTP host is empty</source>
        <translation>der SMTP-Host ist leer</translation>
    </message>
    <message>
        <source>the SMTP port must be 1 to 65535</source>
        <translation>der SMTP-Port muss zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <source>the sender address &quot;%1&quot; is not an email address</source>
        <translation>die Absenderadresse „%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the SMTP timeout must be 1 to 600 seconds</source>
        <translation>das SMTP-Zeitlimit muss zwischen 1 und 600 Sekunden liegen</translation>
    </message>
    <message>
        <source>the email language &quot;%1&quot; is not one of %2</source>
        <translation>die E-Mail-Sprache „%1“ ist keine von %2</translation>
    </message>
    <message>
        <source>a user name is set but no password (keychain or KEYDESK_SMTP_PASSWORD)</source>
        <translation>ein Benutzername ist gesetzt, aber kein Passwort (Schlüsselbund oder KEYDESK_SMTP_PASSWORD)</translation>
    </message>
    <message>
        <source>setting %1: &quot;%2&quot; is not a port number</source>
        <translation>Einstellung %1: „%2“ ist keine Portnummer</translation>
    </message>
    <message>
        <source>setting %1: &quot;%2&quot; must be none, starttls or tls</source>
        <translation>Einstellung %1: „%2“ muss none, starttls oder tls sein</translation>
    </message>
    <message>
        <source>setting %1: &quot;%2&quot; must be 1 to 600 seconds</source>
        <translation>Einstellung %1: „%2“ muss zwischen 1 und 600 Sekunden liegen</translation>
    </message>
    <message>
        <source>(kept elsewhere)</source>
        <translation>(anderswo aufbewahrt)</translation>
    </message>
</context>
<context>
    <name>SmtpSettingsDialog</name>
    <message>
        <source>Email Settings</source>
        <translation>E-Mail-Einstellungen</translation>
    </message>
    <message>
        <source>SMTP &amp;server:</source>
        <translation>SMTP-&amp;Server:</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Sicherheit:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>empty: no login</source>
        <translation>leer: keine Anmeldung</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the database or the settings file.</source>
        <translation>Im Schlüsselbund des Systems gespeichert, nie in der Datenbank oder der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>&amp;Absenderadresse:</translation>
    </message>
    <message>
        <source>helpdesk@example.com</source>
        <translation>helpdesk@example.com</translation>
    </message>
    <message>
        <source>From &amp;name:</source>
        <translation>Absender&amp;name:</translation>
    </message>
    <message>
        <source>IT Helpdesk</source>
        <translation>IT-Helpdesk</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>as in &quot;Contoso IT has set up a security key for you&quot;</source>
        <translation>wie in &quot;Contoso IT hat einen Sicherheitsschlüssel für Sie eingerichtet&quot;</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Zusätzliche &amp;CA-Datei:</translation>
    </message>
    <message>
        <source>optional PEM, for a server with a private certificate</source>
        <translation>optionales PEM, für einen Server mit eigenem Zertifikat</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>send a test email to…</source>
        <translation>eine Test-E-Mail senden an…</translation>
    </message>
    <message>
        <source>Send &amp;Test Email</source>
        <translation>&amp;Test-E-Mail senden</translation>
    </message>
    <message>
        <source>Email &amp;language:</source>
        <translation>E-Mail-&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language activation emails are written in, whatever language this console shows.</source>
        <translation>Die Sprache, in der Aktivierungs-E-Mails geschrieben werden, unabhängig von der Sprache dieser Konsole.</translation>
    </message>
</context>
<context>
    <name>SoftwareAuthenticator</name>
    <message>
        <source>none of the requested algorithms is supported</source>
        <translation>keiner der angefragten Algorithmen wird unterstützt</translation>
    </message>
    <message>
        <source>key generation failed</source>
        <translation>die Schlüsselerzeugung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the credential&apos;s private key is unusable</source>
        <translation>der private Schlüssel der Anmeldeinformation ist unbrauchbar</translation>
    </message>
    <message>
        <source>the batch attestation key cannot be read</source>
        <translation>der Schlüssel der Sammelattestierung lässt sich nicht lesen</translation>
    </message>
</context>
<context>
    <name>SoftwareCredential</name>
    <message>
        <source>credential entry is incomplete or its key does not match its algorithm</source>
        <translation>der Eintrag der Anmeldeinformation ist unvollständig, oder sein Schlüssel passt nicht zu seinem Algorithmus</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>the code key &apos;%1&apos; is missing; give this program the database&apos;s key file (every server instance needs the same one: KEYDESK_CODE_KEY_FILE)</source>
        <translation>der Code-Schlüssel „%1“ fehlt; geben Sie diesem Programm die Schlüsseldatei der Datenbank (jede Serverinstanz braucht dieselbe: KEYDESK_CODE_KEY_FILE)</translation>
    </message>
    <message>
        <source>the code key &apos;%1&apos; is not the one this database&apos;s codes were made with; give this program the database&apos;s key file (every server instance needs the same one: KEYDESK_CODE_KEY_FILE)</source>
        <translation>der Code-Schlüssel „%1“ ist nicht der, mit dem die Codes dieser Datenbank erstellt wurden; geben Sie diesem Programm die Schlüsseldatei der Datenbank (jede Serverinstanz braucht dieselbe: KEYDESK_CODE_KEY_FILE)</translation>
    </message>
</context>
<context>
    <name>StrictCbor</name>
    <message>
        <source>CBOR nested deeper than %1 levels</source>
        <translation>CBOR tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>CBOR string at byte %1 declares %2 bytes but only %3 remain</source>
        <translation>CBOR-Zeichenkette bei Byte %1 gibt %2 Bytes an, aber nur %3 bleiben</translation>
    </message>
    <message>
        <source>CBOR array at byte %1 declares %2 items but only %3 bytes remain</source>
        <translation>CBOR-Array bei Byte %1 gibt %2 Elemente an, aber nur %3 Bytes bleiben</translation>
    </message>
    <message>
        <source>CBOR tag at byte %1 is not allowed here</source>
        <translation>CBOR-Tag bei Byte %1 ist hier nicht erlaubt</translation>
    </message>
    <message>
        <source>CBOR data ends at byte %1 where an item should start</source>
        <translation>CBOR-Daten enden bei Byte %1, wo ein Element beginnen sollte</translation>
    </message>
    <message>
        <source>CBOR simple value 0x%1 at byte %2 is not allowed</source>
        <translation>einfacher CBOR-Wert 0x%1 bei Byte %2 ist nicht erlaubt</translation>
    </message>
    <message>
        <source>CBOR indefinite length at byte %1 is not allowed</source>
        <translation>unbestimmte CBOR-Länge bei Byte %1 ist nicht erlaubt</translation>
    </message>
    <message>
        <source>CBOR reserved header 0x%1 at byte %2</source>
        <translation>reservierter CBOR-Header 0x%1 bei Byte %2</translation>
    </message>
    <message>
        <source>CBOR header at byte %1 is cut short</source>
        <translation>CBOR-Header bei Byte %1 bricht ab</translation>
    </message>
    <message>
        <source>CBOR map at byte %1 declares %2 entries but only %3 bytes remain</source>
        <translation>CBOR-Map bei Byte %1 gibt %2 Einträge an, aber nur %3 Bytes bleiben</translation>
    </message>
    <message>
        <source>CBOR map at byte %1 has a duplicate key at byte %2</source>
        <translation>CBOR-Map bei Byte %1 hat einen doppelten Schlüssel bei Byte %2</translation>
    </message>
    <message>
        <source>CBOR item could not be decoded (libcbor error %1 at byte %2)</source>
        <translation>CBOR-Element konnte nicht dekodiert werden (libcbor-Fehler %1 bei Byte %2)</translation>
    </message>
    <message>
        <source>%1 trailing bytes after the CBOR item</source>
        <translation>%1 überzählige Bytes nach dem CBOR-Element</translation>
    </message>
    <message>
        <source>%1 is not a CBOR map</source>
        <translation>%1 ist keine CBOR-Map</translation>
    </message>
    <message>
        <source>CBOR map key at byte %1 is neither an integer nor text</source>
        <translation>CBOR-Map-Schlüssel bei Byte %1 ist weder eine ganze Zahl noch Text</translation>
    </message>
</context>
<context>
    <name>StrictJson</name>
    <message>
        <source>unexpected data after the JSON value</source>
        <translation>unerwartete Daten nach dem JSON-Wert</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <source>invalid value</source>
        <translation>ungültiger Wert</translation>
    </message>
    <message>
        <source>JSON nested deeper than %1 levels</source>
        <translation>JSON tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>unterminated object</source>
        <translation>nicht abgeschlossenes Objekt</translation>
    </message>
    <message>
        <source>expected a member name</source>
        <translation>Name eines Elements erwartet</translation>
    </message>
    <message>
        <source>more than %1 members in an object</source>
        <translation>mehr als %1 Elemente in einem Objekt</translation>
    </message>
    <message>
        <source>duplicate member &quot;%1&quot;</source>
        <translation>doppeltes Element „%1“</translation>
    </message>
    <message>
        <source>expected &apos;:&apos;</source>
        <translation>„:“ erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>„,“ oder „}“ erwartet</translation>
    </message>
    <message>
        <source>more than %1 items in an array</source>
        <translation>mehr als %1 Einträge in einem Array</translation>
    </message>
    <message>
        <source>unterminated array</source>
        <translation>nicht abgeschlossenes Array</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>„,“ oder „]“ erwartet</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <source>control character in a string</source>
        <translation>Steuerzeichen in einer Zeichenkette</translation>
    </message>
    <message>
        <source>invalid escape</source>
        <translation>ungültige Escape-Sequenz</translation>
    </message>
    <message>
        <source>unpaired surrogate</source>
        <translation>ungepaartes Surrogat</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>ungültige \u-Escape-Sequenz</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>ungültiges UTF-8</translation>
    </message>
    <message>
        <source>unexpected end</source>
        <translation>unerwartetes Ende</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>ungültige Zahl</translation>
    </message>
</context>
<context>
    <name>SyncJson</name>
    <message>
        <source>the server&apos;s answer has no valid %1</source>
        <translation>die Antwort des Servers hat kein gültiges %1</translation>
    </message>
</context>
<context>
    <name>TestEmail</name>
    <message>
        <source>KeyDesk test email</source>
        <translation>KeyDesk-Test-E-Mail</translation>
    </message>
    <message>
        <source>KeyDesk can send email through %1:%2. Activation emails will arrive like this one.</source>
        <translation>KeyDesk kann E-Mails über %1:%2 senden. Aktivierungs-E-Mails kommen so an wie diese.</translation>
    </message>
</context>
<context>
    <name>TpmAttestation</name>
    <message>
        <source>pubArea is not an RSA key like the credential</source>
        <translation>pubArea ist kein RSA-Schlüssel wie die Anmeldeinformation</translation>
    </message>
    <message>
        <source>pubArea&apos;s RSA key is not the credential public key</source>
        <translation>der RSA-Schlüssel von pubArea ist nicht der öffentliche Schlüssel der Anmeldeinformation</translation>
    </message>
    <message>
        <source>pubArea&apos;s ECC key is not the credential public key</source>
        <translation>der ECC-Schlüssel von pubArea ist nicht der öffentliche Schlüssel der Anmeldeinformation</translation>
    </message>
    <message>
        <source>TPM attestation needs an RSA or EC2 credential key</source>
        <translation>die TPM-Attestierung braucht einen RSA- oder EC2-Schlüssel der Anmeldeinformation</translation>
    </message>
    <message>
        <source>AIK certificate is not X.509 version 3</source>
        <translation>das AIK-Zertifikat ist kein X.509-Zertifikat der Version 3</translation>
    </message>
    <message>
        <source>AIK certificate subject must be empty</source>
        <translation>das Subject des AIK-Zertifikats muss leer sein</translation>
    </message>
    <message>
        <source>AIK certificate&apos;s subject alternative name lacks the TPM manufacturer, model or version</source>
        <translation>dem alternativen Namen des AIK-Zertifikats fehlen TPM-Hersteller, -Modell oder -Version</translation>
    </message>
    <message>
        <source>AIK certificate lacks the extended key usage tcg-kp-AIKCertificate</source>
        <translation>dem AIK-Zertifikat fehlt die erweiterte Schlüsselverwendung tcg-kp-AIKCertificate</translation>
    </message>
    <message>
        <source>AIK certificate is a CA certificate</source>
        <translation>das AIK-Zertifikat ist ein CA-Zertifikat</translation>
    </message>
    <message>
        <source>tpm attStmt needs ver, alg, sig, certInfo and pubArea</source>
        <translation>tpm-attStmt braucht ver, alg, sig, certInfo und pubArea</translation>
    </message>
    <message>
        <source>tpm attStmt ver must be &quot;2.0&quot;</source>
        <translation>tpm-attStmt-ver muss „2.0“ sein</translation>
    </message>
    <message>
        <source>tpm attestation alg %1 is not supported</source>
        <translation>tpm-Attestierungs-alg %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>tpm pubArea is malformed</source>
        <translation>tpm-pubArea ist fehlerhaft</translation>
    </message>
    <message>
        <source>tpm certInfo is malformed</source>
        <translation>tpm-certInfo ist fehlerhaft</translation>
    </message>
    <message>
        <source>tpm certInfo magic is not TPM_GENERATED_VALUE</source>
        <translation>magic von tpm-certInfo ist nicht TPM_GENERATED_VALUE</translation>
    </message>
    <message>
        <source>tpm certInfo type is not TPM_ST_ATTEST_CERTIFY</source>
        <translation>type von tpm-certInfo ist nicht TPM_ST_ATTEST_CERTIFY</translation>
    </message>
    <message>
        <source>tpm certInfo extraData is not the hash of authData ‖ clientDataHash</source>
        <translation>extraData von tpm-certInfo ist nicht der Hash von authData ‖ clientDataHash</translation>
    </message>
    <message>
        <source>tpm certInfo does not name this pubArea</source>
        <translation>tpm-certInfo benennt nicht diese pubArea</translation>
    </message>
    <message>
        <source>AIK certificate key does not fit alg: %1</source>
        <translation>der Schlüssel des AIK-Zertifikats passt nicht zu alg: %1</translation>
    </message>
    <message>
        <source>tpm attestation, AIK issued by %1</source>
        <translation>tpm-Attestierung, AIK ausgestellt von %1</translation>
    </message>
    <message>
        <source>the AIK (certInfo)</source>
        <translation>dem AIK (certInfo)</translation>
    </message>
</context>
<context>
    <name>User</name>
    <message>
        <source>display name is required</source>
        <translation>ein Anzeigename ist erforderlich</translation>
    </message>
    <message>
        <source>display name is longer than %1 characters</source>
        <translation>der Anzeigename ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>UPN &apos;%1&apos; is not of the form name@domain</source>
        <translation>der UPN „%1“ hat nicht die Form name@domain</translation>
    </message>
    <message>
        <source>department is longer than %1 characters</source>
        <translation>die Abteilung ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>control characters are not allowed</source>
        <translation>Steuerzeichen sind nicht erlaubt</translation>
    </message>
</context>
<context>
    <name>UserCsvImporter</name>
    <message>
        <source>... and %1 more problems</source>
        <translation>… und %1 weitere Probleme</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than %2 MiB</source>
        <translation>„%1“ ist größer als %2 MiB</translation>
    </message>
    <message>
        <source>the file is empty; expected a header line such as display_name,email,upn,department,groups</source>
        <translation>die Datei ist leer; erwartet wird eine Kopfzeile wie display_name,email,upn,department,groups</translation>
    </message>
    <message>
        <source>line %1: column &apos;%2&apos; appears twice in the header</source>
        <translation>Zeile %1: die Spalte „%2“ kommt in der Kopfzeile zweimal vor</translation>
    </message>
    <message>
        <source>line %1: required column &apos;%2&apos; is missing from the header</source>
        <translation>Zeile %1: die erforderliche Spalte „%2“ fehlt in der Kopfzeile</translation>
    </message>
    <message>
        <source>the file has a header but no user rows</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Benutzerzeilen</translation>
    </message>
    <message>
        <source>line %1: %2 fields, but the header has %3</source>
        <translation>Zeile %1: %2 Felder, aber die Kopfzeile hat %3</translation>
    </message>
    <message>
        <source>line %1: email &apos;%2&apos; already appears on line %3</source>
        <translation>Zeile %1: die E-Mail-Adresse „%2“ steht bereits in Zeile %3</translation>
    </message>
    <message>
        <source>import cancelled; nothing was changed</source>
        <translation>Import abgebrochen; nichts wurde geändert</translation>
    </message>
    <message>
        <source>line %1: %2; nothing was changed</source>
        <translation>Zeile %1: %2; nichts wurde geändert</translation>
    </message>
    <message>
        <source>lines %1-%2: %3; nothing was changed</source>
        <translation>Zeilen %1–%2: %3; nichts wurde geändert</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>an email is already in use</source>
        <translation>eine E-Mail-Adresse wird bereits verwendet</translation>
    </message>
    <message>
        <source>the members of group &apos;%1&apos; come from the directory source %2</source>
        <translation>die Mitglieder der Gruppe „%1“ stammen aus der Verzeichnisquelle %2</translation>
    </message>
    <message>
        <source>%1 comes from the directory source %2</source>
        <translation>%1 stammt aus der Verzeichnisquelle %2</translation>
    </message>
</context>
<context>
    <name>UserDetailsDialog</name>
    <message>
        <source>User Details</source>
        <translation>Benutzerdetails</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;UPN:</source>
        <translation>&amp;UPN:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Abteilung:</translation>
    </message>
    <message>
        <source>Account enabled</source>
        <translation>Konto aktiviert</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Groups of the user</source>
        <translation>Gruppen des Benutzers</translation>
    </message>
    <message>
        <source>Group to add the user to</source>
        <translation>Gruppe, zu der der Benutzer hinzugefügt wird</translation>
    </message>
    <message>
        <source>Add to Group</source>
        <translation>Zur Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Remove from Group</source>
        <translation>Aus Gruppe entfernen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>The user&apos;s activity</source>
        <translation>Die Aktivität des Benutzers</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>no user &apos;%1&apos;</source>
        <translation>kein Benutzer „%1“</translation>
    </message>
    <message>
        <source>listing users: %1</source>
        <translation>Benutzer auflisten: %1</translation>
    </message>
    <message>
        <source>no user with id %1</source>
        <translation>kein Benutzer mit der ID %1</translation>
    </message>
    <message>
        <source>adding users: %1 ids returned for %2 rows</source>
        <translation>Benutzer hinzufügen: %1 IDs für %2 Zeilen zurückgegeben</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>no user with id %1</source>
        <translation>kein Benutzer mit der ID %1</translation>
    </message>
    <message>
        <source>a user with email &apos;%1&apos; already exists</source>
        <translation>ein Benutzer mit der E-Mail-Adresse „%1“ existiert bereits</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; is already enabled</source>
        <translation>der Benutzer „%1“ ist bereits aktiviert</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; is already disabled</source>
        <translation>der Benutzer „%1“ ist bereits deaktiviert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already a member of &apos;%2&apos;</source>
        <translation>„%1“ ist bereits Mitglied von „%2“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a member of &apos;%2&apos;</source>
        <translation>„%1“ ist kein Mitglied von „%2“</translation>
    </message>
    <message>
        <source>%1 comes from the directory source %2: change their name, email, UPN, department and state there</source>
        <translation>%1 stammt aus der Verzeichnisquelle %2: ändern Sie Name, E-Mail-Adresse, UPN, Abteilung und Status dort</translation>
    </message>
    <message>
        <source>the members of group &apos;%1&apos; come from the directory source %2: change them there</source>
        <translation>die Mitglieder der Gruppe „%1“ stammen aus der Verzeichnisquelle %2: ändern Sie sie dort</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>All Users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>Search name, email, UPN or department</source>
        <translation>Name, E-Mail, UPN oder Abteilung suchen</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Windows sign-in:</source>
        <translation>Windows-Anmeldung:</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>New User…</source>
        <translation>Neuer Benutzer…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Add to Group</source>
        <translation>Zur Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Security Keys</source>
        <translation>Sicherheitsschlüssel</translation>
    </message>
    <message>
        <source>Assign smartphone keys by email to the selected users, or send their pending activations again</source>
        <translation>Den ausgewählten Benutzern Smartphone-Schlüssel per E-Mail zuweisen oder ihre ausstehenden Aktivierungen erneut senden</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>Waiting for the authenticator</source>
        <translation>Warten auf den Authenticator</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
</context>
<context>
    <name>VerificationPage</name>
    <message>
        <source>This verification has expired. Ask your helpdesk to start a new one.</source>
        <translation>Diese Prüfung ist abgelaufen. Bitten Sie Ihren Helpdesk, eine neue zu starten.</translation>
    </message>
    <message>
        <source>This verification is finished. Your helpdesk sees the result.</source>
        <translation>Diese Prüfung ist abgeschlossen. Ihr Helpdesk sieht das Ergebnis.</translation>
    </message>
    <message>
        <source>This security key is no longer active, so it cannot be verified.</source>
        <translation>Dieser Sicherheitsschlüssel ist nicht mehr aktiv und kann daher nicht geprüft werden.</translation>
    </message>
    <message>
        <source>This verification link is not valid. Check that you opened the whole link.</source>
        <translation>Dieser Prüflink ist ungültig. Prüfen Sie, ob Sie den ganzen Link geöffnet haben.</translation>
    </message>
    <message>
        <source>Confirm with your security key…</source>
        <translation>Bestätigen Sie mit Ihrem Sicherheitsschlüssel…</translation>
    </message>
    <message>
        <source>Verified: every check passed. Your helpdesk sees the result.</source>
        <translation>Verifiziert: jede Prüfung bestanden. Ihr Helpdesk sieht das Ergebnis.</translation>
    </message>
    <message>
        <source>Nothing was signed. Tap “Verify” to try again.</source>
        <translation>Es wurde nichts signiert. Tippen Sie auf „Prüfen“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Verification failed.</source>
        <translation>Prüfung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the connection and try again.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This browser cannot use passkeys. Open the link in your phone&apos;s default browser.</source>
        <translation>Dieser Browser kann keine Passkeys verwenden. Öffnen Sie den Link im Standardbrowser Ihres Telefons.</translation>
    </message>
    <message>
        <source>Hello %1. Tap “Verify” and confirm with your security key (%2) to show your helpdesk that it works.</source>
        <translation>Hallo %1. Tippen Sie auf „Prüfen“ und bestätigen Sie mit Ihrem Sicherheitsschlüssel (%2), um Ihrem Helpdesk zu zeigen, dass er funktioniert.</translation>
    </message>
    <message>
        <source>Verify your security key</source>
        <translation>Prüfen Sie Ihren Sicherheitsschlüssel</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
</context>
<context>
    <name>VerificationReceipt</name>
    <message>
        <source>VERIFIED — every check passed</source>
        <translation>VERIFIZIERT — jede Prüfung bestanden</translation>
    </message>
    <message>
        <source>FAILED — the check “%1” did not pass</source>
        <translation>FEHLGESCHLAGEN — die Prüfung „%1“ wurde nicht bestanden</translation>
    </message>
    <message>
        <source>Security key verification receipt</source>
        <translation>Nachweis der Prüfung eines Sicherheitsschlüssels</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>User principal name</source>
        <translation>Benutzerprinzipalname</translation>
    </message>
    <message>
        <source>Security key</source>
        <translation>Sicherheitsschlüssel</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Authenticator</source>
        <translation>Authenticator</translation>
    </message>
    <message>
        <source>Credential ID</source>
        <translation>Anmeldeinformations-ID</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Relying party ID</source>
        <translation>Relying-Party-ID</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Gestartet von</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Signature counter</source>
        <translation>Signaturzähler</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>Verification stops at the first failed check; later checks did not run.</source>
        <translation>Die Prüfung endet bei der ersten fehlgeschlagenen Prüfung; spätere Prüfungen liefen nicht.</translation>
    </message>
    <message>
        <source>Issued %1 by KeyDesk&apos;s test-mode relying party.</source>
        <translation>Ausgestellt am %1 von der Test-Relying-Party von KeyDesk.</translation>
    </message>
</context>
<context>
    <name>VerificationRecordDialog</name>
    <message>
        <source>Verification %1 no longer exists.</source>
        <translation>Verifizierung %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The key of verification %1 was deleted.</source>
        <translation>Der Schlüssel der Verifizierung %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>The user of verification %1 was deleted.</source>
        <translation>Der Benutzer der Verifizierung %1 wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>VerificationService</name>
    <message>
        <source>This verification has expired. Ask your helpdesk to start a new one.</source>
        <translation>Diese Prüfung ist abgelaufen. Bitten Sie Ihren Helpdesk, eine neue zu starten.</translation>
    </message>
    <message>
        <source>This verification is finished. Ask your helpdesk to start a new one to try again.</source>
        <translation>Diese Prüfung ist abgeschlossen. Bitten Sie Ihren Helpdesk, für einen neuen Versuch eine neue zu starten.</translation>
    </message>
    <message>
        <source>This verification link is not valid. Check that you opened the whole link.</source>
        <translation>Dieser Prüflink ist ungültig. Prüfen Sie, ob Sie den ganzen Link geöffnet haben.</translation>
    </message>
    <message>
        <source>This security key is no longer active, so it cannot be verified.</source>
        <translation>Dieser Sicherheitsschlüssel ist nicht mehr aktiv und kann daher nicht geprüft werden.</translation>
    </message>
    <message>
        <source>the user of key %1 is gone</source>
        <translation>der Benutzer von Schlüssel %1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>The authentication response is not valid: %1</source>
        <translation>Die Authentifizierungsantwort ist ungültig: %1</translation>
    </message>
    <message>
        <source>The security key could not be verified (%1): %2</source>
        <translation>Der Sicherheitsschlüssel konnte nicht verifiziert werden (%1): %2</translation>
    </message>
    <message>
        <source>only an active key can be verified; key %1 is %2</source>
        <translation>nur ein aktiver Schlüssel kann verifiziert werden; Schlüssel %1 ist %2</translation>
    </message>
</context>
<context>
    <name>VerifyKeyDialog</name>
    <message>
        <source>The verification has no result yet.</source>
        <translation>Die Prüfung hat noch kein Ergebnis.</translation>
    </message>
</context>
<context>
    <name>WindowsLogon</name>
    <message>
        <source>Shared PC, reader at %1</source>
        <translation>Gemeinsamer PC, Lesegerät: %1</translation>
    </message>
    <message>
        <source>Dedicated PC %1, paired %2</source>
        <translation>Eigener PC %1, gekoppelt am %2</translation>
    </message>
    <message>
        <source>Say where the shared PC&apos;s security key reader is.</source>
        <translation>Geben Sie an, wo das Sicherheitsschlüssel-Lesegerät des gemeinsamen PCs steht.</translation>
    </message>
    <message>
        <source>The reader&apos;s location is longer than 200 characters.</source>
        <translation>Der Standort des Lesegeräts ist länger als 200 Zeichen.</translation>
    </message>
    <message>
        <source>The reader&apos;s location contains a control character.</source>
        <translation>Der Standort des Lesegeräts enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>Give the date the phone was paired with the PC.</source>
        <translation>Geben Sie das Datum an, an dem das Telefon mit dem PC gekoppelt wurde.</translation>
    </message>
    <message>
        <source>The pairing date is in the future.</source>
        <translation>Das Kopplungsdatum liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>“%1” is not a Windows computer name: use 1 to 15 letters, digits and hyphens, not only digits, without a hyphen at either end.</source>
        <translation>„%1“ ist kein Windows-Computername: Verwenden Sie 1 bis 15 Buchstaben, Ziffern und Bindestriche, nicht nur Ziffern, ohne Bindestrich am Anfang oder Ende.</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>%1 must be a whole number from 0 to %2</source>
        <translation>%1 muss eine ganze Zahl von 0 bis %2 sein</translation>
    </message>
</context>
<context>
    <name>WorkflowEngine</name>
    <message>
        <source>the run vanished</source>
        <translation>der Lauf ist verschwunden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>workflow &apos;%1&apos;: %2</source>
        <translation>Workflow „%1“: %2</translation>
    </message>
</context>
<context>
    <name>WorkflowRepository</name>
    <message>
        <source>no workflow %1</source>
        <translation>kein Workflow %1</translation>
    </message>
    <message>
        <source>the workflow vanished</source>
        <translation>der Workflow ist verschwunden</translation>
    </message>
    <message>
        <source>no workflow &apos;%1&apos;</source>
        <translation>kein Workflow „%1“</translation>
    </message>
</context>
<context>
    <name>WorkflowService</name>
    <message>
        <source>no workflow %1</source>
        <translation>kein Workflow %1</translation>
    </message>
    <message>
        <source>a workflow needs a name</source>
        <translation>ein Workflow braucht einen Namen</translation>
    </message>
    <message>
        <source>a workflow name has at most 120 characters</source>
        <translation>ein Workflow-Name hat höchstens 120 Zeichen</translation>
    </message>
    <message>
        <source>no group %1</source>
        <translation>keine Gruppe %1</translation>
    </message>
    <message>
        <source>a workflow named &apos;%1&apos; exists already</source>
        <translation>ein Workflow namens „%1“ existiert bereits</translation>
    </message>
</context>
<context>
    <name>WorkflowsPage</name>
    <message>
        <source>Workflows — Security Key Device Assignment</source>
        <translation>Workflows — Zuweisung von Sicherheitsschlüsseln</translation>
    </message>
    <message>
        <source>A workflow gives every enabled user in its groups (or all users) who has no smartphone key yet a key and an activation email — now, whenever users join its scope, and on a timer.</source>
        <translation>Ein Workflow gibt jedem aktiven Benutzer in seinen Gruppen (oder allen Benutzern), der noch keinen Smartphone-Schlüssel hat, einen Schlüssel und eine Aktivierungs-E-Mail — sofort, sobald Benutzer in seinen Bereich kommen, und regelmäßig.</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <source>&amp;New Workflow…</source>
        <translation>&amp;Neuer Workflow…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Run Now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Cancel Run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>The selected workflow&apos;s runs</source>
        <translation>Die Läufe des ausgewählten Workflows</translation>
    </message>
    <message>
        <source>The selected run&apos;s outcomes per user</source>
        <translation>Die Ergebnisse des ausgewählten Laufs je Benutzer</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::ActivateNowDialog</name>
    <message>
        <source>Activate Now — %1</source>
        <translation>Jetzt aktivieren — %1</translation>
    </message>
    <message>
        <source>Activate %1&apos;s smartphone</source>
        <translation>Smartphone von %1 aktivieren</translation>
    </message>
    <message>
        <source>No camera? In the app under “Work or School”, enter %1 and this code:</source>
        <translation>Keine Kamera? Geben Sie in der App unter „Arbeit oder Schule“ %1 und diesen Code ein:</translation>
    </message>
    <message>
        <source>Waiting for the phone…</source>
        <translation>Warten auf das Telefon…</translation>
    </message>
    <message>
        <source>This key was deleted.</source>
        <translation>Dieser Schlüssel wurde gelöscht.</translation>
    </message>
    <message>
        <source>Activated %1</source>
        <translation>Aktiviert um %1</translation>
    </message>
    <message>
        <source>✔ Activated — %1</source>
        <translation>✔ Aktiviert — %1</translation>
    </message>
    <message>
        <source>This key was revoked.</source>
        <translation>Dieser Schlüssel wurde widerrufen.</translation>
    </message>
    <message>
        <source>A newer link replaced this one. Regenerate to show a fresh code.</source>
        <translation>Ein neuerer Link hat diesen ersetzt. Erzeugen Sie einen neuen Code.</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Expired — regenerate to try again.</source>
        <translation>Abgelaufen — neu erzeugen, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Save QR Code</source>
        <translation>QR-Code speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Activate your security key — %1</source>
        <translation>Aktivieren Sie Ihren Sicherheitsschlüssel — %1</translation>
    </message>
    <message>
        <source>Or open %1

Work or School: %2, code %3
Valid until %4</source>
        <translation>Oder öffnen Sie %1

Arbeit oder Schule: %2, Code %3
Gültig bis %4</translation>
    </message>
    <message>
        <source>Issue a new link and code? The ones shown now stop working at once, and %1 must scan the new code.</source>
        <translation>Einen neuen Link und Code ausstellen? Die jetzt angezeigten funktionieren sofort nicht mehr, und %1 muss den neuen Code scannen.</translation>
    </message>
    <message>
        <source>Work or School Code — %1</source>
        <translation>Code für Arbeit oder Schule — %1</translation>
    </message>
    <message>
        <source>Give %1 the code for the phone app</source>
        <translation>Geben Sie %1 den Code für die Telefon-App</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;On the smartphone, open the KeyDesk app and choose &lt;b&gt;Work or School&lt;/b&gt;, or open the address below in the phone&apos;s browser.&lt;/li&gt;&lt;li&gt;Enter the email and the code.&lt;/li&gt;&lt;li&gt;Confirm with the phone&apos;s screen lock.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Öffnen Sie auf dem Smartphone die KeyDesk-App und wählen Sie &lt;b&gt;Arbeit oder Schule&lt;/b&gt;, oder öffnen Sie die Adresse unten im Browser des Telefons.&lt;/li&gt;&lt;li&gt;Geben Sie die E-Mail-Adresse und den Code ein.&lt;/li&gt;&lt;li&gt;Bestätigen Sie mit der Bildschirmsperre des Telefons.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Email: %1 — code:</source>
        <translation>E-Mail: %1 — Code:</translation>
    </message>
    <message>
        <source>this desk&apos;s enrollment server is not running (%1)</source>
        <translation>der Registrierungsserver dieses Arbeitsplatzes läuft nicht (%1)</translation>
    </message>
    <message>
        <source>The phone cannot open this link: %1.</source>
        <translation>Das Telefon kann diesen Link nicht öffnen: %1.</translation>
    </message>
    <message>
        <source>No server answers this link</source>
        <translation>Kein Server antwortet auf diesen Link</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::AllKeysTableModel</name>
    <message>
        <source>%1, expires %2</source>
        <translation>%1, läuft ab %2</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Authenticator</source>
        <translation>Authentifikator</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::AuditPage</name>
    <message>
        <source>Any operator</source>
        <translation>Alle Bearbeiter</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>Select an event to see every field.</source>
        <translation>Wählen Sie ein Ereignis, um jedes Feld zu sehen.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Operator&apos;s user id</source>
        <translation>Benutzer-ID des Operators</translation>
    </message>
    <message>
        <source>Signed in with</source>
        <translation>Angemeldet mit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Target&apos;s name</source>
        <translation>Name des Ziels</translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>%1 — exported to %2</source>
        <translation>%1 – exportiert nach %2</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::BulkChangeDialog</name>
    <message>
        <source>Suspend Keys</source>
        <translation>Schlüssel sperren</translation>
    </message>
    <message>
        <source>Resume Keys</source>
        <translation>Schlüssel fortsetzen</translation>
    </message>
    <message>
        <source>Revoke Keys</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Send New Activation Emails</source>
        <translation>Neue Aktivierungs-E-Mails senden</translation>
    </message>
    <message>
        <source>Assign Smartphone Keys by Email</source>
        <translation>Smartphone-Schlüssel per E-Mail zuweisen</translation>
    </message>
    <message>
        <source>Progress of the change</source>
        <translation>Fortschritt der Änderung</translation>
    </message>
    <message>
        <source>What was skipped, and why</source>
        <translation>Was übersprungen wurde, und warum</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Suspending %1 keys…</source>
        <translation>%1 Schlüssel werden gesperrt…</translation>
    </message>
    <message>
        <source>Resuming %1 keys…</source>
        <translation>%1 Schlüssel werden fortgesetzt…</translation>
    </message>
    <message>
        <source>Revoking %1 keys…</source>
        <translation>%1 Schlüssel werden widerrufen…</translation>
    </message>
    <message>
        <source>Sending new activation emails for %1 keys…</source>
        <translation>Neue Aktivierungs-E-Mails für %1 Schlüssel werden gesendet…</translation>
    </message>
    <message>
        <source>Assigning smartphone keys by email to %1 users…</source>
        <translation>%1 Benutzern werden Smartphone-Schlüssel per E-Mail zugewiesen…</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <source>The change stopped: %1</source>
        <translation>Die Änderung wurde angehalten: %1</translation>
    </message>
    <message>
        <source>The batches before the error are done; the others are as they were.</source>
        <translation>Die Stapel vor dem Fehler sind erledigt; die übrigen sind unverändert.</translation>
    </message>
    <message>
        <source>%1 changed.</source>
        <translation>%1 geändert.</translation>
    </message>
    <message>
        <source>%1 changed, %2 skipped (listed below with the reason).</source>
        <translation>%1 geändert, %2 übersprungen (unten mit Grund aufgeführt).</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2: those are done, the others are as they were.</source>
        <translation>Nach %1 von %2 abgebrochen: diese sind erledigt, die übrigen sind unverändert.</translation>
    </message>
    <message>
        <source>Each change is in the audit log.</source>
        <translation>Jede Änderung steht im Prüfprotokoll.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
    <message>
        <source>Stopping after the batch under way…</source>
        <translation>Wird nach dem laufenden Stapel angehalten…</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>Work with your team&apos;s KeyDesk server: this desk keeps a copy of what it shows and sends every change to the server. You sign in with your own security key next.</source>
        <translation>Mit dem KeyDesk-Server Ihres Teams arbeiten: Dieser Arbeitsplatz hält eine Kopie dessen, was er zeigt, und sendet jede Änderung an den Server. Danach melden Sie sich mit Ihrem eigenen Sicherheitsschlüssel an.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradresse:</translation>
    </message>
    <message>
        <source>&amp;Trust and Connect</source>
        <translation>&amp;Vertrauen und verbinden</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Type the server&apos;s address, https://host or https://host:port (plain http only to this computer).</source>
        <translation>Geben Sie die Adresse des Servers ein, https://host oder https://host:port (einfaches http nur zu diesem Computer).</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 wird gefragt …</translation>
    </message>
    <message>
        <source>The certificate of %1 is not one this computer trusts. Compare its fingerprint with the one the server&apos;s operator reads out (keydesk-cli server make-cert printed it); trust it only if they are the same.</source>
        <translation>Dem Zertifikat von %1 vertraut dieser Computer nicht. Vergleichen Sie seinen Fingerabdruck mit dem, den der Betreiber des Servers vorliest (keydesk-cli server make-cert hat ihn ausgegeben); vertrauen Sie ihm nur, wenn beide gleich sind.</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>%1 answered, but not as a KeyDesk team server does (HTTP %2).</source>
        <translation>%1 hat geantwortet, aber nicht wie ein KeyDesk-Teamserver (HTTP %2).</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::DatabasePasswordDialog</name>
    <message>
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <source>The database server asks for a password to open
%1</source>
        <translation>Der Datenbankserver verlangt ein Passwort, um
%1
zu öffnen</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>Im Schlüsselbund &amp;merken</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::DemoSession</name>
    <message>
        <source>The virtual phone (%1) is not installed.</source>
        <translation>Das virtuelle Telefon (%1) ist nicht installiert.</translation>
    </message>
    <message>
        <source>The virtual phone did not start: %1</source>
        <translation>Das virtuelle Telefon ist nicht gestartet: %1</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::DirectoryPage</name>
    <message>
        <source>full</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>incremental</source>
        <translation>inkrementell</translation>
    </message>
    <message>
        <source>%1, dry run</source>
        <translation>%1, Probelauf</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 disabled, %4 enabled, %5 removed; memberships +%6 −%7; %8 keys withdrawn; %9 entry errors</source>
        <translation>%1 angelegt, %2 geändert, %3 deaktiviert, %4 aktiviert, %5 entfernt; Mitgliedschaften +%6 −%7; %8 Schlüssel entzogen; %9 Eintragsfehler</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Users and groups that come from a directory: LDAP / Active Directory servers KeyDesk reads, and identity providers that push over SCIM. What a source owns is changed there; a user who leaves it loses their keys.</source>
        <translation>Benutzer und Gruppen aus einem Verzeichnis: LDAP-/Active-Directory-Server, die KeyDesk liest, und Identitätsanbieter, die über SCIM liefern. Was einer Quelle gehört, wird dort geändert; wer sie verlässt, verliert seine Schlüssel.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Read what changed at the source since its last run</source>
        <translation>Lesen, was sich an der Quelle seit ihrem letzten Lauf geändert hat</translation>
    </message>
    <message>
        <source>Full Sync</source>
        <translation>Vollständig synchronisieren</translation>
    </message>
    <message>
        <source>Read every entry: also finds the users the source no longer has</source>
        <translation>Jeden Eintrag lesen: findet auch die Benutzer, die die Quelle nicht mehr hat</translation>
    </message>
    <message>
        <source>Dry Run…</source>
        <translation>Probelauf…</translation>
    </message>
    <message>
        <source>List what a full sync would change, and change nothing</source>
        <translation>Auflisten, was eine vollständige Synchronisierung ändern würde, ohne etwas zu ändern</translation>
    </message>
    <message>
        <source>Bind Password…</source>
        <translation>Bind-Passwort…</translation>
    </message>
    <message>
        <source>Keep the source&apos;s bind password in this computer&apos;s keychain (KEYDESK_LDAP_PASSWORD wins when set)</source>
        <translation>Das Bind-Passwort der Quelle im Schlüsselbund dieses Rechners speichern (KEYDESK_LDAP_PASSWORD hat Vorrang, wenn gesetzt)</translation>
    </message>
    <message>
        <source>Runs of the selected source, newest first</source>
        <translation>Läufe der gewählten Quelle, neueste zuerst</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Entries read</source>
        <translation>Gelesene Einträge</translation>
    </message>
    <message>
        <source>Entries the selected run could not take</source>
        <translation>Einträge, die der gewählte Lauf nicht übernehmen konnte</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>pushed over SCIM 2.0 to /scim/v2</source>
        <translation>über SCIM 2.0 an /scim/v2 geliefert</translation>
    </message>
    <message>
        <source> (StartTLS)</source>
        <translation> (StartTLS)</translation>
    </message>
    <message>
        <source>SCIM</source>
        <translation>SCIM</translation>
    </message>
    <message>
        <source>LDAP</source>
        <translation>LDAP</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>No directory sources: add one with keydesk-cli directory add-ldap, or make a SCIM source with keydesk-cli directory scim-token create (docs/directory.md).</source>
        <translation>Keine Verzeichnisquellen: fügen Sie eine mit keydesk-cli directory add-ldap hinzu oder legen Sie eine SCIM-Quelle mit keydesk-cli directory scim-token create an (docs/directory.md).</translation>
    </message>
    <message numerus="yes">
        <source>%n directory source(s)</source>
        <translation>
            <numerusform>%n Verzeichnisquelle</numerusform>
            <numerusform>%n Verzeichnisquellen</numerusform>
        </translation>
    </message>
    <message>
        <source>The identity provider pushes this source&apos;s changes over SCIM; there is nothing to read from here.</source>
        <translation>Der Identitätsanbieter liefert die Änderungen dieser Quelle über SCIM; von hier aus gibt es nichts zu lesen.</translation>
    </message>
    <message>
        <source>Reading %1 for a dry run…</source>
        <translation>%1 wird für einen Probelauf gelesen…</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>%1 wird synchronisiert…</translation>
    </message>
    <message numerus="yes">
        <source>Dry run of %1: %n change(s) would be made; nothing was changed.</source>
        <translation>
            <numerusform>Probelauf von %1: %n Änderung würde vorgenommen; nichts wurde geändert.</numerusform>
            <numerusform>Probelauf von %1: %n Änderungen würden vorgenommen; nichts wurde geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 synced: %2</source>
        <translation>%1 synchronisiert: %2</translation>
    </message>
    <message>
        <source>%1 was not synced: %2</source>
        <translation>%1 wurde nicht synchronisiert: %2</translation>
    </message>
    <message>
        <source>Bind Password</source>
        <translation>Bind-Passwort</translation>
    </message>
    <message>
        <source>The password of %1 for the directory source %2. It is kept in this computer&apos;s keychain, never in the database.</source>
        <translation>Das Passwort von %1 für die Verzeichnisquelle %2. Es wird im Schlüsselbund dieses Rechners aufbewahrt, nie in der Datenbank.</translation>
    </message>
    <message>
        <source>The bind password of %1 is in the keychain.</source>
        <translation>Das Bind-Passwort von %1 liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The keychain did not keep the password: %1</source>
        <translation>Der Schlüsselbund hat das Passwort nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Directory sources</source>
        <translation>Verzeichnisquellen</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::DirectorySyncReportDialog</name>
    <message>
        <source>create user</source>
        <translation>Benutzer anlegen</translation>
    </message>
    <message>
        <source>update user</source>
        <translation>Benutzer ändern</translation>
    </message>
    <message>
        <source>take over user</source>
        <translation>Benutzer übernehmen</translation>
    </message>
    <message>
        <source>disable user</source>
        <translation>Benutzer deaktivieren</translation>
    </message>
    <message>
        <source>enable user</source>
        <translation>Benutzer aktivieren</translation>
    </message>
    <message>
        <source>remove user</source>
        <translation>Benutzer entfernen</translation>
    </message>
    <message>
        <source>join group</source>
        <translation>Gruppe beitreten</translation>
    </message>
    <message>
        <source>leave group</source>
        <translation>Gruppe verlassen</translation>
    </message>
    <message>
        <source>create group</source>
        <translation>Gruppe anlegen</translation>
    </message>
    <message>
        <source>rename group</source>
        <translation>Gruppe umbenennen</translation>
    </message>
    <message>
        <source>remove group</source>
        <translation>Gruppe entfernen</translation>
    </message>
    <message>
        <source>Dry Run: %1</source>
        <translation>Probelauf: %1</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Synchronisierung: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed. A sync now would make %n change(s):</source>
        <translation>
            <numerusform>Nichts wurde geändert. Eine Synchronisierung würde jetzt %n Änderung vornehmen:</numerusform>
            <numerusform>Nichts wurde geändert. Eine Synchronisierung würde jetzt %n Änderungen vornehmen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sync made %n change(s):</source>
        <translation>
            <numerusform>Die Synchronisierung hat %n Änderung vorgenommen:</numerusform>
            <numerusform>Die Synchronisierung hat %n Änderungen vorgenommen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Would</source>
        <translation>Würde</translation>
    </message>
    <message>
        <source>Did</source>
        <translation>Tat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <source>%n entry error(s): entries the sync could not take</source>
        <translation>
            <numerusform>%n Eintragsfehler: ein Eintrag, den die Synchronisierung nicht übernehmen konnte</numerusform>
            <numerusform>%n Eintragsfehler: Einträge, die die Synchronisierung nicht übernehmen konnte</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>What the sync would change</source>
        <translation>Was die Synchronisierung ändern würde</translation>
    </message>
    <message>
        <source>What the sync changed</source>
        <translation>Was die Synchronisierung geändert hat</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::FirstRunDialog</name>
    <message>
        <source>Welcome to KeyDesk</source>
        <translation>Willkommen bei KeyDesk</translation>
    </message>
    <message>
        <source>KeyDesk keeps users, groups and security keys in a database file. Which one should it use?</source>
        <translation>KeyDesk speichert Benutzer, Gruppen und Sicherheitsschlüssel in einer Datenbankdatei. Welche soll es verwenden?</translation>
    </message>
    <message>
        <source>Open a Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>A KeyDesk database your team already uses (a .sqlite file).</source>
        <translation>Eine KeyDesk-Datenbank, die Ihr Team bereits verwendet (eine .sqlite-Datei).</translation>
    </message>
    <message>
        <source>Create an Empty Database</source>
        <translation>Leere Datenbank anlegen</translation>
    </message>
    <message>
        <source>Start from scratch at %1; add or import users next.</source>
        <translation>Von vorn beginnen unter %1; danach Benutzer anlegen oder importieren.</translation>
    </message>
    <message>
        <source>Try the Demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <source>200 example users and the virtual phone beside the console; no network or phone needed.</source>
        <translation>200 Beispielbenutzer und das virtuelle Telefon neben der Konsole; kein Netzwerk und kein Telefon nötig.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>KeyDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>KeyDesk-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::GroupKeyPolicyDialog</name>
    <message>
        <source>Key Policy of %1</source>
        <translation>Schlüsselrichtlinie von %1</translation>
    </message>
    <message>
        <source>The members of %1 must pass this policy as well as the deployment&apos;s (Settings &gt; Key Policy) and those of their other groups. Keys active before a change stay active; the Overview lists those a policy would refuse.</source>
        <translation>Die Mitglieder von %1 müssen diese Richtlinie erfüllen, ebenso die der Installation (Einstellungen &gt; Schlüsselrichtlinie) und die ihrer anderen Gruppen. Vor einer Änderung aktive Schlüssel bleiben aktiv; die Übersicht listet die, die eine Richtlinie ablehnen würde.</translation>
    </message>
    <message>
        <source>&amp;This group has a key policy of its own</source>
        <translation>&amp;Diese Gruppe hat eine eigene Schlüsselrichtlinie</translation>
    </message>
    <message>
        <source>The stored policy cannot be read: %1</source>
        <translation>Die gespeicherte Richtlinie kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::GroupTableModel</name>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Key policy</source>
        <translation>Schlüsselrichtlinie</translation>
    </message>
    <message>
        <source>Directory source</source>
        <translation>Verzeichnisquelle</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::GroupsPage</name>
    <message>
        <source>Members of %1 (%2)</source>
        <translation>Mitglieder von %1 (%2)</translation>
    </message>
    <message>
        <source>Select a group to see its members.</source>
        <translation>Wählen Sie eine Gruppe, um ihre Mitglieder zu sehen.</translation>
    </message>
    <message>
        <source>KeyDesk</source>
        <translation>KeyDesk</translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation>Gruppenname:</translation>
    </message>
    <message>
        <source>Rename Group</source>
        <translation>Gruppe umbenennen</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>Neuer Name für %1:</translation>
    </message>
    <message>
        <source>Delete Group</source>
        <translation>Gruppe löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the group %1? Its %n member(s) stay in KeyDesk but leave the group.</source>
        <translation>
            <numerusform>Die Gruppe %1 löschen? Ihr %n Mitglied bleibt in KeyDesk, verlässt aber die Gruppe.</numerusform>
            <numerusform>Die Gruppe %1 löschen? Ihre %n Mitglieder bleiben in KeyDesk, verlassen aber die Gruppe.</numerusform>
        </translation>
    </message>
    <message>
        <source>From the directory source %1: change it there.</source>
        <translation>Aus der Verzeichnisquelle %1: ändern Sie es dort.</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::ImportDialog</name>
    <message>
        <source>Importing users from %1</source>
        <translation>Benutzer werden aus %1 importiert</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Die Datei wird gelesen…</translation>
    </message>
    <message>
        <source>Cancelling; nothing will be changed…</source>
        <translation>Wird abgebrochen; nichts wird geändert…</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>The file was not imported; nothing was changed.</source>
        <translation>Die Datei wurde nicht importiert; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Sending the file to the server…</source>
        <translation>Die Datei wird an den Server gesendet…</translation>
    </message>
    <message>
        <source>Sending the file to the server: %1 of %2</source>
        <translation>Die Datei wird an den Server gesendet: %1 von %2</translation>
    </message>
    <message>
        <source>The server is importing the file…</source>
        <translation>Der Server importiert die Datei…</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::ImportWorker</name>
    <message>
        <source>Imported %1 rows: %2 users created, %3 updated, %4 unchanged, %5 group memberships added.</source>
        <translation>%1 Zeilen importiert: %2 Benutzer angelegt, %3 aktualisiert, %4 unverändert, %5 Gruppenmitgliedschaften hinzugefügt.</translation>
    </message>
    <message>
        <source>New groups: %1.</source>
        <translation>Neue Gruppen: %1.</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::KeyPolicyEditor</name>
    <message>
        <source>&amp;Device-bound keys only: refuse synced passkeys (backup eligible)</source>
        <translation>Nur &amp;gerätegebundene Schlüssel: synchronisierte Passkeys (sicherungsfähig) ablehnen</translation>
    </message>
    <message>
        <source>Any authenticator</source>
        <translation>Jeder Authentifikator</translation>
    </message>
    <message>
        <source>Only the authenticators checked below</source>
        <translation>Nur die unten angehakten Authentifikatoren</translation>
    </message>
    <message>
        <source>Every authenticator but those checked below</source>
        <translation>Jeder Authentifikator außer den unten angehakten</translation>
    </message>
    <message>
        <source>Filter by name or AAGUID</source>
        <translation>Nach Name oder AAGUID filtern</translation>
    </message>
    <message>
        <source>Filter authenticators</source>
        <translation>Authentifikatoren filtern</translation>
    </message>
    <message>
        <source>Authenticators</source>
        <translation>Authentifikatoren</translation>
    </message>
    <message>
        <source>Authenticator</source>
        <translation>Authentifikator</translation>
    </message>
    <message>
        <source>AAGUID</source>
        <translation>AAGUID</translation>
    </message>
    <message>
        <source>AAGUID to add</source>
        <translation>Hinzuzufügende AAGUID</translation>
    </message>
    <message>
        <source>&amp;Add AAGUID</source>
        <translation>AAGUID &amp;hinzufügen</translation>
    </message>
    <message>
        <source>A&amp;uthenticators:</source>
        <translation>A&amp;uthentifikatoren:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an AAGUID (8-4-4-4-12 hexadecimal digits)</source>
        <translation>„%1“ ist keine AAGUID (8-4-4-4-12 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>A key&apos;s attestation must chain to one of the attestation trust anchors under Settings &gt; Security Keys.</source>
        <translation>Die Attestierung eines Schlüssels muss zu einem der Vertrauensanker für Attestierungen unter Einstellungen &gt; Sicherheitsschlüssel führen.</translation>
    </message>
    <message>
        <source>T&amp;rusted attestation only: refuse keys no vendor root vouches for</source>
        <translation>Nur &amp;vertrauenswürdige Attestierung: Schlüssel ablehnen, für die kein Hersteller-Stammzertifikat bürgt</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::KeyServices</name>
    <message>
        <source>Enrollment server: %1 (authenticator names: %2)</source>
        <translation>Registrierungsserver: %1 (Authenticator-Namen: %2)</translation>
    </message>
    <message>
        <source>Enrollment server: %1</source>
        <translation>Registrierungsserver: %1</translation>
    </message>
    <message>
        <source>Enrollment server: off</source>
        <translation>Registrierungsserver: aus</translation>
    </message>
    <message>
        <source>Email: not set up</source>
        <translation>E-Mail: nicht eingerichtet</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <source>Email: the keychain is not available (%1)</source>
        <translation>E-Mail: der Schlüsselbund ist nicht verfügbar (%1)</translation>
    </message>
    <message>
        <source>A team desk&apos;s console does not do this; keydesk-cli --server does it on the server (docs/team-mode.md).</source>
        <translation>Die Konsole eines Team-Arbeitsplatzes tut das nicht; keydesk-cli --server erledigt es auf dem Server (docs/team-mode.md).</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::KeysPage</name>
    <message>
        <source>All Keys</source>
        <translation>Alle Schlüssel</translation>
    </message>
    <message>
        <source>Search owners by name, email, UPN or department</source>
        <translation>Besitzer nach Name, E-Mail, UPN oder Abteilung suchen</translation>
    </message>
    <message>
        <source>Search keys by their owner</source>
        <translation>Schlüssel nach Besitzer suchen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Suspended or revoked</source>
        <translation>Gesperrt oder widerrufen</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>All keys</source>
        <translation>Alle Schlüssel</translation>
    </message>
    <message>
        <source>Links expiring within 24 hours</source>
        <translation>Links, die in 24 Stunden ablaufen</translation>
    </message>
    <message>
        <source>Not used or verified for long</source>
        <translation>Lange nicht verwendet oder geprüft</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Every user&apos;s security keys</source>
        <translation>Die Sicherheitsschlüssel aller Benutzer</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <source>%1 keys</source>
        <translation>%1 Schlüssel</translation>
    </message>
    <message>
        <source>&quot;For long&quot; is the Overview&apos;s stale-key limit: the overview.stale_key_days setting, 90 days unless changed</source>
        <translation>„Lange“ ist die Grenze der Übersicht für ungenutzte Schlüssel: die Einstellung overview.stale_key_days, 90 Tage, wenn nicht geändert</translation>
    </message>
    <message>
        <source>Suspend…</source>
        <translation>Sperren…</translation>
    </message>
    <message>
        <source>Suspend the selected active keys</source>
        <translation>Die ausgewählten aktiven Schlüssel sperren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Resume the selected suspended keys</source>
        <translation>Die ausgewählten gesperrten Schlüssel fortsetzen</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <source>Revoke the selected keys for good, with one reason</source>
        <translation>Die ausgewählten Schlüssel endgültig widerrufen, mit einem Grund</translation>
    </message>
    <message>
        <source>Send New Activation Email</source>
        <translation>Neue Aktivierungs-E-Mail senden</translation>
    </message>
    <message>
        <source>A new link by email for each selected key waiting for activation (pending or expired); the old links stop working</source>
        <translation>Ein neuer Link per E-Mail für jeden ausgewählten Schlüssel, der auf Aktivierung wartet (ausstehend oder abgelaufen); die alten Links funktionieren nicht mehr</translation>
    </message>
    <message>
        <source>Activate Now…</source>
        <translation>Jetzt aktivieren…</translation>
    </message>
    <message>
        <source>A new link shown as a QR code here, for one waiting key whose user is present</source>
        <translation>Ein neuer Link, hier als QR-Code gezeigt, für einen wartenden Schlüssel, dessen Benutzer anwesend ist</translation>
    </message>
    <message>
        <source>Export Selection…</source>
        <translation>Auswahl exportieren…</translation>
    </message>
    <message>
        <source>Write the selected keys to a CSV or JSON file</source>
        <translation>Die ausgewählten Schlüssel in eine CSV- oder JSON-Datei schreiben</translation>
    </message>
    <message>
        <source>%1 keys, %2 selected</source>
        <translation>%1 Schlüssel, %2 ausgewählt</translation>
    </message>
    <message>
        <source>Suspend %1 keys? They cannot sign in until resumed. Reason (optional):</source>
        <translation>%1 Schlüssel sperren? Sie können sich erst nach dem Fortsetzen wieder anmelden. Grund (optional):</translation>
    </message>
    <message>
        <source>Revoking is permanent: %1 keys can never sign in again. One reason for all (required):</source>
        <translation>Widerrufen ist endgültig: %1 Schlüssel können sich nie wieder anmelden. Ein Grund für alle (erforderlich):</translation>
    </message>
    <message>
        <source>Resume %1 keys? They can sign in again.</source>
        <translation>%1 Schlüssel fortsetzen? Sie können sich wieder anmelden.</translation>
    </message>
    <message>
        <source>Send a new activation email for %1 keys? Their current links stop working.</source>
        <translation>Eine neue Aktivierungs-E-Mail für %1 Schlüssel senden? Ihre jetzigen Links funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>Activate Now</source>
        <translation>Jetzt aktivieren</translation>
    </message>
    <message>
        <source>Export Selection</source>
        <translation>Auswahl exportieren</translation>
    </message>
    <message>
        <source>Active keys the key policy refuses</source>
        <translation>Aktive Schlüssel, die die Schlüsselrichtlinie ablehnt</translation>
    </message>
    <message>
        <source>Suspended, their user back</source>
        <translation>Gesperrt, Benutzer zurück</translation>
    </message>
    <message>
        <source>Keys suspended when their user left a directory source, whose user is enabled again</source>
        <translation>Schlüssel, die gesperrt wurden, als ihr Benutzer eine Verzeichnisquelle verließ, deren Benutzer wieder aktiviert ist</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::LostPhoneDialog</name>
    <message>
        <source>Lost Phone — %1</source>
        <translation>Telefon verloren – %1</translation>
    </message>
    <message>
        <source>Every smartphone key of %1 that may be on the lost phone is withdrawn and a replacement issued, as one case in the audit log.</source>
        <translation>Jeder Smartphone-Schlüssel von %1, der auf dem verlorenen Telefon sein könnte, wird zurückgezogen und ein Ersatz ausgestellt – als ein Fall im Prüfprotokoll.</translation>
    </message>
    <message>
        <source>On the phone: %1 active, %2 suspended, %3 waiting for activation (their links are revoked: the phone may hold them).</source>
        <translation>Auf dem Telefon: %1 aktiv, %2 gesperrt, %3 warten auf Aktivierung (ihre Links werden widerrufen: das Telefon könnte sie enthalten).</translation>
    </message>
    <message>
        <source>The keys on the phone</source>
        <translation>Die Schlüssel auf dem Telefon</translation>
    </message>
    <message>
        <source>&amp;Suspend them: undone if the phone is found</source>
        <translation>&amp;Sperren: wird rückgängig gemacht, wenn das Telefon gefunden wird</translation>
    </message>
    <message>
        <source>Re&amp;voke them for good: the phone was stolen or will not come back</source>
        <translation>Endgültig &amp;widerrufen: das Telefon wurde gestohlen oder kommt nicht zurück</translation>
    </message>
    <message>
        <source>Where and when it was lost, the ticket number</source>
        <translation>Wo und wann es verloren ging, die Ticketnummer</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Grund (erforderlich):</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Ersatz</translation>
    </message>
    <message>
        <source>Activate &amp;Now: the user is here with the new phone</source>
        <translation>Jetzt &amp;aktivieren: der Benutzer ist mit dem neuen Telefon hier</translation>
    </message>
    <message>
        <source>Send an activation &amp;email</source>
        <translation>Aktivierungs-&amp;E-Mail senden</translation>
    </message>
    <message>
        <source>Enable the user to assign a key.</source>
        <translation>Aktivieren Sie den Benutzer, um einen Schlüssel zuzuweisen.</translation>
    </message>
    <message>
        <source>Withdraw and Replace</source>
        <translation>Zurückziehen und ersetzen</translation>
    </message>
    <message>
        <source>No replacement &amp;for now</source>
        <translation>&amp;Vorerst kein Ersatz</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::MainWindow</name>
    <message>
        <source>About KeyDesk</source>
        <translation>Über KeyDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;KeyDesk %1&lt;/b&gt;&lt;p&gt;Turns users&apos; smartphones into FIDO2/WebAuthn security keys for helpdesk teams.&lt;/p&gt;</source>
        <translation>&lt;b&gt;KeyDesk %1&lt;/b&gt;&lt;p&gt;Macht die Smartphones der Benutzer zu FIDO2/WebAuthn-Sicherheitsschlüsseln – für Helpdesk-Teams.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Database: %1 · operator %2</source>
        <translation>Datenbank: %1 · Bearbeiter %2</translation>
    </message>
    <message>
        <source>All Users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <source>Test Relying Party</source>
        <translation>Test-Relying-Party</translation>
    </message>
    <message>
        <source>KeyDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>KeyDesk-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>%1 already exists. Choose Open Database to use it.</source>
        <translation>%1 existiert bereits. Wählen Sie „Datenbank öffnen“, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>KeyDesk</source>
        <translation>KeyDesk</translation>
    </message>
    <message>
        <source>Import Users</source>
        <translation>Benutzer importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Copyright © 2026 KeyDesk developers. KeyDesk is free software under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later), and comes with absolutely no warranty. The licence is in %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Copyright © 2026 KeyDesk-Entwickler. KeyDesk ist freie Software unter der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version (GPL-3.0-or-later), und kommt ohne jegliche Gewährleistung. Die Lizenz steht in %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> · readable by other users</source>
        <translation> · für andere Benutzer lesbar</translation>
    </message>
    <message>
        <source>No databases opened yet</source>
        <translation>Noch keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>%1 no longer exists; it has been removed from the list.</source>
        <translation>%1 existiert nicht mehr und wurde aus der Liste entfernt.</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Open the selected user</source>
        <translation>Ausgewählten Benutzer öffnen</translation>
    </message>
    <message>
        <source>The database password was not kept in the keychain: %1</source>
        <translation>Das Datenbankpasswort wurde nicht im Schlüsselbund gespeichert: %1</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>Cannot read this desk&apos;s copy of the server: %1</source>
        <translation>Die Kopie des Servers auf diesem Arbeitsplatz ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Signed out of %1. File &gt; Connect to Server… signs in again; File &gt; Open Database… opens a file.</source>
        <translation>Von %1 abgemeldet. Datei &gt; Mit Server verbinden… meldet wieder an; Datei &gt; Datenbank öffnen… öffnet eine Datei.</translation>
    </message>
    <message>
        <source>Email: sent by the server</source>
        <translation>E-Mail: versendet der Server</translation>
    </message>
    <message>
        <source>This desk&apos;s copy of %1, as of %2</source>
        <translation>Kopie von %1 auf diesem Arbeitsplatz, Stand %2</translation>
    </message>
    <message>
        <source>This desk&apos;s copy of %1</source>
        <translation>Kopie von %1 auf diesem Arbeitsplatz</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>All Keys</source>
        <translation>Alle Schlüssel</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::NewSecurityKeyWizard</name>
    <message>
        <source>New Security Key — %1</source>
        <translation>Neuer Sicherheitsschlüssel — %1</translation>
    </message>
    <message>
        <source>The user is here: show a QR code to scan with the phone. It works for %1 minutes.</source>
        <translation>Der Benutzer ist hier: einen QR-Code zeigen, den er mit dem Telefon scannt. Er gilt %1 Minuten.</translation>
    </message>
    <message>
        <source>Send %1 an email with the link, a code and the QR code. It works for %2 days.</source>
        <translation>%1 eine E-Mail mit Link, Code und QR-Code senden. Sie gilt %2 Tage.</translation>
    </message>
    <message>
        <source>None — any phone (recommended)</source>
        <translation>Keine — jedes Telefon (empfohlen)</translation>
    </message>
    <message>
        <source>Record — ask the phone to prove its make</source>
        <translation>Aufzeichnen — das Telefon um einen Herkunftsnachweis bitten</translation>
    </message>
    <message>
        <source>Require — only authenticators from trusted vendors</source>
        <translation>Verlangen — nur Authenticatoren vertrauenswürdiger Hersteller</translation>
    </message>
    <message>
        <source>Most phone passkey providers send no attestation; requiring it refuses them.</source>
        <translation>Die meisten Passkey-Anbieter auf Telefonen senden keine Attestierung; wer sie verlangt, weist sie ab.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>an activation email to %1</source>
        <translation>eine Aktivierungs-E-Mail an %1</translation>
    </message>
    <message>
        <source>a QR code to scan now</source>
        <translation>einen QR-Code zum sofortigen Scannen</translation>
    </message>
    <message>
        <source>a code to type in the phone app</source>
        <translation>einen Code zur Eingabe in der Telefon-App</translation>
    </message>
    <message>
        <source>&lt;p&gt;Assign a &lt;b&gt;smartphone security key&lt;/b&gt; to &lt;b&gt;%1&lt;/b&gt; (%2) with %3.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;User verification: %4&lt;/li&gt;&lt;li&gt;Activation valid for: %5 %6&lt;/li&gt;&lt;li&gt;Attestation: %7&lt;/li&gt;%8&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (%2) einen &lt;b&gt;Smartphone-Sicherheitsschlüssel&lt;/b&gt; zuweisen, mit %3.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Benutzerverifizierung: %4&lt;/li&gt;&lt;li&gt;Aktivierung gültig: %5 %6&lt;/li&gt;&lt;li&gt;Attestierung: %7&lt;/li&gt;%8&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>required</source>
        <translation>verlangt</translation>
    </message>
    <message>
        <source>preferred</source>
        <translation>bevorzugt</translation>
    </message>
    <message>
        <source>&lt;li&gt;Label: %1&lt;/li&gt;</source>
        <translation>&lt;li&gt;Bezeichnung: %1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>(File &gt; Email Settings)</source>
        <translation>(Datei &gt; E-Mail-Einstellungen)</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::NewWorkflowWizard</name>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Absenden</translation>
    </message>
    <message>
        <source>%1 (%2 members)</source>
        <translation>%1 (%2 Mitglieder)</translation>
    </message>
    <message>
        <source>None — any phone (recommended)</source>
        <translation>Keine — jedes Telefon (empfohlen)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Aufzeichnen</translation>
    </message>
    <message>
        <source>Require trusted</source>
        <translation>Vertrauen verlangen</translation>
    </message>
    <message>
        <source>Edit Workflow — %1</source>
        <translation>Workflow bearbeiten — %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save changes the workflow; its next run follows the new settings.</source>
        <translation>Speichern ändert den Workflow; sein nächster Lauf folgt den neuen Einstellungen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; enabled users are in scope right now; &lt;b&gt;%2&lt;/b&gt; of them have no smartphone key yet and would get an activation email now.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; aktive Benutzer sind jetzt im Bereich; &lt;b&gt;%2&lt;/b&gt; davon haben noch keinen Smartphone-Schlüssel und bekämen jetzt eine Aktivierungs-E-Mail.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Scope: %2&lt;/li&gt;&lt;li&gt;Key: smartphone, user verification %3&lt;/li&gt;&lt;li&gt;Reminder after %4 days, at most %5 re-issues of expired links&lt;/li&gt;&lt;/ul&gt;%6&lt;p&gt;Users who enter the scope later get their key when they do.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Bereich: %2&lt;/li&gt;&lt;li&gt;Schlüssel: Smartphone, Benutzerverifizierung %3&lt;/li&gt;&lt;li&gt;Erinnerung nach %4 Tagen, höchstens %5 Neuausstellungen abgelaufener Links&lt;/li&gt;&lt;/ul&gt;%6&lt;p&gt;Benutzer, die später in den Bereich kommen, erhalten ihren Schlüssel dann.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;all users&lt;/b&gt;</source>
        <translation>&lt;b&gt;alle Benutzer&lt;/b&gt;</translation>
    </message>
    <message>
        <source>required</source>
        <translation>verlangt</translation>
    </message>
    <message>
        <source>preferred</source>
        <translation>bevorzugt</translation>
    </message>
    <message>
        <source>A workflow needs a name.</source>
        <translation>Ein Workflow braucht einen Namen.</translation>
    </message>
    <message>
        <source>A workflow with this name exists already.</source>
        <translation>Ein Workflow mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color: #82071e;&quot;&gt;&lt;b&gt;Email is not set up yet.&lt;/b&gt; The keys are assigned now and their activation emails wait in the outbox until &lt;a href=&quot;email-settings&quot;&gt;Email Settings&lt;/a&gt; are complete.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color: #82071e;&quot;&gt;&lt;b&gt;E-Mail ist noch nicht eingerichtet.&lt;/b&gt; Die Schlüssel werden jetzt zugewiesen; ihre Aktivierungs-E-Mails warten im Postausgang, bis die &lt;a href=&quot;email-settings&quot;&gt;E-Mail-Einstellungen&lt;/a&gt; vollständig sind.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::OutboxPage</name>
    <message>
        <source>All messages</source>
        <translation>Alle Nachrichten</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Cancel Message</source>
        <translation>Nachricht abbrechen</translation>
    </message>
    <message>
        <source>Cancel this email? Its content is deleted and it will not be sent.</source>
        <translation>Diese E-Mail abbrechen? Ihr Inhalt wird gelöscht und sie wird nicht gesendet.</translation>
    </message>
    <message>
        <source>stuck</source>
        <translation>hängend</translation>
    </message>
    <message>
        <source>Not sent although tried (waiting to be tried again), or waiting for more than an hour</source>
        <translation>Trotz Versuch nicht gesendet (wartet auf den nächsten Versuch) oder wartet seit über einer Stunde</translation>
    </message>
    <message>
        <source>The newest %1 of %2 messages</source>
        <translation>Die neuesten %1 von %2 Nachrichten</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 Nachrichten</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::OutboxTableModel</name>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>gesendet %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Enrollment of enabled users</source>
        <translation>Registrierung aktivierter Benutzer</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>By group</source>
        <translation>Nach Gruppe</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Enabled users</source>
        <translation>Aktivierte Benutzer</translation>
    </message>
    <message>
        <source>Active %</source>
        <translation>Aktiv %</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>The overview could not be read: %1</source>
        <translation>Die Übersicht konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>%1 enabled users</source>
        <translation>%1 aktivierte Benutzer</translation>
    </message>
    <message>
        <source>%1 disabled users are not counted</source>
        <translation>%1 deaktivierte Benutzer werden nicht gezählt</translation>
    </message>
    <message>
        <source>%1 activation links expire within 24 hours</source>
        <translation>%1 Aktivierungslinks laufen in 24 Stunden ab</translation>
    </message>
    <message>
        <source>%1 emails failed</source>
        <translation>%1 E-Mails fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 emails stuck: tried and waiting, or not sent after an hour</source>
        <translation>%1 E-Mails hängen: versucht und wartend oder nach einer Stunde nicht gesendet</translation>
    </message>
    <message>
        <source>%1 active keys not used or verified for %2 days</source>
        <translation>%1 aktive Schlüssel seit %2 Tagen nicht verwendet oder geprüft</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>%1: %2 keys, %3 emails</source>
        <translation>%1: %2 Schlüssel, %3 E-Mails</translation>
    </message>
    <message>
        <source>Links expiring within 24 hours</source>
        <translation>Links, die in 24 Stunden ablaufen</translation>
    </message>
    <message>
        <source>Not used or verified for %1 days</source>
        <translation>Seit %1 Tagen nicht verwendet oder geprüft</translation>
    </message>
    <message>
        <source>Enrollment report, CSV (*.csv)</source>
        <translation>Registrierungsbericht, CSV (*.csv)</translation>
    </message>
    <message>
        <source>Enrollment report, JSON (*.json)</source>
        <translation>Registrierungsbericht, JSON (*.json)</translation>
    </message>
    <message>
        <source>Stale keys, CSV (*.csv)</source>
        <translation>Ungenutzte Schlüssel, CSV (*.csv)</translation>
    </message>
    <message>
        <source>Stale keys, JSON (*.json)</source>
        <translation>Ungenutzte Schlüssel, JSON (*.json)</translation>
    </message>
    <message>
        <source>Links expiring within 24 hours, CSV (*.csv)</source>
        <translation>In 24 Stunden ablaufende Links, CSV (*.csv)</translation>
    </message>
    <message>
        <source>Links expiring within 24 hours, JSON (*.json)</source>
        <translation>In 24 Stunden ablaufende Links, JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save the enrollment report as PDF, CSV or JSON, or the stale keys or the expiring links as CSV or JSON</source>
        <translation>Den Registrierungsbericht als PDF, CSV oder JSON speichern, oder die ungenutzten Schlüssel oder die ablaufenden Links als CSV oder JSON</translation>
    </message>
    <message>
        <source>%1 active keys the key policy would refuse today</source>
        <translation>%1 aktive Schlüssel würde die Schlüsselrichtlinie heute ablehnen</translation>
    </message>
    <message>
        <source>Active keys the key policy refuses</source>
        <translation>Aktive Schlüssel, die die Schlüsselrichtlinie ablehnt</translation>
    </message>
    <message>
        <source>Enrollment report, PDF (*.pdf)</source>
        <translation>Registrierungsbericht, PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 suspended keys of users who left a directory source and are back</source>
        <translation>%1 gesperrte Schlüssel von Benutzern, die eine Verzeichnisquelle verlassen haben und zurück sind</translation>
    </message>
    <message>
        <source>Suspended keys of users back at their directory source</source>
        <translation>Gesperrte Schlüssel von Benutzern, die in ihrer Verzeichnisquelle zurück sind</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::QrCodeWidget</name>
    <message>
        <source>Activation QR code</source>
        <translation>Aktivierungs-QR-Code</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::RpDebuggerWidget</name>
    <message>
        <source>Registration (navigator.credentials.create)</source>
        <translation>Registrierung (navigator.credentials.create)</translation>
    </message>
    <message>
        <source>Authentication (navigator.credentials.get)</source>
        <translation>Authentifizierung (navigator.credentials.get)</translation>
    </message>
    <message>
        <source>Paste the RegistrationResponseJSON or AuthenticationResponseJSON here.</source>
        <translation>Fügen Sie hier die RegistrationResponseJSON oder AuthenticationResponseJSON ein.</translation>
    </message>
    <message>
        <source>Response JSON</source>
        <translation>Antwort-JSON</translation>
    </message>
    <message>
        <source>base64url, as issued</source>
        <translation>base64url, wie ausgestellt</translation>
    </message>
    <message>
        <source>Allowed origins, separated by spaces.</source>
        <translation>Erlaubte Origins, durch Leerzeichen getrennt.</translation>
    </message>
    <message>
        <source>Require user verification (UV)</source>
        <translation>Benutzerverifizierung (UV) verlangen</translation>
    </message>
    <message>
        <source>What the relying party expects</source>
        <translation>Was die Relying Party erwartet</translation>
    </message>
    <message>
        <source>&amp;Ceremony:</source>
        <translation>&amp;Zeremonie:</translation>
    </message>
    <message>
        <source>C&amp;hallenge:</source>
        <translation>C&amp;hallenge:</translation>
    </message>
    <message>
        <source>&amp;RP ID:</source>
        <translation>&amp;RP-ID:</translation>
    </message>
    <message>
        <source>&amp;Origins:</source>
        <translation>&amp;Origins:</translation>
    </message>
    <message>
        <source>The stored credential (authentication)</source>
        <translation>Die gespeicherte Anmeldeinformation (Authentifizierung)</translation>
    </message>
    <message>
        <source>&amp;Load Key</source>
        <translation>Schlüssel &amp;laden</translation>
    </message>
    <message>
        <source>COSE key, base64url</source>
        <translation>COSE-Schlüssel, base64url</translation>
    </message>
    <message>
        <source>Backup eligible (BE) at registration</source>
        <translation>Bei der Registrierung sicherungsfähig (BE)</translation>
    </message>
    <message>
        <source>optional, base64url</source>
        <translation>optional, base64url</translation>
    </message>
    <message>
        <source>Stored key id:</source>
        <translation>Gespeicherte Schlüssel-ID:</translation>
    </message>
    <message>
        <source>Credential &amp;ID:</source>
        <translation>Anmeldeinformations-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation>Öffentlicher &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Sign count:</source>
        <translation>&amp;Signaturzähler:</translation>
    </message>
    <message>
        <source>&amp;User handle:</source>
        <translation>&amp;Benutzerkennung:</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Response JSON:</source>
        <translation>Antwort-JSON:</translation>
    </message>
    <message>
        <source>Nothing verified yet. Nothing you paste here is stored.</source>
        <translation>Noch nichts geprüft. Was Sie hier einfügen, wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Key %1 has no credential.</source>
        <translation>Schlüssel %1 hat keine Anmeldeinformation.</translation>
    </message>
    <message>
        <source>Loaded key %1. Paste an authentication response for it and press Verify.</source>
        <translation>Schlüssel %1 geladen. Fügen Sie eine Authentifizierungsantwort dafür ein und drücken Sie „Prüfen“.</translation>
    </message>
    <message>
        <source>Paste a response first.</source>
        <translation>Fügen Sie zuerst eine Antwort ein.</translation>
    </message>
    <message>
        <source>Challenge: give the challenge that was issued, in base64url.</source>
        <translation>Challenge: Geben Sie die ausgestellte Challenge in base64url an.</translation>
    </message>
    <message>
        <source>RP ID and at least one origin are needed.</source>
        <translation>RP-ID und mindestens ein Origin werden benötigt.</translation>
    </message>
    <message>
        <source>Credential ID and public key: load a stored key or give them in base64url.</source>
        <translation>Anmeldeinformations-ID und öffentlicher Schlüssel: Laden Sie einen gespeicherten Schlüssel oder geben Sie beide in base64url an.</translation>
    </message>
    <message>
        <source>User handle: base64url, or leave it empty.</source>
        <translation>Benutzerkennung: base64url, oder leer lassen.</translation>
    </message>
    <message>
        <source>✔ Verified: every check passed.</source>
        <translation>✔ Verifiziert: jede Prüfung bestanden.</translation>
    </message>
    <message>
        <source>✘ Failed at “%1”: %2</source>
        <translation>✘ Fehlgeschlagen bei „%1“: %2</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::SecurityKeyTableModel</name>
    <message>
        <source>Pending — %1</source>
        <translation>Ausstehend — %1</translation>
    </message>
    <message>
        <source>Activation expired — re-issue</source>
        <translation>Aktivierung abgelaufen — neu ausstellen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>AAGUID %1</source>
        <translation>AAGUID %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Authenticator</source>
        <translation>Authenticator</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Zuletzt geprüft</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::SecurityKeysTab</name>
    <message>
        <source>Enable the user to assign a key.</source>
        <translation>Aktivieren Sie den Benutzer, um einen Schlüssel zuzuweisen.</translation>
    </message>
    <message>
        <source>No security keys yet.</source>
        <translation>Noch keine Sicherheitsschlüssel.</translation>
    </message>
    <message>
        <source>Keys: %1 · active: %2</source>
        <translation>Schlüssel: %1 · aktiv: %2</translation>
    </message>
    <message>
        <source>Not set up: Windows needs the phone paired with the user&apos;s PC, or a security key reader on a shared PC.</source>
        <translation>Nicht eingerichtet: Windows braucht das mit dem PC des Benutzers gekoppelte Telefon oder ein Sicherheitsschlüssel-Lesegerät an einem gemeinsamen PC.</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Set &amp;Up…</source>
        <translation>&amp;Einrichten…</translation>
    </message>
    <message>
        <source>Clear Windows Sign-in</source>
        <translation>Windows-Anmeldung zurücksetzen</translation>
    </message>
    <message>
        <source>Forget how %1 signs in to Windows? Nothing changes on the PC itself.</source>
        <translation>Vergessen, wie sich %1 bei Windows anmeldet? Am PC selbst ändert sich nichts.</translation>
    </message>
    <message>
        <source>The activation email to %1 is in the outbox and goes out shortly.</source>
        <translation>Die Aktivierungs-E-Mail an %1 liegt im Postausgang und geht in Kürze hinaus.</translation>
    </message>
    <message>
        <source>Show a QR code now (user present)</source>
        <translation>Jetzt einen QR-Code zeigen (Benutzer anwesend)</translation>
    </message>
    <message>
        <source>Send a new activation email</source>
        <translation>Eine neue Aktivierungs-E-Mail senden</translation>
    </message>
    <message>
        <source>Re-issue Activation</source>
        <translation>Aktivierung neu ausstellen</translation>
    </message>
    <message>
        <source>The current link and code stop working. How should %1 get the new ones?</source>
        <translation>Der aktuelle Link und Code funktionieren nicht mehr. Wie soll %1 die neuen erhalten?</translation>
    </message>
    <message>
        <source>(Email: %1)</source>
        <translation>(E-Mail: %1)</translation>
    </message>
    <message>
        <source>A new activation email to %1 is in the outbox.</source>
        <translation>Eine neue Aktivierungs-E-Mail an %1 liegt im Postausgang.</translation>
    </message>
    <message>
        <source>Suspend Key</source>
        <translation>Schlüssel sperren</translation>
    </message>
    <message>
        <source>Why? (optional; recorded in the audit log)</source>
        <translation>Warum? (optional; wird im Prüfprotokoll vermerkt)</translation>
    </message>
    <message>
        <source>Resume Key</source>
        <translation>Schlüssel entsperren</translation>
    </message>
    <message>
        <source>Revoke Key</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Revoking is permanent: the key can never sign in again. Why is it revoked? (required)</source>
        <translation>Widerrufen ist endgültig: Der Schlüssel kann sich nie wieder anmelden. Warum wird er widerrufen? (erforderlich)</translation>
    </message>
    <message>
        <source>Delete Key</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message>
        <source>Delete this key? Its activation link and code stop working.</source>
        <translation>Diesen Schlüssel löschen? Sein Aktivierungslink und Code funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>The activation email to %1 waits in the outbox until Email Settings are complete.</source>
        <translation>Die Aktivierungs-E-Mail an %1 wartet im Postausgang, bis die E-Mail-Einstellungen vollständig sind.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>The activation email to %1 is in the server&apos;s outbox; the server sends it.</source>
        <translation>Die Aktivierungs-E-Mail an %1 liegt im Postausgang des Servers; der Server versendet sie.</translation>
    </message>
    <message>
        <source>Lost Phone</source>
        <translation>Telefon verloren</translation>
    </message>
    <message>
        <source>Lost phone, case %1: keys suspended: %2; waiting links revoked: %3.</source>
        <translation>Telefon verloren, Fall %1: gesperrte Schlüssel: %2; widerrufene wartende Links: %3.</translation>
    </message>
    <message>
        <source>Lost phone, case %1: keys revoked: %2; waiting links revoked: %3.</source>
        <translation>Telefon verloren, Fall %1: widerrufene Schlüssel: %2; widerrufene wartende Links: %3.</translation>
    </message>
    <message>
        <source>The replacement&apos;s activation email to %1 is in the outbox.</source>
        <translation>Die Aktivierungs-E-Mail des Ersatzes an %1 liegt im Postausgang.</translation>
    </message>
    <message>
        <source>Phone Found</source>
        <translation>Telefon gefunden</translation>
    </message>
    <message>
        <source>Undo lost-phone case %1? The keys it suspended resume, and its replacement is revoked unless it was activated already.</source>
        <translation>Fall „Telefon verloren“ %1 rückgängig machen? Die gesperrten Schlüssel werden fortgesetzt, und sein Ersatz wird widerrufen, sofern er noch nicht aktiviert wurde.</translation>
    </message>
    <message>
        <source>Case %1 undone: keys resumed: %2.</source>
        <translation>Fall %1 rückgängig gemacht: fortgesetzte Schlüssel: %2.</translation>
    </message>
    <message>
        <source>The replacement was revoked.</source>
        <translation>Der Ersatz wurde widerrufen.</translation>
    </message>
    <message>
        <source>The replacement was activated already and stays.</source>
        <translation>Der Ersatz war bereits aktiviert und bleibt.</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>Enrollment &amp;Server</source>
        <translation>Registrierungs&amp;server</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E-&amp;Mail</translation>
    </message>
    <message>
        <source>Security &amp;Keys</source>
        <translation>Sicherheits&amp;schlüssel</translation>
    </message>
    <message>
        <source>&amp;Workflows</source>
        <translation>&amp;Workflows</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Die Sprache des Systems</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies the next time KeyDesk starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von KeyDesk.</translation>
    </message>
    <message>
        <source>The desktop&apos;s</source>
        <translation>Die des Desktops</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>A&amp;ppearance:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
    <message>
        <source>Database at start</source>
        <translation>Datenbank beim Start</translation>
    </message>
    <message>
        <source>&amp;Database at start:</source>
        <translation>&amp;Datenbank beim Start:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>KeyDesk databases (*.sqlite *.db)</source>
        <translation>KeyDesk-Datenbanken (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Open now: %1. File &gt; Open Database… switches at once.</source>
        <translation>Jetzt geöffnet: %1. Datei &gt; Datenbank öffnen… wechselt sofort.</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>TLS-Zertifikat</translation>
    </message>
    <message>
        <source>TLS private key</source>
        <translation>Privater TLS-Schlüssel</translation>
    </message>
    <message>
        <source>&lt;b&gt;This desk&lt;/b&gt; — where its server listens (restarted on Save)</source>
        <translation>&lt;b&gt;Dieser Arbeitsplatz&lt;/b&gt; — wo sein Server lauscht (beim Speichern neu gestartet)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>TLS &amp;certificate (PEM):</source>
        <translation>TLS-&amp;Zertifikat (PEM):</translation>
    </message>
    <message>
        <source>TLS Certificate</source>
        <translation>TLS-Zertifikat</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt)</source>
        <translation>PEM-Dateien (*.pem *.crt)</translation>
    </message>
    <message>
        <source>TLS private &amp;key (PEM):</source>
        <translation>Privater TLS-&amp;Schlüssel (PEM):</translation>
    </message>
    <message>
        <source>TLS Private Key</source>
        <translation>Privater TLS-Schlüssel</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key)</source>
        <translation>PEM-Dateien (*.pem *.key)</translation>
    </message>
    <message>
        <source>127.0.0.1 serves this computer only. Phones need an address they can reach and HTTPS with a certificate they trust (keydesk-cli server make-cert for demos).</source>
        <translation>127.0.0.1 bedient nur diesen Computer. Telefone brauchen eine erreichbare Adresse und HTTPS mit einem Zertifikat, dem sie vertrauen (keydesk-cli server make-cert für Demos).</translation>
    </message>
    <message>
        <source>&lt;b&gt;The deployment&lt;/b&gt; — shared by every desk on this database</source>
        <translation>&lt;b&gt;Die Bereitstellung&lt;/b&gt; — gemeinsam für alle Arbeitsplätze dieser Datenbank</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>&amp;Relying party ID:</source>
        <translation>&amp;Relying-Party-ID:</translation>
    </message>
    <message>
        <source>Relying party &amp;name:</source>
        <translation>Relying-Party-&amp;Name:</translation>
    </message>
    <message>
        <source>Further allowed &amp;origins:</source>
        <translation>Weitere erlaubte &amp;Origins:</translation>
    </message>
    <message>
        <source>Email &amp;Settings…</source>
        <translation>E-Mail-&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>The SMTP server, the sender and the password (kept in the system keychain, never in the database).</source>
        <translation>Der SMTP-Server, der Absender und das Passwort (im Schlüsselbund des Systems, nie in der Datenbank).</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Required (recommended)</source>
        <translation>Verlangt (empfohlen)</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Bevorzugt</translation>
    </message>
    <message>
        <source>None — any phone (recommended)</source>
        <translation>Keine — jedes Telefon (empfohlen)</translation>
    </message>
    <message>
        <source>Record what the phone proves</source>
        <translation>Aufzeichnen, was das Telefon nachweist</translation>
    </message>
    <message>
        <source>Require a trusted vendor</source>
        <translation>Vertrauenswürdigen Hersteller verlangen</translation>
    </message>
    <message>
        <source>Attestation trust anchors</source>
        <translation>Vertrauensanker für Attestierungen</translation>
    </message>
    <message>
        <source>Add &amp;PEM File…</source>
        <translation>&amp;PEM-Datei hinzufügen…</translation>
    </message>
    <message>
        <source>Trust Anchor</source>
        <translation>Vertrauensanker</translation>
    </message>
    <message>
        <source>Activate &amp;Now link lives:</source>
        <translation>Link für „Jetzt aktivieren“ gilt:</translation>
    </message>
    <message>
        <source>&amp;Emailed link lives:</source>
        <translation>Link per &amp;E-Mail gilt:</translation>
    </message>
    <message>
        <source>New keys: &amp;user verification:</source>
        <translation>Neue Schlüssel: &amp;Benutzerverifizierung:</translation>
    </message>
    <message>
        <source>New keys: &amp;attestation:</source>
        <translation>Neue Schlüssel: &amp;Attestierung:</translation>
    </message>
    <message>
        <source>Attestation &amp;trust anchors:</source>
        <translation>&amp;Vertrauensanker für Attestierungen:</translation>
    </message>
    <message>
        <source>Run enabled workflows &amp;every:</source>
        <translation>Aktive Workflows &amp;alle:</translation>
    </message>
    <message>
        <source>While this console or keydesk-cli serve runs; also when users join a workflow&apos;s groups.</source>
        <translation>Solange diese Konsole oder keydesk-cli serve läuft; außerdem, wenn Benutzer einer Gruppe eines Workflows beitreten.</translation>
    </message>
    <message>
        <source>empty: the last database opened</source>
        <translation>leer: die zuletzt geöffnete Datenbank</translation>
    </message>
    <message>
        <source>Running now at %1.</source>
        <translation>Läuft jetzt unter %1.</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>Läuft nicht: %1</translation>
    </message>
    <message>
        <source>This run uses the address and port given on the command line; the values above apply when KeyDesk starts without them, or now if you change them.</source>
        <translation>Dieser Lauf verwendet Adresse und Port von der Befehlszeile; die Werte oben gelten, wenn KeyDesk ohne sie startet, oder sofort, wenn Sie sie ändern.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Key a&amp;lgorithms:</source>
        <translation>Schlüssel&amp;algorithmen:</translation>
    </message>
    <message>
        <source>Offered to phones, preferred first, and the only ones the relying party accepts. Empty: the recommended list shown.</source>
        <translation>Werden Telefonen angeboten, bevorzugte zuerst, und sind die einzigen, die die Relying Party annimmt. Leer: die gezeigte empfohlene Liste.</translation>
    </message>
    <message>
        <source>Which keys the relying party accepts at activation. A phone refused by the policy is told why; keys active before a change stay active, and the Overview lists those the policy would refuse.</source>
        <translation>Welche Schlüssel die vertrauende Partei bei der Aktivierung annimmt. Ein abgelehntes Telefon erfährt den Grund; vor einer Änderung aktive Schlüssel bleiben aktiv, und die Übersicht listet die, die die Richtlinie ablehnen würde.</translation>
    </message>
    <message>
        <source>Device-bound keys only</source>
        <translation>Nur gerätegebundene Schlüssel</translation>
    </message>
    <message>
        <source>Authenticators</source>
        <translation>Authentifikatoren</translation>
    </message>
    <message>
        <source>Checked authenticators</source>
        <translation>Angehakte Authentifikatoren</translation>
    </message>
    <message>
        <source>Key Pol&amp;icy</source>
        <translation>Schlüssel&amp;richtlinie</translation>
    </message>
    <message>
        <source>Root certificates of the authenticator vendors you trust; needed only when keys require attestation or the key policy takes trusted attestation only.</source>
        <translation>Stammzertifikate der Authentifikator-Hersteller, denen Sie vertrauen; nur nötig, wenn Schlüssel eine Attestierung verlangen oder die Schlüsselrichtlinie nur vertrauenswürdige Attestierung nimmt.</translation>
    </message>
    <message>
        <source>Trusted attestation only</source>
        <translation>Nur vertrauenswürdige Attestierung</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::SignInDialog</name>
    <message>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>helpdesk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Sign In to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Scan this code with your phone, or open the link, and confirm with your security key. Your phone shows the same number and this desk&apos;s name, “%1”.</source>
        <translation>Scannen Sie diesen Code mit Ihrem Telefon oder öffnen Sie den Link, und bestätigen Sie mit Ihrem Sicherheitsschlüssel. Ihr Telefon zeigt dieselbe Nummer und den Namen dieses Arbeitsplatzes, „%1“.</translation>
    </message>
    <message>
        <source>Match number</source>
        <translation>Vergleichsnummer</translation>
    </message>
    <message>
        <source>Start Again</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Starting the sign-in…</source>
        <translation>Die Anmeldung beginnt …</translation>
    </message>
    <message>
        <source>Match number %1</source>
        <translation>Vergleichsnummer %1</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Angemeldet als %1 (%2).</translation>
    </message>
    <message>
        <source>The sign-in expired before the phone answered.</source>
        <translation>Die Anmeldung ist abgelaufen, bevor das Telefon geantwortet hat.</translation>
    </message>
    <message>
        <source>Waiting for your phone — %1:%2 left</source>
        <translation>Warten auf Ihr Telefon – noch %1:%2</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>Nicht angemeldet: %1</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::SmtpSettingsDialog</name>
    <message>
        <source>STARTTLS (port 587, recommended)</source>
        <translation>STARTTLS (Port 587, empfohlen)</translation>
    </message>
    <message>
        <source>TLS from the start (port 465)</source>
        <translation>TLS von Anfang an (Port 465)</translation>
    </message>
    <message>
        <source>None (a relay on this machine only)</source>
        <translation>Keine (nur ein Relay auf diesem Rechner)</translation>
    </message>
    <message>
        <source>The keychain is not available: %1</source>
        <translation>Der Schlüsselbund ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>Nicht gesendet: %1.</translation>
    </message>
    <message>
        <source>Enter an address to send the test email to.</source>
        <translation>Geben Sie eine Adresse für die Test-E-Mail ein.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Sent to %1 (%2).</source>
        <translation>Gesendet an %1 (%2).</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>Nicht gespeichert: %1.</translation>
    </message>
    <message>
        <source>Settings saved, but the password could not be stored in the keychain (%1). Set KEYDESK_SMTP_PASSWORD instead.</source>
        <translation>Einstellungen gespeichert, aber das Passwort konnte nicht im Schlüsselbund abgelegt werden (%1). Setzen Sie stattdessen KEYDESK_SMTP_PASSWORD.</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::SyncProgressDialog</name>
    <message>
        <source>Copying from %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <source>This desk keeps its own copy of what it shows, so that it stays quick and readable when the network is not. The first copy takes a while; you can stop it, and the next connection goes on where it stopped.</source>
        <translation>Dieser Arbeitsplatz hält eine eigene Kopie dessen, was er zeigt, damit er schnell bleibt und auch ohne Netzwerk lesbar ist. Die erste Kopie dauert eine Weile; Sie können sie anhalten, und die nächste Verbindung macht dort weiter, wo sie aufgehört hat.</translation>
    </message>
    <message>
        <source>Asking the server what there is…</source>
        <translation>Der Server wird gefragt, was es gibt …</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Applying the changes made meanwhile: %1 rows</source>
        <translation>Die Änderungen von inzwischen werden übernommen: %1 Zeilen</translation>
    </message>
    <message>
        <source>Copying %1: %2 of %3 rows</source>
        <translation>%1 wird kopiert: %2 von %3 Zeilen</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Der Server hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1 — trying again in a moment.</source>
        <translation>%1 – gleich ein neuer Versuch.</translation>
    </message>
    <message>
        <source>Stopping after this page…</source>
        <translation>Hält nach dieser Seite an …</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>group members</source>
        <translation>Gruppenmitglieder</translation>
    </message>
    <message>
        <source>workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <source>workflows&apos; groups</source>
        <translation>Gruppen der Workflows</translation>
    </message>
    <message>
        <source>workflow runs</source>
        <translation>Workflow-Läufe</translation>
    </message>
    <message>
        <source>workflow runs&apos; users</source>
        <translation>Benutzer der Workflow-Läufe</translation>
    </message>
    <message>
        <source>security keys</source>
        <translation>Sicherheitsschlüssel</translation>
    </message>
    <message>
        <source>activations</source>
        <translation>Aktivierungen</translation>
    </message>
    <message>
        <source>verifications</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Windows logon arrangements</source>
        <translation>Windows-Anmeldungen</translation>
    </message>
    <message>
        <source>operators</source>
        <translation>Operatoren</translation>
    </message>
    <message>
        <source>outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::TeamBanner</name>
    <message>
        <source>Offline since %1 — showing data as of %2; changes need the server</source>
        <translation>Offline seit %1 – Daten mit Stand %2; Änderungen brauchen den Server</translation>
    </message>
    <message>
        <source>Offline since %1 — nothing copied from the server yet; changes need the server</source>
        <translation>Offline seit %1 – vom Server ist noch nichts kopiert; Änderungen brauchen den Server</translation>
    </message>
    <message>
        <source>Signed out: %1</source>
        <translation>Abgemeldet: %1</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::TeamSession</name>
    <message>
        <source>KeyDesk on %1</source>
        <translation>KeyDesk auf %1</translation>
    </message>
    <message>
        <source>Signed in, but the session was not kept on this computer: %1</source>
        <translation>Angemeldet, aber die Sitzung wurde auf diesem Computer nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Cannot make the folder %1 for this desk&apos;s copy of the server.</source>
        <translation>Der Ordner %1 für die Kopie des Servers auf diesem Arbeitsplatz lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Der Server hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>The first copy was stopped; the next connection goes on where it stopped.</source>
        <translation>Die erste Kopie wurde angehalten; die nächste Verbindung macht dort weiter.</translation>
    </message>
    <message>
        <source>Offline since %1; changes need the server.</source>
        <translation>Offline seit %1; Änderungen brauchen den Server.</translation>
    </message>
    <message>
        <source>Signed out; sign in again with File &gt; Connect to Server…</source>
        <translation>Abgemeldet; mit Datei &gt; Mit Server verbinden… wieder anmelden</translation>
    </message>
    <message>
        <source>Team: %1 — %2 (%3)</source>
        <translation>Team: %1 – %2 (%3)</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::TestRelyingPartyPage</name>
    <message>
        <source>Test Relying Party</source>
        <translation>Test-Relying-Party</translation>
    </message>
    <message>
        <source>Search name or email</source>
        <translation>Name oder E-Mail suchen</translation>
    </message>
    <message>
        <source>Matching users</source>
        <translation>Passende Benutzer</translation>
    </message>
    <message>
        <source>Active keys of the user</source>
        <translation>Aktive Schlüssel des Benutzers</translation>
    </message>
    <message>
        <source>&amp;Verify Now…</source>
        <translation>Jetzt &amp;prüfen…</translation>
    </message>
    <message>
        <source>Verify an enrollment</source>
        <translation>Eine Registrierung prüfen</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Active &amp;key:</source>
        <translation>Aktiver &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Gestartet von</translation>
    </message>
    <message>
        <source>Recent verifications</source>
        <translation>Letzte Prüfungen</translation>
    </message>
    <message>
        <source>&amp;Verify an Enrollment</source>
        <translation>Eine Registrierung &amp;prüfen</translation>
    </message>
    <message>
        <source>RP &amp;Debugger</source>
        <translation>RP-&amp;Debugger</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; · %3 active</source>
        <translation>%1 &lt;%2&gt; · %3 aktiv</translation>
    </message>
    <message>
        <source>#%1 %2 · %3</source>
        <translation>#%1 %2 · %3</translation>
    </message>
    <message>
        <source>Pick a user.</source>
        <translation>Wählen Sie einen Benutzer.</translation>
    </message>
    <message>
        <source>This user has no active key. Assign one in User Details &gt; Security Keys.</source>
        <translation>Dieser Benutzer hat keinen aktiven Schlüssel. Weisen Sie unter Benutzerdetails &gt; Sicherheitsschlüssel einen zu.</translation>
    </message>
    <message>
        <source>Failed at %1</source>
        <translation>Fehlgeschlagen bei %1</translation>
    </message>
    <message>
        <source>Double-click (or Enter) to see a verification&apos;s checks and export its receipt again.</source>
        <translation>Doppelklick (oder Eingabe), um die Prüfungen einer Verifizierung zu sehen und ihren Nachweis erneut zu exportieren.</translation>
    </message>
    <message>
        <source>%1 users match; the first %2 are listed. Type more of a name or email to find the others.</source>
        <translation>%1 Benutzer passen; die ersten %2 sind aufgeführt. Tippen Sie mehr von einem Namen oder einer E-Mail-Adresse, um die anderen zu finden.</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::UserDetailsDialog</name>
    <message>
        <source>Security &amp;Keys</source>
        <translation>Sicherheits&amp;schlüssel</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Diesen Benutzer gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>New User</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>User Details — %1</source>
        <translation>Benutzerdetails — %1</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>entered here</source>
        <translation>hier erfasst</translation>
    </message>
    <message>
        <source>KeyDesk</source>
        <translation>KeyDesk</translation>
    </message>
    <message>
        <source>From the directory source %1: change it there.</source>
        <translation>Aus der Verzeichnisquelle %1: ändern Sie es dort.</translation>
    </message>
    <message>
        <source>the directory source %1, where the name, email, UPN, department and state are changed</source>
        <translation>die Verzeichnisquelle %1, wo Name, E-Mail, UPN, Abteilung und Status geändert werden</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::UserGuideDialog</name>
    <message>
        <source>KeyDesk User Guide</source>
        <translation>KeyDesk-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::UserTableModel</name>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n aktiv</numerusform>
            <numerusform>%n aktiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Kein Schlüssel</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Security Keys</source>
        <translation>Sicherheitsschlüssel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::UsersPage</name>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Dedicated PC (paired)</source>
        <translation>Eigener PC (gekoppelt)</translation>
    </message>
    <message>
        <source>Shared PC (reader)</source>
        <translation>Gemeinsamer PC (Lesegerät)</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <source>Cannot read users: %1</source>
        <translation>Benutzer können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>1 user</source>
        <translation>1 Benutzer</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 Benutzer</translation>
    </message>
    <message>
        <source>KeyDesk</source>
        <translation>KeyDesk</translation>
    </message>
    <message>
        <source>%1 of %2 users added to %3; the others were members already.</source>
        <translation>%1 von %2 Benutzern zu %3 hinzugefügt; die übrigen waren bereits Mitglied.</translation>
    </message>
    <message>
        <source>Enabled: %1</source>
        <translation>Aktiviert: %1</translation>
    </message>
    <message>
        <source>Enabled users by their best key: active, else pending, else suspended or revoked, else none</source>
        <translation>Aktivierte Benutzer nach ihrem besten Schlüssel: aktiv, sonst ausstehend, sonst gesperrt oder widerrufen, sonst keiner</translation>
    </message>
    <message>
        <source>Assign a Smartphone Key by Email…</source>
        <translation>Smartphone-Schlüssel per E-Mail zuweisen…</translation>
    </message>
    <message>
        <source>Send Pending Activations Again…</source>
        <translation>Ausstehende Aktivierungen erneut senden…</translation>
    </message>
    <message>
        <source>Assign a smartphone key to %1 users and email each an activation link? As a workflow does it, users who are disabled, have no email address, or have an active or pending smartphone key are skipped.</source>
        <translation>%1 Benutzern einen Smartphone-Schlüssel zuweisen und jedem einen Aktivierungslink mailen? Wie bei einem Workflow werden Benutzer übersprungen, die deaktiviert sind, keine E-Mail-Adresse haben oder einen aktiven oder ausstehenden Smartphone-Schlüssel haben.</translation>
    </message>
    <message>
        <source>Send a new activation email for the pending smartphone keys of %1 users? Their current links stop working.</source>
        <translation>Eine neue Aktivierungs-E-Mail für die ausstehenden Smartphone-Schlüssel von %1 Benutzern senden? Ihre jetzigen Links funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>None of the selected users has a smartphone key waiting for activation.</source>
        <translation>Keiner der ausgewählten Benutzer hat einen Smartphone-Schlüssel, der auf Aktivierung wartet.</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::VerdictTable</name>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Verification checks</source>
        <translation>Prüfungen der Verifizierung</translation>
    </message>
    <message>
        <source>✔ pass</source>
        <translation>✔ bestanden</translation>
    </message>
    <message>
        <source>✘ FAIL</source>
        <translation>✘ FEHLER</translation>
    </message>
    <message>
        <source>Verification stops at the first failed check; later checks did not run.</source>
        <translation>Die Prüfung endet bei der ersten fehlgeschlagenen Prüfung; spätere Prüfungen liefen nicht.</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::VerificationRecordDialog</name>
    <message>
        <source>Verification %1 — %2</source>
        <translation>Verifizierung %1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 &amp;lt;%2&amp;gt;&lt;/b&gt; · key #%3 %4&lt;br&gt;%5 · %6 · started by %7</source>
        <translation>&lt;b&gt;%1 &amp;lt;%2&amp;gt;&lt;/b&gt; · Schlüssel #%3 %4&lt;br&gt;%5 · %6 · gestartet von %7</translation>
    </message>
    <message>
        <source>&amp;Export Receipt…</source>
        <translation>Nachweis &amp;exportieren…</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::VerifyKeyDialog</name>
    <message>
        <source>Verify Security Key — %1</source>
        <translation>Sicherheitsschlüssel prüfen — %1</translation>
    </message>
    <message>
        <source>Verify %1&apos;s security key</source>
        <translation>Sicherheitsschlüssel von %1 prüfen</translation>
    </message>
    <message>
        <source>%1 · %2 · credential %3…</source>
        <translation>%1 · %2 · Anmeldeinformation %3…</translation>
    </message>
    <message>
        <source>Scan the code with the phone and confirm, or open the link in this computer&apos;s browser for a key attached here. KeyDesk then checks the answer like a real sign-in would.</source>
        <translation>Scannen Sie den Code mit dem Telefon und bestätigen Sie, oder öffnen Sie den Link im Browser dieses Computers für einen hier angeschlossenen Schlüssel. KeyDesk prüft die Antwort dann wie bei einer echten Anmeldung.</translation>
    </message>
    <message>
        <source>QR code of the verification link</source>
        <translation>QR-Code des Prüflinks</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>Use This Computer&apos;s &amp;Browser</source>
        <translation>&amp;Browser dieses Computers verwenden</translation>
    </message>
    <message>
        <source>For a security key attached to this PC: opens the link in the default browser.</source>
        <translation>Für einen an diesen PC angeschlossenen Sicherheitsschlüssel: öffnet den Link im Standardbrowser.</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Export &amp;Receipt…</source>
        <translation>&amp;Nachweis exportieren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cannot verify</source>
        <translation>Prüfung nicht möglich</translation>
    </message>
    <message>
        <source>Waiting for the authenticator…</source>
        <translation>Warten auf den Authenticator…</translation>
    </message>
    <message>
        <source>✔ Verified</source>
        <translation>✔ Verifiziert</translation>
    </message>
    <message>
        <source>✘ Failed</source>
        <translation>✘ Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Expires in %1:%2</source>
        <translation>Läuft ab in %1:%2</translation>
    </message>
    <message>
        <source>Nobody answered in time. Try again to start a new verification.</source>
        <translation>Niemand hat rechtzeitig geantwortet. Versuchen Sie es erneut, um eine neue Prüfung zu starten.</translation>
    </message>
    <message>
        <source>Verified %1 · signature counter %2</source>
        <translation>Verifiziert um %1 · Signaturzähler %2</translation>
    </message>
    <message>
        <source>✔ Verified — %1 signed in; every check passed.</source>
        <translation>✔ Verifiziert — %1 hat sich angemeldet; jede Prüfung bestanden.</translation>
    </message>
    <message>
        <source>Answered %1 · the key was left as it was</source>
        <translation>Beantwortet um %1 · der Schlüssel blieb unverändert</translation>
    </message>
    <message>
        <source>✘ Verification failed at “%1”: %2</source>
        <translation>✘ Prüfung fehlgeschlagen bei „%1“: %2</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>No browser could be started for %1.</source>
        <translation>Für %1 konnte kein Browser gestartet werden.</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::WindowsLogonDialog</name>
    <message>
        <source>Windows Sign-in — %1</source>
        <translation>Windows-Anmeldung — %1</translation>
    </message>
    <message>
        <source>Windows accepts the smartphone key in one of two ways. Record which one %1 uses.</source>
        <translation>Windows akzeptiert den Smartphone-Schlüssel auf eine von zwei Arten. Halten Sie fest, welche %1 verwendet.</translation>
    </message>
    <message>
        <source>&amp;Dedicated PC — the phone is paired with the user&apos;s own PC</source>
        <translation>&amp;Eigener PC — das Telefon ist mit dem eigenen PC des Benutzers gekoppelt</translation>
    </message>
    <message>
        <source>Computer &amp;name:</source>
        <translation>Computer&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Paired on:</source>
        <translation>&amp;Gekoppelt am:</translation>
    </message>
    <message>
        <source>&amp;Shared PC — users sign in through a security key reader</source>
        <translation>&amp;Gemeinsamer PC — Anmeldung über ein Sicherheitsschlüssel-Lesegerät</translation>
    </message>
    <message>
        <source>e.g. Reception, ground floor</source>
        <translation>z. B. Empfang, Erdgeschoss</translation>
    </message>
    <message>
        <source>&amp;Reader location:</source>
        <translation>&amp;Standort des Lesegeräts:</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::WorkflowsPage</name>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Running: %1 of %2 users…</source>
        <translation>Läuft: %1 von %2 Benutzern…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Schlüsseltyp</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>Im Bereich</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Emails queued</source>
        <translation>E-Mails eingereiht</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Re-issued</source>
        <translation>Neu ausgestellt</translation>
    </message>
    <message>
        <source>Gave up</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Per-user outcomes of the selected run.</source>
        <translation>Ergebnisse des ausgewählten Laufs je Benutzer.</translation>
    </message>
    <message>
        <source>The first %1 outcomes of run %2 (filter to see others):</source>
        <translation>Die ersten %1 Ergebnisse von Lauf %2 (filtern, um andere zu sehen):</translation>
    </message>
    <message>
        <source>Outcomes of run %1: %2 users</source>
        <translation>Ergebnisse von Lauf %1: %2 Benutzer</translation>
    </message>
    <message>
        <source>Created, but not run: %1</source>
        <translation>Angelegt, aber nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>Run Workflow</source>
        <translation>Workflow ausführen</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Delete Workflow</source>
        <translation>Workflow löschen</translation>
    </message>
    <message>
        <source>Delete this workflow? Its keys that are still waiting for activation can stay (Yes: keep them) or be revoked with their emails cancelled (No: revoke them).</source>
        <translation>Diesen Workflow löschen? Seine Schlüssel, die noch auf die Aktivierung warten, können bleiben (Ja: behalten) oder mit abgebrochenen E-Mails widerrufen werden (Nein: widerrufen).</translation>
    </message>
    <message>
        <source>Without a key</source>
        <translation>Ohne Schlüssel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Email is not set up yet.&lt;/b&gt; Workflows still assign keys and queue the activation emails; they wait in the outbox and go out once &lt;a href=&quot;email-settings&quot;&gt;Email Settings&lt;/a&gt; are complete.</source>
        <translation>&lt;b&gt;E-Mail ist noch nicht eingerichtet.&lt;/b&gt; Workflows weisen trotzdem Schlüssel zu und stellen die Aktivierungs-E-Mails in den Postausgang; sie gehen hinaus, sobald die &lt;a href=&quot;email-settings&quot;&gt;E-Mail-Einstellungen&lt;/a&gt; vollständig sind.</translation>
    </message>
    <message>
        <source>Running on the server…</source>
        <translation>Läuft auf dem Server…</translation>
    </message>
</context>
<context>
    <name>keydesk::net::DirectoryWorker</name>
    <message>
        <source>Directory sync not run: %1</source>
        <translation>Verzeichnissynchronisierung nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>%1: sync failed: %2</source>
        <translation>%1: Synchronisierung fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: %2 created, %3 updated, %4 disabled, %5 removed, %6 entry errors</source>
        <translation>%1: %2 angelegt, %3 aktualisiert, %4 deaktiviert, %5 entfernt, %6 Eintragsfehler</translation>
    </message>
</context>
<context>
    <name>keydesk::net::LiveChannel</name>
    <message>
        <source>the sign-in has ended</source>
        <translation>die Anmeldung ist beendet</translation>
    </message>
</context>
<context>
    <name>keydesk::net::WorkflowWorker</name>
    <message>
        <source>The workflow no longer exists.</source>
        <translation>Den Workflow gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Workflow “%1” failed: %2</source>
        <translation>Workflow „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cancelled. Users already processed keep their keys; the next run goes on.</source>
        <translation>Abgebrochen. Bereits bearbeitete Benutzer behalten ihre Schlüssel; der nächste Lauf macht weiter.</translation>
    </message>
    <message>
        <source>Workflows run: %1. Keys assigned: %2, reminders: %3, links re-issued: %4, gave up: %5.</source>
        <translation>Workflow-Läufe: %1. Zugewiesene Schlüssel: %2, Erinnerungen: %3, neu ausgestellte Links: %4, aufgegeben: %5.</translation>
    </message>
</context>
<context>
    <name>keydesk::phone::VirtualPhone</name>
    <message>
        <source>Activated, but the passkey could not be saved: %1</source>
        <translation>Aktiviert, aber der Passkey konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Activated — this phone is now a security key for %1.</source>
        <translation>Aktiviert — dieses Telefon ist jetzt ein Sicherheitsschlüssel für %1.</translation>
    </message>
    <message>
        <source>Verified — the helpdesk sees every check passed.</source>
        <translation>Verifiziert — der Helpdesk sieht, dass jede Prüfung bestanden wurde.</translation>
    </message>
    <message>
        <source>No QR code found.</source>
        <translation>Kein QR-Code gefunden.</translation>
    </message>
    <message>
        <source>The QR code is not a KeyDesk link: %1</source>
        <translation>Der QR-Code ist kein KeyDesk-Link: %1</translation>
    </message>
    <message>
        <source>Signed in — the desk continues.</source>
        <translation>Angemeldet – der Arbeitsplatz macht weiter.</translation>
    </message>
    <message>
        <source>%1 is not a KeyDesk activation, verification or sign-in link.</source>
        <translation>%1 ist kein KeyDesk-Aktivierungs-, Prüf- oder Anmeldelink.</translation>
    </message>
</context>
<context>
    <name>keydesk::phoneapp::PhoneWindow</name>
    <message>
        <source>KeyDesk virtual phone</source>
        <translation>Virtuelles Telefon von KeyDesk</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Scan QR Code from Screen</source>
        <translation>QR-Code vom &amp;Bildschirm scannen</translation>
    </message>
    <message>
        <source>Scan QR Code from &amp;Image…</source>
        <translation>QR-Code aus &amp;Bild scannen…</translation>
    </message>
    <message>
        <source>Open &amp;Link…</source>
        <translation>&amp;Link öffnen…</translation>
    </message>
    <message>
        <source>&amp;Work or School…</source>
        <translation>&amp;Arbeit oder Schule…</translation>
    </message>
    <message>
        <source>New Passkeys Are S&amp;ynced (BE/BS)</source>
        <translation>Neue Passkeys werden s&amp;ynchronisiert (BE/BS)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Tamper</source>
        <translation>&amp;Manipulieren</translation>
    </message>
    <message>
        <source>Scan QR Code</source>
        <translation>QR-Code scannen</translation>
    </message>
    <message>
        <source>Reads a KeyDesk QR code shown anywhere on the screen, as a camera would.</source>
        <translation>Liest einen KeyDesk-QR-Code irgendwo auf dem Bildschirm, wie eine Kamera.</translation>
    </message>
    <message>
        <source>Work or School…</source>
        <translation>Arbeit oder Schule…</translation>
    </message>
    <message>
        <source>Scan the code your helpdesk shows you.</source>
        <translation>Scannen Sie den Code, den Ihr Helpdesk Ihnen zeigt.</translation>
    </message>
    <message>
        <source>Passkeys on this phone</source>
        <translation>Passkeys auf diesem Telefon</translation>
    </message>
    <message>
        <source>Remove Passkey</source>
        <translation>Passkey entfernen</translation>
    </message>
    <message>
        <source>What the phone did</source>
        <translation>Was das Telefon getan hat</translation>
    </message>
    <message>
        <source>Passkeys kept in memory only.</source>
        <translation>Passkeys nur im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Passkeys file: %1</source>
        <translation>Passkey-Datei: %1</translation>
    </message>
    <message>
        <source>Tampering: %1</source>
        <translation>Manipulation: %1</translation>
    </message>
    <message>
        <source>✘ Refused at “%1”. %2</source>
        <translation>✘ Abgewiesen bei „%1“. %2</translation>
    </message>
    <message>
        <source>No KeyDesk QR code on the screen. Show it in the console, or open an image.</source>
        <translation>Kein KeyDesk-QR-Code auf dem Bildschirm. Zeigen Sie ihn in der Konsole an oder öffnen Sie ein Bild.</translation>
    </message>
    <message>
        <source>Reading the QR code…</source>
        <translation>QR-Code wird gelesen…</translation>
    </message>
    <message>
        <source>Talking to %1…</source>
        <translation>Verbindung mit %1…</translation>
    </message>
    <message>
        <source>Scan QR Code from Image</source>
        <translation>QR-Code aus Bild scannen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>%1 is not an image this phone can read.</source>
        <translation>%1 ist kein Bild, das dieses Telefon lesen kann.</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>Activation or verification link:</source>
        <translation>Aktivierungs- oder Prüflink:</translation>
    </message>
    <message>
        <source>Work or School</source>
        <translation>Arbeit oder Schule</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Looking up the code…</source>
        <translation>Code wird nachgeschlagen…</translation>
    </message>
    <message>
        <source>Remove this passkey from the phone? The key in KeyDesk stays as it is, but this phone can no longer sign with it.</source>
        <translation>Diesen Passkey vom Telefon entfernen? Der Schlüssel in KeyDesk bleibt, wie er ist, aber dieses Telefon kann damit nicht mehr signieren.</translation>
    </message>
    <message>
        <source>None yet: scan an activation code.</source>
        <translation>Noch keine: Scannen Sie einen Aktivierungscode.</translation>
    </message>
    <message>
        <source>(user not recorded)</source>
        <translation>(Benutzer nicht erfasst)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1
%2 · %3 · credential %4… · counter %5 · %6</source>
        <translation>%1
%2 · %3 · Anmeldeinformation %4… · Zähler %5 · %6</translation>
    </message>
</context>
</TS>
