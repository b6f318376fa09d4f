# Breachlog — textes français des rapports PDF, des exports du registre, des dossiers d'audit et de leur vérification.
# Mêmes identifiants et variables qu'en, de et nl.

## Titres et texte courant

report-title-incident = Rapport d'incident de sécurité
report-title-register = Registre des violations de données à caractère personnel (art. 33, paragraphe 5, du RGPD)
report-title-audit-trail = Piste d'audit du journal du registre
report-kind-incident = rapport d'incident
report-kind-register = registre des violations
report-kind-audit-trail = piste d'audit
report-title-with-subject = { $title } : { $subject }
report-unnamed-org = (nom de l'organisation non renseigné)
report-serial = Rapport nº
report-generated = Établi le
report-timezone = Fuseau horaire
report-period = Période : du { $from } au { $to }
report-head-short = État du journal
report-pdf-subject = { $org } — rapport Breachlog { $serial }
report-page-of = Page { $page } sur { $total }
report-yes = Oui
report-no = Non
report-approx-estimate = env. { $n } (estimation)
report-unknown = Inconnu
report-none = Aucun élément enregistré.
report-pending = Pas encore décidé

## Rapport d'incident

report-section-facts = Faits
report-incident-id = Identifiant de l'incident
report-exercise = Exercice
report-contained-at = Maîtrisé
report-resolved-at = Résolu
report-closed-at = Clôturé
report-recorded = Enregistré
report-section-assessment = Évaluation de la violation de données à caractère personnel
report-no-assessment = Aucune évaluation de violation n'a été enregistrée pour cet incident.
report-section-decision = Risque et décision de notification
report-decided-by = Décidé par
report-section-actions = Actions
report-action-done-at = Réalisée le { $at }
report-action-done = Réalisée
report-action-open = Ouverte
report-section-notes = Notes
report-section-timeline = Chronologie (événements du journal)
report-col-when = Date et heure
report-col-who = Par
report-col-seq = Nº
report-col-event = Événement
report-col-subject = Objet
report-col-details = Détails
report-col-hash = Empreinte de l'événement
report-changed = Modifié : { $fields }

## Piste d'audit

report-audit-intro = Le présent document énumère { $count ->
    [one] { $count } événement
   *[other] { $count } événements
} du journal du registre dans l'ordre de leur enregistrement. Chaque événement est lié au précédent par une empreinte SHA-256 ; les événements complets sont joints au présent PDF sous forme de fichier lisible par machine.
report-section-events = Événements du journal

## Registre

report-register-intro = Le présent registre documente toute violation de données à caractère personnel, y compris celles qui n'ont pas été notifiées à l'autorité de contrôle, en indiquant les faits, leurs effets, les mesures prises pour y remédier et la motivation de chaque décision (art. 33, paragraphe 5, du RGPD). Les exercices n'y figurent pas.
report-sum-breaches = Violations de données à caractère personnel dans ce registre
report-sum-notified = Notifiées à l'autorité de contrôle
report-sum-not-notified = Non notifiées (motivation documentée)
report-sum-pending = Décision de notification en attente
report-sum-under-assessment = Incidents ouverts en cours d'évaluation (non listés)
report-sum-exercises = Exercices comportant des données à caractère personnel (non listés)
report-section-register = Violations
report-no-breaches = Aucune violation de données à caractère personnel n'est enregistrée pour cette période.
report-col-breach = Violation
report-col-times = Dates
report-col-nature = Nature et description
report-col-data = Données et personnes concernées
report-col-risk = Évaluation du risque
report-col-art33 = Décision au titre de l'art. 33
report-col-measures = Conséquences et mesures
report-col-journal = Statut et journal
report-t-occurred = Survenue
report-t-detected = Détectée
report-t-aware = Connaissance
report-t-contained = Maîtrisée
report-t-closed = Clôturée
report-t-justification = Justification de la date de prise de connaissance

## Intégrité

report-section-integrity = Intégrité
report-integrity-intro = Le présent rapport a été établi à partir du journal du registre, chaîné par empreintes. Les valeurs ci-dessous désignent précisément l'état du journal qu'il reflète et permettent à quiconque de vérifier que ni ce document ni le journal n'ont été modifiés.
report-issued-by = Établi par
report-head-seq = État du journal (numéro d'événement)
report-head-hash = État du journal (SHA-256)
report-content-sha256 = SHA-256 du contenu
report-prev-sha256 = Rapport précédent (SHA-256 du PDF)
report-prev-none = Aucun — il s'agit du premier rapport établi à partir de ce registre
report-section-checkpoint = Point de contrôle signé
report-checkpoint-intro = Le registre a signé cette déclaration avec sa clé Ed25519 : son journal de { $size } événements, jusqu'à la tête ci-dessus, a cette racine de Merkle (note signée C2SP, décrite dans chain-format.md). La pièce jointe la contient avec les preuves d'inclusion des événements que montre ce rapport. Conservez-en une copie hors du registre – scannez le code ou copiez le texte : qui la détient pourra plus tard faire prouver par le registre que son journal la prolonge toujours, et y comparer la clé d'autres rapports.
report-section-how-to-verify = Comment vérifier ce rapport
report-verify-1 = Notez le SHA-256 de ce fichier PDF tel que vous l’avez reçu ; tout outil SHA-256 le calcule (« sha256sum FICHIER » sous Linux, « shasum -a 256 FICHIER » sous macOS, « certutil -hashfile FICHIER SHA256 » sous Windows). L’organisation consigne la même valeur dans son journal et l’imprime comme « Rapport précédent » dans le rapport suivant qu’elle établit ; un rapport ultérieur montre ainsi que ce fichier précis a été établi.
report-verify-2 = Le PDF contient une pièce jointe, « { $file } » (affichée dans le volet des pièces jointes de la plupart des lecteurs PDF) : les données à partir desquelles ce rapport a été établi. Le SHA-256 du contenu indiqué ci-dessus est le SHA-256 du texte « breachlog-report-v1 », d’un saut de ligne et des octets exacts de la pièce jointe, par exemple « (printf 'breachlog-report-v1\n'; cat { $file }) | sha256sum ». S’il correspond, les données de ce rapport n’ont pas été modifiées.
report-verify-3 = La pièce jointe contient aussi les événements du journal à partir desquels le rapport a été établi, chacun chaîné au précédent par son SHA-256. Le dernier est l’événement { $seq } avec l’empreinte { $hash } (l’état du journal ci-dessus). Vous pouvez à tout moment demander à l’organisation un export de son journal : il doit toujours contenir cet événement avec cette empreinte, ce qui montre que rien d’antérieur n’a été réécrit.
report-verify-4 = Toutes les règles de ces vérifications (le JSON canonique, les empreintes des événements, l’empreinte du contenu et le sceau de ce fichier) sont publiées dans les spécifications de format de Breachlog « chain-format.md » et « report-format.md » ; elles peuvent être refaites avec n’importe quel outil indépendant, sans le logiciel de l’organisation.
report-integrity-note = Les dates et heures sont indiquées dans le fuseau horaire de l’organisation avec leur décalage par rapport à UTC ; la pièce jointe les contient en UTC.

## Noms des événements du journal

event-register-created = Registre créé
event-org-updated = Profil de l'organisation modifié
event-settings-changed = Paramètres modifiés
event-incident-created = Incident enregistré
event-incident-updated = Incident modifié
event-incident-transitioned = Statut modifié
event-breach-assessed = Évaluation de la violation enregistrée
event-action-added = Action ajoutée
event-action-done = Action réalisée
event-action-reopened = Action rouverte
event-note-added = Note ajoutée
event-subjects-letter-edited = Lettre aux personnes concernées modifiée
event-session-unlocked = Registre déverrouillé
event-session-locked = Registre verrouillé
event-journal-exported = Journal exporté
event-report-issued = Rapport établi
event-register-exported = Registre exporté
event-bundle-exported = Dossier d'audit exporté

## Vérification des rapports

verify-report-unreadable = le fichier n'est pas un PDF lisible ({ $detail })
verify-report-no-seal = le fichier ne porte pas de sceau Breachlog
verify-report-seal-mismatch = le sceau ne correspond pas : le fichier a été modifié après son établissement
verify-report-no-attachment = le fichier joint breachlog-report.json est absent
verify-report-bad-content = le contenu joint n'est pas un rapport Breachlog valide ({ $detail })
verify-report-content-hash = l'empreinte du contenu indiquée dans le PDF ne correspond pas au contenu joint
verify-report-info-mismatch = la donnée « { $what } » indiquée dans le PDF ne correspond pas au contenu joint
verify-report-event-chain = l'événement du journal { $seq } joint au rapport n'est pas valide : { $detail }
verify-report-not-issued-here = ce registre n'a pas établi ce rapport (aucun événement « rapport établi » ne porte son SHA-256)
verify-report-head-missing = le registre ne contient pas l'événement { $seq } du journal avec l'empreinte indiquée dans le rapport : le journal a été tronqué ou reconstruit
verify-report-duplicate-attachment = le fichier contient plusieurs fichiers intégrés nommés « { $name } » : un lecteur pourrait en afficher un autre que celui vérifié
verify-report-extra-attachment = le fichier contient le fichier intégré « { $name } » en plus de breachlog-report.json
verify-report-incremental-update = le fichier a plus d'une révision : quelque chose a été ajouté (une mise à jour incrémentielle) après sa création
verify-report-proof-malformed = la preuve jointe n'est pas un point de contrôle, une clé publique et une liste de preuves d'inclusion
verify-report-proof-not-a-checkpoint = le point de contrôle de la preuve jointe n'est pas un point de contrôle signé
verify-report-proof-other-register = le point de contrôle de la preuve jointe est celui d'un autre registre que le rapport
verify-report-proof-bad-signature = le point de contrôle de la preuve jointe n'est pas signé par la clé jointe : il a été modifié ou falsifié
verify-report-proof-wrong-head = le point de contrôle de la preuve jointe ne s'arrête pas à la tête du journal du rapport
verify-report-proof-missing-inclusion = l'événement du journal { $seq } joint au rapport n'a pas de preuve d'inclusion
verify-report-proof-bad-inclusion = la preuve d'inclusion de l'événement du journal { $seq } ne mène pas à la racine du point de contrôle signé
verify-report-proof-witness-key = le point de contrôle fourni n'est pas signé par la clé de la preuve de ce rapport (ou est celui d'un autre registre)
verify-report-proof-missing = un point de contrôle a été fourni, mais le rapport ne contient pas de preuve signée à laquelle le comparer
verify-report-proof-timestamp-checkpoint = l'horodatage joint porte sur un point de contrôle qui n'est pas un début signé du journal du rapport
verify-report-proof-timestamp-token = le jeton d'horodatage joint n'est pas valide : { $detail }
verify-report-proof-timestamp-anchor = l'horodatage joint ne remonte pas à l'autorité de certification fournie (ou le rapport n'en contient pas)

## CLI

cli-report-issued = Rapport { $serial } écrit dans { $path } ({ $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
}, SHA-256 { $sha }).
cli-verify-report-ok = Rapport { $serial } vérifié : couvre l'état du journal { $seq } { $hash }.
cli-verify-report-standalone = Rapport { $serial } : le contenu intégré correspond au sceau et couvre l'état du journal { $seq } { $hash } ; sans le registre, impossible de vérifier qu'un registre l'a établi (le sceau n'est pas une signature : n'importe qui peut resceller un fichier modifié).
cli-verify-report-issued-here = Établi par ce registre ; le registre contient toujours l'état du journal.
cli-verify-report-no-register = Aucun registre vérifié (indiquez --db pour confirmer également que le registre a établi le rapport).
cli-verify-report-failed = Échec de la vérification du rapport : { $reason }
cli-verify-report-proof = Preuve signée : { $events ->
    [one] { $events } événement du journal figure
   *[other] { $events } événements du journal figurent
} dans le journal du registre { $register } de { $size } événements (racine de Merkle { $root }), comme l'atteste un point de contrôle signé par la clé { $key } ({ $proofs ->
    [one] { $proofs } preuve d'inclusion vérifiée
   *[other] { $proofs } preuves d'inclusion vérifiées
}). La clé est celle du registre si un point de contrôle que vous avez reçu du registre se vérifie avec elle (--checkpoint FICHIER), ou avec --db. Le reste du rapport est dérivé de ces événements par le registre ; le sceau seul ne le prouve pas.
cli-verify-report-no-proof = Ce rapport ne contient pas de preuve signée (il a été émis avant que les rapports en contiennent une).
cli-verify-report-witness = Le point de contrôle de { $path } (registre { $register }, { $size } événements) est signé par la même clé : la preuve de ce rapport est faite avec la clé de ce registre.
cli-verify-report-timestamp = Horodatage de confiance : les { $size } premiers événements du journal, que le journal de ce rapport prolonge, existaient au plus tard le { $time }, comme l'atteste { $tsa } (RFC 3161), avec une chaîne de certificats jusqu'à { $anchor } (SHA-256 { $sha }).
cli-verify-report-timestamp-given = Cette autorité de certification est celle que vous avez fournie (--tsa-ca).
cli-verify-report-timestamp-embedded = Cette autorité de certification est celle que contient le rapport : comparez son SHA-256 au certificat publié du service d'horodatage, ou fournissez le certificat avec --tsa-ca FICHIER.
cli-register-exported = { $rows ->
    [one] { $rows } violation exportée
   *[other] { $rows } violations exportées
} vers { $path }.
cli-bundle-exported = Dossier d'audit écrit dans { $path } ({ $files ->
    [one] { $files } fichier
   *[other] { $files } fichiers
}, état du journal { $hash }).
cli-bundle-ok = Dossier d'audit intact : { $files ->
    [one] { $files } fichier
   *[other] { $files } fichiers
}, journal { $events ->
    [one] de { $events } événement
   *[other] de { $events } événements
}, état { $seq } { $hash }.
cli-bundle-report-head = Le rapport { $serial } ({ $file }) couvre l'état du journal { $seq } { $hash } : comparez-le avec l'exemplaire envoyé.
cli-bundle-failed = Échec de la vérification du dossier d'audit : { $reason }

## Vérification des dossiers d'audit

bundle-no-manifest = manifest.json est absent ou illisible ({ $detail })
bundle-file-missing = le fichier { $file } mentionné dans le manifeste est absent
bundle-file-changed = le fichier { $file } ne correspond pas à son SHA-256 indiqué dans le manifeste
bundle-file-unlisted = le fichier { $file } ne figure pas dans le manifeste
bundle-journal = le journal n'est pas valide : { $detail }
bundle-head-mismatch = l'état du journal ne correspond pas à celui indiqué dans le manifeste (le journal a été tronqué ou prolongé)
bundle-report = le rapport { $file } n'est pas valide : { $detail }
bundle-not-regular = { $file } dans le dossier d'audit est un lien symbolique ou n'est pas un fichier ordinaire
bundle-report-not-issued = le rapport { $file } n'a été établi par aucun événement « rapport établi » du journal du dossier d'audit (avec son SHA-256 et son état du journal)
bundle-report-not-in-journal = le rapport { $file } renvoie à l'événement { $seq } du journal, que le journal du dossier d'audit ne contient pas avec ce hachage : le journal a été réécrit après l'établissement du rapport

## En-têtes de colonnes des exports

export-col-id = Identifiant de la violation
export-col-title = Intitulé
export-col-category = Cause (catégorie)
export-col-role = Rôle
export-col-occurred-from = Survenue à partir du (UTC)
export-col-occurred-from-local = Survenue à partir du (heure locale)
export-col-occurred-to = Survenue jusqu'au (UTC)
export-col-occurred-to-local = Survenue jusqu'au (heure locale)
export-col-detected-at = Détectée (UTC)
export-col-detected-at-local = Détectée (heure locale)
export-col-aware-at = Prise de connaissance (UTC)
export-col-aware-at-local = Prise de connaissance (heure locale)
export-col-contained-at = Maîtrisée (UTC)
export-col-contained-at-local = Maîtrisée (heure locale)
export-col-closed-at = Clôturée (UTC)
export-col-closed-at-local = Clôturée (heure locale)
export-col-aware-justification = Justification de la date de prise de connaissance
export-col-nature = Nature (C/I/D)
export-col-description = Description
export-col-data-categories = Catégories de données
export-col-special-categories = Catégories particulières
export-col-records-approx = Nombre approximatif d'enregistrements
export-col-records-estimate = Enregistrements estimés
export-col-subject-categories = Catégories de personnes concernées
export-col-subjects-approx = Nombre approximatif de personnes concernées
export-col-subjects-estimate = Personnes concernées estimées
export-col-enisa-dpc = ENISA DPC
export-col-enisa-ei = ENISA EI
export-col-enisa-cb = ENISA CB
export-col-enisa-se = ENISA SE
export-col-risk = Risque
export-col-risk-reasoning = Motivation du risque
export-col-art33-decision = Décision au titre de l'art. 33
export-col-art33-rationale = Motivation au titre de l'art. 33
export-col-art33-decided-by = Décidé par
export-col-art33-decided-at = Décidé le (UTC)
export-col-filings = Notifications
export-col-controllers-notified = Responsables du traitement informés
export-col-art34-decision = Décision au titre de l'art. 34
export-col-other-regimes = Autres régimes et autorités
export-col-consequences = Conséquences probables
export-col-measures-taken = Mesures prises
export-col-measures-proposed = Mesures proposées
export-col-status = Statut
export-col-journal-seq = Position dans le journal
export-col-journal-hash = Empreinte du dernier événement

## Libellés des champs et des valeurs dans les rapports

report-field-title = Intitulé
report-field-description = Description
report-field-category = Catégorie
report-field-vuln-class = Classe de vulnérabilité
report-field-source = Source
report-field-severity = Gravité
report-field-status = Statut
report-field-close-reason = Motif de clôture
report-field-occurred-at = Survenu
report-field-occurred-from = Survenu à partir du
report-field-occurred-to = Survenu jusqu'au
report-field-detected-at = Détecté
report-field-owner = Responsable
report-field-affected-systems = Systèmes concernés
report-field-exercise = Exercice
report-field-personal-data = Données à caractère personnel concernées
report-field-aware-at = Prise de connaissance de la violation
report-field-aware-justification = Justification de la durée d'investigation
report-field-role = Notre rôle
report-field-nature = Nature de la violation
report-field-data-categories = Catégories de données
report-field-special-categories = Catégories particulières (art. 9/10)
report-field-subject-categories = Catégories de personnes concernées
report-field-subjects-approx = Nombre approximatif de personnes concernées
report-field-subjects-estimate = Nombre de personnes concernées estimé
report-field-records-approx = Nombre approximatif d'enregistrements
report-field-records-estimate = Nombre d'enregistrements estimé
report-field-consequences = Conséquences probables
report-field-measures-taken = Mesures prises
report-field-measures-proposed = Mesures proposées
report-field-contact-point = Point de contact (DPD)
report-field-risk = Risque
report-field-risk-reasoning = Motivation du risque
report-field-decision = Décision de notification
report-field-decision-rationale = Motivation de la décision
report-field-decided-by = Décidé par
report-field-decided-at = Date de la décision
report-field-due-at = Échéance
report-field-note = Note
report-field-name = Nom de l'organisation
report-field-address = Adresse
report-field-default-role = Rôle par défaut
report-field-timezone = Fuseau horaire
report-field-language = Langue
report-field-lead-authority = Autorité de contrôle chef de file
report-field-aware-gap-hours = Délai de prise de connaissance (heures)
report-field-idle-lock-minutes = Verrouillage après inactivité (minutes)
report-field-notify-thresholds-hours = Seuils de rappel (heures)
report-field-backup-folder = Dossier de sauvegarde
report-category-malware = Logiciel malveillant ou rançongiciel
report-category-phishing = Hameçonnage
report-category-lost-device = Appareil perdu ou volé
report-category-misdirected = Envoi à un mauvais destinataire
report-category-unauthorised-access = Accès non autorisé
report-category-account-takeover = Prise de contrôle de compte
report-category-vulnerability = Signalement de vulnérabilité
report-category-insider-misuse = Usage abusif interne
report-category-system-failure = Défaillance du système
report-category-third-party = Incident chez un sous-traitant ou un tiers
report-category-other = Autre
report-vuln-xss = Script intersite (XSS)
report-vuln-open-redirect = Redirection ouverte
report-vuln-csrf = Falsification de requête intersite (CSRF)
report-vuln-injection = Injection
report-vuln-auth-flaw = Faille d'authentification
report-vuln-rce = Exécution de code à distance
report-source-internal-monitoring = Surveillance interne
report-source-employee = Salarié
report-source-customer = Client
report-source-partner-notice = Signalement d'un sous-traitant ou partenaire
report-source-bug-bounty = Signalement de bug bounty
report-source-authority-request = Demande d'une autorité
report-severity-low = Faible
report-severity-medium = Moyenne
report-severity-high = Élevée
report-severity-critical = Critique
report-status-reported = Signalé
report-status-triage = Tri
report-status-investigating = En cours d'investigation
report-status-contained = Maîtrisé
report-status-resolved = Résolu
report-status-closed = Clôturé
report-close-reason-resolved = Résolu
report-close-reason-false-positive = Faux positif
report-close-reason-duplicate = Doublon
report-close-reason-not-security-incident = Pas un incident de sécurité
report-personal-data-yes = Oui
report-personal-data-no = Non
report-personal-data-undetermined = Pas encore déterminé
report-role-controller = Responsable du traitement
report-role-processor = Sous-traitant
report-role-joint-controller = Responsable conjoint du traitement
report-nature-confidentiality = Confidentialité
report-nature-integrity = Intégrité
report-nature-availability = Disponibilité
report-risk-none = Aucun risque
report-risk-risk = Risque
report-risk-high = Risque élevé
report-decision-notify = Notification à l'autorité de contrôle
report-decision-no-notify = Pas de notification

## Notification, data-subject communication and controller notice

report-title-notification = Notification d'une violation de données à caractère personnel (art. 33 RGPD)
report-title-subjects = Communication aux personnes concernées (art. 34 RGPD)
report-title-controller = Notification d'une violation de données au responsable du traitement (art. 33, par. 2, RGPD)
report-kind-notification = notification à l'autorité de contrôle
report-kind-subjects = communication aux personnes concernées
report-kind-controller = notification à un responsable du traitement
report-section-addressee = Destinataire
report-addressee = Destinataire
report-addressee-subjects = Les personnes concernées
report-website = Site internet
report-document-language = Langue du présent document
report-missing-measures = mesures prises ou envisagées
report-doc-phased = La présente notification est effectuée de manière échelonnée (art. 33, par. 4, RGPD). Les informations suivantes ne sont pas encore disponibles et seront communiquées sans autre retard indu : { $items }.
report-doc-incomplete = Pas encore renseigné (exigé par l'art. 34, par. 2, RGPD) : { $items }.
report-section-art34-exemption = Dispense de communication (art. 34, par. 3, RGPD)
report-section-customer-draft = En annexe : un projet de votre propre notification à votre autorité
report-customer-draft-intro = En tant que responsable du traitement, vous décidez de notifier ou non votre autorité de contrôle et vous effectuez la notification vous-même. Ce projet de son formulaire est rempli avec les faits et les chiffres de la présente notification concernant vos données, pour que vous puissiez le vérifier, compléter ce qui manque et le déposer.
report-exemption = Dispense
report-justification = Justification
report-section-filing-record = Historique des notifications
report-filing-record-intro-notification = L'obligation de notification à cette autorité et chaque notification enregistrée à ce titre (notification initiale, informations complémentaires, retrait), avec la date de la notification et, en cas de dépassement du délai, les motifs du retard.
report-filing-record-intro-subjects = L'obligation de communiquer la violation aux personnes concernées et chaque communication enregistrée à ce titre.
report-filing-record-intro-controller = L'obligation d'informer ce responsable du traitement dans les meilleurs délais (art. 33, par. 2, RGPD, avec le délai contractuel le cas échéant) et chaque notification enregistrée à ce titre.
report-no-obligation-for-document = Aucune obligation envers ce destinataire n'est enregistrée pour cet incident.

## Obligations and filings (incident report)

report-section-obligations = Obligations
report-no-obligations = Aucune obligation de notification n'a été déterminée pour cet incident.
report-section-filings = Notifications effectuées
report-no-filings = Aucune notification enregistrée.
report-col-regime = Régime
report-col-recipient = Destinataire
report-col-obligation = Obligation
report-col-due = Échéance
report-col-status = Statut
report-col-phase = Phase
report-col-channel = Moyen
report-col-reference = Référence
report-col-delay = Respect du délai
report-due-undue-delay = Dans les meilleurs délais (pas de délai légal)
report-due-awaiting = Commence dès que l'événement déclencheur est enregistré
report-late-by = en retard de { $duration }
report-overdue-by = délai dépassé de { $duration }
report-on-time = dans le délai
report-reasons-for-delay = Motifs du retard : { $reasons }
report-not-required-because = Non requis : { $rationale } ({ $by }, { $at })
report-duration-dhm = { $d } j { $h } h { $m } min
report-duration-hm = { $h } h { $m } min

## Register: regulation columns

report-col-filings = Notifications et communication
report-reg-enisa = ENISA : DPC { $dpc } × EI { $ei } + CB { $cb } = SE { $se } ({ $band })
report-reg-superseded = remplacée par { $reference }
report-reg-controllers = Responsables du traitement informés : { $list }
report-reg-controller-pending = en attente
report-reg-art34-communicated = Art. 34 : personnes concernées informées le { $at } ({ $channel })
report-reg-art34-exempt = Art. 34 : dispense — { $exemption }. { $justification }
report-reg-art34-pending = Art. 34 : communication aux personnes concernées en attente
report-reg-art34-not-required = Art. 34 : aucune communication requise (pas de risque élevé)
report-reg-other = Autres régimes : { $list }
export-col-enisa-band = Niveau de gravité ENISA
export-col-notified-at = Notifiée à l'autorité (UTC)
export-col-notified-at-local = Notifiée à l'autorité (heure locale)
export-col-notification-reference = Référence de la notification
export-col-art34-exemption = Dispense au titre de l'art. 34, par. 3
export-col-art34-justification = Justification de la dispense (art. 34, par. 3)
export-col-art34-communicated-at = Personnes concernées informées (UTC)
export-col-art34-channel = Moyen de la communication

## Desktop app: Reports screen

app-nav-reports = Rapports
app-reports-button = Rapport…
app-reports-title = Rapports
app-reports-intro = Établissez des rapports PDF chaînés par hachage pour les autorités de contrôle, les personnes concernées, les responsables du traitement et les auditeurs, et vérifiez un rapport reçu ou envoyé.
app-reports-issue-heading = Établir un rapport
app-reports-kind = Type de rapport
app-reports-kind-incident = Rapport d'incident
app-reports-kind-notification = Notification à l'autorité
app-reports-kind-subjects = Communication aux personnes concernées
app-reports-kind-controller = Notification à un responsable du traitement
app-reports-kind-register = Registre des violations
app-reports-kind-audit-trail = Piste d'audit
app-reports-about-incident = L'incident complet : faits, évaluation, décisions, obligations, notifications, actions et chronologie.
app-reports-about-notification = La notification au titre de l'art. 33 RGPD telle que déposée, dans la langue de l'autorité, avec les notifications effectuées.
app-reports-about-subjects = La communication aux personnes concernées au titre de l'art. 34 RGPD, en des termes clairs et simples.
app-reports-about-controller = La notification du sous-traitant à un responsable du traitement au titre de l'art. 33, par. 2, RGPD.
app-reports-about-register = Le registre de toutes les violations au titre de l'art. 33, par. 5, RGPD, y compris celles non notifiées.
app-reports-about-audit-trail = Le journal du registre lui-même, événement par événement.
app-reports-incident = Incident
app-reports-choose-incident = Choisissez un incident…
app-reports-authority = Autorité de contrôle
app-reports-controller = Responsable du traitement
app-reports-no-controllers = Aucun responsable du traitement n'est enregistré. Ajoutez-les avec « breachlog controller add ».
app-reports-language = Langue
app-reports-language-authority = Langue de l'autorité
app-reports-language-default = Langue de l'organisation
app-reports-from = Du
app-reports-to = Au
app-reports-issue = Établir et enregistrer…
app-reports-issuing = Établissement en cours…
app-draft-issue-pdf = Établir en PDF et enregistrer…
app-reports-issued = Rapport { $serial } établi ({ $pages } pages).
app-reports-saved-to = Enregistré sous
app-reports-sha256 = SHA-256 du PDF
app-reports-head = État du journal
app-reports-verify-heading = Vérifier un rapport
app-reports-verify-intro = Choisissez un rapport PDF de Breachlog. Le sceau, le contenu intégré et les événements du journal sont vérifiés ; si le registre est déverrouillé, également si ce registre a établi le rapport.
app-reports-verify = Choisir un PDF et vérifier…
app-reports-verify-ok = { $file } est intact.
app-reports-proof = Preuve signée : { $events ->
    [one] son événement du journal figure
   *[other] ses { $events } événements du journal figurent
} dans le journal du registre { $register } de { $size } événements, comme l'atteste un point de contrôle signé par la clé { $key } ({ $proofs ->
    [one] { $proofs } preuve d'inclusion vérifiée
   *[other] { $proofs } preuves d'inclusion vérifiées
}). Sans le registre, « verify-report --checkpoint » en ligne de commande compare cette clé à un point de contrôle reçu du registre.
app-reports-no-proof = Ce rapport ne contient pas de preuve signée (il a été émis avant que les rapports en contiennent une).
app-reports-verify-failed = { $file } ne passe pas la vérification.
app-reports-serial = Rapport n°
app-reports-issued-here = Établi par ce registre
app-reports-issued-here-yes = Oui ; le registre contient toujours l'état du journal couvert.
app-reports-issued-here-no = Non
app-reports-not-checked = Non vérifié (registre verrouillé) : le contenu intégré correspond au sceau, mais sans le registre, impossible de vérifier que ce registre l'a établi
app-reports-pdf-filter = Documents PDF

## Recovery Kit (one page, printed or saved by the user; holds the recovery key)

kit-title = Kit de récupération Breachlog
kit-subtitle = Conservez cette page hors ligne, en lieu sûr. Quiconque la détient avec une copie du registre peut lire tous les incidents.
kit-organisation = Organisation
kit-register-file = Fichier du registre
kit-register-id = Identifiant du registre
kit-issued = Clé de récupération émise le
kit-recovery-key = Clé de récupération
kit-what-heading = Ce qu’est cette clé
kit-what = La clé de récupération ouvre le registre lorsque la phrase secrète est oubliée ou que le trousseau du système est perdu. C’est le seul moyen d’y revenir : Breachlog n’en garde aucune copie et ne peut pas la réinitialiser.
kit-keep-heading = Où la conserver
kit-keep = Imprimez cette page ou notez la clé, et gardez-la loin de l’ordinateur qui contient le registre : dans le coffre de l’entreprise, ou auprès de votre délégué à la protection des données ou d’un second dirigeant.
    Ne la stockez pas dans le même dossier cloud ni dans la même sauvegarde que le registre, et ne l’envoyez pas par e-mail.
kit-use-heading = Comment l’utiliser
kit-use = Sur l’écran de déverrouillage, choisissez « Utiliser la clé de récupération » et saisissez la clé (majuscules ou minuscules, avec ou sans tirets). En ligne de commande : breachlog --recovery incident list.
    Définissez ensuite aussitôt une nouvelle phrase secrète (l’application la demande).
kit-lost-heading = Si elle est perdue ou a été vue par un tiers
kit-lost = Perdue : ouvrez le registre et choisissez Paramètres → Clés → « Émettre une nouvelle clé de récupération » ; l’ancienne clé n’ouvre plus le registre. Vue par un tiers : renouvelez la clé (Paramètres → Clés, ou breachlog key rotate), ce qui rechiffre le registre, et recréez les sauvegardes antérieures, qui s’ouvrent encore avec l’ancienne clé.
kit-footer = Kit de récupération Breachlog — confidentiel. Cette page n’est pas un rapport du registre et n’y est pas enregistrée.

# Pourquoi aucune obligation de notification n'a été dérivée (rapport d'incident, registre).
report-clock-gap-exercise = L'incident est un exercice ; les exercices ne créent aucune obligation.
report-clock-gap-not-assessed = L'incident n'a pas été évalué comme une violation de données à caractère personnel.
report-clock-gap-no-personal-data = Selon l'évaluation, aucune donnée personnelle n'est concernée.
report-clock-gap-gdpr-not-applied = Ni le RGPD ni le UK GDPR ne s'appliquent à l'incident.
report-clock-gap-processor-without-controllers = Le rôle pour cet incident est sous-traitant et aucun responsable du traitement concerné n'a été choisi : aucune notification à un responsable du traitement (art. 33, par. 2, RGPD) ne peut être dérivée tant que les responsables ne sont pas choisis.

## Register exports for auditors (Reports screen)
app-export-heading = Exports pour les auditeurs
app-export-intro = Le registre des violations (RGPD art. 33, par. 5) en tableur, ou un lot qu’un auditeur vérifie hors ligne : le journal, le registre en CSV et XLSX, chaque rapport émis et un manifeste avec l’empreinte SHA-256 de chaque fichier.
app-export-headers = En-têtes de colonnes et valeurs
app-export-headers-localised = En { $language } (pour les personnes ; le CSV s’ouvre correctement dans Excel)
app-export-headers-ids = Identifiants machine stables (pour les scripts)
app-export-csv = Exporter en CSV…
app-export-xlsx = Exporter en XLSX…
app-export-bundle = Exporter le lot…
app-export-working = Export en cours…
app-export-csv-filter = Fichiers CSV
app-export-xlsx-filter = Classeurs Excel
app-export-bundle-dialog = Nom du nouveau dossier du lot
app-reports-save-dialog = Enregistrer le rapport en PDF
app-export-register-done = { $rows ->
    [one] Registre exporté : { $rows } violation.
   *[other] Registre exporté : { $rows } violations.
}
app-export-bundle-done = { $files ->
    [one] Lot exporté : { $files } fichier et son manifeste.
   *[other] Lot exporté : { $files } fichiers et leur manifeste.
}
app-export-bundle-check = L’auditeur peut contrôler chaque fichier par rapport à manifest.json avec n’importe quel outil SHA-256, et la chaîne de hachage du journal selon le format publié (docs/chain-format.md) — sans clé ni Breachlog.
app-export-manifest = SHA-256 du manifeste
report-title-controller-uk = Notification d'une violation de données au responsable du traitement (art. 33, par. 2, UK GDPR)
report-doc-phased-uk = La présente notification est effectuée de manière échelonnée (art. 33, par. 4, UK GDPR). Les informations suivantes ne sont pas encore disponibles et seront communiquées sans autre retard indu : { $items }.
report-filing-record-intro-controller-uk = L'obligation d'informer ce responsable du traitement dans les meilleurs délais (art. 33, par. 2, UK GDPR, avec le délai contractuel le cas échéant) et chaque notification enregistrée à ce titre.
report-title-notification-uk = Notification d'une violation de données à caractère personnel (art. 33 UK GDPR)
report-title-subjects-uk = Communication aux personnes concernées (art. 34 UK GDPR)
report-doc-incomplete-uk = Pas encore renseigné (exigé par l'art. 34, par. 2, UK GDPR) : { $items }.
report-section-art34-exemption-uk = Dispense de communication (art. 34, par. 3, UK GDPR)
report-filing-record-intro-notification-uk = L'obligation de notification à cette autorité et chaque notification enregistrée à ce titre (notification initiale, informations complémentaires, retrait), avec la date de la notification et, en cas de dépassement du délai, les motifs du retard.
report-filing-record-intro-subjects-uk = L'obligation de communiquer la violation aux personnes concernées et chaque communication enregistrée à ce titre.
report-col-field = Champ
cli-dora-written = Rapport DORA écrit dans { $path } ({ $missing ->
    [0] tous les champs obligatoires sont renseignés
    [one] un champ obligatoire encore vide
   *[other] { $missing } champs obligatoires encore vides
})
report-kind-dora = rapport DORA à l’autorité de surveillance financière
report-filing-record-intro-dora = L’obligation de déclaration DORA de cette étape envers l’autorité de surveillance financière (DORA art. 19, paragraphe 4 ; règlement délégué (UE) 2025/301, art. 5) et chaque envoi enregistré pour elle, avec l’heure de l’envoi et, lorsque le délai a été dépassé, les raisons du retard.
report-kind-nis2 = rapport NIS2 au CSIRT
report-filing-record-intro-nis2 = L’obligation de notification NIS2 de cette étape envers le CSIRT ou l’autorité compétente (NIS2 art. 23, paragraphe 4) et chaque envoi enregistré pour elle, avec l’heure de l’envoi et, lorsque le délai a été dépassé, les raisons du retard.
report-kind-cra = rapport CRA au CSIRT coordinateur
report-filing-record-intro-cra = L’obligation de notification de cette étape au titre du règlement sur la cyberrésilience envers le CSIRT coordinateur via la plateforme unique de signalement de l’ENISA (règlement (UE) 2024/2847, art. 14) et chaque envoi enregistré pour elle, avec l’heure de l’envoi et, lorsque le délai a été dépassé, les raisons du retard.
