# Breachlog — regelgevingsmodule (verplichtingen, meldingen, regels, ENISA, toezichthouders, concepten).

## Reasons (why a field was refused)

reason-reasons-for-delay-required = de melding is { $minutes } minuten na de termijn gedaan; de redenen voor de vertraging moeten worden vermeld
reason-notify-required = tot „niet melden” kan alleen worden besloten als het risico „geen” is
reason-regime-not-enabled = deze regelgeving is niet van toepassing op de organisatie of het incident
reason-not-classifiable = alleen nis2 (significant incident) en dora (ernstig incident) worden geclassificeerd
reason-already-filed = voor deze verplichting is al een eerste melding gedaan; leg in plaats daarvan een aanvulling, eindrapport of intrekking vast
reason-no-initial-filing = voor deze verplichting is nog geen eerste melding gedaan
reason-before-initial-filing = het tijdstip ligt vóór de eerste melding
reason-wrong-obligation = het hoort niet bij dit incident of deze verplichting
reason-obligation-not-required = over deze verplichting is besloten dat zij niet geldt
reason-only-for-follow-ups = alleen een aanvulling, eindrapport of intrekking verwijst naar een eerdere melding
reason-unknown-authority = het is geen toezichthouder uit het register (zie „breachlog authority list”)
reason-unknown-id = geen enkel item heeft deze id
reason-no-statutory-hours = deze regel kent geen wettelijke termijn in uren die kan worden gewijzigd
reason-not-incoming = alleen een inkomend verzoek kan worden beantwoord

## Entities and fields

entity-obligation = verplichting
entity-filing = melding
entity-controller = verwerkingsverantwoordelijke
entity-contact = contact met de toezichthouder
field-obligation = verplichting
field-channel = kanaal
field-reference = kenmerk
field-reasons-for-delay = redenen voor de vertraging
field-phase = fase
field-follows = voorgaande melding
field-regime = regelgeving
field-regimes = regelgeving
field-rule = regel
field-hours = uren
field-notice-hours = meldtermijn in uren
field-name = naam
field-contact = contactgegevens
field-controllers = verwerkingsverantwoordelijken
field-authorities = toezichthouders
field-authority = toezichthouder
field-art34-exemption = uitzondering van art. 34 lid 3
field-art34-justification = onderbouwing van de uitzondering van art. 34 lid 3
field-malicious = vermoeden van kwaadwillig handelen
field-cross-border = grensoverschrijdende gevolgen
field-dora-rollover-country = land voor de DORA-termijnverschuiving
field-undue-delay-target-hours = interne streeftermijn voor „zonder onredelijke vertraging”
field-as-of = peilmoment
field-dpc = context van de verwerking (DPC)
field-dpc-adjust = aanpassing van de DPC
field-ei = identificeerbaarheid (EI)
field-cb-confidentiality = verlies van vertrouwelijkheid
field-cb-integrity = verlies van integriteit
field-cb-availability = verlies van beschikbaarheid
field-direction = richting
field-subject = onderwerp
field-response-due-at = antwoordtermijn
field-incident = incident
field-answers = beantwoord verzoek
field-lang = taal

## Values

regime-gdpr = AVG
regime-uk-gdpr = UK GDPR
regime-nis2 = NIS2
regime-dora = DORA
regime-eprivacy = ePrivacy
obligation-kind-notification = melding
obligation-kind-controller-notice = melding aan de verwerkingsverantwoordelijke
obligation-kind-subject-communication = mededeling aan de betrokkenen
obligation-kind-early-warning = vroegtijdige waarschuwing
obligation-kind-initial = eerste melding
obligation-kind-intermediate = tussentijds rapport
obligation-kind-final = eindrapport
obligation-kind-complete = volledige melding
obligation-kind-authority-request = verzoek van de toezichthouder
obligation-status-pending = open
obligation-status-filed = gemeld
obligation-status-filed-late = te laat gemeld
obligation-status-overdue = termijn verstreken
obligation-status-not-required = niet vereist
obligation-status-awaiting-anchor = termijn nog niet gestart
channel-portal = online portaal
channel-email = e-mail
channel-letter = brief
channel-phone = telefoon
phase-initial = eerste melding
phase-follow-up = aanvulling
phase-final = afronding
phase-withdrawal = intrekking
art34-exemption-a = art. 34 lid 3 sub a: gegevens onbegrijpelijk voor onbevoegden
art34-exemption-b = art. 34 lid 3 sub b: hoog risico zal zich waarschijnlijk niet meer voordoen
art34-exemption-c = art. 34 lid 3 sub c: onevenredige inspanning, in plaats daarvan een openbare mededeling
tristate-yes = ja
tristate-no = nee
tristate-unknown = onbekend
contact-direction-incoming = inkomend verzoek
contact-direction-outgoing = uitgaand antwoord
obligation-no-longer-derived = De feiten van het incident brengen deze verplichting niet langer mee (rol, regelgeving, persoonsgegevens of oefenstatus gewijzigd).

## CLI

reg-header-regime = Regelgeving
reg-header-kind = Verplichting
reg-header-recipient = Ontvanger
reg-header-due = Uiterlijk
reg-header-status = Status
reg-header-reference = Rechtsgrond
reg-no-due-time = zonder onredelijke vertraging
reg-late-by = { $status } ({ $minutes } min.)
reg-hours = { $hours } uur
reg-months = { $months } maand(en)
cli-no-obligations = Geen verplichtingen.
cli-no-controllers = Nog geen verwerkingsverantwoordelijken. Voeg er een toe met „breachlog controller add”.
cli-controller-added = Verwerkingsverantwoordelijke { $name } toegevoegd ({ $id }).
cli-filing-recorded = Melding { $id } vastgelegd.
cli-filing-recorded-late = Melding { $id } vastgelegd, { $minutes } minuten na de termijn (redenen voor de vertraging vastgelegd).
cli-classified = Incident { $id } geclassificeerd onder { $regime }; de termijnen lopen.
cli-incident-regimes = Op incident { $id } is nu van toepassing: { $regimes }
cli-rule-changed = Regel { $rule } gewijzigd. Eerder ontstane verplichtingen behouden hun voorwaarden.
cli-regulation-settings-changed = Instellingen voor de regelgeving gewijzigd.
cli-ics-written = Termijnen weggeschreven naar { $path }.
cli-contact-logged = Contact met de toezichthouder { $id } vastgelegd.
cli-no-contacts = Geen contacten met toezichthouders vastgelegd.
ics-summary = { $kind } ({ $regime }) aan { $recipient }

## ENISA severity

enisa-result = Ernst { $score }: { $band }
enisa-band-low = laag
enisa-band-medium = gemiddeld
enisa-band-high = hoog
enisa-band-very-high = zeer hoog
