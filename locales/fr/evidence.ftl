## Pièces justificatives : jointes à un incident, conservées chiffrées dans le registre, le
## SHA-256 de chacune au journal.

field-file = fichier
field-file-name = nom du fichier
field-evidence = pièce justificative
entity-evidence = pièce justificative

reason-file-missing = il n’y a pas de fichier à cet emplacement
reason-not-a-file = ce n’est pas un fichier ordinaire (un périphérique, un tube ou une socket)
reason-file-too-large = il dépasse { $max } Mio, la plus grande pièce que le registre accepte
reason-file-exists = un fichier de ce nom existe déjà ; il n’est pas écrasé
reason-evidence-erased = son contenu a été effacé lors du caviardage des données personnelles de l’incident

integrity-evidence-mismatch = le contenu enregistré de la pièce { $evidence } ne correspond pas à son SHA-256 inscrit au journal (il a été modifié)
integrity-evidence-chunk-mismatch = le contenu enregistré de la pièce { $evidence } ne correspond pas à son SHA-256 inscrit au journal (le bloc { $chunk } a été modifié, supprimé ou ajouté)
integrity-evidence-orphan = un contenu enregistré ({ $evidence }) n’appartient à aucune pièce du journal

event-evidence-added = Pièce justificative ajoutée
event-evidence-exported = Pièce justificative exportée

file-size-bytes = { $bytes ->
    [one] { $bytes } octet
   *[other] { $bytes } octets
}
file-size-kib = { $value } Kio ({ $bytes } octets)
file-size-mib = { $value } Mio ({ $bytes } octets)
file-size-gib = { $value } Gio ({ $bytes } octets)

report-section-evidence = Pièces justificatives
report-evidence-intro = Les fichiers sont conservés chiffrés dans le registre. Le SHA-256 de chacun a été inscrit au journal lors de son ajout ; il est contrôlé à chaque export et à chaque vérification du registre.
report-col-file = Fichier
report-col-size = Taille
report-col-sha256 = SHA-256
report-col-added = Ajouté
report-evidence-erased = contenu effacé avec le caviardage
report-event-evidence = { $name } · { $size }

cli-evidence = Pièces justificatives
cli-evidence-none = Aucune pièce justificative.
cli-evidence-added = Pièce { $id } jointe à l’incident : { $size }, SHA-256 { $sha256 }
cli-evidence-exported = Pièce { $id } écrite dans { $path } : { $size }, SHA-256 { $sha256 } (tel qu’inscrit au journal)
cli-header-file = fichier
cli-header-size = taille
cli-header-added = ajouté
cli-header-exports = exports
cli-header-sha256 = SHA-256
cli-evidence-erased = effacé
cli-hint-force = (--force l’écrase)
