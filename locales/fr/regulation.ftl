# Breachlog — module réglementaire (obligations, notifications, règles, ENISA, autorités, projets).

## Reasons (why a field was refused)

reason-reasons-for-delay-required = la notification intervient { $minutes } minutes après l’échéance ; les motifs du retard doivent être indiqués
reason-notify-required = la décision « ne pas notifier » n’est possible que si le risque est « aucun »
reason-regime-not-enabled = ce régime ne s’applique pas à l’organisme ou à l’incident
reason-not-classifiable = seuls nis2 (incident important) et dora (incident majeur) font l’objet d’une classification
reason-already-filed = cette obligation a déjà fait l’objet d’une notification initiale ; enregistrez plutôt un complément, un rapport final ou un retrait
reason-no-initial-filing = cette obligation n’a pas encore fait l’objet d’une notification initiale
reason-before-initial-filing = la date est antérieure à la notification initiale
reason-wrong-obligation = l’élément ne relève pas de cet incident ou de cette obligation
reason-obligation-not-required = il a été décidé que cette obligation ne s’applique pas
reason-only-for-follow-ups = seul un complément, un rapport final ou un retrait renvoie à une notification antérieure
reason-unknown-authority = il ne s’agit pas d’une autorité du registre (voir « breachlog authority list »)
reason-unknown-id = aucun élément ne porte cet identifiant
reason-no-statutory-hours = cette règle ne comporte pas de délai légal en heures pouvant être modifié
reason-not-incoming = seule une demande entrante peut recevoir une réponse

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
tristate-yes = oui
tristate-no = non
tristate-unknown = inconnu
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
reg-late-by = { $status } ({ $minutes } min)
reg-hours = { $hours } heures
reg-months = { $months } mois
cli-no-obligations = Aucune obligation.
cli-no-controllers = Aucun responsable du traitement. Ajoutez-en un avec « breachlog controller add ».
cli-controller-added = Responsable du traitement { $name } ajouté ({ $id }).
cli-filing-recorded = Notification { $id } enregistrée.
cli-filing-recorded-late = Notification { $id } enregistrée, { $minutes } minutes après l’échéance (motifs du retard enregistrés).
cli-classified = Incident { $id } classé au titre de { $regime } ; les délais courent.
cli-incident-regimes = L’incident { $id } relève désormais de : { $regimes }
cli-rule-changed = Règle { $rule } modifiée. Les obligations nées auparavant conservent leurs conditions.
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
