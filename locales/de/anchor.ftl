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

## Vertrauenswürdige Zeitstempel (RFC 3161) über signierte Checkpoints (docs/chain-format.md §10).

field-url = URL
field-ca = Vertrauensanker (CA-Zertifikat)
field-tsa = Zeitstempeldienst
entity-tsa = Zeitstempeldienst
reason-not-an-http-url = ist keine einfache http://-URL mit Host (zum Beispiel http://timestamp.example.com/tsa)
reason-not-a-certificate = ist kein X.509-Zertifikat (PEM oder DER)
reason-no-tsa-configured = es ist kein Zeitstempeldienst eingerichtet: fügen Sie einen mit „breachlog anchor tsa add --url URL --ca CA.pem“ hinzu
error-tsa-unavailable = Der Zeitstempeldienst { $url } war nicht erreichbar ({ $detail }). Es wurde nichts gespeichert; fordern Sie den Zeitstempel erneut an, sobald er erreichbar ist.
error-tsa-refused = Die Antwort des Zeitstempeldienstes { $url } wurde zurückgewiesen: { $reason }. Es wurde nichts gespeichert.
cli-anchor-tsa-added = Zeitstempeldienst { $url } hinzugefügt; seine Zeitstempel müssen sich auf { $subject } (SHA-256 { $sha256 }) zurückführen lassen.
cli-anchor-tsa-removed = Zeitstempeldienst { $url } entfernt; seine bereits gespeicherten Zeitstempel werden weiterhin geprüft.
cli-anchor-tsa-none = Es ist kein Zeitstempeldienst eingerichtet.
cli-anchor-tsa-row = { $url } — Vertrauensanker { $subject } (SHA-256 { $sha256 }), hinzugefügt { $added }
cli-anchor-timestamped = Zeitstempel als Ereignis { $seq } gespeichert: { $tsa } bestätigt, dass der signierte Checkpoint von Ereignis { $checkpoint } am { $time } vorlag (Seriennummer { $serial }).
cli-verify-timestamps = { $count ->
    [one] Ein Zeitstempel offline geprüft (Signatur, Zertifikatskette zum Vertrauensanker des Dienstes, Prüfwert seines Checkpoints).
   *[other] { $count } Zeitstempel offline geprüft (Signatur, Zertifikatskette zum Vertrauensanker des Dienstes, Prüfwert ihres Checkpoints).
}
integrity-timestamp-malformed = der Zeitstempel ist kein gültiger RFC-3161-Zeitstempel: { $detail }
integrity-timestamp-signature = die Signatur des Zeitstempels ist ungültig: er wurde verändert oder gefälscht
integrity-timestamp-untrusted = der Zeitstempel ist nicht mit einem Zertifikat signiert, das sich auf den für seinen Zeitstempeldienst eingerichteten Vertrauensanker zurückführen lässt
integrity-timestamp-not-tsa = das Zertifikat, das den Zeitstempel signiert hat, ist kein Zeitstempelzertifikat (keine erweiterte Schlüsselverwendung timeStamping)
integrity-timestamp-expired = ein Zertifikat des Zeitstempels war zu dem bestätigten Zeitpunkt nicht gültig
integrity-timestamp-other-data = der Zeitstempel bezieht sich auf andere Daten als den signierten Checkpoint, den er nennt
integrity-timestamp-not-granted = der Zeitstempeldienst hat den Zeitstempel nicht ausgestellt (Status { $status })
integrity-timestamp-checkpoint-unknown = der Zeitstempel nennt Ereignis { $checkpoint }, das kein signierter Checkpoint vor ihm ist
integrity-timestamp-tsa-unknown = der Zeitstempel stammt von { $url }, einem Zeitstempeldienst, der im Register zu diesem Zeitpunkt nicht eingerichtet war
integrity-timestamp-mismatch = das Feld { $field } des Zeitstempel-Ereignisses weicht von seinem Zeitstempel ab
