# Application de bureau Breachlog — textes français propres à l'application (qui utilise aussi breachlog.ftl).

## Erreurs inconnues du noyau

app-error-locked = Le registre est verrouillé. Déverrouillez-le pour continuer.
app-error-not-prepared = Aucun registre n'est en cours de création : revenez d'une étape et recommencez la clé de récupération.
app-error-no-recovery-key = Il n'y a pas de nouvelle clé de récupération à enregistrer ou à confirmer. Émettez-en une dans Paramètres → Clés.
app-error-keyring-unavailable = Aucun trousseau du système n'est disponible sur cet ordinateur.
app-error-heading = Breachlog n'a pas pu démarrer
app-retry = Réessayer

## Notifications

app-notify-heading = Échéance Breachlog
app-notify-threshold = { $incident } : { $obligation } arrive à échéance dans moins de { $hours } h (le { $due }).
app-notify-overdue = { $incident } : { $obligation } — échéance dépassée (le { $due }).
# Comment une notification de bureau nomme un incident tant que les titres ne sont pas autorisés dans les paramètres.
app-notify-incident = Incident { $id }
app-notify-show-titles = Afficher les titres des incidents dans les notifications de bureau
app-notify-show-titles-help = Désactivé : les notifications désignent un incident par son identifiant court et le type de destinataire. Le système d'exploitation conserve les textes des notifications dans son historique et peut les afficher sur l'écran de verrouillage, en dehors du registre chiffré.

## Général

app-loading = Chargement…
app-save = Enregistrer
app-saved = Enregistré.
app-cancel = Annuler
app-confirm = Confirmer
app-next = Suivant
app-prev = Précédent
app-back = Retour
app-add = Ajouter
app-or = ou
app-copy = Copier
app-copied = Copié
app-comma-separated = séparés par des virgules
app-estimate = estimation
app-missing = manquant
app-complete = complet

## Premier démarrage

app-first-run-title = Créez votre registre des incidents
app-first-run-intro = Breachlog tient un registre chiffré et inaltérable sur cet ordinateur. Commencez par le profil de votre organisation ; vous pourrez le modifier plus tard.
app-step-org = Organisation
app-step-protect = Protéger le registre
app-step-recovery = Clé de récupération
app-contact-placeholder = dpd@example.com, +33 1 23 45 67 89
app-protect-keyring = Conserver la clé dans le trousseau de cet ordinateur (déverrouillage en un clic)
app-protect-passphrase = Utiliser une phrase secrète
app-keyring-unavailable = Aucun trousseau du système n'est disponible ici ; le registre est donc protégé par une phrase secrète.
app-passphrase-repeat = Répétez la phrase secrète
app-strength-0 = Saisissez une phrase secrète d'au moins 12 caractères.
app-strength-1 = Faible : au moins 12 caractères, idéalement plusieurs mots.
app-strength-2 = Moyenne : plus longue, c'est mieux.
app-strength-3 = Bonne.
app-strength-4 = Forte.
app-create-register = Créer le registre
app-creating = Création du registre…
app-recovery-title = Votre clé de récupération
app-recovery-intro = Cette clé ouvre le registre si la phrase secrète est perdue. Breachlog n'en garde aucune copie et ne l'affiche que maintenant. Enregistrez le kit de récupération en PDF ou imprimez-le, conservez-le à l'écart de cet ordinateur, puis confirmez ci-dessous : le registre n'est créé qu'à ce moment-là.
app-recovery-stored = J'ai conservé la clé de récupération en lieu sûr.
app-recovery-confirm = Saisissez les { $count } derniers caractères de la clé pour confirmer
app-preparing = Préparation de la clé… (cela prend quelques secondes)
app-kit-save = Enregistrer le kit de récupération en PDF…
app-kit-print = Imprimer
app-kit-saved = Kit de récupération enregistré : { $path }
app-kit-save-title = Enregistrer le kit de récupération Breachlog

## Déverrouiller et verrouiller

app-unlock-title = Déverrouiller le registre
app-unlock = Déverrouiller
app-unlocking = Déverrouillage et vérification…
app-unlock-keyring = Déverrouiller avec le trousseau
app-unlock-wait = Trop de tentatives échouées : attendez { $seconds } s.
app-use-recovery = Utiliser plutôt la clé de récupération
app-use-passphrase = Utiliser plutôt la phrase secrète
app-lock = Verrouiller

## Navigation

app-nav-label = Menu principal
app-nav-register = Registre
app-nav-integrity = Intégrité
app-nav-settings = Paramètres
app-quick-log = Consigner un incident

## Registre

app-register-title = Registre des incidents
app-search = Rechercher
app-search-placeholder = Rechercher dans les titres, descriptions, notes, actions ou l’identifiant…
app-all-statuses = Tous les statuts
app-all-risks = Tous les risques
app-breach-any = Violation ou non
app-breach-only = Violations uniquement
app-breach-none = Pas de violation
app-breach = Violation
app-from = du
app-to = au
app-sort = Tri
app-sort-detected-desc = Plus récents d'abord
app-sort-detected-asc = Plus anciens d'abord
app-sort-title = Titre
app-sort-status = Statut
app-sort-severity = Gravité
app-sort-deadline = Échéance la plus proche d’abord
app-deadline = Prochaine échéance
app-overdue-by = en retard de { $time }
app-due = Échéance { $when }
app-exercise = exercice
app-empty-title = Aucun incident pour l'instant
app-empty-body = Consignez le premier dès que quelque chose se produit : un titre suffit, le reste peut suivre.
app-no-match = Aucun incident ne correspond à ces filtres.
app-clear-filters = Effacer les filtres
app-page = Page { $page } sur { $pages }

## Saisie rapide

app-what-happened = Que s'est-il passé
app-quick-log-hint = Entrée ou Ctrl+Entrée enregistre · Échap annule
app-incident-logged = Incident consigné.

## Incident

app-back-to-register = Retour au registre
app-move-to = Passer à { $status }
app-reopen-reason = Pourquoi le rouvrir ?
app-details = Détails
app-exercise-label = Ceci est un exercice (aucune obligation)
app-obligations = Obligations
app-clock-needs-aware = Des données personnelles sont concernées : indiquez quand vous en avez pris connaissance pour lancer le délai de 72 heures.
app-no-obligations = Aucune échéance en cours. Qualifiez l'incident de violation de données personnelles pour lancer le délai RGPD.
app-save-assessment = Enregistrer l'évaluation
app-contact-default = vide : le point de contact de l'organisation
app-art33-title = Contenu de la notification selon l'art. 33, paragraphe 3
app-art33-complete = Tout ce que demande l'art. 33, paragraphe 3, est consigné.
app-art33-missing = { $count ->
    [one] Il manque encore un élément.
   *[other] Il manque encore { $count } éléments.
}
app-no-actions = Aucune action pour l'instant.
app-new-action = Nouvelle action…
app-no-notes = Aucune note pour l'instant.
app-new-note = Ajouter une note…
app-add-note = Ajouter la note

## Types d'événements de la chronologie

app-event-register-created = Registre créé
app-event-org-updated = Organisation modifiée
app-event-settings-changed = Paramètres modifiés
app-event-incident-created = Incident consigné
app-event-incident-updated = Détails modifiés
app-event-incident-transitioned = Statut modifié
app-event-breach-assessed = Évaluation modifiée
app-event-action-added = Action ajoutée
app-event-action-done = Action terminée
app-event-action-reopened = Action rouverte
app-event-note-added = Note ajoutée
app-event-subjects-letter-edited = Lettre aux personnes concernées modifiée
app-event-session-unlocked = Déverrouillé
app-event-session-locked = Verrouillé
app-event-journal-exported = Journal exporté

## Intégrité

app-integrity-title = Intégrité
app-integrity-intro = Chaque modification est un événement d'une chaîne de hachage. La vérification recalcule chaque empreinte et reconstruit chaque table à partir des événements ; elle s'exécute aussi à chaque déverrouillage. Un point de contrôle signé est créé à chaque rapport, export et sauvegarde, et chaque jour tant que l'application est ouverte. Remettez-en une copie à quelqu'un d'extérieur (votre DPO, un auditeur) : elle permettra de prouver plus tard que le registre n'a pas été réécrit.
app-integrity-failed = La vérification d'intégrité a échoué.
app-verify-ok = Le journal et toutes les tables sont intacts.
app-not-verified = Pas encore vérifié dans cette session.
app-event-count = Événements
app-head-hash = Empreinte de tête
app-merkle-root = Racine de Merkle
app-tree-size = Taille de l’arbre
app-last-checkpoint = Dernier point de contrôle signé
app-last-checkpoint-value = événement { $seq } : { $size ->
    [one] un événement
   *[other] { $size } événements
} ({ $reason })
app-no-checkpoint = aucun pour l’instant (un est créé à chaque rapport, export et sauvegarde, et chaque jour tant que l’application est ouverte)
app-checkpoint-reason-report = rapport
app-checkpoint-reason-export = export
app-checkpoint-reason-backup = sauvegarde
app-checkpoint-reason-manual = à la demande
app-checkpoint-reason-daily = quotidien
app-checkpoint-reason-timestamp = pour un horodatage
app-last-timestamp = Dernier horodatage indépendant
app-last-timestamp-value = { $time } par { $tsa }
app-timestamp-pending = en attente : le dernier point de contrôle n’a pas encore d’horodatage (redemandé tant que l’autorité d’horodatage est injoignable)
app-no-timestamp = aucun pour l’instant (aucune autorité d’horodatage configurée : ajoutez-en une ci-dessous)
app-checkpoint-export = Enregistrer un point de contrôle pour un témoin…
app-checkpoint-export-hint = Un court fichier texte signé : l’identifiant du registre, le nombre d’événements et leur racine de Merkle. Qui en garde une copie peut vérifier le registre avec « breachlog verify --checkpoint FICHIER ».
app-checkpoint-export-dialog = Enregistrer un point de contrôle signé
app-checkpoint-filter = Point de contrôle (texte)
app-checkpoint-saved = Enregistré : { $path }, événement { $seq }, couvrant { $size ->
    [one] un événement
   *[other] { $size } événements
}.
app-checked-at = Vérifié
app-verify-now = Vérifier maintenant
app-verifying = Vérification…

## Paramètres

app-settings-title = Paramètres
app-org-profile = Profil de l'organisation
app-preferences = Préférences

## Regulation: navigation and obligations

app-nav-obligations = Obligations
app-nav-contacts = Échanges avec les autorités
app-obligations-title = Obligations de notification
app-obligations-intro = Toutes les notifications, rapports et réponses qu'exigent les incidents au titre de chaque régime applicable : d'abord ce qui est en retard, puis ce qui arrive à échéance.
app-obligations-overdue = { $count ->
    [one] Une obligation est en retard.
   *[other] { $count } obligations sont en retard.
}
app-obligations-empty = Aucune obligation en cours
app-obligations-empty-body = Des obligations apparaissent lorsqu'un incident est qualifié de violation de données à caractère personnel ou classé au titre de NIS2 ou de DORA.
app-show-done = Afficher les obligations remplies et non requises
app-exercise-no-obligations = Cet incident est un exercice : il ne crée aucune obligation.
app-awaiting-anchor = Le délai commence lorsque son point de départ est enregistré.
app-duration = { $days } j { $hours } h { $minutes } min
app-duration-hm = { $hours } h { $minutes } min
app-elapsed = { $time } écoulés
app-late-by = en retard de { $time }
app-not-required = Non requise
app-not-required-placeholder = Pourquoi cette obligation n'est-elle pas requise ? (conservé dans le registre, art. 33, par. 5, du RGPD)
app-not-required-confirm = Enregistrer comme non requise
app-reinstate = Rétablir

## Filing dialog

app-record-filing = Enregistrer la notification
app-record-follow-up = Enregistrer un complément
app-filed-at = notifié le
app-reference-placeholder = Numéro de dossier ou accusé de réception de l'autorité
app-filing-late-hint = Cette notification intervient { $time } après l'échéance : veuillez indiquer les motifs du retard (art. 33, par. 1, du RGPD).
app-filing-complete = toutes les informations exigées par la loi fournies
app-filing-complete-auto = selon la liste de l’art. 33, par. 3
app-filing-complete-help = Non : une notification échelonnée ; le reste est dû sans autre retard indu (RGPD art. 33, par. 4), ou la seconde notification ePrivacy dans les trois jours (règlement 611/2013, art. 2, par. 3).
app-filing-recorded = Notification enregistrée.

## Drafts

app-drafts = Projets de notification
app-back-to-incident = Retour à l'incident
app-draft-authority = Autorité de contrôle
app-draft-subjects = Personnes concernées (art. 34)
app-draft-controller = Responsable du traitement (art. 33, par. 2)
app-draft-language-default = langue de l'autorité
app-draft-missing = { $count ->
    [one] Une information de l'art. 33, par. 3, manque encore ; vous pouvez notifier de manière échelonnée et la communiquer ultérieurement :
   *[other] { $count } informations de l'art. 33, par. 3, manquent encore ; vous pouvez notifier de manière échelonnée et les communiquer ultérieurement :
}
app-draft-missing-34 = { $count ->
    [one] Une information exigée par l'art. 34, par. 2, manque encore :
   *[other] { $count } informations exigées par l'art. 34, par. 2, manquent encore :
}
app-draft-no-controllers = Aucun responsable du traitement concerné. Ajoutez-les dans les paramètres et sélectionnez-les dans l'évaluation (rôle : sous-traitant).

## Authority contact log

app-contacts-title = Échanges avec les autorités
app-contacts-intro = Les demandes des autorités de contrôle et vos réponses. Une demande assortie d'un délai de réponse figure parmi les obligations jusqu'à ce qu'elle reçoive une réponse.
app-contact-add = Enregistrer un échange
app-contact-at = date
app-contact-logged = Échange avec l'autorité enregistré.
app-contacts-empty = Aucun échange avec les autorités
app-contacts-empty-body = Enregistrez une demande dès sa réception, avec la date à laquelle l'autorité attend une réponse.
app-significance-title = Vérification de l’importance (NIS2)
app-significance-intro = Répondez aux faits connus ; la vérification applique le règlement d’exécution (UE) 2024/2690 (art. 3, et art. 7 pour l’informatique en nuage ou art. 10 pour les services gérés) et est enregistrée avec la classification. C’est à vous de décider si l’incident est important.
app-significance-yes = Vérification : important (un ou plusieurs critères remplis)
app-significance-no = Vérification : aucun critère rempli
app-order-none = aucune (demande d’une autorité de contrôle)
app-order-law-production = Règlement (UE) 2023/1543 art. 10, par. 2 et 3 : transmettre les données au plus tard dans les dix jours suivant la réception (délai calculé selon le règlement 1182/71).
app-order-law-production-emergency = Règlement (UE) 2023/1543 art. 10, par. 4 : transmettre les données sans retard injustifié, au plus tard dans les huit heures suivant la réception.
app-order-law-preservation = Règlement (UE) 2023/1543 art. 11, par. 1 : conserver les données sans retard injustifié ; l’obligation prend fin après 60 jours, sauf prolongation de 30 jours ou confirmation d’une demande de production.
app-preserve-until = conserver jusqu’au { $date }
app-preserve-until-produced = conserver jusqu’à la réponse à la demande de production
app-preservation-released = levée le { $date }
app-preservation-saved = Injonction de conservation mise à jour.
app-answered = répondu

## ENISA severity

app-enisa-title = Gravité (méthode ENISA : SE = DPC × EI + CB)
app-enisa-dpc-simple = données simples
app-enisa-dpc-behavioural = données comportementales
app-enisa-dpc-financial = données financières
app-enisa-dpc-sensitive = données sensibles (art. 9/10)
app-enisa-ei-negligible = négligeable
app-enisa-ei-limited = limitée
app-enisa-ei-significant = importante
app-enisa-ei-maximum = maximale
app-enisa-cb-none = aucune
app-enisa-cb-c-none = aucune, ou exposées sans indice de traitement illicite
app-enisa-cb-known-recipients = divulguées à un nombre connu de destinataires
app-enisa-cb-unknown-recipients = divulguées à un nombre inconnu de destinataires
app-enisa-cb-recoverable = récupérable
app-enisa-cb-unrecoverable = irrécupérable
app-enisa-cb-temporary = temporairement indisponibles
app-enisa-cb-permanent = définitivement indisponibles
app-enisa-malicious = Intention malveillante (+0,5)
app-enisa-empty = Choisissez le contexte du traitement et la facilité d'identification pour obtenir le score.
app-enisa-clamped = Le contexte ajusté est limité à l'intervalle 1–4 : { $dpc }.
app-enisa-suggestion = Une suggestion : c'est à vous de décider du risque ci-dessous et de le motiver.
app-notify-authorities = autorités à notifier
app-notify-authorities-help = Laissez vide pour notifier l'autorité chef de file. Choisissez-en plusieurs en l'absence d'autorité chef de file (art. 3, par. 2, du RGPD : chaque autorité du pays où résident des personnes concernées). Sélection multiple avec Ctrl+clic.
app-affected-controllers = responsables du traitement concernés
app-art34-none = aucune exception : informer

## Classification

app-incident-regimes = Régimes et classification
app-incident-regimes-own = Appliquer à cet incident d'autres régimes que ceux de l'organisation
app-classification = Classification NIS2 / DORA / CRA
app-classification-intro = Indiquez quand l'incident a été jugé important (NIS2) ou classé comme majeur (DORA), ou quand vous avez eu connaissance d'une vulnérabilité activement exploitée ou d'un incident grave touchant un produit que vous mettez sur le marché (CRA) : les délais de notification courent à partir de ce moment.
app-classified-at = classé le
app-classify = Classer
app-classify-as-nis2 = NIS2 : incident important
app-classify-as-dora = DORA : incident majeur lié aux TIC
app-classified-nis2 = NIS2 important depuis
app-classified-dora = DORA majeur depuis
app-classify-as-cra = CRA : produit à éléments numériques
app-classified-cra = Signalement CRA, connaissance depuis
app-cra-aware-at = connaissance acquise le
app-milestones = Rétablissement et mesures correctives
app-milestones-intro = Des rapports ultérieurs courent à partir de ces moments : le rapport final au titre du CRA sur une vulnérabilité activement exploitée est dû au plus tard 14 jours après qu'une mesure corrective ou d'atténuation est disponible (règlement (UE) 2024/2847, art. 14, par. 2, point c) ; le rapport intermédiaire mis à jour au titre de DORA est dû dès que les activités normales sont rétablies (règlement délégué (UE) 2025/301, art. 5, par. 1, point b). Laissez un moment vide tant qu'il n'est pas connu ; vider le champ l'efface.
app-report-request = Rapport demandé par le CSIRT
app-report-request-intro = Le CSIRT peut demander un rapport intermédiaire sur les mises à jour pertinentes de la situation (NIS2, art. 23, par. 4, point c ; CRA, art. 14, par. 6 : le CSIRT désigné comme coordinateur). Aucun des deux textes ne fixe de délai : le rapport est dû quand la demande le dit ; laissez l’échéance vide si elle n’en fixe pas (il n’est alors jamais en retard).
app-report-request-nis2 = NIS2 : rapport intermédiaire (art. 23, par. 4, point c)
app-report-request-cra = CRA : rapport intermédiaire (art. 14, par. 6)
app-report-requested-at = demande reçue le
app-report-request-due = échéance fixée par la demande (facultatif)
app-report-request-save = Enregistrer la demande

## Regulation settings

app-regimes-title = Régimes
app-regimes-intro = Les textes dont les obligations de notification s'appliquent à votre organisation. Les incidents créent des obligations au titre de ces régimes.
app-rules-title = Règles de délai
app-rules-warning = Le nombre d'heures d'une règle ne peut qu'être réduit (un délai interne plus strict) : la loi ne change pas parce qu'un réglage a changé. Un délai plus court s'applique aux obligations ouvertes à partir de maintenant ; les obligations ouvertes auparavant conservent leurs conditions d'origine.
app-dora-entity-help = DORA : un délai qui tombe un week-end ou un jour férié est reporté à 12 h le jour ouvrable suivant (règlement délégué (UE) 2025/301, art. 5, par. 4), sauf la notification initiale et le rapport intermédiaire des établissements de crédit, contreparties centrales, opérateurs de plates-formes de négociation et entités essentielles ou importantes au sens de NIS2 (art. 5, par. 5). Tant que les deux ne sont pas renseignés, ces deux délais ne sont pas reportés.
app-rule-reset = Rétablir { $hours } h
app-rule-overridden = modifiée (la loi prévoit { $hours } h)
app-controllers-title = Responsables du traitement (rôle de sous-traitant)
app-controllers-intro = Les organisations pour lesquelles vous traitez des données à caractère personnel. Chacune est informée d'une violation (art. 33, par. 2, du RGPD) dans le délai contractuel, ou dans les meilleurs délais si le contrat n'en fixe pas.
app-targets-title = Objectif interne et report DORA
app-undue-target-none = aucun
app-undue-target-help = Heures après le point de départ pour les obligations « dans les meilleurs délais ». Affiché à côté du temps écoulé ; une telle obligation n'est jamais marquée en retard.
app-rollover-off = désactivé
app-rollover-help = Les échéances DORA tombant un week-end ou un jour férié de ce pays sont reportées à 12 h 00 le jour ouvrable suivant.
app-no-controllers = Aucun responsable du traitement pour l'instant.

## Timeline event kinds of the regulation engine

app-event-controller-added = Responsable du traitement ajouté
app-event-incident-classified = Classé (NIS2/DORA/CRA)
app-event-incident-regimes-set = Régimes modifiés
app-event-obligation-opened = Obligation ouverte
app-event-obligation-anchor-changed = Échéance déplacée
app-event-obligation-not-required = Obligation non requise
app-event-obligation-reinstated = Obligation rétablie
app-event-filing-recorded = Notification enregistrée
app-event-rule-changed = Règle modifiée
app-event-regulation-settings-changed = Paramètres réglementaires modifiés
app-event-authority-contact-logged = Échange avec l'autorité enregistré

# Choix du dossier de sauvegarde (Paramètres → Sauvegardes chiffrées) ; le titre est celui de la boîte de dialogue du système.
app-backup-pick = Choisir le dossier…
app-backup-pick-title = Choisir le dossier des sauvegardes chiffrées

# Un texte plus long que ce que le noyau accepte : affiché à côté du champ, le texte reste tel quel.
app-too-long = Au maximum { $max } caractères ({ $count } saisis) : rien n'a été coupé, raccourcissez le texte pour l'enregistrer.
## Clés (rappel, Paramètres → Clés, nouvelle phrase secrète après un déverrouillage par la clé de récupération)

app-reminder-text = La clé de récupération n'a pas été confirmée. Si la phrase secrète est perdue, seule la clé de récupération ouvre le registre.
app-reminder-confirm = Confirmer maintenant
app-reminder-type = Saisissez toute la clé de récupération
app-recovery-confirmed = Clé de récupération confirmée.
app-keys-title = Clés
app-keys-intro = Comment le registre est déverrouillé. Chaque modification est consignée dans le journal.
app-keys-passphrase = Phrase secrète
app-keys-change-passphrase = Changer la phrase secrète
app-keys-set-passphrase = Définir une phrase secrète
app-keys-current-passphrase = Phrase secrète actuelle
app-keys-new-passphrase = Nouvelle phrase secrète
app-keys-passphrase-changed = Phrase secrète modifiée.
app-keys-has-passphrase = Le registre s'ouvre avec une phrase secrète.
app-keys-no-passphrase = Ce registre n'a pas de phrase secrète : il s'ouvre avec le trousseau ou la clé de récupération.
app-keys-recovery = Clé de récupération
app-keys-recovery-confirmed = Confirmée : la clé de récupération actuelle a été ressaisie.
app-keys-recovery-unconfirmed = Non confirmée : personne n'a encore ressaisi la clé de récupération actuelle.
app-keys-new-recovery = Émettre une nouvelle clé de récupération
app-keys-new-recovery-warning = La clé de récupération actuelle n'ouvre plus le registre dès que la nouvelle est émise. Les sauvegardes antérieures s'ouvrent encore avec l'ancienne clé.
app-keys-issue = Émettre la nouvelle clé
app-keys-new-recovery-title = Votre nouvelle clé de récupération
app-keys-new-recovery-intro = L'ancienne clé de récupération n'ouvre plus le registre. Enregistrez ou imprimez le kit de récupération, conservez-le à l'écart de cet ordinateur, puis confirmez la nouvelle clé.
app-keys-confirm-key = Confirmer la clé
app-keys-later = Confirmer plus tard
app-keys-keyring = Trousseau du système
app-keys-keyring-on = La clé est conservée dans le trousseau de cet ordinateur : le registre s'ouvre en un clic.
app-keys-keyring-off = La clé n'est pas conservée dans le trousseau.
app-keys-keyring-enable = Conserver la clé dans le trousseau
app-keys-keyring-disable = Retirer la clé du trousseau
app-keys-keyring-unavailable = Aucun trousseau du système n'est disponible sur cet ordinateur.
app-newpass-title = Définir une nouvelle phrase secrète
app-newpass-intro = Vous avez déverrouillé le registre avec la clé de récupération. Définissez une nouvelle phrase secrète avant de continuer : l'ancienne est perdue, ou quelqu'un d'autre la connaît peut-être.
app-newpass-save = Définir la phrase secrète

## Pièces justificatives sur l’écran de l’incident.
app-evidence-title = Pièces justificatives
app-evidence-intro = Plainte à la police, captures d’écran, journaux, accusé de réception d’une autorité : conservés chiffrés dans le registre, le SHA-256 de chaque fichier inscrit au journal.
app-evidence-none = Aucune pièce justificative pour l’instant.
app-evidence-note = Note sur le prochain fichier (facultatif)
app-evidence-add = Joindre un fichier…
app-evidence-adding = Enregistrement du fichier dans le registre…
app-evidence-added = { $name } joint : { $size }.
app-evidence-export = Enregistrer une copie…
app-evidence-exported = Enregistré sous { $path } ; son SHA-256 correspond au journal.
app-evidence-added-by = ajouté le { $date } par { $who }
app-evidence-exports = { $count ->
    [one] exporté une fois
   *[other] exporté { $count } fois
}
app-evidence-erased = Contenu effacé avec le caviardage.
app-evidence-pick-title = Choisir le fichier à joindre comme pièce justificative
app-evidence-save-title = Enregistrer une copie de la pièce justificative
app-event-evidence-added = Pièce justificative ajoutée
app-event-evidence-exported = Pièce justificative exportée

## Native menu, other registers, printing, keyboard shortcuts
app-menu-file = Fichier
app-menu-new-incident = Nouvel incident
app-menu-open-register = Ouvrir un autre registre…
app-menu-recent = Registres récents
app-menu-recent-none = Aucun autre registre pour l’instant
app-menu-print = Imprimer le rapport…
app-menu-lock = Verrouiller
app-menu-quit = Quitter
app-menu-edit = Édition
app-menu-cut = Couper
app-menu-copy = Copier
app-menu-paste = Coller
app-menu-select-all = Tout sélectionner
app-menu-help = Aide
app-menu-shortcuts = Raccourcis clavier
app-menu-about = À propos de Breachlog
app-about-comments = Registre des incidents de sécurité et des violations de données avec les délais du RGPD, de NIS2 et de DORA, dans un seul fichier chiffré sur cet ordinateur.
app-open-register-title = Ouvrir un autre registre
app-open-register-filter = Registre Breachlog
app-error-not-recent = Ce registre ne figure pas dans la liste des registres récents : ouvrez-le avec « Ouvrir un autre registre… ».
app-error-register-missing = Il n’y a plus de registre à l’emplacement { $path } (déplacé ou supprimé).
app-error-menu = Le menu n’a pas pu être construit : { $error }
app-error-viewer = Le rapport a été enregistré dans { $path }, mais aucune visionneuse PDF n’a pu être ouverte pour l’imprimer : { $error }
app-shortcuts-heading = Raccourcis clavier
app-shortcuts-close = Fermer
app-shortcut-new-incident = Consigner un nouvel incident
app-shortcut-open-register = Ouvrir un autre registre
app-shortcut-print = Imprimer le rapport courant (celui de l’incident, dans « Rapports » celui choisi, sinon le registre)
app-shortcut-lock = Verrouiller le registre
app-shortcut-quit = Quitter (verrouille le registre)
app-shortcut-shortcuts = Afficher cet aperçu
app-shortcut-close = Fermer une boîte de dialogue
app-unlock-other-register = Ouvrir un autre registre…
app-unlock-recent = Registres récents
app-reports-print = Imprimer…

# Date and time inputs: the format hint (the placeholder) and the problems shown under the field.
app-datetime-format = JJ/MM/AAAA HH:MM
app-date-format = JJ/MM/AAAA
app-datetime-invalid = Date non valide : écrivez-la sous la forme { $format }
app-datetime-gap = { $value } n’existe pas dans { $zone } : les horloges avancent d’une heure à ce moment-là
# The lead authority picker (searchable registry).
app-authority-search = Rechercher par nom, pays ou sigle
app-authority-none-found = Aucune autorité ne correspond
app-authority-list-unavailable = La liste des autorités n’a pas pu être chargée

# Clients (responsables du traitement pour qui nous traitons des données).
app-nav-customers = Clients
app-customers-title = Clients
app-customers-intro = Les responsables du traitement pour qui vous traitez des données personnelles : pays, langue, autorité chef de file, délai contractuel de notification et contacts. Une violation de leurs données donne à chacun sa propre notification.
app-customers-add = Ajouter un client
app-customers-edit = Modifier
app-customers-remove = Retirer
app-customers-remove-confirm = Retirer { $name } ? Les notifications déjà dues à ce client sont conservées.
app-customers-removed = { $name } retiré.
app-customers-saved = { $name } enregistré.
app-customers-import = Importer un CSV…
app-customers-pick-title = Choisir un fichier CSV de clients
app-customers-preview-title = Aperçu de l’import (rien n’est encore écrit)
app-customers-preview-ok = { $rows } lignes : { $added } à ajouter, { $changed } à modifier, { $unchanged } inchangées.
app-customers-preview-refused = { $count ->
    [one] Une ligne est refusée ; corrigez le fichier et importez-le à nouveau. Rien n’est importé.
   *[other] { $count } lignes sont refusées ; corrigez le fichier et importez-le à nouveau. Rien n’est importé.
}
app-customers-preview-line = Ligne { $line } :
app-customers-import-confirm = Importer
app-customers-imported = Importé : { $added } ajoutés, { $changed } modifiés.
app-customers-empty = Aucun client pour l’instant
app-customers-empty-body = Ajoutez-les un par un ou importez un fichier CSV avec les colonnes name, country, language, authority, notice_hours, contact, contract_reference.
app-customers-search = Rechercher nom, contact, autorité…
app-customers-all-countries = Tous les pays
app-customers-page = Les { $shown } premiers sur { $matching } sont affichés. Recherchez ou filtrez pour en trouver un.
app-customers-more = Afficher { $count } de plus
app-customers-count = { $shown } sur { $total }
app-customers-actions = Actions
app-customers-contacts-hint = un par ligne
app-customers-hours-number = Saisissez des heures entières, ou laissez vide pour « dans les meilleurs délais ».
app-impacts-title = Impact par client
app-impacts-intro = Ce que cet incident a fait aux données de chaque client. La notification à chaque client porte ses propres chiffres, catégories et pays ; un client dont l’impact n’est pas encore connu reçoit une notification qui le dit.
app-impacts-people = Personnes
app-impacts-records = Enregistrements
app-impacts-countries = Pays
app-impacts-unknown = pas encore connu
app-impacts-totals = { $known } clients connus sur { $customers } : { $subjects } personnes, { $records } enregistrements au total.
app-impacts-estimate = Estimation pour tout l’incident : { $subjects } personnes, { $records } enregistrements.
app-impacts-items-hint = séparer par ; ou ,
app-impacts-saved = Impact sur { $name } enregistré.
app-first-run-have-register = Vous avez déjà un registre ?
app-first-run-open-register = L’ouvrir…
app-what-if-title = Et si…
app-what-if-not-law = Proposition — pas le droit en vigueur. Chaque obligation est montrée telle qu'elle est et telle qu'elle serait si la proposition était adoptée ; rien n'est enregistré et aucun délai ne change.

## Informer les clients (sous-traitant) : une notification par client, brouillon → envoyée → reçue
app-notify-button = Informer les clients
app-notify-back = Retour à l’incident
app-notify-title = Informer les clients
app-notify-intro = Une notification par client concerné, avec ses propres chiffres, sa langue et son droit. Préparez les PDF des clients sélectionnés, envoyez-les, marquez-les comme envoyés, puis enregistrez l’accusé de réception de chaque client. Un rappel s’affiche lorsqu’une notification envoyée n’est pas confirmée dans le nombre d’heures fixé dans les Paramètres ; ce n’est pas un délai légal.
app-notify-none = Aucune notification aux clients : l’incident ne concerne aucun client en qualité de sous-traitant.
app-notify-counts = { $draft } brouillon · { $sent } envoyée · { $acknowledged } reçue
app-notify-reminders = { $count ->
    [one] 1 rappel
   *[other] { $count } rappels
}
app-notify-search = Rechercher nom, pays, langue ou contact
app-notify-filter = Statut
app-notify-filter-all = Tous les statuts
app-notify-filter-reminder = Rappel dû
app-notify-selected = { $count } sélectionné(s)
app-notify-select-all = Sélectionner tous les clients affichés
app-notify-prepare = Préparer les notifications…
app-notify-pick-folder = Dossier des notifications aux clients
app-notify-progress = { $done } notification(s) écrite(s) sur { $total }
app-notify-prepared = { $count ->
    [one] 1 notification écrite dans { $dir }
   *[other] { $count } notifications écrites dans { $dir }
}
app-notify-mark-sent = { $count ->
    [one] Marquer 1 comme envoyée
   *[other] Marquer { $count } comme envoyées
}
app-notify-mark-sent-intro = { $count ->
    [one] Enregistre l’envoi de la notification sélectionnée : quand et comment elle a été envoyée.
   *[other] Enregistre un envoi pour chacune des { $count } notifications sélectionnées : quand et comment elles ont été envoyées.
}
app-notify-reference-placeholder = p. ex. objet ou identifiant du courriel
app-notify-marked-sent = { $count ->
    [one] 1 notification marquée comme envoyée.
   *[other] { $count } notifications marquées comme envoyées.
}
app-notify-country-language = Pays · langue
app-notify-contact = Contact
app-notify-status = Notification
app-notify-record-ack = Enregistrer l’accusé de réception
app-notify-ack-at = Reçue le
app-notify-ack-by = Par (chez le client)
app-notify-acknowledged = Accusé de réception de { $name } enregistré.
app-notice-reminder-default = { $hours } (par défaut)
app-notice-reminder-help = Heures après l’envoi d’une notification à un client avant qu’un accusé de réception manquant s’affiche comme rappel ; 0 = jamais. Un rappel, jamais un délai légal.

app-tsa-title = Horodatages de confiance
app-tsa-intro = Une autorité d’horodatage (RFC 3161) certifie que le journal existait au plus tard à un moment donné : personne – pas même qui détient la clé de ce registre – ne peut ensuite réécrire ce qui précède. Indiquez l’URL de l’autorité et le certificat d’AC auquel ses jetons doivent remonter ; les jetons sont vérifiés hors ligne par rapport à lui. Une autorité qualifiée au sens d’eIDAS apporte une présomption légale de date et d’intégrité. L’application demande un horodatage après chaque point de contrôle, puis de nouveau tant que l’autorité est injoignable.
app-tsa-none = Aucune autorité d’horodatage n’est encore configurée.
app-tsa-add = Choisir son certificat d’AC et ajouter…
app-tsa-ca-dialog = Certificat d’AC de l’autorité d’horodatage
app-tsa-ca-filter = Certificats (PEM ou DER)
app-tsa-ca = ancre de confiance : { $subject } · ajoutée le { $time }
app-tsa-added = { $url } ajoutée. Un horodatage sera demandé sous peu.
app-tsa-remove = Retirer
app-tsa-remove-label = Retirer { $url }
app-tsa-remove-confirm = Ne plus interroger cette autorité ? Ses jetons restent dans le journal et restent vérifiés.
app-timestamp-now = Obtenir un horodatage maintenant
app-timestamp-done = Horodatage du { $time } enregistré (événement { $seq }).

## Issue 14 : ce que les formulaires demandent aussi, les informations permanentes de l’organisme, le canal de l’autorité
app-form-answers = Ce que les formulaires des autorités demandent aussi
app-form-answers-help = L’AP néerlandaise et la CNIL le demandent dans leurs formulaires ; une réponse manquante apparaît comme manquante dans le projet.
app-unknown-choice = non renseigné
app-draft-unanswered = { $count ->
    [one] Une réponse demandée par le formulaire ne figure pas encore dans le dossier :
   *[other] { $count } réponses demandées par le formulaire ne figurent pas encore dans le dossier :
}
app-org-standing = Représentant légal, numéro d’immatriculation et DPO
app-org-standing-help = Renseignés une fois, repris dans chaque projet de notification. SIREN (France : 9 chiffres), KvK (Pays-Bas : 8 chiffres) ou numéro d’entreprise ; « none » si l’organisme n’en a pas.
app-org-dora-profile = DORA : l’entité dans chaque rapport d’incident majeur
app-org-dora-profile-help = Champs 1.3 et 1.7 à 1.15 de l’annexe I du règlement d’exécution (UE) 2025/302, renseignés une fois et repris dans chaque rapport DORA ; la réponse propre d’un incident à un champ prime toujours pour cet incident.
app-authority-channel = Comment notifier
app-authority-not-confirmed = non confirmé
app-authority-attachments-yes = pièces jointes acceptées
app-authority-attachments-no = pas de pièces jointes
app-authority-source = source, vérifiée le { $checked }

## L’état de partage du registre d’équipe dans la barre du haut (docs/team.md).
app-team-shared = Partagé
app-team-up-to-date = à jour
app-team-pending = { $count ->
    [one] 1 en attente
   *[other] { $count } en attente
}
app-team-offline-since = hors ligne depuis { $time }
app-team-conflicts = { $count ->
    [one] 1 conflit
   *[other] { $count } conflits
}
app-team-reissue = { $count ->
    [one] 1 rapport à réémettre
   *[other] { $count } rapports à réémettre
}
app-team-reissue-title = Émis avant l’envoi de vos événements ; ceux d’un autre membre sont passés en premier, l’état du journal qu’ils citent n’existe donc plus. À réémettre : { $serials }
app-team-title = Serveur d’équipe { $server }, vous êtes { $member }. Cliquez pour synchroniser maintenant.

# The Art 34 letter edited before issuing (issue 14 item 5)
app-letter-edit = Modifier
app-letter-save = Enregistrer le texte
app-letter-reset = Revenir au texte proposé
app-letter-edited = modifié
app-letter-hint = Cette lettre est rédigée pour les personnes concernées, avec des conseils choisis selon les types de données touchées. Relisez-la et modifiez-la avant de l’envoyer : le texte enregistré est celui que conservent le PDF et la notification (RGPD, art. 34, paragraphe 2).
app-draft-dora = Rapport DORA
app-dora-stage-initial = notification initiale
app-dora-stage-intermediate = rapport intermédiaire
app-dora-stage-final = rapport final
app-draft-missing-dora = { $count ->
    [one] Un champ que l’annexe II rend obligatoire pour ce rapport est encore vide ; l’envoi est refusé tant qu’il n’est pas renseigné (ou enregistré comme envoyé sans lui) :
   *[other] { $count } champs que l’annexe II rend obligatoires pour ce rapport sont encore vides ; l’envoi est refusé tant qu’ils ne sont pas renseignés (ou enregistré comme envoyé sans eux) :
}
app-filing-missing-blocking = { $count ->
    [one] Un champ que la loi rend obligatoire pour ce rapport est encore vide ; l’envoi est refusé tant qu’il n’est pas renseigné :
   *[other] { $count } champs que la loi rend obligatoires pour ce rapport sont encore vides ; l’envoi est refusé tant qu’ils ne sont pas renseignés :
}
app-filing-missing-shown = { $count ->
    [one] Une information que cet envoi devrait contenir manque encore (vous pouvez envoyer maintenant et la transmettre plus tard) :
   *[other] { $count } informations que cet envoi devrait contenir manquent encore (vous pouvez envoyer maintenant et les transmettre plus tard) :
}
app-filing-without-missing = Il a été envoyé sans ces champs (l’enregistrer comme incomplet)
app-draft-nis2 = Notification NIS2 au CSIRT
app-draft-missing-nis2 = { $count ->
    [one] Un champ exigé par l’art. 23, par. 4, de NIS2 ou par le formulaire du canal est encore vide :
   *[other] { $count } champs exigés par l’art. 23, par. 4, de NIS2 ou par le formulaire du canal sont encore vides :
}
app-nis2-channel = Canal de déclaration (CSIRT)
app-nis2-channel-default = pays de l’autorité chef de file
app-nis2-channel-nl = Pays-Bas : NCSC-NL
app-nis2-channel-be = Belgique : CCB
app-nis2-channel-de = Allemagne : BSI
app-nis2-channel-fr = France : ANSSI / CERT-FR
app-nis2-language-default = langue du canal
app-draft-cra = Rapport CRA
app-draft-missing-cra = { $count ->
    [one] Un élément que ce rapport comprend au moins selon l’article 14 est encore vide ; l’envoi est refusé tant qu’il n’est pas renseigné (ou enregistré comme envoyé sans lui) :
   *[other] { $count } éléments que ce rapport comprend au moins selon l’article 14 sont encore vides ; l’envoi est refusé tant qu’ils ne sont pas renseignés (ou enregistré comme envoyé sans eux) :
}
