## Bewijsbestanden: bij een incident gevoegd, versleuteld in het register opgeslagen, de SHA-256
## van elk bestand in het journaal.

field-file = bestand
field-file-name = bestandsnaam
field-evidence = bewijsbestand
entity-evidence = bewijsbestand

reason-file-missing = op dit pad staat geen bestand
reason-not-a-file = het is geen gewoon bestand (een apparaat, een pipe of een socket)
reason-file-too-large = het is groter dan { $max } MiB, het grootste bewijsbestand dat het register opneemt
reason-file-exists = er bestaat al een bestand met die naam; het wordt niet overschreven
reason-evidence-erased = de inhoud is gewist toen de persoonsgegevens van het incident werden verwijderd

integrity-evidence-mismatch = de opgeslagen inhoud van het bewijsbestand { $evidence } komt niet overeen met de SHA-256 in het journaal (hij is gewijzigd)
integrity-evidence-chunk-mismatch = de opgeslagen inhoud van het bewijsbestand { $evidence } komt niet overeen met de SHA-256 in het journaal (blok { $chunk } is gewijzigd, verwijderd of toegevoegd)
integrity-evidence-orphan = opgeslagen inhoud ({ $evidence }) hoort bij geen enkel bewijsbestand in het journaal

event-evidence-added = Bewijsbestand toegevoegd
event-evidence-exported = Bewijsbestand geëxporteerd

file-size-bytes = { $bytes ->
    [one] { $bytes } byte
   *[other] { $bytes } bytes
}
file-size-kib = { $value } KiB ({ $bytes } bytes)
file-size-mib = { $value } MiB ({ $bytes } bytes)
file-size-gib = { $value } GiB ({ $bytes } bytes)

report-section-evidence = Bewijsbestanden
report-evidence-intro = De bestanden worden versleuteld in het register bewaard. De SHA-256 van elk bestand is bij het toevoegen in het journaal vastgelegd; hij wordt bij elke export en bij elke controle van het register gecontroleerd.
report-col-file = Bestand
report-col-size = Grootte
report-col-sha256 = SHA-256
report-col-added = Toegevoegd
report-evidence-erased = inhoud gewist met de verwijdering
report-event-evidence = { $name } · { $size }

cli-evidence = Bewijsbestanden
cli-evidence-none = Geen bewijsbestanden.
cli-evidence-added = Bewijsbestand { $id } aan het incident toegevoegd: { $size }, SHA-256 { $sha256 }
cli-evidence-exported = Bewijsbestand { $id } geschreven naar { $path }: { $size }, SHA-256 { $sha256 } (zoals vastgelegd in het journaal)
cli-header-file = bestand
cli-header-size = grootte
cli-header-added = toegevoegd
cli-header-exports = exports
cli-header-sha256 = SHA-256
cli-evidence-erased = gewist
cli-hint-force = (--force overschrijft het)
