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
