## Merkle-bewijzen over het journaal en ondertekende checkpoints (docs/chain-format.md §8, §9).

field-seq = volgnummer
field-size = journaalgrootte
field-from-size = eerdere journaalgrootte
field-to-size = latere journaalgrootte

cli-proof-inclusion = Gebeurtenis { $seq } (hash { $hash }) staat in het journaal van { $size } gebeurtenissen, Merkle-wortel { $root }. Controlepad van blad naar wortel:
cli-proof-consistency = Het journaal van { $from } gebeurtenissen (Merkle-wortel { $from_root }) is een beginstuk van het journaal van { $to } gebeurtenissen (Merkle-wortel { $to_root }). Consistentiebewijs:
