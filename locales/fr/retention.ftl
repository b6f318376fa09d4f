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
cli-retention-clear-text = Incident { $incident } : { $count ->
    [one] l’événement { $events } a été écrit
   *[other] les événements { $events } ont été écrits
} avant que ces textes ne soient scellés et les { $count ->
    [one] conserve
   *[other] conservent
} en clair dans le journal, ses exports et ses paquets ; l’expurgation les efface du registre, des rapports et des exports, mais la chaîne ne peut pas modifier ce qui a été écrit.
cli-redacted = { $fields ->
    [one] { $fields } champ personnel caviardé
   *[other] { $fields } champs personnels caviardés
} dans { $events ->
    [one] { $events } événement du journal
   *[other] { $events } événements du journal
} (événement { $seq }).
retention-reports-deleted = { $count ->
    [one] Le rapport enregistré qui contenait les textes effacés a été supprimé : { $serials }.
   *[other] { $count } rapports enregistrés qui contenaient les textes effacés ont été supprimés : { $serials }.
}
cli-verify-redaction = Caviardage à l’événement { $seq } ({ $date }) : incident { $incident }, { $fields ->
    [one] { $fields } champ effacé
   *[other] { $fields } champs effacés
} dans { $events ->
    [one] { $events } événement
   *[other] { $events } événements
}. Motif : { $reason }

## Desktop: backups and retention (settings screen)

app-backup-title = Sauvegardes chiffrées
app-backup-intro = Tant que le registre est ouvert, l’application écrit une sauvegarde chiffrée dans ce dossier à l’intervalle choisi, conserve les plus récentes et supprime les plus anciennes. Un test de restauration ouvre la sauvegarde la plus récente dans un registre temporaire et la vérifie entièrement.
app-backup-last = Dernière sauvegarde
app-backup-last-test = Dernier test de restauration
app-backup-next = Prochaine sauvegarde planifiée
app-backup-never = jamais
app-backup-no-folder = aucun dossier choisi : pas de sauvegardes planifiées
app-backup-files = { $count ->
    [one] { $count } sauvegarde dans le dossier
   *[other] { $count } sauvegardes dans le dossier
}
app-backup-test-passed = réussi
app-backup-test-failed = échoué
app-backup-now = Sauvegarder maintenant
app-backup-test-now = Tester la restauration de la dernière sauvegarde
app-backup-done = Sauvegarde écrite.
app-backup-test-ok = Test de restauration réussi : { $file } s’ouvre et se vérifie ({ $events } événements).
app-retention-title = Conservation des données personnelles
app-retention-intro = Les incidents clos conservent leurs données personnelles (noms, descriptions, notes, textes de l’évaluation) pendant ce nombre de mois ; l’application propose ensuite de les caviarder. Les faits nécessaires au registre des violations sont conservés et le journal reste vérifiable.
app-retention-due = { $count ->
    [one] La durée de conservation de { $count } incident clos est écoulée : le caviardage est proposé.
   *[other] La durée de conservation de { $count } incidents clos est écoulée : le caviardage est proposé.
}
app-retention-review = Examiner
app-retention-redact = Caviarder
app-retention-redact-early = Caviarder par anticipation…
app-retention-default-reason = Durée de conservation de { $months } mois écoulée
app-retention-confirm-title = Caviarder les données personnelles de « { $title } » ?
app-retention-confirm-body = Les titres, descriptions, responsables, notes, textes des actions et de l’évaluation de cet incident sont définitivement effacés, ainsi que les copies enregistrées des rapports le concernant. Cette opération est irréversible ; le journal consigne le caviardage et son motif.
app-retention-early-warning = Sa durée de conservation court jusqu’au { $until }. Ne caviardez par anticipation que pour un motif tel qu’une demande d’effacement.
app-retention-redacted = { $fields ->
    [one] { $fields } champ personnel caviardé.
   *[other] { $fields } champs personnels caviardés.
}
report-event-redacted = { $fields ->
    [one] { $fields } champ personnel effacé
   *[other] { $fields } champs personnels effacés
} : { $reason }
report-redacted = (caviardé)
app-redacted-value = (caviardé)
app-redacted-banner = Les données personnelles de cet incident ont été caviardées le { $date }. Il est conservé en lecture seule pour le registre.

## Journal event names (timeline and PDF reports)

app-event-backup-created = Sauvegarde créée
event-backup-created = Sauvegarde créée
app-event-backup-restore-tested = Restauration testée
event-backup-restore-tested = Restauration testée
app-event-backup-restored = Restauré depuis une sauvegarde
event-backup-restored = Restauré depuis une sauvegarde
app-event-bundle-exported = Dossier d’audit exporté
app-event-register-exported = Registre exporté
app-event-report-issued = Rapport émis
app-event-key-passphrase-changed = Phrase secrète modifiée
event-key-passphrase-changed = Phrase secrète modifiée
app-event-key-rotated = Clé de données renouvelée
event-key-rotated = Clé de données renouvelée
app-event-key-keyring-added = Clé enregistrée dans le trousseau du système
event-key-keyring-added = Clé enregistrée dans le trousseau du système
app-event-key-keyring-removed = Clé retirée du trousseau du système
event-key-keyring-removed = Clé retirée du trousseau du système
app-event-controller-changed = Contrat avec le responsable du traitement modifié
event-controller-changed = Contrat avec le responsable du traitement modifié
app-event-incident-redacted = Données personnelles caviardées
event-incident-redacted = Données personnelles caviardées
event-controller-added = Responsable du traitement ajouté
event-incident-classified = Classé (NIS2/DORA/CRA)
event-incident-regimes-set = Régimes modifiés
event-obligation-opened = Obligation ouverte
event-obligation-anchor-changed = Échéance déplacée
event-obligation-not-required = Obligation non requise
event-obligation-reinstated = Obligation rétablie
event-filing-recorded = Notification enregistrée
event-rule-changed = Règle modifiée
event-regulation-settings-changed = Paramètres réglementaires modifiés
event-authority-contact-logged = Échange avec l'autorité enregistré
