# Breachlog Desktop-App — deutsche Texte nur für die App (sie nutzt auch breachlog.ftl).

## Fehler, die der Kern nicht kennt

app-error-locked = Das Register ist gesperrt. Entsperren Sie es, um fortzufahren.
app-error-heading = Breachlog konnte nicht starten
app-retry = Erneut versuchen

## Benachrichtigungen

app-notify-heading = Breachlog-Frist
app-notify-threshold = { $title }: Die 72-Stunden-Meldefrist der DSGVO endet in weniger als { $hours } h.
app-notify-overdue = { $title }: Die 72-Stunden-Meldefrist der DSGVO ist abgelaufen.

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
app-creating = Wird angelegt… (die Schlüsselableitung dauert einige Sekunden)
app-recovery-title = Ihr Wiederherstellungsschlüssel
app-recovery-intro = Dieser Schlüssel öffnet das Register, falls die Passphrase verloren geht. Er wird nur jetzt angezeigt: Schreiben Sie ihn auf oder legen Sie ihn in Ihrem Passwort-Manager ab, getrennt von diesem Computer.
app-recovery-stored = Ich habe den Wiederherstellungsschlüssel sicher aufbewahrt.
app-recovery-confirm = Geben Sie zur Bestätigung die letzten { $count } Zeichen des Schlüssels ein
app-recovery-continue = Weiter zum Register

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
app-search-placeholder = Titel oder ID suchen…
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
app-deadline = Nächste Frist
app-deadline-gdpr = Art. 33 DSGVO: Meldung an die Behörde (72 h)
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
app-event-session-unlocked = Entsperrt
app-event-session-locked = Gesperrt
app-event-journal-exported = Journal exportiert

## Integrität

app-integrity-title = Integrität
app-integrity-intro = Jede Änderung ist ein Ereignis in einer Hash-Kette. Die Prüfung berechnet jeden Hash neu und baut jede Tabelle aus den Ereignissen wieder auf; sie läuft auch bei jedem Entsperren. Bewahren Sie den Kopf-Hash an anderer Stelle auf, um ein umgeschriebenes Register zu erkennen.
app-integrity-failed = Integritätsprüfung fehlgeschlagen.
app-verify-ok = Das Journal und alle Tabellen sind unverändert.
app-not-verified = In dieser Sitzung noch nicht geprüft.
app-event-count = Ereignisse
app-head-hash = Kopf-Hash
app-checked-at = Geprüft
app-verify-now = Jetzt prüfen
app-verifying = Wird geprüft…

## Einstellungen

app-settings-title = Einstellungen
app-org-profile = Organisationsprofil
app-preferences = Präferenzen
