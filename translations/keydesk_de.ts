<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivateNowDialog</name>
    <message>
        <source>Activate Now</source>
        <translation>Jetzt aktivieren</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;On the smartphone, open the camera and scan this code.&lt;/li&gt;&lt;li&gt;Open the link and tap &lt;b&gt;Activate&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Confirm with the phone's screen lock.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Öffnen Sie auf dem Smartphone die Kamera und scannen Sie diesen Code.&lt;/li&gt;&lt;li&gt;Öffnen Sie den Link und tippen Sie auf &lt;b&gt;Aktivieren&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Bestätigen Sie mit der Bildschirmsperre des Telefons.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>No camera? In the app under "Work or School", enter the email and this code:</source>
        <translation>Keine Kamera? Geben Sie in der App unter "Arbeit oder Schule" die E-Mail-Adresse und diesen Code ein:</translation>
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
        <source>Scan with your phone's camera</source>
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
        <source>This browser cannot create passkeys. Open the link in your phone's default browser.</source>
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
        <source>Hello %1. Tap “Activate” and follow your phone's steps to turn it into your security key.</source>
        <translation>Hallo %1. Tippen Sie auf „Aktivieren“ und folgen Sie den Schritten Ihres Telefons, um es zu Ihrem Sicherheitsschlüssel zu machen.</translation>
    </message>
    <message>
        <source>Activate a security key with the code your helpdesk gave you.</source>
        <translation>Einen Sicherheitsschlüssel mit dem Code Ihres Helpdesks aktivieren.</translation>
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
        <source>“%1” is not a language KeyDesk speaks (%2, or empty for the system's).</source>
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
        <source>The body must be {"email": "...", "code": "..."}.</source>
        <translation>Der Inhalt muss {"email": "...", "code": "..."} sein.</translation>
    </message>
    <message>
        <source>The email is missing or too long.</source>
        <translation>Die E-Mail-Adresse fehlt oder ist zu lang.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong codes. Try again in %n minute(s).</source>
        <translation><numerusform>Zu viele falsche Codes. Versuchen Sie es in %n Minute erneut.</numerusform><numerusform>Zu viele falsche Codes. Versuchen Sie es in %n Minuten erneut.</numerusform></translation>
    </message>
    <message>
        <source>No pending activation matches this email and code.</source>
        <translation>Keine ausstehende Aktivierung passt zu dieser E-Mail-Adresse und diesem Code.</translation>
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
    <name>KeyEnrollment</name>
    <message>
        <source>Email is not set up: no SMTP server is configured.</source>
        <translation>E-Mail ist nicht eingerichtet: kein SMTP-Server konfiguriert.</translation>
    </message>
    <message>
        <source>The user is disabled.</source>
        <translation>Der Benutzer ist deaktiviert.</translation>
    </message>
    <message>
        <source>The user has no email address.</source>
        <translation>Der Benutzer hat keine E-Mail-Adresse.</translation>
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
        <source>The user's phone holds a passkey for KeyDesk, protected by the phone's screen lock. It signs in by scanning a QR code or over Bluetooth when the phone is near.</source>
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
    <name>ReceiptExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
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
        <source>The user's security keys</source>
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
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
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
        <source>as in "Contoso IT has set up a security key for you"</source>
        <translation>wie in "Contoso IT hat einen Sicherheitsschlüssel für Sie eingerichtet"</translation>
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
        <source>The user's activity</source>
        <translation>Die Aktivität des Benutzers</translation>
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
        <source>This browser cannot use passkeys. Open the link in your phone's default browser.</source>
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
        <source>Issued %1 by KeyDesk's test-mode relying party.</source>
        <translation>Ausgestellt am %1 von der Test-Relying-Party von KeyDesk.</translation>
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
        <source>no security key %1</source>
        <translation>kein Sicherheitsschlüssel %1</translation>
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
        <source>Say where the shared PC's security key reader is.</source>
        <translation>Geben Sie an, wo das Sicherheitsschlüssel-Lesegerät des gemeinsamen PCs steht.</translation>
    </message>
    <message>
        <source>The reader's location is longer than 200 characters.</source>
        <translation>Der Standort des Lesegeräts ist länger als 200 Zeichen.</translation>
    </message>
    <message>
        <source>The reader's location contains a control character.</source>
        <translation>Der Standort des Lesegeräts enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>“%1” is not a Windows computer name: use 1 to 63 letters, digits and hyphens, not only digits, without a hyphen at either end.</source>
        <translation>„%1“ ist kein Windows-Computername: Verwenden Sie 1 bis 63 Buchstaben, Ziffern und Bindestriche, nicht nur Ziffern, ohne Bindestrich am Anfang oder Ende.</translation>
    </message>
    <message>
        <source>Give the date the phone was paired with the PC.</source>
        <translation>Geben Sie das Datum an, an dem das Telefon mit dem PC gekoppelt wurde.</translation>
    </message>
    <message>
        <source>The pairing date is in the future.</source>
        <translation>Das Kopplungsdatum liegt in der Zukunft.</translation>
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
        <source>The selected workflow's runs</source>
        <translation>Die Läufe des ausgewählten Workflows</translation>
    </message>
    <message>
        <source>The selected run's outcomes per user</source>
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
        <source>Activate %1's smartphone</source>
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
    <name>keydesk::gui::DemoSession</name>
    <message>
        <source>Cannot create the folder for the demo database %1.</source>
        <translation>Der Ordner für die Demo-Datenbank %1 kann nicht angelegt werden.</translation>
    </message>
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
        <translation><numerusform>Die Gruppe %1 löschen? Ihr %n Mitglied bleibt in KeyDesk, verlässt aber die Gruppe.</numerusform><numerusform>Die Gruppe %1 löschen? Ihre %n Mitglieder bleiben in KeyDesk, verlassen aber die Gruppe.</numerusform></translation>
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
</context>
<context>
    <name>keydesk::gui::MainWindow</name>
    <message>
        <source>About KeyDesk</source>
        <translation>Über KeyDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;KeyDesk %1&lt;/b&gt;&lt;p&gt;Turns users' smartphones into FIDO2/WebAuthn security keys for helpdesk teams.&lt;/p&gt;</source>
        <translation>&lt;b&gt;KeyDesk %1&lt;/b&gt;&lt;p&gt;Macht die Smartphones der Benutzer zu FIDO2/WebAuthn-Sicherheitsschlüsseln – für Helpdesk-Teams.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>KeyDesk — %1</source>
        <translation>KeyDesk — %1</translation>
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
        <source>Not available: %1 (File &gt; Email Settings)</source>
        <translation>Nicht verfügbar: %1 (Datei &gt; E-Mail-Einstellungen)</translation>
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
        <source>Not set up: Windows needs the phone paired with the user's PC, or a security key reader on a shared PC.</source>
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
        <source>A reason is required to revoke a key.</source>
        <translation>Zum Widerrufen eines Schlüssels ist ein Grund erforderlich.</translation>
    </message>
    <message>
        <source>Delete Key</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message>
        <source>Delete this key? Its activation link and code stop working.</source>
        <translation>Diesen Schlüssel löschen? Sein Aktivierungslink und Code funktionieren nicht mehr.</translation>
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
        <source>The system's language</source>
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
        <source>The desktop's</source>
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
        <source>the default: %1</source>
        <translation>Standard: %1</translation>
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
        <source>Root certificates of the authenticator vendors you trust; needed only when keys require attestation.</source>
        <translation>Stammzertifikate der Authenticator-Hersteller, denen Sie vertrauen; nur nötig, wenn Schlüssel eine Attestierung verlangen.</translation>
    </message>
    <message>
        <source>Run enabled workflows &amp;every:</source>
        <translation>Aktive Workflows &amp;alle:</translation>
    </message>
    <message>
        <source>While this console or keydesk-cli serve runs; also when users join a workflow's groups.</source>
        <translation>Solange diese Konsole oder keydesk-cli serve läuft; außerdem, wenn Benutzer einer Gruppe eines Workflows beitreten.</translation>
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
</context>
<context>
    <name>keydesk::gui::UserTableModel</name>
    <message numerus="yes">
        <source>%n active</source>
        <translation><numerusform>%n aktiv</numerusform><numerusform>%n aktiv</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation><numerusform>%n ausstehend</numerusform><numerusform>%n ausstehend</numerusform></translation>
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
        <source>Without a key</source>
        <translation>Ohne Schlüssel</translation>
    </message>
    <message>
        <source>Key pending</source>
        <translation>Schlüssel ausstehend</translation>
    </message>
    <message>
        <source>Key active</source>
        <translation>Schlüssel aktiv</translation>
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
    <name>keydesk::gui::VerifyKeyDialog</name>
    <message>
        <source>Verify Security Key — %1</source>
        <translation>Sicherheitsschlüssel prüfen — %1</translation>
    </message>
    <message>
        <source>Verify %1's security key</source>
        <translation>Sicherheitsschlüssel von %1 prüfen</translation>
    </message>
    <message>
        <source>%1 · %2 · credential %3…</source>
        <translation>%1 · %2 · Anmeldeinformation %3…</translation>
    </message>
    <message>
        <source>Scan the code with the phone and confirm, or open the link in this computer's browser for a key attached here. KeyDesk then checks the answer like a real sign-in would.</source>
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
        <source>Use This Computer's &amp;Browser</source>
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
    <message>
        <source>The verification has no result yet.</source>
        <translation>Die Prüfung hat noch kein Ergebnis.</translation>
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
        <source>&amp;Dedicated PC — the phone is paired with the user's own PC</source>
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
    <name>keydesk::gui::WorkflowWorker</name>
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
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
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
        <source>%1 is not a KeyDesk activation or verification link.</source>
        <translation>%1 ist kein Aktivierungs- oder Prüflink von KeyDesk.</translation>
    </message>
    <message>
        <source>No QR code found.</source>
        <translation>Kein QR-Code gefunden.</translation>
    </message>
    <message>
        <source>The QR code is not a KeyDesk link: %1</source>
        <translation>Der QR-Code ist kein KeyDesk-Link: %1</translation>
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
        <source>%1 · %2
credential %3… · counter %4 · %5</source>
        <translation>%1 · %2
Anmeldeinformation %3… · Zähler %4 · %5</translation>
    </message>
    <message>
        <source>None yet: scan an activation code.</source>
        <translation>Noch keine: Scannen Sie einen Aktivierungscode.</translation>
    </message>
</context>
</TS>