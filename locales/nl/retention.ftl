## Bewaring en verwijdering van persoonsgegevens (afgesloten incidenten)

field-reason = reden
field-retention = bewaartermijn
field-retention-months = bewaartermijn in maanden
field-retention-by-category = bewaartermijn per categorie
field-backup-interval-hours = uren tussen geplande back-ups
field-backup-keep = aantal te bewaren back-ups
reason-redacted = de persoonsgegevens van het incident zijn verwijderd; het kan niet meer worden gewijzigd
reason-not-closed = alleen van afgesloten incidenten kunnen de persoonsgegevens worden verwijderd
reason-retention-running = de bewaartermijn loopt tot { $until } (gebruik --early voor een verzoek om gegevenswissing)
integrity-sealed-mismatch = de opgeslagen waarde van het persoonsgegevensveld { $path } komt niet overeen met de vastlegging in het journaal (ze is gewijzigd)
integrity-sealed-missing = de waarde van het persoonsgegevensveld { $path } is verwijderd zonder vastgelegde verwijdering
integrity-sealed-orphan = een opgeslagen waarde ({ $path }) hoort bij geen enkel persoonsgegevensveld van de gebeurtenis
cli-retention-none = Geen enkel afgesloten incident bevat persoonsgegevens.
cli-retention-col-category = Categorie
cli-retention-col-closed = Afgesloten
cli-retention-col-until = Bewaren tot
cli-retention-due = verwijdering vereist
cli-retention-running = bewaard
cli-retention-clear-text = Incident { $incident }: { $count ->
    [one] gebeurtenis { $events } is
   *[other] gebeurtenissen { $events } zijn
} geschreven voordat deze teksten werden verzegeld en { $count ->
    [one] bevat
   *[other] bevatten
} ze leesbaar in het journaal, de exports en bundels ervan; redactie wist ze in het register, de rapporten en exports, maar de keten kan niet veranderen wat geschreven is.
cli-redacted = { $fields ->
    [one] { $fields } persoonsgegevensveld
   *[other] { $fields } persoonsgegevensvelden
} in { $events ->
    [one] { $events } journaalgebeurtenis
   *[other] { $events } journaalgebeurtenissen
} verwijderd (gebeurtenis { $seq }).
retention-reports-deleted = { $count ->
    [one] Het opgeslagen rapport met de gewiste teksten is verwijderd: { $serials }.
   *[other] { $count } opgeslagen rapporten met de gewiste teksten zijn verwijderd: { $serials }.
}
cli-verify-redaction = Verwijdering bij gebeurtenis { $seq } ({ $date }): incident { $incident }, { $fields ->
    [one] { $fields } veld
   *[other] { $fields } velden
} in { $events ->
    [one] { $events } gebeurtenis
   *[other] { $events } gebeurtenissen
} gewist. Reden: { $reason }

## Desktop: backups and retention (settings screen)

app-backup-title = Versleutelde back-ups
app-backup-intro = Zolang het register geopend is, schrijft de app met de gekozen tussenpoos een versleutelde back-up naar deze map, bewaart de nieuwste en verwijdert oudere. Een hersteltest opent de nieuwste back-up in een tijdelijk register en controleert die volledig.
app-backup-last = Laatste back-up
app-backup-last-test = Laatste hersteltest
app-backup-next = Volgende geplande back-up
app-backup-never = nooit
app-backup-no-folder = geen map gekozen: geen geplande back-ups
app-backup-files = { $count ->
    [one] { $count } back-up in de map
   *[other] { $count } back-ups in de map
}
app-backup-test-passed = geslaagd
app-backup-test-failed = mislukt
app-backup-now = Nu back-up maken
app-backup-test-now = Herstel van de nieuwste back-up testen
app-backup-done = Back-up geschreven.
app-backup-test-ok = Hersteltest geslaagd: { $file } opent en is gecontroleerd ({ $events } gebeurtenissen).
app-retention-title = Bewaring van persoonsgegevens
app-retention-intro = Afgesloten incidenten bewaren hun persoonsgegevens (namen, beschrijvingen, notities, teksten van de beoordeling) zoveel maanden; daarna stelt de app voor ze te verwijderen. De feiten die het register van datalekken nodig heeft blijven, en het journaal blijft controleerbaar.
app-retention-due = { $count ->
    [one] De bewaartermijn van { $count } afgesloten incident is verstreken: verwijdering wordt voorgesteld.
   *[other] De bewaartermijn van { $count } afgesloten incidenten is verstreken: verwijdering wordt voorgesteld.
}
app-retention-review = Bekijken
app-retention-redact = Verwijderen
app-retention-redact-early = Eerder verwijderen…
app-retention-default-reason = Bewaartermijn van { $months } maanden verstreken
app-retention-confirm-title = Persoonsgegevens van ‘{ $title }’ verwijderen?
app-retention-confirm-body = Titels, beschrijvingen, eigenaren, notities, teksten van acties en van de beoordeling van dit incident worden definitief gewist, net als opgeslagen kopieën van rapporten erover. Dit kan niet ongedaan worden gemaakt; het journaal legt de verwijdering en de reden vast.
app-retention-early-warning = De bewaartermijn loopt tot { $until }. Verwijder alleen eerder om een reden zoals een verzoek om gegevenswissing.
app-retention-redacted = { $fields ->
    [one] { $fields } veld met persoonsgegevens verwijderd.
   *[other] { $fields } velden met persoonsgegevens verwijderd.
}
report-event-redacted = { $fields ->
    [one] { $fields } veld met persoonsgegevens gewist
   *[other] { $fields } velden met persoonsgegevens gewist
}: { $reason }
report-redacted = (verwijderd)
app-redacted-value = (verwijderd)
app-redacted-banner = De persoonsgegevens van dit incident zijn op { $date } verwijderd. Het blijft alleen-lezen bewaard voor het register.

## Journal event names (timeline and PDF reports)

app-event-backup-created = Back-up gemaakt
event-backup-created = Back-up gemaakt
app-event-backup-restore-tested = Herstel getest
event-backup-restore-tested = Herstel getest
app-event-backup-restored = Hersteld uit een back-up
event-backup-restored = Hersteld uit een back-up
app-event-bundle-exported = Auditpakket geëxporteerd
app-event-register-exported = Register geëxporteerd
app-event-report-issued = Rapport uitgegeven
app-event-key-passphrase-changed = Wachtwoordzin gewijzigd
event-key-passphrase-changed = Wachtwoordzin gewijzigd
app-event-key-rotated = Gegevenssleutel vernieuwd
event-key-rotated = Gegevenssleutel vernieuwd
app-event-key-keyring-added = Sleutel opgeslagen in de sleutelhanger van het systeem
event-key-keyring-added = Sleutel opgeslagen in de sleutelhanger van het systeem
app-event-key-keyring-removed = Sleutel verwijderd uit de sleutelhanger van het systeem
event-key-keyring-removed = Sleutel verwijderd uit de sleutelhanger van het systeem
app-event-controller-changed = Contract met de verwerkingsverantwoordelijke gewijzigd
event-controller-changed = Contract met de verwerkingsverantwoordelijke gewijzigd
app-event-incident-redacted = Persoonsgegevens verwijderd
event-incident-redacted = Persoonsgegevens verwijderd
event-controller-added = Verwerkingsverantwoordelijke toegevoegd
event-incident-classified = Geclassificeerd (NIS2/DORA/CRA)
event-incident-regimes-set = Regimes gewijzigd
event-obligation-opened = Verplichting ontstaan
event-obligation-anchor-changed = Termijn verschoven
event-obligation-not-required = Verplichting niet vereist
event-obligation-reinstated = Verplichting hersteld
event-filing-recorded = Melding vastgelegd
event-rule-changed = Regel gewijzigd
event-regulation-settings-changed = Regime-instellingen gewijzigd
event-authority-contact-logged = Contact met toezichthouder vastgelegd
