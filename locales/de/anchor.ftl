## Merkle-Beweise über das Journal und signierte Checkpoints (docs/chain-format.md §8, §9).

field-seq = Sequenznummer
field-size = Journalgröße
field-from-size = frühere Journalgröße
field-to-size = spätere Journalgröße

cli-proof-inclusion = Ereignis { $seq } (Hash { $hash }) ist im Journal mit { $size } Ereignissen enthalten, Merkle-Wurzel { $root }. Prüfpfad vom Blatt zur Wurzel:
cli-proof-consistency = Das Journal mit { $from } Ereignissen (Merkle-Wurzel { $from_root }) ist ein Anfangsstück des Journals mit { $to } Ereignissen (Merkle-Wurzel { $to_root }). Konsistenzbeweis:
