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
cli-redacted = { $fields } persoonsgegevensvelden in { $events } journaalgebeurtenissen verwijderd (gebeurtenis { $seq }).
cli-verify-redaction = Verwijdering bij gebeurtenis { $seq } ({ $date }): incident { $incident }, { $fields } velden in { $events } gebeurtenissen gewist. Reden: { $reason }
