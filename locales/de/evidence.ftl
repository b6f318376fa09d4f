## Beweisdateien: einem Vorfall beigefügt, verschlüsselt im Register gespeichert, der SHA-256
## jeder Datei im Journal.

field-file = Datei
field-file-name = Dateiname
field-evidence = Beweisdatei
entity-evidence = Beweisdatei

reason-file-missing = unter diesem Pfad gibt es keine Datei
reason-not-a-file = es ist keine gewöhnliche Datei (ein Gerät, eine Pipe oder ein Socket)
reason-file-too-large = sie ist größer als { $max } MiB, die größte Beweisdatei, die das Register aufnimmt
reason-file-exists = eine Datei dieses Namens gibt es schon; sie wird nicht überschrieben
reason-evidence-erased = ihr Inhalt wurde gelöscht, als die personenbezogenen Daten des Vorfalls geschwärzt wurden

integrity-evidence-mismatch = der gespeicherte Inhalt der Beweisdatei { $evidence } stimmt nicht mit ihrem SHA-256 im Journal überein (er wurde verändert)
integrity-evidence-chunk-mismatch = der gespeicherte Inhalt der Beweisdatei { $evidence } stimmt nicht mit ihrem SHA-256 im Journal überein (Block { $chunk } wurde verändert, entfernt oder hinzugefügt)
integrity-evidence-orphan = gespeicherter Inhalt ({ $evidence }) gehört zu keiner Beweisdatei des Journals

event-evidence-added = Beweisdatei hinzugefügt
event-evidence-exported = Beweisdatei exportiert

file-size-bytes = { $bytes } Byte
file-size-kib = { $value } KiB ({ $bytes } Byte)
file-size-mib = { $value } MiB ({ $bytes } Byte)
file-size-gib = { $value } GiB ({ $bytes } Byte)

report-section-evidence = Beweisdateien
report-evidence-intro = Die Dateien werden verschlüsselt im Register aufbewahrt. Der SHA-256 jeder Datei wurde beim Hinzufügen im Journal festgehalten; er wird bei jedem Export und bei jeder Prüfung des Registers kontrolliert.
report-col-file = Datei
report-col-size = Größe
report-col-sha256 = SHA-256
report-col-added = Hinzugefügt
report-evidence-erased = Inhalt mit der Schwärzung gelöscht
report-event-evidence = { $name } · { $size }

cli-evidence = Beweisdateien
cli-evidence-none = Keine Beweisdateien.
cli-evidence-added = Beweisdatei { $id } dem Vorfall hinzugefügt: { $size }, SHA-256 { $sha256 }
cli-evidence-exported = Beweisdatei { $id } nach { $path } geschrieben: { $size }, SHA-256 { $sha256 } (wie im Journal festgehalten)
cli-header-file = Datei
cli-header-size = Größe
cli-header-added = hinzugefügt
cli-header-exports = Exporte
cli-header-sha256 = SHA-256
cli-evidence-erased = gelöscht
cli-hint-force = (--force überschreibt sie)
