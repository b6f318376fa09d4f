## Merkle-Beweise über das Journal und signierte Checkpoints (docs/chain-format.md §8, §9).

field-seq = Sequenznummer
field-size = Journalgröße
field-from-size = frühere Journalgröße
field-to-size = spätere Journalgröße

cli-proof-inclusion = Ereignis { $seq } (Hash { $hash }) ist im Journal mit { $size } Ereignissen enthalten, Merkle-Wurzel { $root }. Prüfpfad vom Blatt zur Wurzel:
cli-proof-consistency = Das Journal mit { $from } Ereignissen (Merkle-Wurzel { $from_root }) ist ein Anfangsstück des Journals mit { $to } Ereignissen (Merkle-Wurzel { $to_root }). Konsistenzbeweis:
field-checkpoint = Checkpoint-Datei

reason-not-a-checkpoint = ist kein signierter Checkpoint eines Breachlog-Registers (docs/chain-format.md §9) oder größer als 64 KiB

cli-anchor-checkpoint = Signierter Checkpoint als Ereignis { $seq } festgehalten: das Journal mit { $size } Ereignissen, Merkle-Wurzel { $root }.
cli-anchor-exported = Ein signierter Checkpoint des ganzen Journals (Ereignis { $seq }: { $size } Ereignisse, Merkle-Wurzel { $root }) wurde nach { $path } geschrieben. Geben Sie ihn jemandem, der ihn getrennt von diesem Laptop aufbewahrt; `breachlog verify --checkpoint` prüft das Register dagegen.
cli-verify-checkpoints = { $count ->
    [one] Ein signierter Checkpoint geprüft (Signatur, Größe, Wurzel und Kopf).
   *[other] { $count } signierte Checkpoints geprüft (Signatur, Größe, Wurzel und Kopf).
}
cli-verify-witnessed = Das Register setzt den bezeugten Checkpoint mit { $size } Ereignissen (Merkle-Wurzel { $root }) weiterhin fort: Konsistenzbeweis bis { $now } Ereignisse geprüft.

integrity-checkpoint-malformed = der signierte Checkpoint ist fehlerhaft: { $detail }
integrity-checkpoint-signature = die Signatur des Checkpoints lässt sich mit dem veröffentlichten Signaturschlüssel des Registers nicht bestätigen (der Checkpoint wurde verändert)
integrity-checkpoint-key-unknown = der Checkpoint ist mit keinem Schlüssel signiert, den das Register veröffentlicht hat (er wurde mit einem anderen Schlüssel signiert)
integrity-checkpoint-mismatch = { $field } des Checkpoints stimmt nicht mit dem Journal überein, das er abdeckt
integrity-checkpoint-other-register = der Checkpoint gehört zu einem anderen Register ({ $origin })
integrity-checkpoint-diverges = das Journal setzt den bezeugten Checkpoint mit { $size } Ereignissen nicht mehr fort: Ereignisse bis zu diesem wurden neu geschrieben
integrity-checkpoint-shorter = das Journal hat weniger Ereignisse als der bezeugte Checkpoint mit { $size } Ereignissen: es wurde gekürzt
