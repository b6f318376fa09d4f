# Breachlog Desktop-App — deutsche Texte nur für die App (sie nutzt auch breachlog.ftl).

## Fehler, die der Kern nicht kennt

app-error-locked = Das Register ist gesperrt. Entsperren Sie es, um fortzufahren.
app-error-not-prepared = Es wird gerade kein Register angelegt: Gehen Sie einen Schritt zurück und beginnen Sie den Wiederherstellungsschlüssel erneut.
app-error-no-recovery-key = Es gibt keinen neuen Wiederherstellungsschlüssel zum Speichern oder Bestätigen. Stellen Sie unter Einstellungen → Schlüssel einen neuen aus.
app-error-keyring-unavailable = Auf diesem Computer ist kein Schlüsselbund des Betriebssystems verfügbar.
app-error-heading = Breachlog konnte nicht starten
app-retry = Erneut versuchen

## Benachrichtigungen

app-notify-heading = Breachlog-Frist
app-notify-threshold = { $incident }: { $obligation } ist in weniger als { $hours } Std. fällig, am { $due }.
app-notify-overdue = { $incident }: { $obligation } war am { $due } fällig und ist überfällig.
# Wie eine Desktop-Benachrichtigung einen Vorfall nennt, solange Titel in den Einstellungen nicht erlaubt sind.
app-notify-incident = Vorfall { $id }
app-notify-show-titles = Titel von Vorfällen in Desktop-Benachrichtigungen zeigen
app-notify-show-titles-help = Aus: Benachrichtigungen nennen einen Vorfall mit seiner Kurz-ID und die Art des Empfängers. Das Betriebssystem bewahrt Benachrichtigungstexte in seinem Verlauf auf und kann sie auf dem Sperrbildschirm zeigen, außerhalb des verschlüsselten Verzeichnisses.

## Allgemein

app-loading = Wird geladen…
app-save = Speichern
app-saved = Gespeichert.
app-cancel = Abbrechen
app-confirm = Bestätigen
app-next = Weiter
app-prev = Zurück
app-back = Zurück
app-add = Hinzufügen
app-or = oder
app-copy = Kopieren
app-copied = Kopiert
app-comma-separated = durch Kommas getrennt
app-estimate = Schätzung
app-missing = fehlt
app-complete = vollständig

## Ersteinrichtung

app-first-run-title = Ihr Vorfallsregister anlegen
app-first-run-intro = Breachlog führt ein verschlüsseltes, manipulationssicheres Register auf diesem Computer. Beginnen Sie mit dem Profil Ihrer Organisation; Sie können es später ändern.
app-step-org = Organisation
app-step-protect = Register schützen
app-step-recovery = Wiederherstellungsschlüssel
app-contact-placeholder = dsb@example.com, +49 30 1234567
app-protect-keyring = Schlüssel im Schlüsselbund dieses Computers speichern (Entsperren mit einem Klick)
app-protect-passphrase = Passphrase verwenden
app-keyring-unavailable = Hier ist kein Schlüsselbund des Betriebssystems verfügbar, daher wird das Register mit einer Passphrase geschützt.
app-passphrase-repeat = Passphrase wiederholen
app-strength-0 = Geben Sie eine Passphrase mit mindestens 12 Zeichen ein.
app-strength-1 = Schwach: mindestens 12 Zeichen, am besten mehrere Wörter.
app-strength-2 = Mittel: länger ist besser.
app-strength-3 = Gut.
app-strength-4 = Stark.
app-create-register = Register anlegen
app-creating = Register wird angelegt…
app-recovery-title = Ihr Wiederherstellungsschlüssel
app-recovery-intro = Dieser Schlüssel öffnet das Register, falls die Passphrase verloren geht. Breachlog bewahrt keine Kopie auf und zeigt ihn nur jetzt. Speichern Sie das Wiederherstellungsset als PDF oder drucken Sie es, bewahren Sie es getrennt von diesem Computer auf und bestätigen Sie dann unten: Erst dann wird das Register angelegt.
app-recovery-stored = Ich habe den Wiederherstellungsschlüssel sicher aufbewahrt.
app-recovery-confirm = Geben Sie zur Bestätigung die letzten { $count } Zeichen des Schlüssels ein
app-preparing = Schlüssel wird vorbereitet… (das dauert einige Sekunden)
app-kit-save = Wiederherstellungsset als PDF speichern…
app-kit-print = Drucken
app-kit-saved = Wiederherstellungsset gespeichert: { $path }
app-kit-save-title = Breachlog-Wiederherstellungsset speichern

## Entsperren und Sperren

app-unlock-title = Register entsperren
app-unlock = Entsperren
app-unlocking = Wird entsperrt und geprüft…
app-unlock-keyring = Mit dem Schlüsselbund entsperren
app-unlock-wait = Zu viele Fehlversuche: Warten Sie { $seconds } s.
app-use-recovery = Stattdessen den Wiederherstellungsschlüssel verwenden
app-use-passphrase = Stattdessen die Passphrase verwenden
app-lock = Sperren

## Navigation

app-nav-label = Hauptmenü
app-nav-register = Register
app-nav-integrity = Integrität
app-nav-settings = Einstellungen
app-quick-log = Vorfall erfassen

## Register

app-register-title = Vorfallsregister
app-search = Suchen
app-search-placeholder = Titel, Beschreibungen, Notizen, Maßnahmen oder ID durchsuchen…
app-all-statuses = Alle Status
app-all-risks = Alle Risiken
app-breach-any = Verletzung oder nicht
app-breach-only = Nur Verletzungen
app-breach-none = Keine Verletzung
app-breach = Verletzung
app-from = von
app-to = bis
app-sort = Sortierung
app-sort-detected-desc = Neueste zuerst
app-sort-detected-asc = Älteste zuerst
app-sort-title = Titel
app-sort-status = Status
app-sort-severity = Schweregrad
app-sort-deadline = Nächste Frist zuerst
app-deadline = Nächste Frist
app-overdue-by = überfällig seit { $time }
app-due = Fällig { $when }
app-exercise = Übung
app-empty-title = Noch keine Vorfälle
app-empty-body = Erfassen Sie den ersten, sobald etwas passiert: Ein Titel genügt, der Rest kann folgen.
app-no-match = Keine Vorfälle entsprechen diesen Filtern.
app-clear-filters = Filter zurücksetzen
app-page = Seite { $page } von { $pages }

## Schnellerfassung

app-what-happened = Was ist passiert
app-quick-log-hint = Enter oder Strg+Enter speichert · Esc bricht ab
app-incident-logged = Vorfall erfasst.

## Vorfall

app-back-to-register = Zurück zum Register
app-move-to = Status ändern: { $status }
app-reopen-reason = Warum wird er wieder geöffnet?
app-details = Details
app-exercise-label = Dies ist eine Übung (keine Pflichten)
app-obligations = Pflichten
app-clock-needs-aware = Personenbezogene Daten sind betroffen: Geben Sie an, wann Sie Kenntnis erlangt haben, um die 72-Stunden-Frist zu starten.
app-no-obligations = Keine laufenden Fristen. Bewerten Sie den Vorfall als Verletzung des Schutzes personenbezogener Daten, um die DSGVO-Frist zu starten.
app-save-assessment = Bewertung speichern
app-contact-default = leer: die Anlaufstelle der Organisation
app-art33-title = Meldeinhalt nach Art. 33 Abs. 3
app-art33-complete = Alles, was Art. 33 Abs. 3 verlangt, ist erfasst.
app-art33-missing = { $count ->
    [one] Ein Punkt fehlt noch.
   *[other] { $count } Punkte fehlen noch.
}
app-no-actions = Noch keine Maßnahmen.
app-new-action = Neue Maßnahme…
app-no-notes = Noch keine Notizen.
app-new-note = Notiz hinzufügen…
app-add-note = Notiz hinzufügen

## Ereignisarten der Zeitleiste

app-event-register-created = Register angelegt
app-event-org-updated = Organisation geändert
app-event-settings-changed = Einstellungen geändert
app-event-incident-created = Vorfall erfasst
app-event-incident-updated = Details geändert
app-event-incident-transitioned = Status geändert
app-event-breach-assessed = Bewertung geändert
app-event-action-added = Maßnahme hinzugefügt
app-event-action-done = Maßnahme erledigt
app-event-action-reopened = Maßnahme wieder geöffnet
app-event-note-added = Notiz hinzugefügt
app-event-subjects-letter-edited = Schreiben an die betroffenen Personen bearbeitet
app-event-session-unlocked = Entsperrt
app-event-session-locked = Gesperrt
app-event-journal-exported = Journal exportiert

## Integrität

app-integrity-title = Integrität
app-integrity-intro = Jede Änderung ist ein Ereignis in einer Hash-Kette. Die Prüfung berechnet jeden Hash neu und baut jede Tabelle aus den Ereignissen wieder auf; sie läuft auch bei jedem Entsperren. Bei jedem Bericht, Export und jeder Sicherung sowie täglich, solange die App geöffnet ist, wird ein signierter Checkpoint erstellt. Geben Sie eine Kopie davon jemandem außerhalb (Ihrem DSB, einer Prüferin): Damit lässt sich später beweisen, dass das Register nicht umgeschrieben wurde.
app-integrity-failed = Integritätsprüfung fehlgeschlagen.
app-verify-ok = Das Journal und alle Tabellen sind unverändert.
app-not-verified = In dieser Sitzung noch nicht geprüft.
app-event-count = Ereignisse
app-head-hash = Kopf-Hash
app-merkle-root = Merkle-Wurzel
app-tree-size = Baumgröße
app-last-checkpoint = Letzter signierter Checkpoint
app-last-checkpoint-value = Ereignis { $seq }: { $size ->
    [one] ein Ereignis
   *[other] { $size } Ereignisse
} ({ $reason })
app-no-checkpoint = noch keiner (bei jedem Bericht, Export und jeder Sicherung sowie täglich bei geöffneter App wird einer erstellt)
app-checkpoint-reason-report = Bericht
app-checkpoint-reason-export = Export
app-checkpoint-reason-backup = Sicherung
app-checkpoint-reason-manual = auf Anforderung
app-checkpoint-reason-daily = täglich
app-checkpoint-reason-timestamp = für einen Zeitstempel
app-last-timestamp = Letzter unabhängiger Zeitstempel
app-last-timestamp-value = { $time } von { $tsa }
app-timestamp-pending = ausstehend: der neueste Checkpoint hat noch keinen Zeitstempel (wird erneut angefordert, solange der Zeitstempeldienst nicht erreichbar ist)
app-no-timestamp = noch keiner (kein Zeitstempeldienst eingerichtet: unten einen hinzufügen)
app-checkpoint-export = Checkpoint für einen Zeugen speichern…
app-checkpoint-export-hint = Eine kurze signierte Textdatei: die Kennung des Registers, die Zahl der Ereignisse und ihre Merkle-Wurzel. Wer eine Kopie aufbewahrt, kann das Register mit „breachlog verify --checkpoint DATEI“ dagegen prüfen.
app-checkpoint-export-dialog = Signierten Checkpoint speichern
app-checkpoint-filter = Checkpoint (Text)
app-checkpoint-saved = Gespeichert: { $path }, Ereignis { $seq }, umfasst { $size ->
    [one] ein Ereignis
   *[other] { $size } Ereignisse
}.
app-checked-at = Geprüft
app-verify-now = Jetzt prüfen
app-verifying = Wird geprüft…

## Einstellungen

app-settings-title = Einstellungen
app-org-profile = Organisationsprofil
app-preferences = Präferenzen

## Regulation: navigation and obligations

app-nav-obligations = Pflichten
app-nav-contacts = Behördenkontakte
app-obligations-title = Meldepflichten
app-obligations-intro = Alle Meldungen, Berichte und Antworten, die die Vorfälle nach den jeweils geltenden Regelwerken erfordern: Überfälliges zuerst, dann das nächstfällige.
app-obligations-overdue = { $count ->
    [one] Eine Pflicht ist überfällig.
   *[other] { $count } Pflichten sind überfällig.
}
app-obligations-empty = Keine offenen Pflichten
app-obligations-empty-body = Pflichten entstehen, sobald ein Vorfall als Verletzung des Schutzes personenbezogener Daten bewertet oder nach NIS2 oder DORA eingestuft wird.
app-show-done = Erledigte und nicht erforderliche anzeigen
app-exercise-no-obligations = Dieser Vorfall ist eine Übung: Er begründet keine Pflichten.
app-awaiting-anchor = Die Frist beginnt, sobald ihr Ausgangszeitpunkt erfasst ist.
app-duration = { $days } T. { $hours } Std. { $minutes } Min.
app-duration-hm = { $hours } Std. { $minutes } Min.
app-elapsed = seit { $time }
app-late-by = { $time } verspätet
app-not-required = Nicht erforderlich
app-not-required-placeholder = Warum ist diese Pflicht nicht erforderlich? (wird im Register dokumentiert, Art. 33 Abs. 5 DSGVO)
app-not-required-confirm = Als nicht erforderlich erfassen
app-reinstate = Wiederherstellen

## Filing dialog

app-record-filing = Meldung erfassen
app-record-follow-up = Nachmeldung erfassen
app-filed-at = gemeldet am
app-reference-placeholder = Aktenzeichen oder Eingangsbestätigung der Behörde
app-filing-late-hint = Diese Meldung erfolgt { $time } nach Fristablauf: Bitte begründen Sie die Verzögerung (Art. 33 Abs. 1 DSGVO).
app-filing-complete = alle gesetzlich verlangten Angaben gemacht
app-filing-complete-auto = wie die Checkliste nach Art. 33 Abs. 3 zeigt
app-filing-complete-help = Nein: eine schrittweise Meldung; der Rest ist ohne unangemessene weitere Verzögerung nachzureichen (Art. 33 Abs. 4 DSGVO) bzw. die zweite ePrivacy-Benachrichtigung binnen drei Tagen (Verordnung 611/2013 Art. 2 Abs. 3).
app-filing-recorded = Meldung erfasst.

## Drafts

app-drafts = Meldungsentwürfe
app-back-to-incident = Zurück zum Vorfall
app-draft-authority = Aufsichtsbehörde
app-draft-subjects = Betroffene Personen (Art. 34)
app-draft-controller = Verantwortlicher (Art. 33 Abs. 2)
app-draft-language-default = Sprache der Behörde
app-draft-missing = { $count ->
    [one] Eine Angabe nach Art. 33 Abs. 3 fehlt noch; Sie können schrittweise melden und sie nachreichen:
   *[other] { $count } Angaben nach Art. 33 Abs. 3 fehlen noch; Sie können schrittweise melden und sie nachreichen:
}
app-draft-missing-34 = { $count ->
    [one] Eine nach Art. 34 Abs. 2 erforderliche Angabe fehlt noch:
   *[other] { $count } nach Art. 34 Abs. 2 erforderliche Angaben fehlen noch:
}
app-draft-no-controllers = Keine betroffenen Verantwortlichen. Legen Sie Verantwortliche in den Einstellungen an und wählen Sie sie in der Bewertung aus (Rolle: Auftragsverarbeiter).

## Authority contact log

app-contacts-title = Behördenkontakte
app-contacts-intro = Anfragen der Aufsichtsbehörden und Ihre Antworten. Eine Anfrage mit Antwortfrist erscheint bei den Pflichten, bis sie beantwortet ist.
app-contact-add = Kontakt erfassen
app-contact-at = Datum
app-contact-logged = Behördenkontakt erfasst.
app-contacts-empty = Noch keine Behördenkontakte
app-contacts-empty-body = Erfassen Sie eine Anfrage sofort bei Eingang, mit der Frist, bis zu der die Behörde eine Antwort erwartet.
app-significance-title = Erheblichkeitsprüfung (NIS2)
app-significance-intro = Beantworten Sie die bekannten Tatsachen; die Prüfung wendet die Durchführungsverordnung (EU) 2024/2690 an (Art. 3 sowie Art. 7 für Cloud- bzw. Art. 10 für Managed-Service-Anbieter) und wird mit der Einstufung gespeichert. Ob der Vorfall erheblich ist, entscheiden Sie.
app-significance-yes = Prüfung: erheblich (mindestens ein Kriterium erfüllt)
app-significance-no = Prüfung: kein Kriterium erfüllt
app-order-none = keine (Anfrage einer Aufsichtsbehörde)
app-order-law-production = Verordnung (EU) 2023/1543 Art. 10 Abs. 2–3: Daten spätestens innerhalb von zehn Tagen nach Erhalt übermitteln (berechnet nach Verordnung 1182/71).
app-order-law-production-emergency = Verordnung (EU) 2023/1543 Art. 10 Abs. 4: Daten unverzüglich, spätestens innerhalb von acht Stunden nach Erhalt übermitteln.
app-order-law-preservation = Verordnung (EU) 2023/1543 Art. 11 Abs. 1: Daten unverzüglich sichern; die Pflicht endet nach 60 Tagen, sofern sie nicht um 30 Tage verlängert oder ein Herausgabeersuchen bestätigt wird.
app-preserve-until = sichern bis { $date }
app-preserve-until-produced = sichern, bis das Herausgabeersuchen beantwortet ist
app-preservation-released = freigegeben { $date }
app-preservation-saved = Sicherungsanordnung aktualisiert.
app-answered = beantwortet

## ENISA severity

app-enisa-title = Schweregrad (ENISA-Methode: SE = DPC × EI + CB)
app-enisa-dpc-simple = einfache Daten
app-enisa-dpc-behavioural = Verhaltensdaten
app-enisa-dpc-financial = Finanzdaten
app-enisa-dpc-sensitive = sensible Daten (Art. 9/10)
app-enisa-ei-negligible = vernachlässigbar
app-enisa-ei-limited = begrenzt
app-enisa-ei-significant = erheblich
app-enisa-ei-maximum = maximal
app-enisa-cb-none = keine
app-enisa-cb-c-none = keine, oder offengelegt ohne Hinweis auf unrechtmäßige Verarbeitung
app-enisa-cb-known-recipients = einer bekannten Zahl von Empfängern offengelegt
app-enisa-cb-unknown-recipients = einer unbekannten Zahl von Empfängern offengelegt
app-enisa-cb-recoverable = wiederherstellbar
app-enisa-cb-unrecoverable = nicht wiederherstellbar
app-enisa-cb-temporary = vorübergehend nicht verfügbar
app-enisa-cb-permanent = dauerhaft nicht verfügbar
app-enisa-malicious = Böswillige Absicht (+0,5)
app-enisa-empty = Wählen Sie den Verarbeitungskontext und die Identifizierbarkeit, um den Wert zu sehen.
app-enisa-clamped = Der angepasste Kontext ist auf 1–4 begrenzt: { $dpc }.
app-enisa-suggestion = Ein Vorschlag: Sie entscheiden unten über das Risiko und begründen es.
app-notify-authorities = zu benachrichtigende Behörden
app-notify-authorities-help = Leer lassen, um die federführende Behörde zu benachrichtigen. Wählen Sie mehrere, wenn es keine federführende Behörde gibt (Art. 3 Abs. 2 DSGVO: jede Behörde, in deren Land Betroffene leben). Mehrfachauswahl mit Strg+Klick.
app-affected-controllers = betroffene Verantwortliche
app-art34-none = keine Ausnahme: benachrichtigen

## Classification

app-incident-regimes = Regelwerke und Einstufung
app-incident-regimes-own = Für diesen Vorfall andere Regelwerke als die der Organisation anwenden
app-classification = Einstufung nach NIS2 / DORA / CRA
app-classification-intro = Erfassen Sie, wann der Vorfall als erheblich (NIS2) oder als schwerwiegend (DORA) eingestuft wurde oder wann Sie von einer aktiv ausgenutzten Schwachstelle oder einem schwerwiegenden Sicherheitsvorfall in einem Ihrer Produkte Kenntnis erlangt haben (CRA): Die Meldefristen laufen ab diesem Zeitpunkt.
app-classified-at = eingestuft am
app-classify = Einstufen
app-classify-as-nis2 = NIS2: erheblicher Sicherheitsvorfall
app-classify-as-dora = DORA: schwerwiegender IKT-Vorfall
app-classified-nis2 = NIS2 erheblich seit
app-classified-dora = DORA schwerwiegend seit
app-classify-as-cra = CRA: Produkt mit digitalen Elementen
app-classified-cra = CRA-Meldung, Kenntnis seit
app-cra-aware-at = Kenntnis erlangt am
app-milestones = Wiederherstellung und Korrekturmaßnahmen
app-milestones-intro = Spätere Meldungen laufen ab diesen Zeitpunkten: Der Abschlussbericht nach der CRA zu einer aktiv ausgenutzten Schwachstelle ist 14 Tage nach Verfügbarkeit einer Korrektur- oder Abhilfemaßnahme fällig (Verordnung (EU) 2024/2847 Art. 14 Abs. 2 Buchst. c); der aktualisierte Zwischenbericht nach DORA ist geschuldet, sobald die regulären Tätigkeiten wiederhergestellt sind (Delegierte Verordnung (EU) 2025/301 Art. 5 Abs. 1 Buchst. b). Lassen Sie einen Zeitpunkt leer, solange er nicht bekannt ist; ein geleertes Feld löscht ihn.
app-report-request = Vom CSIRT angeforderter Bericht
app-report-request-intro = Das CSIRT kann einen Zwischenbericht über relevante Statusaktualisierungen anfordern (NIS2 Art. 23 Abs. 4 Buchst. c; CRA Art. 14 Abs. 6: das als Koordinator benannte CSIRT). Keine der beiden Vorschriften nennt eine Frist: Der Bericht ist fällig, wann die Anforderung es sagt; lassen Sie die Frist leer, wenn sie keine nennt (dann ist er nie verspätet).
app-report-request-nis2 = NIS2: Zwischenbericht (Art. 23 Abs. 4 Buchst. c)
app-report-request-cra = CRA: Zwischenbericht (Art. 14 Abs. 6)
app-report-requested-at = Anforderung eingegangen am
app-report-request-due = fällig laut Anforderung (optional)
app-report-request-save = Anforderung erfassen

## Regulation settings

app-regimes-title = Regelwerke
app-regimes-intro = Die Gesetze, deren Meldepflichten für Ihre Organisation gelten. Vorfälle erhalten Pflichten nach diesen Regelwerken.
app-rules-title = Fristenregeln
app-rules-warning = Die Stundenzahl einer Regel kann nur verkürzt werden (eine strengere interne Frist): Das Gesetz ändert sich nicht durch eine Einstellung. Eine kürzere Frist gilt für künftig eröffnete Pflichten; bereits eröffnete Pflichten behalten ihre ursprünglichen Bedingungen.
app-dora-entity-help = DORA: Eine Frist an einem Wochenende oder Feiertag verschiebt sich auf 12:00 Uhr des nächsten Arbeitstags (Delegierte Verordnung (EU) 2025/301 Art. 5 Abs. 4), nicht aber die Erst- und die Zwischenmeldung von Kreditinstituten, zentralen Gegenparteien, Betreibern von Handelsplätzen und wesentlichen oder wichtigen Einrichtungen nach NIS2 (Art. 5 Abs. 5). Solange nicht beides angegeben ist, verschieben sich diese beiden nicht.
app-rule-reset = Auf { $hours } Std. zurücksetzen
app-rule-overridden = geändert (gesetzlich { $hours } Std.)
app-controllers-title = Verantwortliche (Rolle Auftragsverarbeiter)
app-controllers-intro = Die Organisationen, in deren Auftrag Sie personenbezogene Daten verarbeiten. Jede wird über eine Verletzung (Art. 33 Abs. 2 DSGVO) innerhalb der vertraglichen Frist informiert, ohne vertragliche Frist unverzüglich.
app-targets-title = Interne Zielvorgabe und DORA-Fristverschiebung
app-undue-target-none = keine
app-undue-target-help = Stunden ab Fristbeginn für Pflichten, die „unverzüglich“ zu erfüllen sind. Wird neben der verstrichenen Zeit angezeigt; eine solche Pflicht gilt nie als verspätet.
app-rollover-off = aus
app-rollover-help = DORA-Fristen, die auf ein Wochenende oder einen gesetzlichen Feiertag dieses Landes fallen, verschieben sich auf 12:00 Uhr des nächsten Arbeitstags.
app-no-controllers = Noch keine Verantwortlichen.

## Timeline event kinds of the regulation engine

app-event-controller-added = Verantwortlicher angelegt
app-event-incident-classified = Eingestuft (NIS2/DORA/CRA)
app-event-incident-regimes-set = Regelwerke geändert
app-event-obligation-opened = Pflicht eröffnet
app-event-obligation-anchor-changed = Frist verschoben
app-event-obligation-not-required = Pflicht nicht erforderlich
app-event-obligation-reinstated = Pflicht wiederhergestellt
app-event-filing-recorded = Meldung erfasst
app-event-rule-changed = Regel geändert
app-event-regulation-settings-changed = Regelwerkseinstellungen geändert
app-event-authority-contact-logged = Behördenkontakt erfasst

# Auswahl des Sicherungsordners (Einstellungen → Verschlüsselte Sicherungen); der Titel ist der des Systemdialogs.
app-backup-pick = Ordner wählen…
app-backup-pick-title = Ordner für verschlüsselte Sicherungen wählen

# Ein Text, der länger ist, als der Kern annimmt: neben dem Feld angezeigt, der Text bleibt wie er ist.
app-too-long = Höchstens { $max } Zeichen ({ $count } eingegeben): nichts wurde abgeschnitten, kürzen Sie den Text, um ihn zu speichern.
## Schlüssel (Erinnerung, Einstellungen → Schlüssel, neue Passphrase nach Entsperren mit dem Wiederherstellungsschlüssel)

app-reminder-text = Der Wiederherstellungsschlüssel wurde nicht bestätigt. Geht die Passphrase verloren, öffnet nur der Wiederherstellungsschlüssel das Register.
app-reminder-confirm = Jetzt bestätigen
app-reminder-type = Geben Sie den ganzen Wiederherstellungsschlüssel ein
app-recovery-confirmed = Wiederherstellungsschlüssel bestätigt.
app-keys-title = Schlüssel
app-keys-intro = Wie das Register entsperrt wird. Jede Änderung wird im Journal festgehalten.
app-keys-passphrase = Passphrase
app-keys-change-passphrase = Passphrase ändern
app-keys-set-passphrase = Passphrase festlegen
app-keys-current-passphrase = Aktuelle Passphrase
app-keys-new-passphrase = Neue Passphrase
app-keys-passphrase-changed = Passphrase geändert.
app-keys-has-passphrase = Das Register öffnet sich mit einer Passphrase.
app-keys-no-passphrase = Dieses Register hat keine Passphrase: Es öffnet sich mit dem Schlüsselbund oder dem Wiederherstellungsschlüssel.
app-keys-recovery = Wiederherstellungsschlüssel
app-keys-recovery-confirmed = Bestätigt: Der aktuelle Wiederherstellungsschlüssel wurde zurückgetippt.
app-keys-recovery-unconfirmed = Nicht bestätigt: Der aktuelle Wiederherstellungsschlüssel wurde noch nicht zurückgetippt.
app-keys-new-recovery = Neuen Wiederherstellungsschlüssel ausstellen
app-keys-new-recovery-warning = Der aktuelle Wiederherstellungsschlüssel öffnet das Register nicht mehr, sobald der neue ausgestellt ist. Ältere Sicherungen öffnen sich weiter mit dem alten Schlüssel.
app-keys-issue = Neuen Schlüssel ausstellen
app-keys-new-recovery-title = Ihr neuer Wiederherstellungsschlüssel
app-keys-new-recovery-intro = Der alte Wiederherstellungsschlüssel öffnet das Register nicht mehr. Speichern oder drucken Sie das Wiederherstellungsset, bewahren Sie es getrennt von diesem Computer auf und bestätigen Sie dann den neuen Schlüssel.
app-keys-confirm-key = Schlüssel bestätigen
app-keys-later = Später bestätigen
app-keys-keyring = Schlüsselbund des Betriebssystems
app-keys-keyring-on = Der Schlüssel liegt im Schlüsselbund dieses Computers: Das Register öffnet sich mit einem Klick.
app-keys-keyring-off = Der Schlüssel liegt nicht im Schlüsselbund.
app-keys-keyring-enable = Schlüssel im Schlüsselbund speichern
app-keys-keyring-disable = Schlüssel aus dem Schlüsselbund entfernen
app-keys-keyring-unavailable = Auf diesem Computer ist kein Schlüsselbund des Betriebssystems verfügbar.
app-newpass-title = Neue Passphrase festlegen
app-newpass-intro = Sie haben das Register mit dem Wiederherstellungsschlüssel entsperrt. Legen Sie eine neue Passphrase fest, bevor Sie fortfahren: Die alte ist verloren oder jemand anderes kennt sie vielleicht.
app-newpass-save = Passphrase festlegen

## Beweisdateien auf der Vorfallseite.
app-evidence-title = Beweisdateien
app-evidence-intro = Polizeiliche Anzeige, Screenshots, Protokolle, die Eingangsbestätigung einer Behörde: verschlüsselt im Register aufbewahrt, der SHA-256 jeder Datei im Journal festgehalten.
app-evidence-none = Noch keine Beweisdateien.
app-evidence-note = Notiz zur nächsten Datei (optional)
app-evidence-add = Datei beifügen…
app-evidence-adding = Die Datei wird im Register gespeichert…
app-evidence-added = { $name } beigefügt: { $size }.
app-evidence-export = Kopie speichern…
app-evidence-exported = Gespeichert unter { $path }; der SHA-256 stimmt mit dem Journal überein.
app-evidence-added-by = hinzugefügt { $date } von { $who }
app-evidence-exports = { $count ->
    [one] einmal exportiert
   *[other] { $count }-mal exportiert
}
app-evidence-erased = Inhalt mit der Schwärzung gelöscht.
app-evidence-pick-title = Datei wählen, die als Beweis beigefügt wird
app-evidence-save-title = Kopie der Beweisdatei speichern
app-event-evidence-added = Beweisdatei hinzugefügt
app-event-evidence-exported = Beweisdatei exportiert

## Native menu, other registers, printing, keyboard shortcuts
app-menu-file = Datei
app-menu-new-incident = Neuer Vorfall
app-menu-open-register = Anderes Register öffnen…
app-menu-recent = Zuletzt geöffnete Register
app-menu-recent-none = Noch kein anderes Register
app-menu-print = Bericht drucken…
app-menu-lock = Sperren
app-menu-quit = Beenden
app-menu-edit = Bearbeiten
app-menu-cut = Ausschneiden
app-menu-copy = Kopieren
app-menu-paste = Einfügen
app-menu-select-all = Alles auswählen
app-menu-help = Hilfe
app-menu-shortcuts = Tastenkürzel
app-menu-about = Über Breachlog
app-about-comments = Register für Sicherheitsvorfälle und Datenpannen mit den Fristen von DSGVO, NIS2 und DORA, in einer verschlüsselten Datei auf diesem Computer.
app-open-register-title = Anderes Register öffnen
app-open-register-filter = Breachlog-Register
app-error-not-recent = Dieses Register steht nicht in der Liste der zuletzt geöffneten Register: Öffnen Sie es mit „Anderes Register öffnen…“.
app-error-register-missing = Unter { $path } gibt es kein Register mehr (verschoben oder gelöscht).
app-error-menu = Das Menü konnte nicht erstellt werden: { $error }
app-error-viewer = Der Bericht wurde unter { $path } gespeichert, aber kein PDF-Betrachter ließ sich zum Drucken öffnen: { $error }
app-shortcuts-heading = Tastenkürzel
app-shortcuts-close = Schließen
app-shortcut-new-incident = Neuen Vorfall erfassen
app-shortcut-open-register = Anderes Register öffnen
app-shortcut-print = Aktuellen Bericht drucken (den des Vorfalls, in „Berichte“ den gewählten, sonst das Register)
app-shortcut-lock = Register sperren
app-shortcut-quit = Beenden (sperrt das Register)
app-shortcut-shortcuts = Diese Übersicht zeigen
app-shortcut-close = Dialog schließen
app-unlock-other-register = Anderes Register öffnen…
app-unlock-recent = Zuletzt geöffnete Register
app-reports-print = Drucken…

# Date and time inputs: the format hint (the placeholder) and the problems shown under the field.
app-datetime-format = TT.MM.JJJJ HH:MM
app-date-format = TT.MM.JJJJ
app-datetime-invalid = Kein gültiges Datum: bitte als { $format } eingeben
app-datetime-gap = { $value } gibt es in { $zone } nicht: zu dieser Stunde wird die Uhr vorgestellt
# The lead authority picker (searchable registry).
app-authority-search = Nach Name, Land oder Kürzel suchen
app-authority-none-found = Keine Behörde gefunden
app-authority-list-unavailable = Die Liste der Behörden konnte nicht geladen werden

# Kunden (Verantwortliche, für die wir Daten verarbeiten).
app-nav-customers = Kunden
app-customers-title = Kunden
app-customers-intro = Die Verantwortlichen, für die Sie personenbezogene Daten verarbeiten: Land, Sprache, federführende Aufsichtsbehörde, vertragliche Meldefrist und Kontakte. Eine Verletzung ihrer Daten ergibt für jeden eine eigene Meldung.
app-customers-add = Kunden hinzufügen
app-customers-edit = Bearbeiten
app-customers-remove = Entfernen
app-customers-remove-confirm = { $name } entfernen? Bereits fällige Meldungen an ihn bleiben bestehen.
app-customers-removed = { $name } entfernt.
app-customers-saved = { $name } gespeichert.
app-customers-import = CSV importieren…
app-customers-pick-title = Kunden-CSV-Datei wählen
app-customers-preview-title = Importvorschau (noch nichts geschrieben)
app-customers-preview-ok = { $rows } Zeilen: { $added } hinzuzufügen, { $changed } zu ändern, { $unchanged } unverändert.
app-customers-preview-refused = { $count ->
    [one] Eine Zeile wird abgelehnt; korrigieren Sie die Datei und importieren Sie erneut. Nichts wird importiert.
   *[other] { $count } Zeilen werden abgelehnt; korrigieren Sie die Datei und importieren Sie erneut. Nichts wird importiert.
}
app-customers-preview-line = Zeile { $line }:
app-customers-import-confirm = Importieren
app-customers-imported = Importiert: { $added } hinzugefügt, { $changed } geändert.
app-customers-empty = Noch keine Kunden
app-customers-empty-body = Fügen Sie sie einzeln hinzu oder importieren Sie eine CSV-Datei mit den Spalten name, country, language, authority, notice_hours, contact, contract_reference.
app-customers-search = Name, Kontakt, Behörde suchen…
app-customers-all-countries = Alle Länder
app-customers-page = Die ersten { $shown } von { $matching } werden angezeigt. Suchen oder filtern, um einen zu finden.
app-customers-more = { $count } weitere anzeigen
app-customers-count = { $shown } von { $total }
app-customers-actions = Aktionen
app-customers-contacts-hint = einer pro Zeile
app-customers-hours-number = Geben Sie ganze Stunden ein oder lassen Sie das Feld leer für „unverzüglich“.
app-impacts-title = Auswirkung je Kunde
app-impacts-intro = Was dieser Vorfall mit den Daten jedes Kunden getan hat. Die Meldung an jeden Kunden enthält seine eigenen Zahlen, Kategorien und Länder; ein Kunde, dessen Betroffenheit noch nicht bekannt ist, erhält eine Meldung, die das sagt.
app-impacts-people = Personen
app-impacts-records = Datensätze
app-impacts-countries = Länder
app-impacts-unknown = noch nicht bekannt
app-impacts-totals = { $known } von { $customers } Kunden bekannt: insgesamt { $subjects } Personen, { $records } Datensätze.
app-impacts-estimate = Schätzung für den ganzen Vorfall: { $subjects } Personen, { $records } Datensätze.
app-impacts-items-hint = mit ; oder , trennen
app-impacts-saved = Auswirkung auf { $name } gespeichert.
app-first-run-have-register = Sie haben schon ein Register?
app-first-run-open-register = Öffnen…
app-what-if-title = Was wäre, wenn…
app-what-if-not-law = Vorschlag — nicht das geltende Recht. Hier steht jede Pflicht, wie sie jetzt ist und wie sie wäre, wenn der Vorschlag angenommen würde; nichts wird gespeichert, keine Frist ändert sich.

## Kunden benachrichtigen (Auftragsverarbeiter): eine Mitteilung je Kunde, Entwurf → versandt → bestätigt
app-notify-button = Kunden benachrichtigen
app-notify-back = Zurück zum Vorfall
app-notify-title = Kunden benachrichtigen
app-notify-intro = Eine Mitteilung je betroffenem Kunden, mit eigenen Zahlen, Sprache und Recht. Erstellen Sie die PDFs für die ausgewählten Kunden, versenden Sie sie, markieren Sie sie als versandt und erfassen Sie dann die Eingangsbestätigung jedes Kunden. Eine Erinnerung erscheint, wenn eine versandte Mitteilung nicht innerhalb der unter Einstellungen festgelegten Stunden bestätigt wird; sie ist keine gesetzliche Frist.
app-notify-none = Keine Kundenmitteilungen: Der Vorfall hat keine betroffenen Kunden in der Rolle als Auftragsverarbeiter.
app-notify-counts = { $draft } Entwurf · { $sent } versandt · { $acknowledged } bestätigt
app-notify-reminders = { $count ->
    [one] 1 Erinnerung
   *[other] { $count } Erinnerungen
}
app-notify-search = Name, Land, Sprache oder Kontakt suchen
app-notify-filter = Status
app-notify-filter-all = Alle Status
app-notify-filter-reminder = Erinnerung fällig
app-notify-selected = { $count } ausgewählt
app-notify-select-all = Alle angezeigten auswählen
app-notify-prepare = Mitteilungen erstellen…
app-notify-pick-folder = Ordner für die Kundenmitteilungen
app-notify-progress = { $done } von { $total } Mitteilungen geschrieben
app-notify-prepared = { $count ->
    [one] 1 Mitteilung nach { $dir } geschrieben
   *[other] { $count } Mitteilungen nach { $dir } geschrieben
}
app-notify-mark-sent = { $count ->
    [one] 1 als versandt markieren
   *[other] { $count } als versandt markieren
}
app-notify-mark-sent-intro = { $count ->
    [one] Erfasst die Meldung der ausgewählten Entwurfsmitteilung: wann und wie sie versandt wurde.
   *[other] Erfasst je eine Meldung für die { $count } ausgewählten Entwurfsmitteilungen: wann und wie sie versandt wurden.
}
app-notify-reference-placeholder = z. B. Betreff oder Message-ID der E-Mail
app-notify-marked-sent = { $count ->
    [one] 1 Mitteilung als versandt markiert.
   *[other] { $count } Mitteilungen als versandt markiert.
}
app-notify-country-language = Land · Sprache
app-notify-contact = Kontakt
app-notify-status = Mitteilung
app-notify-record-ack = Eingangsbestätigung erfassen
app-notify-ack-at = Bestätigt am
app-notify-ack-by = Von (beim Kunden)
app-notify-acknowledged = Eingangsbestätigung von { $name } erfasst.
app-notice-reminder-default = { $hours } (Standard)
app-notice-reminder-help = Stunden nach dem Versand einer Kundenmitteilung, bis eine fehlende Eingangsbestätigung als Erinnerung erscheint; 0 = nie. Eine Erinnerung, nie eine gesetzliche Frist.

app-tsa-title = Vertrauenswürdige Zeitstempel
app-tsa-intro = Ein Zeitstempeldienst (RFC 3161) bestätigt, dass das Journal spätestens zu einem bestimmten Zeitpunkt bestand. So kann niemand – auch nicht, wer den Schlüssel dieses Registers hat – später umschreiben, was davor liegt. Tragen Sie die URL des Dienstes und das CA-Zertifikat ein, auf das seine Zeitstempel zurückgehen müssen; die Zeitstempel werden offline dagegen geprüft. Ein qualifizierter Dienst nach eIDAS begründet eine gesetzliche Vermutung für Datum und Unversehrtheit. Die App fordert nach jedem Checkpoint einen Zeitstempel an, und später erneut, solange der Dienst nicht erreichbar ist.
app-tsa-none = Noch kein Zeitstempeldienst eingerichtet.
app-tsa-add = CA-Zertifikat wählen und hinzufügen …
app-tsa-ca-dialog = CA-Zertifikat des Zeitstempeldienstes
app-tsa-ca-filter = Zertifikate (PEM oder DER)
app-tsa-ca = Vertrauensanker: { $subject } · hinzugefügt { $time }
app-tsa-added = { $url } hinzugefügt. Ein Zeitstempel wird in Kürze angefordert.
app-tsa-remove = Entfernen
app-tsa-remove-label = { $url } entfernen
app-tsa-remove-confirm = Diesen Dienst nicht mehr fragen? Seine Zeitstempel bleiben im Journal und werden weiter geprüft.
app-timestamp-now = Jetzt einen Zeitstempel anfordern
app-timestamp-done = Zeitstempel vom { $time } gespeichert (Ereignis { $seq }).

## Issue 14: was die Formulare zusätzlich fragen, die festen Angaben der Organisation, der Meldeweg der Behörde
app-form-answers = Was die Formulare der Behörden zusätzlich fragen
app-form-answers-help = Die niederländische AP und die CNIL fragen dies in ihren Formularen; Unbeantwortetes erscheint im Entwurf als fehlend.
app-unknown-choice = nicht beantwortet
app-draft-unanswered = { $count ->
    [one] Eine Antwort, die das Formular verlangt, steht noch nicht im Datensatz:
   *[other] { $count } Antworten, die das Formular verlangt, stehen noch nicht im Datensatz:
}
app-org-standing = Gesetzlicher Vertreter, Registernummer und Datenschutzbeauftragte/r
app-org-standing-help = Einmal erfasst, in jedem Meldungsentwurf verwendet. SIREN (Frankreich: 9 Ziffern), KvK (Niederlande: 8 Ziffern) oder Handelsregisternummer; „none“, wenn die Organisation keine hat.
app-org-dora-profile = DORA: das Unternehmen in jeder Meldung schwerwiegender Vorfälle
app-org-dora-profile-help = Felder 1.3 und 1.7–1.15 des Anhangs I der Durchführungsverordnung (EU) 2025/302, einmal erfasst und in jeder DORA-Meldung verwendet; die eigene Antwort eines Vorfalls auf ein Feld geht für diesen Vorfall weiterhin vor.
app-authority-channel = So wird gemeldet
app-authority-not-confirmed = nicht bestätigt
app-authority-attachments-yes = Anhänge möglich
app-authority-attachments-no = keine Anhänge
app-authority-source = Quelle, geprüft am { $checked }

## Der Freigabestatus des Team-Registers in der oberen Leiste (docs/team.md).
app-team-shared = Geteilt
app-team-up-to-date = aktuell
app-team-pending = { $count ->
    [one] 1 ausstehend
   *[other] { $count } ausstehend
}
app-team-offline-since = offline seit { $time }
app-team-conflicts = { $count ->
    [one] 1 Konflikt
   *[other] { $count } Konflikte
}
app-team-reissue = { $count ->
    [one] 1 Bericht neu ausstellen
   *[other] { $count } Berichte neu ausstellen
}
app-team-reissue-title = Ausgestellt, bevor Ihre Ereignisse gesendet waren; die Ereignisse eines anderen Mitglieds kamen zuerst, daher gibt es den darin genannten Journalstand nicht mehr. Bitte neu ausstellen: { $serials }
app-team-title = Team-Server { $server }, Sie sind { $member }. Klicken, um jetzt zu synchronisieren.

# The Art 34 letter edited before issuing (issue 14 item 5)
app-letter-edit = Bearbeiten
app-letter-save = Text speichern
app-letter-reset = Zurück zum vorgeschlagenen Text
app-letter-edited = bearbeitet
app-letter-hint = Dieses Schreiben richtet sich an die betroffenen Personen, mit Hinweisen passend zu den betroffenen Datenarten. Lesen und bearbeiten Sie es, bevor Sie es versenden: Der gespeicherte Text ist das, was das PDF und die Meldung festhalten (Art. 34 Abs. 2 DSGVO).
app-draft-dora = DORA-Meldung
app-dora-stage-initial = Erstmeldung
app-dora-stage-intermediate = Zwischenbericht
app-dora-stage-final = Abschlussbericht
app-draft-missing-dora = { $count ->
    [one] Ein Feld, das Anhang II für diesen Bericht verpflichtend macht, ist noch leer; die Übermittlung wird abgelehnt, bis es beantwortet ist (oder als ohne es gesendet erfasst wird):
   *[other] { $count } Felder, die Anhang II für diesen Bericht verpflichtend macht, sind noch leer; die Übermittlung wird abgelehnt, bis sie beantwortet sind (oder als ohne sie gesendet erfasst wird):
}
app-filing-missing-blocking = { $count ->
    [one] Ein Feld, das das Gesetz für diesen Bericht verpflichtend macht, ist noch leer; die Übermittlung wird abgelehnt, bis es beantwortet ist:
   *[other] { $count } Felder, die das Gesetz für diesen Bericht verpflichtend macht, sind noch leer; die Übermittlung wird abgelehnt, bis sie beantwortet sind:
}
app-filing-missing-shown = { $count ->
    [one] Eine Angabe, die diese Übermittlung enthalten sollte, fehlt noch (Sie können jetzt übermitteln und sie nachreichen):
   *[other] { $count } Angaben, die diese Übermittlung enthalten sollte, fehlen noch (Sie können jetzt übermitteln und sie nachreichen):
}
app-filing-without-missing = Sie wurde ohne diese Felder gesendet (als unvollständig erfassen)
app-draft-nis2 = NIS2-Meldung an das CSIRT
app-draft-missing-nis2 = { $count ->
    [one] Ein Feld, das NIS2 Art. 23 Abs. 4 oder das Formular des Meldewegs verlangt, ist noch leer:
   *[other] { $count } Felder, die NIS2 Art. 23 Abs. 4 oder das Formular des Meldewegs verlangen, sind noch leer:
}
app-nis2-channel = Meldeweg (CSIRT)
app-nis2-channel-default = Land der federführenden Behörde
app-nis2-channel-nl = Niederlande: NCSC-NL
app-nis2-channel-be = Belgien: CCB
app-nis2-channel-de = Deutschland: BSI
app-nis2-channel-fr = Frankreich: ANSSI / CERT-FR
app-nis2-language-default = Sprache des Meldewegs
app-draft-cra = CRA-Meldung
app-draft-missing-cra = { $count ->
    [one] Eine Angabe, die dieser Bericht nach Artikel 14 mindestens enthält, ist noch leer; die Übermittlung wird abgelehnt, bis sie beantwortet ist (oder als ohne sie gesendet erfasst wird):
   *[other] { $count } Angaben, die dieser Bericht nach Artikel 14 mindestens enthält, sind noch leer; die Übermittlung wird abgelehnt, bis sie beantwortet sind (oder als ohne sie gesendet erfasst wird):
}
