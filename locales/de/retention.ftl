## Aufbewahrung und Schwärzung personenbezogener Daten (abgeschlossene Vorfälle)

field-reason = Begründung
field-retention = Aufbewahrung
field-retention-months = Aufbewahrungsdauer in Monaten
field-retention-by-category = Aufbewahrungsdauer je Kategorie
field-backup-interval-hours = Stunden zwischen geplanten Sicherungen
field-backup-keep = Anzahl aufzubewahrender Sicherungen
reason-redacted = die personenbezogenen Daten des Vorfalls wurden geschwärzt; er kann nicht mehr geändert werden
reason-not-closed = nur abgeschlossene Vorfälle können geschwärzt werden
reason-retention-running = seine Aufbewahrungsfrist läuft bis { $until } (--early für einen Löschantrag verwenden)
integrity-sealed-mismatch = der gespeicherte Wert des personenbezogenen Feldes { $path } stimmt nicht mit der Festlegung im Journal überein (er wurde verändert)
integrity-sealed-missing = der Wert des personenbezogenen Feldes { $path } wurde ohne dokumentierte Schwärzung gelöscht
integrity-sealed-orphan = ein gespeicherter Wert ({ $path }) gehört zu keinem personenbezogenen Feld seines Ereignisses
cli-retention-none = Kein abgeschlossener Vorfall enthält personenbezogene Daten.
cli-retention-col-category = Kategorie
cli-retention-col-closed = Abgeschlossen
cli-retention-col-until = Aufbewahrung bis
cli-retention-due = Schwärzung fällig
cli-retention-running = aufbewahrt
cli-retention-clear-text = Vorfall { $incident }: { $count ->
    [one] Ereignis { $events } wurde
   *[other] Ereignisse { $events } wurden
} geschrieben, bevor diese Texte versiegelt wurden, und { $count ->
    [one] enthält
   *[other] enthalten
} sie im Journal, seinen Exporten und Bündeln im Klartext; die Schwärzung entfernt sie aus Register, Berichten und Exporten, aber die Kette kann Geschriebenes nicht ändern.
cli-redacted = { $fields ->
    [one] { $fields } personenbezogenes Feld
   *[other] { $fields } personenbezogene Felder
} in { $events ->
    [one] { $events } Journalereignis
   *[other] { $events } Journalereignissen
} geschwärzt (Ereignis { $seq }).
retention-reports-deleted = { $count ->
    [one] Den gespeicherten Bericht mit den gelöschten Texten gelöscht: { $serials }.
   *[other] { $count } gespeicherte Berichte mit den gelöschten Texten gelöscht: { $serials }.
}
cli-verify-redaction = Schwärzung bei Ereignis { $seq } ({ $date }): Vorfall { $incident }, { $fields ->
    [one] { $fields } Feld
   *[other] { $fields } Felder
} in { $events ->
    [one] { $events } Ereignis
   *[other] { $events } Ereignissen
} gelöscht. Begründung: { $reason }

## Desktop: backups and retention (settings screen)

app-backup-title = Verschlüsselte Sicherungen
app-backup-intro = Solange das Register geöffnet ist, schreibt die App im gewählten Abstand eine verschlüsselte Sicherung in diesen Ordner, behält die neuesten und löscht ältere. Ein Wiederherstellungstest öffnet die neueste Sicherung in einem temporären Register und prüft sie vollständig.
app-backup-last = Letzte Sicherung
app-backup-last-test = Letzter Wiederherstellungstest
app-backup-next = Nächste geplante Sicherung
app-backup-never = noch nie
app-backup-no-folder = kein Ordner gewählt: keine geplanten Sicherungen
app-backup-files = { $count ->
    [one] { $count } Sicherung im Ordner
   *[other] { $count } Sicherungen im Ordner
}
app-backup-test-passed = bestanden
app-backup-test-failed = fehlgeschlagen
app-backup-now = Jetzt sichern
app-backup-test-now = Wiederherstellung der neuesten Sicherung testen
app-backup-done = Sicherung geschrieben.
app-backup-test-ok = Wiederherstellungstest bestanden: { $file } lässt sich öffnen und prüfen ({ $events } Ereignisse).
app-retention-title = Aufbewahrung personenbezogener Daten
app-retention-intro = Abgeschlossene Vorfälle behalten ihre personenbezogenen Daten (Namen, Beschreibungen, Notizen, Texte der Bewertung) so viele Monate; danach schlägt die App deren Schwärzung vor. Die für das Verzeichnis der Verletzungen nötigen Fakten bleiben erhalten, und das Journal bleibt prüfbar.
app-retention-due = { $count ->
    [one] Die Aufbewahrungsfrist von { $count } abgeschlossenen Vorfall ist abgelaufen: die Schwärzung wird vorgeschlagen.
   *[other] Die Aufbewahrungsfrist von { $count } abgeschlossenen Vorfällen ist abgelaufen: die Schwärzung wird vorgeschlagen.
}
app-retention-review = Prüfen
app-retention-redact = Schwärzen
app-retention-redact-early = Vorzeitig schwärzen …
app-retention-default-reason = Aufbewahrungsfrist von { $months } Monaten abgelaufen
app-retention-confirm-title = Personenbezogene Daten von „{ $title }“ schwärzen?
app-retention-confirm-body = Titel, Beschreibungen, Verantwortliche, Notizen, Texte der Maßnahmen und der Bewertung dieses Vorfalls werden endgültig gelöscht, ebenso gespeicherte Kopien der Berichte dazu. Das lässt sich nicht rückgängig machen; das Journal dokumentiert die Schwärzung und ihre Begründung.
app-retention-early-warning = Seine Aufbewahrungsfrist läuft bis { $until }. Schwärzen Sie vorzeitig nur aus einem Grund wie einem Löschantrag.
app-retention-redacted = { $fields ->
    [one] { $fields } personenbezogenes Feld geschwärzt.
   *[other] { $fields } personenbezogene Felder geschwärzt.
}
report-event-redacted = { $fields ->
    [one] { $fields } personenbezogenes Feld gelöscht
   *[other] { $fields } personenbezogene Felder gelöscht
}: { $reason }
report-redacted = (geschwärzt)
app-redacted-value = (geschwärzt)
app-redacted-banner = Die personenbezogenen Daten dieses Vorfalls wurden am { $date } geschwärzt. Er bleibt für das Verzeichnis schreibgeschützt erhalten.

## Journal event names (timeline and PDF reports)

app-event-backup-created = Sicherung erstellt
event-backup-created = Sicherung erstellt
app-event-backup-restore-tested = Wiederherstellung getestet
event-backup-restore-tested = Wiederherstellung getestet
app-event-backup-restored = Aus einer Sicherung wiederhergestellt
event-backup-restored = Aus einer Sicherung wiederhergestellt
app-event-bundle-exported = Prüfpaket exportiert
app-event-register-exported = Verzeichnis exportiert
app-event-report-issued = Bericht erstellt
app-event-key-passphrase-changed = Passphrase geändert
event-key-passphrase-changed = Passphrase geändert
app-event-key-rotated = Datenschlüssel erneuert
event-key-rotated = Datenschlüssel erneuert
app-event-key-keyring-added = Schlüssel im Schlüsselbund des Systems gespeichert
event-key-keyring-added = Schlüssel im Schlüsselbund des Systems gespeichert
app-event-key-keyring-removed = Schlüssel aus dem Schlüsselbund des Systems entfernt
event-key-keyring-removed = Schlüssel aus dem Schlüsselbund des Systems entfernt
app-event-controller-changed = Vertrag mit dem Verantwortlichen geändert
event-controller-changed = Vertrag mit dem Verantwortlichen geändert
app-event-incident-redacted = Personenbezogene Daten geschwärzt
event-incident-redacted = Personenbezogene Daten geschwärzt
event-controller-added = Verantwortlicher angelegt
event-incident-classified = Eingestuft (NIS2/DORA/CRA)
event-incident-regimes-set = Regelwerke geändert
event-obligation-opened = Pflicht eröffnet
event-obligation-anchor-changed = Frist verschoben
event-obligation-not-required = Pflicht nicht erforderlich
event-obligation-reinstated = Pflicht wiederhergestellt
event-filing-recorded = Meldung erfasst
event-rule-changed = Regel geändert
event-regulation-settings-changed = Regelwerkseinstellungen geändert
event-authority-contact-logged = Behördenkontakt erfasst
