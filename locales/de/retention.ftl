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
cli-redacted = { $fields } personenbezogene Felder in { $events } Journalereignissen geschwärzt (Ereignis { $seq }).
cli-verify-redaction = Schwärzung bei Ereignis { $seq } ({ $date }): Vorfall { $incident }, { $fields } Felder in { $events } Ereignissen gelöscht. Begründung: { $reason }
