# Breachlog — module réglementaire (obligations, notifications, règles, ENISA, autorités, projets).

## Reasons (why a field was refused)

reason-reasons-for-delay-required = la notification intervient { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} après l’échéance ; les motifs du retard doivent être indiqués
reason-notify-required = la décision « ne pas notifier » n’est possible que si le risque est « aucun »
reason-regime-not-enabled = ce régime ne s’applique pas à l’organisme ou à l’incident
reason-not-classifiable = seuls nis2 (incident important), dora (incident majeur) et cra (signalement au titre du règlement sur la cyberrésilience) font l’objet d’une classification
reason-already-filed = cette obligation a déjà fait l’objet d’une notification initiale ; enregistrez plutôt un complément, un rapport final ou un retrait
reason-no-initial-filing = cette obligation n’a pas encore fait l’objet d’une notification initiale
reason-before-initial-filing = la date est antérieure à la notification initiale
reason-before-filing = la date est antérieure à la notification dont la réception est confirmée
reason-already-acknowledged = l’accusé de réception de cette notification est déjà enregistré
reason-wrong-obligation = l’élément ne relève pas de cet incident ou de cette obligation
reason-obligation-not-required = il a été décidé que cette obligation ne s’applique pas
reason-only-for-follow-ups = seul un complément, un rapport final ou un retrait renvoie à une notification antérieure
reason-unknown-authority = il ne s’agit pas d’une autorité du registre (voir « breachlog authority list »)
reason-unknown-id = aucun élément ne porte cet identifiant
reason-no-statutory-hours = cette règle ne comporte pas de délai légal en heures pouvant être modifié
reason-above-legal-maximum = c’est plus long que ce que la loi permet : au plus { $max ->
    [one] { $max } heure
   *[other] { $max } heures
 } ({ $reference }) ; un réglage ne peut que raccourcir un délai légal
reason-not-incoming = seule une demande entrante peut recevoir une réponse
reason-decided-by-assessment = cette décision découle de l’évaluation de la violation ; modifiez plutôt l’évaluation
reason-not-classified = l’incident n’est pas encore classé au titre de ce régime (« breachlog incident classify »)
reason-nis2-only = cela ne s’applique qu’aux incidents NIS2

## Entities and fields

entity-obligation = obligation
entity-filing = notification
entity-controller = responsable du traitement
entity-contact = échange avec l’autorité
field-obligation = obligation
field-channel = canal
field-reference = référence
field-reasons-for-delay = motifs du retard
field-phase = phase
field-follows = notification précédente
field-regime = régime
field-regimes = régimes
field-rule = règle
field-hours = heures
field-pack = paquet de règles
field-notice-hours = délai de notification en heures
field-name = nom
field-contact = coordonnées
field-controllers = responsables du traitement
field-authorities = autorités de contrôle
field-authority = autorité de contrôle
field-art34-exemption = exception de l’article 34, paragraphe 3
field-art34-justification = justification de l’exception de l’article 34, paragraphe 3
field-malicious = suspicion d’acte malveillant
field-cross-border = impact transfrontière
field-dora-rollover-country = pays pour le report des échéances DORA
field-undue-delay-target-hours = objectif interne pour « dans les meilleurs délais »
field-notice-reminder-hours = rappel pour les notifications aux clients sans accusé de réception (heures)
field-filing = notification
field-acknowledged-at = reçue le
field-acknowledged-by = confirmée par
field-by = par
field-obligations = obligations
field-as-of = date de référence
field-dpc = contexte du traitement (DPC)
field-dpc-adjust = ajustement du DPC
field-ei = facilité d’identification (EI)
field-cb-confidentiality = perte de confidentialité
field-cb-integrity = perte d’intégrité
field-cb-availability = perte de disponibilité
field-direction = sens
field-subject = objet
field-response-due-at = délai de réponse
field-trade-secrets = secrets d’affaires exfiltrés
field-death = décès d’une personne physique
field-health-damage = dommage considérable à la santé
field-malicious-access = accès malveillant non autorisé (perturbation grave possible)
field-recurring = incidents récurrents (art. 4)
field-scheduled = interruption ou maintenance planifiée
field-data-malicious = données compromises par une action présumée malveillante
field-entity-type = type d’entité
field-direct-loss-eur = perte financière directe (EUR)
field-annual-turnover-eur = chiffre d’affaires annuel (EUR)
field-unavailable-minutes = minutes d’indisponibilité totale
field-limited-minutes = minutes de disponibilité limitée
field-limited-users = utilisateurs touchés par la disponibilité limitée
field-users-in-union = utilisateurs dans l’Union
field-data-users = utilisateurs touchés par des données compromises
field-significance = vérification de l’importance
field-affects-recipients = affecte les destinataires de nos services
obligation-kind-recipient-notice = notification aux destinataires des services
recipient-service-recipients = destinataires de nos services
nis2-entity-type-cloud = fournisseur de services d’informatique en nuage
nis2-entity-type-managed-service = fournisseur de services (de sécurité) gérés
nis2-entity-type-other = autre entité
field-order = injonction e-Evidence
field-issuer = autorité d’émission
field-issuer-country = État d’émission
field-change = modification
field-incident = incident
field-answers = demande à laquelle il est répondu
field-lang = langue
field-rationale = justification
field-controller = responsable du traitement
field-kind = type de rapport
field-trust-service = incident affectant des services de confiance

## Values

regime-gdpr = RGPD
regime-uk-gdpr = UK GDPR
regime-nis2 = NIS 2
regime-dora = DORA
regime-eprivacy = ePrivacy
obligation-kind-notification = notification
obligation-kind-controller-notice = notification au responsable du traitement
obligation-kind-subject-communication = communication aux personnes concernées
obligation-kind-early-warning = alerte précoce
obligation-kind-initial = notification initiale
obligation-kind-intermediate = rapport intermédiaire
obligation-kind-final = rapport final
obligation-kind-complete = notification complète
obligation-kind-authority-request = demande de l’autorité
obligation-kind-production = production de données (e-Evidence)
obligation-kind-preservation = conservation de données (e-Evidence)
obligation-status-pending = en attente
obligation-status-filed = notifiée
obligation-status-filed-late = notifiée en retard
obligation-status-overdue = échéance dépassée
obligation-status-not-required = non requise
obligation-status-awaiting-anchor = délai non encore ouvert
channel-portal = téléservice
channel-email = courriel
channel-letter = courrier
channel-phone = téléphone
phase-initial = initiale
phase-follow-up = complément
phase-final = finale
phase-withdrawal = retrait
art34-exemption-a = art. 34, par. 3, point a) : données incompréhensibles pour toute personne non autorisée
art34-exemption-b = art. 34, par. 3, point b) : le risque élevé n’est plus susceptible de se matérialiser
art34-exemption-c = art. 34, par. 3, point c) : efforts disproportionnés, communication publique à la place
art34-decision-communicated = Personnes concernées informées
art34-decision-not-required = Aucune communication requise (pas de risque élevé)
art34-decision-pending = Communication en attente
art34-decision-exempt = Exemption (art. 34, par. 3)
tristate-yes = oui
tristate-no = non
tristate-unknown = inconnu
dora-entity-type-credit-institution = établissement de crédit
dora-entity-type-central-counterparty = contrepartie centrale
dora-entity-type-trading-venue = opérateur de plate-forme de négociation
dora-entity-type-other = autre entité financière
contact-direction-incoming = demande reçue
order-kind-production = injonction européenne de production (EPOC)
order-kind-production-emergency = injonction européenne de production, urgence (EPOC)
order-kind-preservation = injonction européenne de conservation (EPOC-PR)
preservation-change-extended = prolongée de 30 jours
preservation-change-production-confirmed = demande de production confirmée
preservation-change-released = conservation plus nécessaire
contact-direction-outgoing = réponse envoyée
obligation-no-longer-derived = Les faits de l’incident ne justifient plus cette obligation (rôle, régime, données personnelles ou statut d’exercice modifiés).

## CLI

reg-header-regime = Régime
reg-header-kind = Obligation
reg-header-recipient = Destinataire
reg-header-due = Échéance
reg-header-status = Statut
reg-header-reference = Base juridique
reg-no-due-time = dans les meilleurs délais
reg-on-request = échéance fixée par la demande
reg-target = objectif interne { $at }
reg-aim-for = viser { $target } · limite légale { $due }
recipient-data-subjects = personnes concernées
recipient-public = le public
recipient-csirt = CSIRT / autorité compétente
recipient-financial-supervisor = autorité de surveillance financière
recipient-national-authority = autorité nationale
recipient-issuing-authority = autorité d’émission
recipient-supervisory-authority = autorité de contrôle
recipient-controller = responsable du traitement
reg-elapsed = temps écoulé : { $time }
reg-late-by = { $status } ({ $time } après l’échéance)
reg-hours = { $hours ->
    [one] { $hours } heure
   *[other] { $hours } heures
}
reg-months = { $months } mois
reg-duration-days = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
reg-duration-hours = { $hours ->
    [one] { $hours } heure
   *[other] { $hours } heures
}
reg-duration-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
cli-no-obligations = Aucune obligation.
cli-no-controllers = Aucun responsable du traitement. Ajoutez-en un avec « breachlog controller add ».
cli-controller-added = Responsable du traitement { $name } ajouté ({ $id }).
cli-filing-recorded = Notification { $id } enregistrée.
cli-filing-recorded-late = Notification { $id } enregistrée, { $time } après l’échéance (motifs du retard enregistrés).
notice-state-draft = brouillon
notice-state-sent = envoyée
notice-state-acknowledged = reçue
notice-acknowledged-by = réception confirmée { $at } par { $by }
notice-acknowledged-at = réception confirmée { $at }
notice-reminder = rappel : réception non confirmée depuis { $at } (relancer le client ; pas un délai légal)
notice-remind-at = rappel { $at } sans accusé de réception
cli-filing-acknowledged = Accusé de réception de la notification { $id } enregistré.
cli-classified = Incident { $id } classé au titre de { $regime } ; les délais courent.
cli-incident-regimes = L’incident { $id } relève désormais de : { $regimes }
cli-rule-changed = Règle { $rule } modifiée. Les obligations nées auparavant conservent leurs conditions.
cli-controller-changed = Responsable du traitement { $name } modifié. Les obligations nées auparavant conservent leurs conditions.
cli-obligation-requested = Demande enregistrée : { $kind } à { $recipient } ({ $reference }).
cli-regulation-settings-changed = Paramètres réglementaires modifiés.
cli-ics-written = Échéances enregistrées dans { $path }.
cli-contact-logged = Échange avec l’autorité { $id } enregistré.
cli-significance-yes = Vérification de l’importance (règlement d’exécution (UE) 2024/2690) : important — un ou plusieurs critères remplis.
cli-significance-no = Vérification de l’importance (règlement d’exécution (UE) 2024/2690) : aucun critère rempli.
cli-preserve-until = conserver jusqu’au { $date }
cli-preservation-changed = Injonction de conservation { $id } : { $change }.
cli-no-contacts = Aucun échange avec une autorité enregistré.
ics-summary = { $kind } ({ $regime }) à { $recipient }

## ENISA severity

enisa-result = Gravité { $score } : { $band }
enisa-band-low = faible
enisa-band-medium = moyenne
enisa-band-high = élevée
enisa-band-very-high = très élevée

## Notification drafts (authority forms, data-subject communication, controller notice)

tpl-authority-title-nl-ap = Notification d’une violation de données à l’{ $authority }
tpl-authority-title-be-apd = Notification d’une fuite de données à l’{ $authority }
tpl-authority-title-de = Notification d’une violation de données à caractère personnel au titre de l’article 33 du RGPD à { $authority }
tpl-authority-title-fr-cnil = Notification de violation de données personnelles à la { $authority }
tpl-authority-title-uk-ico = Notification d’une violation de données à caractère personnel à l’{ $authority }
tpl-authority-title-ie-dpc = Notification d’une violation de données à la { $authority }
tpl-authority-title-edpb = Notification d’une violation de données à caractère personnel (article 33 du RGPD) à { $authority } — modèle commun du CEPD (projet du 10 juin 2026)
tpl-subjects-title = Information importante concernant vos données personnelles de la part de { $org }
tpl-controller-title = Notification d’une violation de données à caractère personnel à { $controller } (article 33, paragraphe 2, du { $law })
tpl-customer-authority-title = Notification de { $controller } à { $authority } (projet)
tpl-section-controller = Responsable du traitement
tpl-section-contact = Personne à contacter
tpl-section-notification = Type de notification
tpl-section-timeline = Chronologie
tpl-section-what-happened = Description de la violation
tpl-section-data = Données personnelles concernées
tpl-section-people = Personnes concernées
tpl-section-data-people = Données et personnes concernées
tpl-section-consequences = Conséquences probables
tpl-section-measures = Mesures prises ou envisagées
tpl-section-measures-before = Mesures de sécurité en place avant la violation
tpl-section-follow-up = Suites
tpl-section-informing-people = Information des personnes concernées
tpl-section-international = Aspects transfrontaliers
tpl-section-communication = Information des personnes et autres autorités
tpl-section-containment = Confinement et rétablissement
tpl-section-training = Formation et sensibilisation du personnel
tpl-section-other-regulators = Autres autorités de régulation
tpl-section-intro = Introduction
tpl-section-edpb-type = 1. Type de notification
tpl-section-edpb-controller = 2. Responsable, personne qui notifie et DPD
tpl-section-edpb-nature = 3. Nature de la violation
tpl-section-edpb-consequences = 4. Conséquences probables
tpl-section-edpb-measures = 5. Atténuation et prévention d’une violation similaire
tpl-section-edpb-communication = 6. Communication aux personnes concernées
tpl-field-reporting-person = Personne qui notifie la violation (nom, fonction, coordonnées)
tpl-field-prevention = Mesures pour éviter qu’une violation similaire se reproduise
tpl-field-notification-type = Type de notification
tpl-field-reference = Référence de la notification précédente
tpl-field-org-name = Nom de l’organisme
tpl-field-org-address = Adresse
tpl-field-org-registration = Numéro SIREN
tpl-field-contact-point = Délégué à la protection des données ou autre point de contact
tpl-field-occurred = Quand la violation a-t-elle eu lieu ?
tpl-field-detected-at = Quand l’incident a-t-il été détecté ?
tpl-field-aware-at = Quand l’organisme a-t-il pris connaissance de la violation ?
tpl-field-aware-justification = Pourquoi l’établissement de la violation a-t-il pris ce temps ?
tpl-field-contained-at = Quand la violation a-t-elle été circonscrite ?
tpl-field-reasons-for-delay = Motifs du retard de la notification
tpl-field-title = Résumé
tpl-field-description = Description de la violation
tpl-field-nature = Nature de la violation
tpl-field-cause = Origine
tpl-field-discovery = Comment la violation a-t-elle été découverte ?
tpl-field-affected-systems = Systèmes concernés
tpl-field-data-categories = Catégories de données à caractère personnel
tpl-field-special-categories = Catégories particulières de données et données relatives aux condamnations pénales
tpl-field-records-approx = Nombre approximatif d’enregistrements concernés
tpl-field-subject-categories = Catégories de personnes concernées
tpl-field-subjects-approx = Nombre approximatif de personnes concernées
tpl-field-consequences = Conséquences probables pour les personnes concernées
tpl-field-risk = Évaluation du risque
tpl-field-severity-score = Gravité (méthode de l’ENISA)
tpl-field-measures-taken = Mesures prises
tpl-field-measures-proposed = Mesures envisagées
tpl-field-measures-before = Mesures techniques et organisationnelles en place avant la violation
tpl-field-follow-up = Informations complémentaires
tpl-field-subjects-informed = Les personnes concernées ont-elles été informées ?
tpl-field-cross-border = Autres autorités de contrôle notifiées (traitement transfrontalier)
tpl-field-other-regulators = Autres autorités notifiées
tpl-field-staff-training = Formation à la protection des données du personnel impliqué
tpl-field-subjects-intro = Introduction
tpl-field-controller-intro = Introduction
tpl-value-new = Notification initiale
tpl-value-follow-up = Complément à une notification précédente
tpl-datetime = { $day }/{ $month }/{ $year } à { $time } ({ $zone })
tpl-estimate = estimation
tpl-unknown = inconnu
tpl-none = aucune
tpl-discovery = { $source }, le { $at }
tpl-follow-up-info = L’enquête est en cours. Nous communiquerons les informations manquantes dans une notification complémentaire, sans autre retard indu (article 33, paragraphe 4, du RGPD).
tpl-regulator-nis2 = CSIRT ou autorité compétente au titre de NIS 2
tpl-regulator-dora = autorité de surveillance financière au titre de DORA
tpl-subjects-not-required = Non : la violation n’est pas susceptible d’engendrer un risque élevé pour les personnes concernées.
tpl-subjects-informed = Oui, le { $at } par { $channel }.
tpl-subjects-pending = Pas encore ; les personnes concernées seront informées dans les meilleurs délais.
tpl-subjects-intro = Nous vous informons que { $org } a subi un incident de sécurité concernant vos données personnelles. Nous le regrettons et souhaitons vous expliquer en toute transparence ce qui s’est passé, ce que cela peut signifier pour vous et les mesures que nous prenons.
tpl-controller-intro = En sa qualité de sous-traitant, { $org } vous informe d’une violation de données à caractère personnel concernant des données que nous traitons pour votre compte (« { $title } »), afin que vous puissiez remplir vos propres obligations au titre des articles 33 et 34 du { $law }.

# Pourquoi aucun délai RGPD ne court pour un incident (panneau des obligations de l'application, `breach assess`).
clock-gap-exercise = Cet incident est un exercice : il ne crée aucune obligation.
clock-gap-not-assessed = Aucun délai RGPD ne court : l'incident n'a pas été évalué comme une violation de données à caractère personnel (données personnelles concernées : indéterminé).
clock-gap-no-personal-data = Aucun délai RGPD ne court : selon l'évaluation, aucune donnée personnelle n'est concernée.
clock-gap-gdpr-not-applied = Aucun délai RGPD ne court : ni le RGPD ni le UK GDPR ne s'appliquent à cet incident (régimes de l'organisation ou de l'incident).
clock-gap-processor-without-controllers = Aucun délai RGPD ne court encore : le rôle pour cet incident est sous-traitant, la violation est donc notifiée aux responsables du traitement (art. 33, par. 2, RGPD) et non à l'autorité. Aucune notification à un responsable du traitement ne peut être dérivée tant que vous n'avez pas choisi les responsables concernés dans l'évaluation.

## Règlement sur la cyberrésilience, UK PECR, rapport intermédiaire DORA mis à jour, notification ePrivacy aux abonnés

regime-cra = CRA
regime-uk-pecr = UK PECR
regime-e-evidence = e-Evidence
obligation-kind-updated-intermediate = rapport intermédiaire mis à jour
recipient-csirt-coordinator = CSIRT coordinateur (via la plateforme unique de signalement de l’ENISA)
recipient-subscribers = abonnés ou particuliers concernés
cra-kind-exploited-vulnerability = vulnérabilité activement exploitée
cra-kind-severe-incident = incident grave ayant un impact sur la sécurité du produit
field-cra-kind = type de signalement au titre du règlement sur la cyberrésilience
field-corrective-measure-at = mesure corrective ou d’atténuation disponible depuis
field-recovered-at = activités normales rétablies le
reason-cra-only = cela ne s’applique qu’aux signalements au titre du règlement sur la cyberrésilience (régime cra)
obligation-action-inform-delay = Délai menacé : s’il ne peut être respecté, informer l’autorité avant son expiration en indiquant les raisons du retard

# Responsables du traitement comme fiches clients (schéma 11) : CLI et import.
field-country = pays
field-contacts = contacts
field-contract-reference = référence du contrat
field-column = colonne
reason-not-a-country-code = ce n’est pas un code pays ISO 3166 à deux lettres (NL, DE, FR, GB…)
reason-duplicate-column = la colonne figure deux fois dans l’en-tête
reason-not-text = ce n’est pas du texte UTF-8
reason-too-many-rows = le fichier a plus de { $max } lignes ; divisez-le
reason-rows-refused = { $count ->
    [one] une ligne est refusée (voir ci-dessus) ; rien n’a été importé
   *[other] { $count } lignes sont refusées (voir ci-dessus) ; rien n’a été importé
}
cli-controller-removed = Responsable du traitement { $name } retiré. Les obligations nées pour lui le gardent comme destinataire.
cli-controllers-exported = { $count } responsables du traitement écrits dans { $file }.
cli-controllers-imported = { $rows } lignes lues : { $added } ajoutés, { $changed } modifiés, { $unchanged } inchangés.
cli-controllers-import-dry-run = Essai à blanc, rien n’est écrit. { $rows } lignes lues : { $added } seraient ajoutés, { $changed } modifiés, { $unchanged } inchangés.
cli-controllers-import-refused = { $rows } lignes lues ; rien n’a été importé.
cli-controllers-import-row = Ligne { $line } : { $message }
reason-not-processor = l’incident n’est pas évalué en tant que sous-traitant ou que responsable du traitement et sous-traitant ; définissez d’abord son rôle
cli-impact-set = Conséquences pour { $controller } : { $subjects } personnes concernées, { $records } enregistrements. Clients dont les conséquences sont connues : { $known } sur { $customers } ; leurs personnes concernées totalisent { $sum } (estimation pour l’ensemble de l’incident : { $estimate }).
cli-impacts-imported = { $rows } lignes lues : conséquences enregistrées pour { $set } clients ({ $added } nouvellement concernés), { $unchanged } inchangées.
cli-impacts-import-dry-run = Essai à blanc, rien n’a été écrit. { $rows } lignes lues : les conséquences seraient enregistrées pour { $set } clients ({ $added } nouvellement concernés), { $unchanged } inchangées.
tpl-law-gdpr = RGPD
tpl-contract-reference = { " " }(réf. { $reference })
tpl-contract-clock = Notre contrat{ $reference } impose cette notification dans les { $hours } heures suivant le moment où nous avons pris connaissance de la violation : au plus tard le { $due }.
tpl-contract-clock-undue = Notre contrat{ $reference } ne fixe pas de délai pour cette notification : nous la faisons dans les meilleurs délais après avoir pris connaissance de la violation (article 33, paragraphe 2, du { $law }).
tpl-impact-own = Les chiffres, catégories et pays figurant dans cette notification concernent uniquement vos données.
tpl-impact-unknown = Votre propre part n’est pas encore connue : les chiffres de cette notification sont ceux de l’ensemble de l’incident. Nous vous communiquerons les vôtres dès que nous les connaîtrons.
tpl-field-contract-clock = Délai de notification
tpl-field-impact-scope = Portée des chiffres
tpl-field-countries = Pays des personnes concernées
cli-notices-written = { $count } notifications écrites dans { $dir }, répertoriées dans { $manifest }.
tpl-follow-up-info-uk = L’enquête est en cours. Nous communiquerons les informations manquantes dans une notification complémentaire, sans autre retard indu (article 33, paragraphe 4, du UK GDPR).
tpl-law-uk-gdpr-33 = article 33 du UK GDPR (notification à l’ICO d’une violation de données personnelles)
tpl-law-pecr = PECR reg. 5A (Privacy and Electronic Communications (EC Directive) Regulations 2003) : notification via le formulaire de l’ICO pour les fournisseurs de services de communications, qui remplace la notification au titre du UK GDPR
tpl-follow-up-info-pecr = L’enquête est toujours en cours. Nous fournirons les informations manquantes dans une notification complémentaire sans autre retard injustifié (PECR reg. 5A ; règlement (UE) n° 611/2013 maintenu, art. 2, paragraphe 3).
draft-changed-since = Modifié depuis la notification du { $date }
draft-changed-none = Rien n’a changé depuis la notification du { $date }.
draft-no-snapshot = Pas d’instantané de la notification précédente ({ $date }) : elle a été enregistrée avant que le contenu envoyé soit conservé ; les modifications ne peuvent donc pas être listées.
draft-snapshot-redacted = Le contenu de la notification précédente ({ $date }) a été effacé avec les données personnelles de l’incident ; les modifications ne peuvent donc pas être listées.
draft-change-before = Avant
draft-change-after = Après
draft-change-absent = (absent de ce projet)

## What-if under a proposal pack (`breachlog rules what-if`, Settings → What if…)
what-if-header = PROPOSITION — PAS LE DROIT EN VIGUEUR. Et si { $title } était adopté ({ $act }, { $date } ; source { $url }). Rien n'a été enregistré ; les délais en vigueur restent inchangés.
what-if-incident = Incident { $id }
what-if-header-now = Actuellement
what-if-header-proposal = Selon la proposition
what-if-header-difference = Écart
what-if-not-owed = non dû
what-if-newly-owed = nouvellement dû : { $due }
what-if-status-proposal = proposition

## Issue 14 : ce que les formulaires des autorités demandent au-delà de l’art. 33, paragraphe 3, et les informations permanentes de l’organisme

tpl-section-legal-representative = Représentant légal
tpl-section-processor = Sous-traitant impliqué
tpl-field-legal-basis = Sur quel fondement juridique cette notification est-elle faite ?
tpl-field-other-organisation = Un autre organisme était-il impliqué dans la violation (par exemple un sous-traitant ou un client) ?
tpl-field-processor = Un sous-traitant était-il impliqué dans la violation ?
tpl-field-ongoing = La violation est-elle toujours en cours ?
tpl-field-subjects-range = Nombre de personnes concernées (minimum – maximum)
tpl-field-encrypted = Les données personnelles étaient-elles chiffrées, ou rendues incompréhensibles pour toute personne non autorisée, au moment de la violation ?
tpl-field-severity-estimate = Estimation de la gravité des conséquences possibles pour les personnes concernées
tpl-field-legal-representative = Représentant légal (nom, fonction)
tpl-field-dpo = Délégué à la protection des données (nom, courriel, téléphone)
tpl-value-withdrawal = Retrait d’une notification précédente
tpl-yes = oui
tpl-no = non
tpl-subjects-range = { $min } – { $max }
tpl-no-registration = Pas de numéro SIREN
tpl-our-processor = { $org }, notre sous-traitant
encrypted-yes = Oui
encrypted-no = Non
encrypted-partly = En partie
severity-estimate-low = Faible
severity-estimate-medium = Moyenne
severity-estimate-high = Élevée
severity-estimate-very-high = Très élevée
legal-basis-gdpr = RGPD (AVG)
legal-basis-telecommunicatiewet = Loi néerlandaise sur les télécommunications (Telecommunicatiewet)
notification-kind-initial = notification initiale
notification-kind-complementary = notification complémentaire
notification-kind-withdrawal = retrait
field-ongoing = violation toujours en cours
field-encrypted = données chiffrées
field-subjects-min = nombre minimal de personnes
field-subjects-max = nombre maximal de personnes
field-subjects-range = nombre de personnes (minimum – maximum)
field-severity-estimate = estimation de la gravité
field-reporting-person = personne qui notifie
field-prevention = mesures pour éviter une violation similaire
field-other-organisation = autre organisme impliqué
field-processor = sous-traitant impliqué
field-legal-basis = fondement de la notification
field-notification-kind = type de notification
field-legal-representative = représentant légal
field-legal-representative-name = nom du représentant légal
field-legal-representative-role = fonction du représentant légal
field-registration-number = numéro d’immatriculation (SIREN)
field-org-registration = numéro d’immatriculation (SIREN)
field-dpo = délégué à la protection des données
field-dpo-name = nom du DPO
field-dpo-email = courriel du DPO
field-dpo-phone = téléphone du DPO
reason-not-an-email = ce n’est pas une adresse électronique (nom@domaine.fr)
reason-not-a-siren = ce n’est pas un numéro SIREN : 9 chiffres dont la clé de contrôle est juste (ou « none » si l’organisme n’en a pas)
reason-not-a-kvk = ce n’est pas un numéro KvK : 8 chiffres (ou « none »)
reason-set-by-law = la loi le fixe pour une injonction e-Evidence
reason-not-a-preservation-order = ce n’est pas une injonction de conservation e-Evidence
reason-preservation-over = l’obligation de conservation avait déjà pris fin à ce moment
cli-unanswered = Pas encore renseigné dans le dossier (profil de l’organisme ou évaluation) : { $items }
cli-letter-edited = modifié
cli-authority-portal = Formulaire
cli-authority-phone = Téléphone
cli-authority-address = Adresse
cli-authority-attachments = Pièces jointes
cli-authority-source = Source (vérifiée le { $checked })
cli-authority-unconfirmed = non confirmé
tpl-no-siren = Pas de numéro SIREN (numéro d’immatriculation : { $number })

## La lettre aux personnes concernées (issue 14 point 5) : RGPD art. 34, paragraphe 2, avec l’art. 33, paragraphe 3, points b) à d)
tpl-section-advice = Ce que vous pouvez faire
tpl-field-letter-what-happened = Ce qui s’est passé
tpl-field-letter-data = Quelles données vous concernant sont touchées
tpl-field-letter-consequences = Ce que cela peut signifier pour vous
tpl-field-letter-measures = Ce que nous avons fait et allons faire
tpl-field-letter-advice = Ce que vous pouvez faire
tpl-field-letter-contact = Vos questions
letter-date = { $day }/{ $month }/{ $year }
letter-found = Nous avons découvert l’incident le { $date }.
letter-stopped = Nous l’avons arrêté le { $date }.
letter-what-confidentiality = Des personnes qui n’étaient pas autorisées à voir vos données personnelles ont pu les consulter ou en faire une copie.
letter-what-integrity = Vos données personnelles ont pu être modifiées par une personne qui n’y était pas autorisée.
letter-what-availability = Vos données personnelles ont été perdues ou n’ont pas pu être utilisées pendant un certain temps.
letter-what-unknown = Nous cherchons encore à savoir ce qui est arrivé exactement à vos données personnelles.
letter-data = L’incident concerne les informations suivantes à votre sujet : { $data }.
letter-data-special = Il concerne aussi des informations sensibles : { $data }.
letter-consequence-passwords = Quelqu’un pourrait utiliser votre mot de passe pour se connecter à votre compte chez nous, ou à d’autres comptes pour lesquels vous utilisez le même mot de passe.
letter-consequence-payment = Vos coordonnées bancaires ou de carte pourraient être utilisées pour des paiements ou des prélèvements que vous n’avez pas autorisés, ou pour rendre de faux messages crédibles.
letter-consequence-identity = Quelqu’un pourrait se faire passer pour vous, par exemple pour ouvrir un compte, signer un contrat ou souscrire un crédit à votre nom.
letter-consequence-health = Des informations sur votre santé pourraient être connues d’autres personnes. Cela peut être désagréable ou conduire à ce que vous soyez traité injustement.
letter-consequence-sensitive = Des informations sensibles vous concernant pourraient être connues d’autres personnes. Cela peut être désagréable ou conduire à ce que vous soyez traité injustement.
letter-consequence-contact = Vous pourriez recevoir des messages non sollicités ou frauduleux par courriel, SMS, téléphone ou courrier, qui utilisent vos informations pour paraître authentiques (hameçonnage).
letter-measures-taken = Ce que nous avons fait : { $text }
letter-measures-proposed = Ce que nous allons encore faire : { $text }
letter-advice-passwords = Changez dès maintenant, chez { $org }, le mot de passe de votre compte. Si vous utilisez le même mot de passe, ou un mot de passe proche, ailleurs, changez-le aussi. Utilisez un mot de passe différent pour chaque compte et activez la validation en deux étapes lorsque c’est possible.
letter-advice-payment = Vérifiez régulièrement vos relevés bancaires et de carte au cours des prochains mois. Si vous voyez un paiement ou un prélèvement que vous ne reconnaissez pas, contactez immédiatement votre banque ; un prélèvement peut en général être contesté et remboursé. Ne communiquez jamais vos coordonnées bancaires, vos codes ou votre code PIN en réponse à un message ou à un appel.
letter-advice-identity = Soyez attentif aux courriers, factures ou messages concernant des contrats, des crédits ou des achats que vous n’avez pas faits. Si vous pensez que quelqu’un utilise votre identité, portez plainte auprès de la police. Si une pièce d’identité est concernée, demandez à l’autorité qui l’a délivrée (souvent votre mairie) si vous devez la faire bloquer et remplacer.
letter-advice-health = Soyez prudent si une personne que vous ne connaissez pas vous contacte au sujet de votre santé ou de vos soins. Ne lui donnez aucune autre information et prévenez-nous.
letter-advice-sensitive = Soyez prudent si une personne que vous ne connaissez pas vous contacte au sujet de ces informations. Ne lui donnez aucune autre information et prévenez-nous.
letter-advice-contact = Méfiez-vous des messages ou appels inattendus, même s’ils utilisent votre nom ou semblent venir de nous. Ne cliquez pas sur les liens, n’ouvrez pas les pièces jointes et ne communiquez jamais votre mot de passe ou vos coordonnées bancaires en réponse.
letter-advice-general = Si vous remarquez quelque chose d’inhabituel ou si vous avez des questions, contactez-nous aux coordonnées ci-dessous.
letter-contact-dpo = Pour toute question, contactez notre délégué à la protection des données : { $contact }.
letter-contact-point = Pour toute question, contactez-nous : { $contact }.
