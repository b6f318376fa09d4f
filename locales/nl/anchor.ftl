## Merkle-bewijzen over het journaal en ondertekende checkpoints (docs/chain-format.md §8, §9).

field-seq = volgnummer
field-size = journaalgrootte
field-from-size = eerdere journaalgrootte
field-to-size = latere journaalgrootte

cli-proof-inclusion = Gebeurtenis { $seq } (hash { $hash }) staat in het journaal van { $size } gebeurtenissen, Merkle-wortel { $root }. Controlepad van blad naar wortel:
cli-proof-consistency = Het journaal van { $from } gebeurtenissen (Merkle-wortel { $from_root }) is een beginstuk van het journaal van { $to } gebeurtenissen (Merkle-wortel { $to_root }). Consistentiebewijs:
field-checkpoint = checkpointbestand

reason-not-a-checkpoint = is geen ondertekend checkpoint van een Breachlog-register (docs/chain-format.md §9), of is groter dan 64 KiB

cli-anchor-checkpoint = Ondertekend checkpoint vastgelegd als gebeurtenis { $seq }: het journaal van { $size } gebeurtenissen, Merkle-wortel { $root }.
cli-anchor-exported = Een ondertekend checkpoint van het hele journaal (gebeurtenis { $seq }: { $size } gebeurtenissen, Merkle-wortel { $root }) is weggeschreven naar { $path }. Geef het aan iemand die het gescheiden van deze laptop bewaart; `breachlog verify --checkpoint` controleert het register ertegen.
cli-verify-checkpoints = { $count ->
    [one] Eén ondertekend checkpoint gecontroleerd (handtekening, grootte, wortel en kop).
   *[other] { $count } ondertekende checkpoints gecontroleerd (handtekening, grootte, wortel en kop).
}
cli-verify-witnessed = Het register zet het bewaarde checkpoint van { $size } gebeurtenissen (Merkle-wortel { $root }) nog steeds voort: consistentiebewijs tot { $now } gebeurtenissen gecontroleerd.

integrity-checkpoint-malformed = het ondertekende checkpoint is onjuist opgebouwd: { $detail }
integrity-checkpoint-signature = de handtekening van het checkpoint klopt niet met de gepubliceerde ondertekeningssleutel van het register (het checkpoint is gewijzigd)
integrity-checkpoint-key-unknown = het checkpoint is niet ondertekend met een sleutel die het register heeft gepubliceerd (het is met een andere sleutel ondertekend)
integrity-checkpoint-mismatch = { $field } van het checkpoint komt niet overeen met het journaal dat het dekt
integrity-checkpoint-other-register = het checkpoint hoort bij een ander register ({ $origin })
integrity-checkpoint-diverges = het journaal zet het bewaarde checkpoint van { $size } gebeurtenissen niet meer voort: gebeurtenissen tot en met deze zijn herschreven
integrity-checkpoint-shorter = het journaal heeft minder gebeurtenissen dan het bewaarde checkpoint van { $size } gebeurtenissen: het is ingekort

## Vertrouwde tijdstempels (RFC 3161) over ondertekende checkpoints (docs/chain-format.md §10).

field-url = URL
field-ca = vertrouwensanker (CA-certificaat)
field-tsa = tijdstempeldienst
entity-tsa = tijdstempeldienst
reason-not-an-http-url = is geen gewone http://-URL met een host (bijvoorbeeld http://timestamp.example.com/tsa)
reason-not-a-certificate = is geen X.509-certificaat (PEM of DER)
reason-no-tsa-configured = er is geen tijdstempeldienst ingesteld: voeg er een toe met “breachlog anchor tsa add --url URL --ca CA.pem”
error-tsa-unavailable = De tijdstempeldienst { $url } was niet bereikbaar ({ $detail }). Er is niets vastgelegd; vraag het opnieuw aan zodra de dienst bereikbaar is.
error-tsa-refused = Het antwoord van de tijdstempeldienst { $url } is geweigerd: { $reason }. Er is niets vastgelegd.
cli-anchor-tsa-added = Tijdstempeldienst { $url } toegevoegd; zijn tijdstempels moeten herleidbaar zijn tot { $subject } (SHA-256 { $sha256 }).
cli-anchor-tsa-removed = Tijdstempeldienst { $url } verwijderd; zijn al vastgelegde tijdstempels worden nog steeds gecontroleerd.
cli-anchor-tsa-none = Er is geen tijdstempeldienst ingesteld.
cli-anchor-tsa-row = { $url } — vertrouwensanker { $subject } (SHA-256 { $sha256 }), toegevoegd { $added }
cli-anchor-timestamped = Tijdstempel vastgelegd als gebeurtenis { $seq }: { $tsa } verklaart dat het ondertekende checkpoint van gebeurtenis { $checkpoint } bestond op { $time } (serienummer { $serial }).
cli-verify-timestamps = { $count ->
    [one] Eén tijdstempel offline gecontroleerd (handtekening, certificaatketen naar het vertrouwensanker van de dienst, hash van het checkpoint).
   *[other] { $count } tijdstempels offline gecontroleerd (handtekening, certificaatketen naar het vertrouwensanker van de dienst, hash van het checkpoint).
}
integrity-timestamp-malformed = het tijdstempel is geen geldig RFC 3161-tijdstempel: { $detail }
integrity-timestamp-signature = de handtekening van het tijdstempel klopt niet: het is gewijzigd of vervalst
integrity-timestamp-untrusted = het tijdstempel is niet ondertekend met een certificaat dat herleidbaar is tot het vertrouwensanker dat voor de tijdstempeldienst is ingesteld
integrity-timestamp-not-tsa = het certificaat dat het tijdstempel ondertekende is geen tijdstempelcertificaat (geen uitgebreid sleutelgebruik timeStamping)
integrity-timestamp-expired = een certificaat van het tijdstempel was niet geldig op het tijdstip dat het verklaart
integrity-timestamp-other-data = het tijdstempel gaat over andere gegevens dan het ondertekende checkpoint dat het noemt
integrity-timestamp-not-granted = de tijdstempeldienst heeft het tijdstempel niet verleend (status { $status })
integrity-timestamp-checkpoint-unknown = het tijdstempel noemt gebeurtenis { $checkpoint }, die geen ondertekend checkpoint ervoor is
integrity-timestamp-tsa-unknown = het tijdstempel komt van { $url }, een tijdstempeldienst die het register op dat moment niet had ingesteld
integrity-timestamp-mismatch = het veld { $field } van de tijdstempelgebeurtenis wijkt af van het tijdstempel zelf
