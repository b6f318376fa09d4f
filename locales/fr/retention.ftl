## Conservation et caviardage des données personnelles (incidents clos)

field-reason = motif
field-retention = durée de conservation
field-retention-months = durée de conservation en mois
field-retention-by-category = durée de conservation par catégorie
field-backup-interval-hours = heures entre deux sauvegardes planifiées
field-backup-keep = nombre de sauvegardes conservées
reason-redacted = les données personnelles de l’incident ont été caviardées ; il ne peut plus être modifié
reason-not-closed = seuls les incidents clos peuvent être caviardés
reason-retention-running = sa durée de conservation court jusqu’au { $until } (utilisez --early pour une demande d’effacement)
integrity-sealed-mismatch = la valeur enregistrée du champ personnel { $path } ne correspond pas à l’engagement inscrit au journal (elle a été modifiée)
integrity-sealed-missing = la valeur du champ personnel { $path } a été supprimée sans caviardage enregistré
integrity-sealed-orphan = une valeur enregistrée ({ $path }) n’appartient à aucun champ personnel de son événement
cli-retention-none = Aucun incident clos ne contient de données personnelles.
cli-retention-col-category = Catégorie
cli-retention-col-closed = Clos le
cli-retention-col-until = Conservé jusqu’au
cli-retention-due = caviardage à effectuer
cli-retention-running = conservé
cli-redacted = { $fields } champs personnels caviardés dans { $events } événements du journal (événement { $seq }).
cli-verify-redaction = Caviardage à l’événement { $seq } ({ $date }) : incident { $incident }, { $fields } champs effacés dans { $events } événements. Motif : { $reason }
