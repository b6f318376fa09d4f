# Breachlog — deutsche Meldungen. Alle für Nutzer sichtbaren Texte der CLI, der Desktop-App und der
# PDFs stammen aus diesen Dateien; de, nl und fr müssen dieselben IDs und Variablen haben.

## Fehler

error-invalid-input = Ungültige Angabe im Feld „{ $field }“: { $reason }
error-wrong-key = Falsche Passphrase oder falscher Schlüssel: Das Register konnte nicht entsperrt werden.
error-no-key = Das Register ist gesperrt, und es wurde kein Schlüssel angegeben. Setzen Sie BREACHLOG_PASSPHRASE, verwenden Sie --passphrase-file oder entsperren Sie das Register mit dem Wiederherstellungsschlüssel.
error-too-many-attempts = Zu viele fehlgeschlagene Entsperrversuche. Warten Sie { $seconds ->
    [one] { $seconds } Sekunde
   *[other] { $seconds } Sekunden
}, bevor Sie es erneut versuchen.
error-not-found = { $entity } mit der ID { $id } nicht gefunden.
error-invalid-transition = Der Vorfall kann nicht von „{ $from }“ nach „{ $to }“ überführt werden. Als Nächstes zulässig: { $allowed }.
error-integrity = Integritätsprüfung bei Ereignis { $seq } fehlgeschlagen: { $reason }
error-schema-too-new = Dieses Register wurde von einer neueren Breachlog-Version geschrieben (Schema { $found }; diese Version liest bis Schema { $supported }). Aktualisieren Sie Breachlog, um es zu öffnen.
error-register-exists = Unter { $path } besteht bereits ein Register.
error-register-missing = Unter { $path } gibt es kein Register. Legen Sie eines mit „breachlog init“ an.
error-keyfile-damaged = Die Schlüsseldatei { $path } ist beschädigt: { $detail }
error-keyring = Der Schlüsselbund des Betriebssystems ist nicht verfügbar: { $detail }
error-disk-full = Der Datenträger ist voll: Es wurde nichts geschrieben. Geben Sie Speicherplatz frei und versuchen Sie es erneut.
error-read-only = In das Register kann nicht geschrieben werden (schreibgeschützte Datei oder schreibgeschützter Ordner): Es wurde nichts geschrieben.
error-storage = Das Register konnte nicht gelesen oder geschrieben werden: { $detail }
error-holidays-out-of-range = Keine Feiertagsregeln für { $country } im Jahr { $year }: die Feiertagsdaten reichen von { $from } bis { $to }, diese Frist kann daher nicht berechnet werden.
error-io = Auf { $path } konnte nicht zugegriffen werden: { $detail }
error-register-busy = Das Register { $path } ist in einem anderen Prozess geöffnet ({ $holders }): Es wurde nichts geändert. Schließen Sie es dort (Desktop-App sperren oder den anderen Befehl abwarten) und versuchen Sie es erneut.
error-register-busy-unknown = Das Register { $path } ist in einem anderen Prozess geöffnet: Es wurde nichts geändert. Schließen Sie es dort (Desktop-App sperren oder den anderen Befehl abwarten) und versuchen Sie es erneut.

## Gründe (warum eine Angabe abgelehnt wurde)

reason-empty = darf nicht leer sein
reason-too-long = ist zu lang (höchstens { $max })
reason-control-characters = enthält Steuerzeichen
reason-not-a-timestamp = ist kein Datum mit Uhrzeit und UTC-Offset (RFC 3339, z. B. 2026-03-14T09:30:00+01:00)
reason-in-future = liegt in der Zukunft
reason-before-detected = liegt vor dem Zeitpunkt, zu dem der Vorfall entdeckt wurde
reason-after-detected = liegt nach dem Zeitpunkt, zu dem der Vorfall entdeckt wurde
reason-aware-before-detected = die Kenntnis kann nicht vor der Entdeckung erlangt worden sein
reason-justification-required = die Kenntnis wurde erst mehr als { $hours ->
    [one] { $hours } Stunde
   *[other] { $hours } Stunden
} nach der Entdeckung erlangt, daher muss die Dauer der Untersuchung begründet werden
reason-unknown-value = ist keiner der folgenden Werte: { $allowed }
reason-required-with = ist erforderlich, wenn „{ $other }“ angegeben ist
reason-required-to-reopen = für die Wiedereröffnung eines Vorfalls ist eine Begründung erforderlich
reason-required-to-close = das Schließen aus der Triage erfordert einen Grund: false_positive, duplicate oder not_security_incident
reason-only-for-vulnerability = eine Schwachstellenklasse ist nur bei der Kategorie „Schwachstellenmeldung“ (vulnerability) zulässig
reason-not-a-number = ist keine ganze Zahl
reason-out-of-range = liegt außerhalb des zulässigen Bereichs (höchstens { $max })
reason-unknown-timezone = ist keine IANA-Zeitzone (z. B. Europe/Amsterdam)
reason-unknown-language = ist keiner der Werte en, de, nl, fr
reason-invalid-range = der Beginn des Zeitraums liegt nach seinem Ende
reason-not-an-id = ist weder eine ID noch ein ID-Präfix mit mindestens 4 Zeichen
reason-duplicate = passt auf mehr als einen Eintrag; geben Sie mehr Zeichen an
reason-already-in-state = der Vorfall befindet sich bereits in diesem Status
reason-weak-passphrase = muss mindestens 12 Zeichen lang sein
reason-mismatch = die beiden Eingaben stimmen nicht überein
reason-not-the-recovery-key = er stimmt nicht mit dem für dieses Register ausgestellten Schlüssel überein
reason-no-changes = es würde sich nichts ändern
reason-symlink = es ist ein symbolischer Link; geben Sie die eigentliche Datei an
reason-is-directory = es ist ein Ordner; geben Sie einen Dateinamen an
reason-folder-not-empty = der Ordner enthält bereits Dateien; wählen Sie einen neuen oder leeren Ordner
reason-register-file = es ist eine Datei des Registers selbst (Datenbank, Schlüsseldatei oder Sperre); wählen Sie eine andere Datei
reason-kdf-out-of-bounds = die Parameter der Schlüsselableitung liegen außerhalb des zulässigen Bereichs
reason-relative-path = ist kein vollständiger Pfad: wählen Sie den Ordner oder geben Sie einen Pfad ein, der mit / beginnt (oder mit ~/ für Ihren Benutzerordner)
reason-no-home-directory = beginnt mit ~, aber der Benutzerordner ist nicht bekannt: geben Sie den vollständigen Pfad ein

## Integrität

integrity-hash-mismatch = der gespeicherte Hash stimmt nicht mit dem Inhalt des Ereignisses überein (das Ereignis wurde bearbeitet)
integrity-prev-mismatch = die Verknüpfung mit dem vorherigen Ereignis ist unterbrochen (Ereignisse wurden bearbeitet, vertauscht oder entfernt)
integrity-seq-gap = ein Ereignis fehlt oder steht an falscher Stelle (gefunden: Ereignis { $found })
integrity-malformed = das Ereignis ist fehlerhaft aufgebaut: { $detail }
integrity-not-canonical = die Zeile ist nicht der kanonische Text (RFC 8785) ihres Ereignisses: andere Werkzeuge könnten anderen Inhalt lesen als den, der gehasht wurde
integrity-duplicate-member = die Zeile enthält das Element „{ $name }“ zweimal: andere Werkzeuge könnten den Köder statt des gehashten Werts lesen
integrity-head-not-found = der erwartete Kettenkopf { $expected } ist nicht im Journal enthalten: Das Journal wurde gekürzt oder neu aufgebaut
integrity-projection-mismatch = die Tabelle { $table } (Zeile { $key }) weicht vom Inhalt des Journals ab
integrity-differs-from-reference = das Ereignis weicht von dem im früheren Export ab oder fehlt (das Journal wurde bearbeitet und neu aufgebaut oder gekürzt)

## Entitäten

entity-incident = Vorfall
entity-action = Maßnahme

## Feldnamen

field-title = Titel
field-description = Beschreibung
field-category = Kategorie
field-vuln-class = Schwachstellenklasse
field-source = Quelle
field-severity = Schweregrad
field-affected-systems = Betroffene Systeme
field-owner = Zuständige Person
field-occurred-at = Eingetreten am
field-detected-at = Entdeckt am
field-to = Zielstatus
field-at = Zeitpunkt
field-close-reason = Abschlussgrund
field-note = Notiz
field-due-at = Fällig am
field-personal-data = Personenbezogene Daten
field-aware-at = Kenntnis erlangt am
field-aware-justification = Begründung des Untersuchungszeitraums
field-role = Rolle
field-nature = Art der Verletzung
field-data-categories = Datenkategorien
field-special-categories = Besondere Kategorien personenbezogener Daten
field-subject-categories = Kategorien betroffener Personen
field-subjects-approx = Ungefähre Zahl betroffener Personen
field-records-approx = Ungefähre Zahl betroffener Datensätze
field-consequences = Wahrscheinliche Folgen
field-measures-taken = Ergriffene Maßnahmen
field-measures-proposed = Vorgeschlagene Maßnahmen
field-measures = Ergriffene oder vorgeschlagene Maßnahmen
field-contact-point = Anlaufstelle
field-risk = Risiko
field-risk-reasoning = Begründung des Risikos
field-decision = Meldeentscheidung
field-decision-rationale = Entscheidungsbegründung
field-decided-at = Entschieden am
field-org-name = Name der Organisation
field-address = Anschrift
field-timezone = Zeitzone
field-language = Sprache
field-lead-authority = Federführende Behörde
field-dora-entity-type = Art des Finanzunternehmens (DORA)
field-nis2-entity = wesentliche oder wichtige Einrichtung (NIS2)
org-not-set = nicht angegeben
field-aware-gap-hours = Abstand Entdeckung–Kenntnis (Stunden)
field-idle-lock-minutes = Sperre nach Inaktivität (Minuten)
field-notify-thresholds-hours = Erinnerungen vor Fristablauf (Stunden)
field-backup-folder = Sicherungsordner
field-passphrase = Passphrase
field-recovery-key = Wiederherstellungsschlüssel
field-id = ID
field-status = Status
field-limit = Höchstanzahl
field-detected-from = Entdeckt ab
field-detected-to = Entdeckt bis
field-expect-head = Erwarteter Kettenkopf
field-journal = Journaldatei
field-out = Ausgabedatei
field-key-file = Schlüsseldatei

## Kategorien

category-malware = Schadsoftware oder Ransomware
category-phishing = Phishing
category-lost-device = Verlorenes oder gestohlenes Gerät
category-misdirected = Fehlgeleitete Kommunikation
category-unauthorised-access = Unbefugter Zugriff
category-account-takeover = Kontoübernahme
category-vulnerability = Schwachstellenmeldung
category-insider-misuse = Missbrauch durch Innentäter
category-system-failure = Systemausfall
category-third-party = Vorfall beim Auftragsverarbeiter oder bei Dritten
category-other = Sonstiges

vuln-xss = Cross-Site-Scripting (XSS)
vuln-open-redirect = Offene Weiterleitung (Open Redirect)
vuln-csrf = Cross-Site-Request-Forgery (CSRF)
vuln-injection = Injection
vuln-auth-flaw = Schwachstelle in der Authentifizierung
vuln-rce = Codeausführung aus der Ferne

source-internal-monitoring = Interne Überwachung
source-employee = Beschäftigte
source-customer = Kunde
source-partner-notice = Mitteilung des Auftragsverarbeiters oder Partners
source-bug-bounty = Bug-Bounty-Meldung
source-authority-request = Anfrage einer Behörde

severity-low = Niedrig
severity-medium = Mittel
severity-high = Hoch
severity-critical = Kritisch

status-reported = gemeldet
status-triage = in Triage
status-investigating = in Analyse
status-contained = eingedämmt
status-resolved = behoben
status-closed = geschlossen

close-reason-resolved = Behoben
close-reason-false-positive = Fehlalarm
close-reason-duplicate = Duplikat
close-reason-not-security-incident = Kein Sicherheitsvorfall

personal-data-yes = Ja
personal-data-no = Nein
personal-data-undetermined = Ungeklärt

role-controller = Verantwortlicher
role-processor = Auftragsverarbeiter
role-joint-controller = Gemeinsam Verantwortlicher
role-both = Verantwortlicher und Auftragsverarbeiter

nature-confidentiality = Vertraulichkeit
nature-integrity = Integrität
nature-availability = Verfügbarkeit

risk-none = Kein Risiko
risk-risk = Risiko
risk-high = Hohes Risiko

decision-notify = Der Aufsichtsbehörde melden
decision-no-notify = Nicht melden

language-en = English
language-de = Deutsch
language-nl = Nederlands
language-fr = Français

## CLI

cli-init-done = Register unter { $path } angelegt.
cli-recovery-key = Wiederherstellungsschlüssel (wird nur einmal angezeigt – notieren Sie ihn und bewahren Sie ihn offline auf): { $key }
cli-keyring-stored = Der Datenschlüssel ist zusätzlich im Schlüsselbund des Betriebssystems gespeichert.
cli-prompt-passphrase = Passphrase:
cli-prompt-new-passphrase = Neue Passphrase (mindestens 12 Zeichen):
cli-prompt-confirm-passphrase = Wiederholen Sie die Passphrase:
cli-incident-created = Vorfall { $id } erfasst: { $title }
cli-incident-updated = Vorfall { $id } aktualisiert.
cli-incident-transitioned = Vorfall { $id } ist jetzt { $status }.
cli-breach-assessed = Bewertung zu Vorfall { $id } gespeichert.
cli-action-added = Maßnahme { $id } hinzugefügt.
cli-action-done = Maßnahme { $id } als erledigt markiert.
cli-action-undone = Maßnahme { $id } als nicht erledigt markiert.
cli-note-added = Notiz zu Vorfall { $id } hinzugefügt.
cli-org-updated = Organisationsprofil gespeichert.
cli-no-incidents = Keine passenden Vorfälle.
cli-incidents-count = { $shown } von { $total ->
    [one] { $total } Vorfall
   *[other] { $total } Vorfällen
}
cli-verify-ok = Journal unversehrt: { $events ->
    [one] { $events } Ereignis
   *[other] { $events } Ereignisse
}, Kettenkopf { $seq } { $hash }.
cli-exported = { $events ->
    [one] { $events } Ereignis
   *[other] { $events } Ereignisse
} nach { $path } exportiert (Kettenkopf { $hash }).
cli-missing-art33 = Für die Meldung nach Art. 33 Abs. 3 fehlen noch: { $items }
cli-header-id = ID
cli-header-detected = Entdeckt
cli-header-status = Status
cli-header-breach = Verletzung
cli-header-risk = Risiko
cli-header-title = Titel
cli-header-when = Wann
cli-header-actor = Wer
cli-header-event = Was
cli-timeline = Chronologie
cli-actions = Maßnahmen
cli-notes = Notizen
cli-assessment = Bewertung der Verletzung des Schutzes personenbezogener Daten
cli-yes = ja
cli-no = nein
cli-backup-created = Verschlüsselte Sicherung nach { $path } geschrieben (Kettenkopf { $hash }).
cli-backup-restored = Sicherung nach { $path } wiederhergestellt und geprüft (Kettenkopf { $hash }).
cli-passphrase-changed = Die Passphrase wurde geändert.
cli-key-rotated = Das Register wurde mit einem neuen Datenschlüssel neu verschlüsselt; der alte Datenschlüssel, die alte Passphrase und der alte Wiederherstellungsschlüssel öffnen es nicht mehr. Frühere Sicherungen lassen sich weiterhin mit der alten Passphrase und dem alten Wiederherstellungsschlüssel öffnen: Löschen oder erneuern Sie sie, falls diese kompromittiert sein könnten.
cli-key-rotate-staged = Notieren Sie diesen neuen Wiederherstellungsschlüssel jetzt: Das neu verschlüsselte Register wird gerade eingesetzt. Falls danach ein Fehler gemeldet wird, versuchen Sie zuerst den neuen, dann den alten Wiederherstellungsschlüssel.
cli-recovery-confirmed = Der Wiederherstellungsschlüssel wurde bestätigt.
cli-recovery-unconfirmed = Erinnerung: Noch niemand hat bestätigt, den Wiederherstellungsschlüssel dieses Registers zu besitzen. Ist er notiert, bestätigen Sie ihn mit „breachlog key confirm-recovery“; ist er verloren, erzeugen Sie einen neuen mit „breachlog key new-recovery“.
cli-recovery-new = Ein neuer Wiederherstellungsschlüssel hat den alten ersetzt, der dieses Register nicht mehr öffnet (frühere Sicherungen behalten ihren). Bestätigen Sie ihn mit „breachlog key confirm-recovery“, sobald er notiert ist.
cli-recovery-used = Sie haben mit dem Wiederherstellungsschlüssel entsperrt: Legen Sie mit „breachlog key change-passphrase“ eine neue Passphrase fest.
cli-keyring-added = Der Datenschlüssel ist jetzt im Schlüsselbund des Betriebssystems gespeichert.
cli-keyring-removed = Der Datenschlüssel wurde aus dem Schlüsselbund des Betriebssystems entfernt.

## The desktop window's title: the organisation and how many deadlines have passed.
app-window-title = { $org } — Breachlog
app-window-title-overdue = { $org } · { $count } überfällig — Breachlog
field-letter-field = Feld des Schreibens
field-letter-text = Text des Schreibens
