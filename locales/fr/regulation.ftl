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
tpl-authority-title-edpb = Notification d’une violation de données à caractère personnel (article 33 du RGPD) à { $authority }
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
tpl-field-plain-what-happened = Que s’est-il passé ?
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
tpl-field-subjects-advice = Ce que vous pouvez faire
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
tpl-subjects-advice = Soyez vigilant face aux messages inattendus vous demandant vos informations personnelles ou vos mots de passe, et ne cliquez pas sur les liens qu’ils contiennent. Si vous utilisez le même mot de passe ailleurs, modifiez-le également. Si vous constatez quoi que ce soit d’inhabituel, n’hésitez pas à nous contacter.
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
cli-unanswered = Pas encore renseigné dans le dossier (profil de l’organisme ou évaluation) : { $items }
cli-authority-portal = Formulaire
cli-authority-phone = Téléphone
cli-authority-address = Adresse
cli-authority-attachments = Pièces jointes
cli-authority-source = Source (vérifiée le { $checked })
cli-authority-unconfirmed = non confirmé
tpl-no-siren = Pas de numéro SIREN (numéro d’immatriculation : { $number })

## DORA major ICT-related incident reports (Implementing Regulation (EU) 2025/302 Annex I/II)
dora-section-1 = Informations générales sur l’entité financière
dora-section-2 = Contenu de la notification initiale
dora-section-3 = Contenu du rapport intermédiaire
dora-section-4 = Contenu du rapport final
dora-title-initial = DORA — notification initiale d’un incident majeur lié aux TIC — { $org }
dora-title-intermediate = DORA — rapport intermédiaire sur un incident majeur lié aux TIC — { $org }
dora-title-final = DORA — rapport final sur un incident majeur lié aux TIC — { $org }
field-dora = numéro de champ DORA
field-stage = étape
field-report = rapport
field-format = format de fichier
field-complete = complet (toutes les informations fournies)
dora-missing-title = Obligatoire pour ce rapport et encore vide
dora-source = Modèle : { $source }
report-title-dora = Déclaration d’incident DORA
field-dora-1-1 = 1.1 Type de soumission
field-dora-1-2 = 1.2 Nom de l’entité soumettant le rapport
field-dora-1-3 = 1.3 Code d’identification de l’entité soumettant le rapport
field-dora-1-4 = 1.4 Type d’entité financière touchée
field-dora-1-5 = 1.5 Nom de l’entité financière touchée
field-dora-1-6 = 1.6 Code LEI de l’entité financière touchée
field-dora-1-7 = 1.7 Nom de la personne de contact principale
field-dora-1-8 = 1.8 Adresse électronique de la personne de contact principale
field-dora-1-9 = 1.9 Téléphone de la personne de contact principale
field-dora-1-10 = 1.10 Nom de la deuxième personne de contact
field-dora-1-11 = 1.11 Adresse électronique de la deuxième personne de contact
field-dora-1-12 = 1.12 Téléphone de la deuxième personne de contact
field-dora-1-13 = 1.13 Nom de l’entreprise mère ultime
field-dora-1-14 = 1.14 Code LEI de l’entreprise mère ultime
field-dora-1-15 = 1.15 Monnaie de déclaration
field-dora-2-1 = 2.1 Code de référence de l’incident attribué par l’entité financière
field-dora-2-2 = 2.2 Date et heure de détection de l’incident majeur lié aux TIC
field-dora-2-3 = 2.3 Date et heure de classification de l’incident lié aux TIC comme majeur
field-dora-2-4 = 2.4 Description de l’incident majeur lié aux TIC
field-dora-2-5 = 2.5 Critères de classification ayant déclenché la notification
field-dora-2-6 = 2.6 Seuils d’importance significative pour le critère de classification « Étendue géographique »
field-dora-2-7 = 2.7 Découverte de l’incident majeur lié aux TIC
field-dora-2-8 = 2.8 Indication si l’incident provient d’un prestataire tiers ou d’une autre entité financière
field-dora-2-9 = 2.9 Activation du plan de continuité des activités, le cas échéant
field-dora-2-10 = 2.10 Autres informations pertinentes
field-dora-3-1 = 3.1 Code de référence de l’incident fourni par l’autorité compétente
field-dora-3-2 = 3.2 Date et heure de survenance de l’incident majeur lié aux TIC
field-dora-3-3 = 3.3 Date et heure de rétablissement des services, activités ou opérations
field-dora-3-4 = 3.4 Nombre de clients touchés
field-dora-3-5 = 3.5 Pourcentage de clients touchés
field-dora-3-6 = 3.6 Nombre de contreparties financières touchées
field-dora-3-7 = 3.7 Pourcentage de contreparties financières touchées
field-dora-3-8 = 3.8 Impact sur des clients ou contreparties financières pertinents
field-dora-3-9 = 3.9 Nombre de transactions touchées
field-dora-3-10 = 3.10 Pourcentage de transactions touchées
field-dora-3-11 = 3.11 Valeur des transactions touchées
field-dora-3-12 = 3.12 Indication si les chiffres sont réels ou estimés, ou s’il n’y a eu aucun impact
field-dora-3-13 = 3.13 Impact sur la réputation
field-dora-3-14 = 3.14 Informations contextuelles sur l’impact sur la réputation
field-dora-3-15 = 3.15 Durée de l’incident majeur lié aux TIC
field-dora-3-16 = 3.16 Durée d’indisponibilité du service
field-dora-3-17 = 3.17 Indication si les chiffres de durée et d’indisponibilité sont réels ou estimés
field-dora-3-18 = 3.18 Types d’impact dans les États membres
field-dora-3-19 = 3.19 Description de l’impact de l’incident dans d’autres États membres
field-dora-3-20 = 3.20 Seuils d’importance significative pour le critère de classification « Pertes de données »
field-dora-3-21 = 3.21 Description des pertes de données
field-dora-3-22 = 3.22 Critère de classification « Services critiques touchés »
field-dora-3-23 = 3.23 Type d’incident majeur lié aux TIC
field-dora-3-24 = 3.24 Autres types d’incidents
field-dora-3-25 = 3.25 Menaces et techniques utilisées par l’acteur de la menace
field-dora-3-26 = 3.26 Autres types de techniques
field-dora-3-27 = 3.27 Informations sur les domaines fonctionnels et processus opérationnels touchés
field-dora-3-28 = 3.28 Composants d’infrastructure touchés soutenant les processus opérationnels
field-dora-3-29 = 3.29 Informations sur les composants d’infrastructure touchés soutenant les processus opérationnels
field-dora-3-30 = 3.30 Impact sur les intérêts financiers des clients
field-dora-3-31 = 3.31 Notification à d’autres autorités
field-dora-3-32 = 3.32 Précision des « autres » autorités
field-dora-3-33 = 3.33 Actions/mesures temporaires prises ou prévues pour se rétablir de l’incident
field-dora-3-34 = 3.34 Description des actions et mesures temporaires prises ou prévues pour se rétablir de l’incident
field-dora-3-35 = 3.35 Indicateurs de compromission
field-dora-4-1 = 4.1 Classification générale des causes profondes de l’incident
field-dora-4-2 = 4.2 Classification détaillée des causes profondes de l’incident
field-dora-4-3 = 4.3 Classification complémentaire des causes profondes de l’incident
field-dora-4-4 = 4.4 Autres types de causes profondes
field-dora-4-5 = 4.5 Informations sur les causes profondes de l’incident
field-dora-4-6 = 4.6 Résumé de la résolution de l’incident
field-dora-4-7 = 4.7 Date et heure auxquelles la cause profonde de l’incident a été traitée
field-dora-4-8 = 4.8 Date et heure de résolution de l’incident
field-dora-4-9 = 4.9 Indication si la date de résolution définitive diffère de la date de mise en œuvre initialement prévue
field-dora-4-10 = 4.10 Évaluation du risque pour les fonctions critiques aux fins de la résolution
field-dora-4-11 = 4.11 Informations pertinentes pour les autorités de résolution
field-dora-4-12 = 4.12 Seuil d’importance significative pour le critère de classification « Impact économique »
field-dora-4-13 = 4.13 Montant des coûts et pertes bruts directs et indirects
field-dora-4-14 = 4.14 Montant des recouvrements financiers
field-dora-4-15 = 4.15 Indication si les incidents non majeurs se sont répétés
field-dora-4-16 = 4.16 Date et heure de survenance des incidents récurrents
reason-mandatory-fields-missing = des champs que ce rapport doit contenir sont encore vides : { $fields } (renseignez-les, ou enregistrez l’envoi avec complet = non s’il a été envoyé sans eux)
cli-nothing-missing = rien ne manque
cli-missing-blocking = Refusé tant que ces champs ne sont pas renseignés (ou enregistré comme envoyé sans eux, --complete no) :
cli-missing-shown = Manque encore (affiché ; l’envoi n’est pas refusé) :

## Cyber Resilience Act reports (Regulation (EU) 2024/2847 Art 14(2), (4))
field-cra-report-type = Rapport
field-cra-reference = Référence du rapport précédent
field-cra-manufacturer = Fabricant
field-cra-contact-point = Point de contact
field-cra-cra-kind = Objet du rapport
field-cra-title = Vulnérabilité ou incident
field-cra-aware-at = Connaissance du fabricant depuis
field-cra-member-states = États membres où le produit a été mis à disposition (le cas échéant)
field-cra-product = Informations générales sur le produit comportant des éléments numériques concerné
field-cra-exploit-nature = Nature générale de l’exploitation et de la vulnérabilité
field-cra-measures-taken = Mesures correctives ou d’atténuation prises
field-cra-user-measures = Mesures correctives ou d’atténuation que les utilisateurs peuvent prendre
field-cra-sensitivity = Degré de sensibilité que le fabricant attribue aux informations notifiées (le cas échéant)
field-cra-vulnerability-description = Description de la vulnérabilité, y compris sa gravité et son impact
field-cra-malicious-actor = Informations sur tout acteur malveillant ayant exploité ou exploitant la vulnérabilité (si disponibles)
field-cra-corrective-measure-at = Mesure corrective ou d’atténuation disponible depuis
field-cra-security-update = Détails de la mise à jour de sécurité ou des autres mesures correctives mises à disposition
field-cra-malicious-suspected = L’incident est-il soupçonné d’être causé par des actes illicites ou malveillants ?
field-cra-incident-nature = Informations générales sur la nature de l’incident
field-cra-initial-assessment = Évaluation initiale de l’incident
field-cra-incident-description = Description détaillée de l’incident, y compris sa gravité et son impact
field-cra-root-cause = Type de menace ou cause profonde ayant probablement déclenché l’incident
field-cra-mitigation-measures = Mesures d’atténuation appliquées et en cours
tpl-section-cra-report = Rapport
tpl-section-cra-content = Ce que demande l’{ $article }
tpl-cra-report-early-warning = Alerte précoce
tpl-cra-report-notification = Notification
tpl-cra-report-final = Rapport final
tpl-cra-title-early-warning = Alerte précoce au titre du règlement sur la cyberrésilience, { $article } — { $org }
tpl-cra-title-notification = Notification au titre du règlement sur la cyberrésilience, { $article } — { $org }
tpl-cra-title-final = Rapport final au titre du règlement sur la cyberrésilience, { $article } — { $org }
field-cra = élément du rapport au titre du règlement sur la cyberrésilience
