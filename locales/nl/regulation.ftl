# Breachlog — regelgevingsmodule (verplichtingen, meldingen, regels, ENISA, toezichthouders, concepten).

## Reasons (why a field was refused)

reason-reasons-for-delay-required = de melding is { $minutes ->
    [one] { $minutes } minuut
   *[other] { $minutes } minuten
} na de termijn gedaan; de redenen voor de vertraging moeten worden vermeld
reason-notify-required = tot „niet melden” kan alleen worden besloten als het risico „geen” is
reason-regime-not-enabled = deze regelgeving is niet van toepassing op de organisatie of het incident
reason-not-classifiable = alleen nis2 (significant incident), dora (ernstig incident) en cra (melding onder de cyberweerbaarheidsverordening) worden geclassificeerd
reason-already-filed = voor deze verplichting is al een eerste melding gedaan; leg in plaats daarvan een aanvulling, eindrapport of intrekking vast
reason-no-initial-filing = voor deze verplichting is nog geen eerste melding gedaan
reason-before-initial-filing = het tijdstip ligt vóór de eerste melding
reason-before-filing = het tijdstip ligt vóór de melding waarvan de ontvangst wordt bevestigd
reason-already-acknowledged = de ontvangstbevestiging van deze melding is al vastgelegd
reason-wrong-obligation = het hoort niet bij dit incident of deze verplichting
reason-obligation-not-required = over deze verplichting is besloten dat zij niet geldt
reason-only-for-follow-ups = alleen een aanvulling, eindrapport of intrekking verwijst naar een eerdere melding
reason-unknown-authority = het is geen toezichthouder uit het register (zie „breachlog authority list”)
reason-unknown-id = geen enkel item heeft deze id
reason-no-statutory-hours = deze regel kent geen wettelijke termijn in uren die kan worden gewijzigd
reason-above-legal-maximum = dat is langer dan de wet toestaat: ten hoogste { $max ->
    [one] { $max } uur
   *[other] { $max } uur
 } ({ $reference }); een instelling kan een wettelijke termijn alleen verkorten
reason-not-incoming = alleen een inkomend verzoek kan worden beantwoord
reason-decided-by-assessment = dit besluit volgt uit de beoordeling van het datalek; wijzig in plaats daarvan de beoordeling
reason-not-classified = het incident is onder deze regelgeving nog niet geclassificeerd (“breachlog incident classify”)
reason-nis2-only = dit geldt alleen voor NIS2-incidenten

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
field-pack = regelpakket
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
field-notice-reminder-hours = herinnering bij onbevestigde kennisgevingen aan klanten (uren)
field-filing = melding
field-acknowledged-at = bevestigd op
field-acknowledged-by = bevestigd door
field-by = door
field-obligations = verplichtingen
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
field-trade-secrets = bedrijfsgeheimen buitgemaakt
field-death = overlijden van een natuurlijk persoon
field-health-damage = aanzienlijke schade aan de gezondheid
field-malicious-access = kwaadwillige onbevoegde toegang (ernstige verstoring mogelijk)
field-recurring = terugkerende incidenten (art. 4)
field-scheduled = geplande onderbreking of onderhoud
field-data-malicious = gegevens aangetast door vermoedelijk kwaadwillig handelen
field-entity-type = soort entiteit
field-direct-loss-eur = direct financieel verlies (EUR)
field-annual-turnover-eur = jaaromzet (EUR)
field-unavailable-minutes = minuten volledig onbeschikbaar
field-limited-minutes = minuten beperkte beschikbaarheid
field-limited-users = gebruikers met beperkte beschikbaarheid
field-users-in-union = gebruikers in de Unie
field-data-users = gebruikers getroffen door aangetaste gegevens
field-significance = toets significantie
field-affects-recipients = raakt de afnemers van onze diensten
obligation-kind-recipient-notice = kennisgeving aan afnemers van de diensten
recipient-service-recipients = afnemers van onze diensten
nis2-entity-type-cloud = aanbieder van cloudcomputingdiensten
nis2-entity-type-managed-service = aanbieder van beheerde (beveiligings)diensten
nis2-entity-type-other = andere entiteit
field-order = e-Evidence-bevel
field-issuer = uitvaardigende autoriteit
field-issuer-country = uitvaardigende staat
field-change = wijziging
field-incident = incident
field-answers = beantwoord verzoek
field-lang = taal
field-rationale = motivering
field-controller = verwerkingsverantwoordelijke
field-kind = soort rapportage
field-trust-service = incident met gevolgen voor vertrouwensdiensten

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
obligation-kind-production = verstrekking van gegevens (e-Evidence)
obligation-kind-preservation = bewaring van gegevens (e-Evidence)
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
art34-decision-communicated = Betrokkenen geïnformeerd
art34-decision-not-required = Geen mededeling vereist (geen hoog risico)
art34-decision-pending = Mededeling nog te doen
art34-decision-exempt = Uitzondering (art. 34 lid 3)
tristate-yes = ja
tristate-no = nee
tristate-unknown = onbekend
dora-entity-type-credit-institution = kredietinstelling
dora-entity-type-central-counterparty = centrale tegenpartij
dora-entity-type-trading-venue = exploitant van een handelsplatform
dora-entity-type-other = andere financiële entiteit
contact-direction-incoming = inkomend verzoek
order-kind-production = Europees verstrekkingsbevel (EPOC)
order-kind-production-emergency = Europees verstrekkingsbevel, noodgeval (EPOC)
order-kind-preservation = Europees bewaringsbevel (EPOC-PR)
preservation-change-extended = met 30 dagen verlengd
preservation-change-production-confirmed = verzoek om verstrekking bevestigd
preservation-change-released = bewaring niet langer nodig
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
reg-on-request = termijn volgens het verzoek
reg-target = interne streeftermijn { $at }
reg-aim-for = streef naar { $target } · wettelijke termijn { $due }
recipient-data-subjects = betrokkenen
recipient-public = het publiek
recipient-csirt = CSIRT / bevoegde autoriteit
recipient-financial-supervisor = financiële toezichthouder
recipient-national-authority = nationale autoriteit
recipient-issuing-authority = uitvaardigende autoriteit
recipient-supervisory-authority = toezichthoudende autoriteit
recipient-controller = verwerkingsverantwoordelijke
reg-elapsed = { $time } verstreken
reg-late-by = { $status } ({ $time } na de termijn)
reg-hours = { $hours } uur
reg-months = { $months ->
    [one] { $months } maand
   *[other] { $months } maanden
}
reg-duration-days = { $days ->
    [one] { $days } dag
   *[other] { $days } dagen
}
reg-duration-hours = { $hours } uur
reg-duration-minutes = { $minutes ->
    [one] { $minutes } minuut
   *[other] { $minutes } minuten
}
cli-no-obligations = Geen verplichtingen.
cli-no-controllers = Nog geen verwerkingsverantwoordelijken. Voeg er een toe met „breachlog controller add”.
cli-controller-added = Verwerkingsverantwoordelijke { $name } toegevoegd ({ $id }).
cli-filing-recorded = Melding { $id } vastgelegd.
cli-filing-recorded-late = Melding { $id } vastgelegd, { $time } na de termijn (redenen voor de vertraging vastgelegd).
notice-state-draft = concept
notice-state-sent = verzonden
notice-state-acknowledged = bevestigd
notice-acknowledged-by = bevestigd { $at } door { $by }
notice-acknowledged-at = bevestigd { $at }
notice-reminder = herinnering: sinds { $at } niet bevestigd (navragen bij de klant; geen wettelijke termijn)
notice-remind-at = herinnering { $at } als niet bevestigd
cli-filing-acknowledged = Ontvangstbevestiging van melding { $id } vastgelegd.
cli-classified = Incident { $id } geclassificeerd onder { $regime }; de termijnen lopen.
cli-incident-regimes = Op incident { $id } is nu van toepassing: { $regimes }
cli-rule-changed = Regel { $rule } gewijzigd. Eerder ontstane verplichtingen behouden hun voorwaarden.
cli-controller-changed = Verwerkingsverantwoordelijke { $name } gewijzigd. Eerder ontstane verplichtingen behouden hun voorwaarden.
cli-obligation-requested = Verzoek vastgelegd: { $kind } aan { $recipient } ({ $reference }).
cli-regulation-settings-changed = Instellingen voor de regelgeving gewijzigd.
cli-ics-written = Termijnen weggeschreven naar { $path }.
cli-contact-logged = Contact met de toezichthouder { $id } vastgelegd.
cli-significance-yes = Toets significantie (Uitvoeringsverordening (EU) 2024/2690): significant — een of meer criteria vervuld.
cli-significance-no = Toets significantie (Uitvoeringsverordening (EU) 2024/2690): geen criterium vervuld.
cli-preserve-until = bewaren tot { $date }
cli-preservation-changed = Bewaringsbevel { $id }: { $change }.
cli-no-contacts = Geen contacten met toezichthouders vastgelegd.
ics-summary = { $kind } ({ $regime }) aan { $recipient }

## ENISA severity

enisa-result = Ernst { $score }: { $band }
enisa-band-low = laag
enisa-band-medium = gemiddeld
enisa-band-high = hoog
enisa-band-very-high = zeer hoog

## Notification drafts (authority forms, data-subject communication, controller notice)

tpl-authority-title-nl-ap = Melding datalek aan de { $authority }
tpl-authority-title-be-apd = Melding van een gegevenslek aan de { $authority }
tpl-authority-title-de = Melding van een inbreuk in verband met persoonsgegevens op grond van art. 33 AVG aan { $authority }
tpl-authority-title-fr-cnil = Melding van een inbreuk in verband met persoonsgegevens aan de { $authority }
tpl-authority-title-uk-ico = Melding van een inbreuk in verband met persoonsgegevens aan het { $authority }
tpl-authority-title-ie-dpc = Melding van een datalek aan de { $authority }
tpl-authority-title-edpb = Melding van een inbreuk in verband met persoonsgegevens (art. 33 AVG) aan { $authority } — gemeenschappelijk EDPB-model (ontwerp van 10 juni 2026)
tpl-subjects-title = Belangrijke informatie over uw persoonsgegevens van { $org }
tpl-controller-title = Melding van een inbreuk in verband met persoonsgegevens aan { $controller } (art. 33 lid 2 { $law })
tpl-customer-authority-title = Melding door { $controller } aan { $authority } (concept)
tpl-section-controller = Verwerkingsverantwoordelijke
tpl-section-contact = Contactpersoon
tpl-section-notification = Soort melding
tpl-section-timeline = Tijdlijn
tpl-section-what-happened = Wat is er gebeurd
tpl-section-data = Betrokken persoonsgegevens
tpl-section-people = Betrokken personen
tpl-section-data-people = Betrokken gegevens en personen
tpl-section-consequences = Mogelijke gevolgen
tpl-section-measures = Genomen of voorgestelde maatregelen
tpl-section-measures-before = Beveiligingsmaatregelen vóór het datalek
tpl-section-follow-up = Vervolgacties
tpl-section-informing-people = Informeren van de betrokkenen
tpl-section-international = Internationale aspecten
tpl-section-communication = Informeren van betrokkenen en andere autoriteiten
tpl-section-containment = Beperking en herstel
tpl-section-training = Training en bewustwording van medewerkers
tpl-section-other-regulators = Andere toezichthouders
tpl-section-intro = Inleiding
tpl-section-edpb-type = 1. Soort melding
tpl-section-edpb-controller = 2. Verantwoordelijke, melder en FG
tpl-section-edpb-nature = 3. Aard van de inbreuk
tpl-section-edpb-consequences = 4. Waarschijnlijke gevolgen
tpl-section-edpb-measures = 5. Beperking van de gevolgen en voorkomen van herhaling
tpl-section-edpb-communication = 6. Informeren van de betrokkenen
tpl-field-reporting-person = Persoon die de inbreuk meldt (naam, functie, contactgegevens)
tpl-field-prevention = Maatregelen om een soortgelijke inbreuk in de toekomst te voorkomen
tpl-field-notification-type = Soort melding
tpl-field-reference = Kenmerk van de eerdere melding
tpl-field-org-name = Naam van de organisatie
tpl-field-org-address = Adres
tpl-field-org-registration = KvK-nummer of ander registratienummer
tpl-field-contact-point = Functionaris gegevensbescherming of ander contactpunt
tpl-field-occurred = Wanneer heeft de inbreuk plaatsgevonden?
tpl-field-detected-at = Wanneer is het incident ontdekt?
tpl-field-aware-at = Wanneer is de organisatie zich bewust geworden van het datalek?
tpl-field-aware-justification = Waarom heeft het vaststellen van het datalek deze tijd gekost?
tpl-field-contained-at = Wanneer is het datalek ingedamd?
tpl-field-reasons-for-delay = Redenen voor de vertraagde melding
tpl-field-title = Samenvatting
tpl-field-description = Omschrijving van het datalek
tpl-field-nature = Soort inbreuk
tpl-field-cause = Oorzaak
tpl-field-discovery = Hoe is het datalek ontdekt?
tpl-field-affected-systems = Getroffen systemen
tpl-field-data-categories = Soorten persoonsgegevens
tpl-field-special-categories = Bijzondere categorieën persoonsgegevens en strafrechtelijke gegevens
tpl-field-records-approx = Geschat aantal betrokken gegevensrecords
tpl-field-subject-categories = Categorieën betrokkenen
tpl-field-subjects-approx = Geschat aantal betrokkenen
tpl-field-consequences = Mogelijke gevolgen voor de betrokkenen
tpl-field-risk = Beoordeling van het risico
tpl-field-severity-score = Ernst (ENISA-methode)
tpl-field-measures-taken = Genomen maatregelen
tpl-field-measures-proposed = Voorgestelde maatregelen
tpl-field-measures-before = Technische en organisatorische maatregelen die vóór het datalek waren getroffen
tpl-field-follow-up = Aanvullende informatie
tpl-field-subjects-informed = Zijn de betrokkenen geïnformeerd?
tpl-field-cross-border = Andere toezichthouders die een melding hebben ontvangen (grensoverschrijdend)
tpl-field-other-regulators = Andere autoriteiten die een melding hebben ontvangen
tpl-field-staff-training = Training in gegevensbescherming van de betrokken medewerkers
tpl-field-subjects-intro = Inleiding
tpl-field-controller-intro = Inleiding
tpl-value-new = Nieuwe melding
tpl-value-follow-up = Aanvulling op een eerdere melding
tpl-datetime = { $day }-{ $month }-{ $year } { $time } uur ({ $zone })
tpl-estimate = schatting
tpl-unknown = onbekend
tpl-none = geen
tpl-discovery = { $source }, op { $at }
tpl-follow-up-info = Het onderzoek loopt nog. Wij verstrekken de ontbrekende informatie zonder onredelijke verdere vertraging in een aanvullende melding (art. 33 lid 4 AVG).
tpl-regulator-nis2 = CSIRT of bevoegde autoriteit op grond van NIS2
tpl-regulator-dora = financiële toezichthouder op grond van DORA
tpl-subjects-not-required = Nee: het datalek leidt naar verwachting niet tot een hoog risico voor de betrokkenen.
tpl-subjects-informed = Ja, op { $at } via { $channel }.
tpl-subjects-pending = Nog niet; de betrokkenen worden zonder onredelijke vertraging geïnformeerd.
tpl-subjects-intro = Met deze brief informeren wij u dat { $org } te maken heeft gehad met een beveiligingsincident waarbij uw persoonsgegevens betrokken zijn. Wij betreuren dit en willen u open vertellen wat er is gebeurd, wat dit voor u kan betekenen en wat wij eraan doen.
tpl-controller-intro = Als uw verwerker informeert { $org } u over een inbreuk in verband met persoonsgegevens die wij namens u verwerken („{ $title }”), zodat u uw eigen verplichtingen op grond van art. 33 en 34 { $law } kunt nakomen.

# Waarom er voor een incident geen AVG-termijn loopt (verplichtingenpaneel van de app, `breach assess`).
clock-gap-exercise = Dit incident is een oefening: het leidt niet tot verplichtingen.
clock-gap-not-assessed = Er loopt geen AVG-termijn: het incident is niet beoordeeld als inbreuk in verband met persoonsgegevens (persoonsgegevens betrokken: onbepaald).
clock-gap-no-personal-data = Er loopt geen AVG-termijn: volgens de beoordeling zijn er geen persoonsgegevens betrokken.
clock-gap-gdpr-not-applied = Er loopt geen AVG-termijn: noch de AVG noch de UK GDPR is van toepassing op dit incident (regelingen van de organisatie of van het incident).
clock-gap-processor-without-controllers = Er loopt nog geen AVG-termijn: de rol bij dit incident is verwerker, dus de inbreuk wordt gemeld aan de verwerkingsverantwoordelijken (art. 33 lid 2 AVG), niet aan de toezichthouder. Er kan pas een melding aan een verwerkingsverantwoordelijke worden afgeleid als u in de beoordeling de betrokken verwerkingsverantwoordelijken kiest.

## Cyberweerbaarheidsverordening, UK PECR, bijgewerkt tussentijds DORA-rapport, ePrivacy-kennisgeving aan abonnees

regime-cra = CRA
regime-uk-pecr = UK PECR
regime-e-evidence = e-Evidence
obligation-kind-updated-intermediate = bijgewerkt tussentijds rapport
recipient-csirt-coordinator = coördinerend CSIRT (via het centrale meldplatform van ENISA)
recipient-subscribers = betrokken abonnees of personen
cra-kind-exploited-vulnerability = actief uitgebuite kwetsbaarheid
cra-kind-severe-incident = ernstig incident met gevolgen voor de beveiliging van het product
field-cra-kind = soort melding onder de cyberweerbaarheidsverordening
field-corrective-measure-at = corrigerende of mitigerende maatregel beschikbaar sinds
field-recovered-at = reguliere activiteiten hersteld op
reason-cra-only = dit geldt alleen voor meldingen onder de cyberweerbaarheidsverordening (regime cra)
obligation-action-inform-delay = Termijn in gevaar: als die niet gehaald kan worden, de autoriteit vóór het verstrijken informeren met de redenen voor de vertraging

# Verwerkingsverantwoordelijken als klantrecords (schema 11): CLI en import.
field-country = land
field-contacts = contactpersonen
field-contract-reference = contractreferentie
field-column = kolom
reason-not-a-country-code = het is geen landcode van twee letters volgens ISO 3166 (NL, DE, FR, GB…)
reason-duplicate-column = de kolom staat twee keer in de kopregel
reason-not-text = het is geen UTF-8-tekst
reason-too-many-rows = het bestand heeft meer dan { $max } rijen; splits het op
reason-rows-refused = { $count ->
    [one] één rij is geweigerd (hierboven vermeld); er is niets geïmporteerd
   *[other] { $count } rijen zijn geweigerd (hierboven vermeld); er is niets geïmporteerd
}
cli-controller-removed = Verwerkingsverantwoordelijke { $name } verwijderd. Verplichtingen die voor hem zijn ontstaan, houden hem als ontvanger.
cli-controllers-exported = { $count } verwerkingsverantwoordelijken geschreven naar { $file }.
cli-controllers-imported = { $rows } rijen gelezen: { $added } toegevoegd, { $changed } gewijzigd, { $unchanged } ongewijzigd.
cli-controllers-import-dry-run = Proefrun, niets geschreven. { $rows } rijen gelezen: { $added } zouden worden toegevoegd, { $changed } gewijzigd, { $unchanged } ongewijzigd.
cli-controllers-import-refused = { $rows } rijen gelezen; er is niets geïmporteerd.
cli-controllers-import-row = Regel { $line }: { $message }
reason-not-processor = het incident is niet beoordeeld als verwerker of als verwerkingsverantwoordelijke en verwerker; stel eerst de rol in
cli-impact-set = Gevolgen voor { $controller }: { $subjects } betrokkenen, { $records } records. Klanten met bekende gevolgen: { $known } van { $customers }; hun betrokkenen tellen op tot { $sum } (schatting voor het hele incident: { $estimate }).
cli-impacts-imported = { $rows } regels gelezen: gevolgen vastgelegd voor { $set } klanten ({ $added } nieuw getroffen), { $unchanged } ongewijzigd.
cli-impacts-import-dry-run = Proefrun, niets geschreven. { $rows } regels gelezen: gevolgen zouden worden vastgelegd voor { $set } klanten ({ $added } nieuw getroffen), { $unchanged } ongewijzigd.
tpl-law-gdpr = AVG
tpl-contract-reference = { " " }(kenmerk { $reference })
tpl-contract-clock = Ons contract{ $reference } vereist deze melding binnen { $hours } uur nadat wij de inbreuk hebben vastgesteld: uiterlijk op { $due }.
tpl-contract-clock-undue = Ons contract{ $reference } stelt geen vaste termijn voor deze melding: wij melden zonder onredelijke vertraging nadat wij de inbreuk hebben vastgesteld (art. 33 lid 2 { $law }).
tpl-impact-own = De aantallen, categorieën en landen in deze melding betreffen uitsluitend uw gegevens.
tpl-impact-unknown = Uw eigen deel is nog niet bekend: de aantallen in deze melding betreffen het hele incident. Wij laten u uw aantallen weten zodra wij ze kennen.
tpl-field-contract-clock = Meldingstermijn
tpl-field-impact-scope = Reikwijdte van de aantallen
tpl-field-countries = Landen van de betrokkenen
cli-notices-written = { $count } meldingen geschreven naar { $dir }, vermeld in { $manifest }.
tpl-follow-up-info-uk = Het onderzoek loopt nog. Wij verstrekken de ontbrekende informatie zonder onredelijke verdere vertraging in een aanvullende melding (art. 33 lid 4 UK GDPR).
tpl-law-uk-gdpr-33 = artikel 33 UK GDPR (melding van een inbreuk in verband met persoonsgegevens aan de ICO)
tpl-law-pecr = PECR reg. 5A (Privacy and Electronic Communications (EC Directive) Regulations 2003): gemeld via het meldformulier van de ICO voor aanbieders van communicatiediensten, dat in de plaats komt van de melding onder de UK GDPR
tpl-follow-up-info-pecr = Het onderzoek loopt nog. Wij verstrekken de ontbrekende informatie zonder onnodige verdere vertraging in een aanvullende melding (PECR reg. 5A; gehandhaafde Verordening (EU) nr. 611/2013, art. 2, lid 3).
draft-changed-since = Gewijzigd sinds de melding van { $date }
draft-changed-none = Niets gewijzigd sinds de melding van { $date }.
draft-no-snapshot = Geen momentopname van de eerdere melding ({ $date }): die is vastgelegd voordat de verzonden inhoud werd bewaard, dus de wijzigingen kunnen niet worden opgesomd.
draft-snapshot-redacted = De inhoud van de eerdere melding ({ $date }) is met de persoonsgegevens van het incident gewist, dus de wijzigingen kunnen niet worden opgesomd.
draft-change-before = Voorheen
draft-change-after = Nu
draft-change-absent = (niet in dat concept)

## What-if under a proposal pack (`breachlog rules what-if`, Settings → What if…)
what-if-header = VOORSTEL — NIET HET GELDENDE RECHT. Wat als { $title } werd aangenomen ({ $act }, { $date }; bron { $url }). Er is niets opgeslagen; de geldende termijnen blijven ongewijzigd.
what-if-incident = Incident { $id }
what-if-header-now = Nu
what-if-header-proposal = Volgens het voorstel
what-if-header-difference = Verschil
what-if-not-owed = niet verplicht
what-if-newly-owed = nieuw verplicht: { $due }
what-if-status-proposal = voorstel

## Issue 14: wat de formulieren van de toezichthouders vragen naast art. 33, lid 3, en de vaste gegevens van de organisatie

tpl-section-legal-representative = Wettelijk vertegenwoordiger
tpl-section-processor = Betrokken verwerker
tpl-field-legal-basis = Op grond van welke regelgeving doet u deze melding?
tpl-field-other-organisation = Was er een andere organisatie betrokken bij de inbreuk (bijvoorbeeld een verwerker of een klant)?
tpl-field-processor = Was er een verwerker betrokken bij de inbreuk?
tpl-field-ongoing = Duurt de inbreuk op dit moment nog voort?
tpl-field-subjects-range = Aantal betrokkenen (minimum – maximum)
tpl-field-encrypted = Waren de persoonsgegevens op het moment van de inbreuk versleuteld, of op een andere manier onbegrijpelijk of ontoegankelijk voor onbevoegden?
tpl-field-severity-estimate = Inschatting van de ernst van de mogelijke gevolgen voor de betrokkenen
tpl-field-legal-representative = Wettelijk vertegenwoordiger (naam, functie)
tpl-field-dpo = Functionaris gegevensbescherming (naam, e-mail, telefoon)
tpl-value-withdrawal = Intrekking van een eerdere melding
tpl-yes = ja
tpl-no = nee
tpl-subjects-range = { $min } – { $max }
tpl-no-registration = De organisatie heeft geen inschrijvingsnummer
tpl-our-processor = { $org }, onze verwerker
encrypted-yes = Ja
encrypted-no = Nee
encrypted-partly = Gedeeltelijk
severity-estimate-low = Laag
severity-estimate-medium = Gemiddeld
severity-estimate-high = Hoog
severity-estimate-very-high = Zeer hoog
legal-basis-gdpr = AVG
legal-basis-telecommunicatiewet = Telecommunicatiewet
notification-kind-initial = eerste melding
notification-kind-complementary = aanvulling
notification-kind-withdrawal = intrekking
field-ongoing = inbreuk duurt nog voort
field-encrypted = gegevens versleuteld
field-subjects-min = minimumaantal betrokkenen
field-subjects-max = maximumaantal betrokkenen
field-subjects-range = aantal betrokkenen (minimum – maximum)
field-severity-estimate = inschatting van de ernst
field-reporting-person = melder
field-prevention = maatregelen om herhaling te voorkomen
field-other-organisation = andere betrokken organisatie
field-processor = betrokken verwerker
field-legal-basis = grondslag van de melding
field-notification-kind = soort melding
field-legal-representative = wettelijk vertegenwoordiger
field-legal-representative-name = naam van de wettelijk vertegenwoordiger
field-legal-representative-role = functie van de wettelijk vertegenwoordiger
field-registration-number = inschrijvingsnummer (KvK)
field-org-registration = inschrijvingsnummer (KvK)
field-dpo = functionaris gegevensbescherming
field-dpo-name = naam van de FG
field-dpo-email = e-mailadres van de FG
field-dpo-phone = telefoonnummer van de FG
reason-not-an-email = het is geen e-mailadres (naam@domein.nl)
reason-not-a-siren = het is geen SIREN-nummer: 9 cijfers met een kloppend controlecijfer (of "none" als de organisatie er geen heeft)
reason-not-a-kvk = het is geen KvK-nummer: 8 cijfers (of "none")
reason-set-by-law = de wet bepaalt dit voor een e-Evidence-bevel
reason-not-a-preservation-order = het is geen e-Evidence-bewaringsbevel
reason-preservation-over = de plicht tot bewaring was op dat moment al geëindigd
cli-unanswered = Nog niet beantwoord in het dossier (organisatieprofiel of beoordeling): { $items }
cli-letter-edited = bewerkt
cli-authority-portal = Formulier
cli-authority-phone = Telefoon
cli-authority-address = Adres
cli-authority-attachments = Bijlagen
cli-authority-source = Bron (gecontroleerd { $checked })
cli-authority-unconfirmed = niet bevestigd
tpl-no-siren = Geen SIREN-nummer (inschrijvingsnummer: { $number })

## De brief aan de betrokkenen (issue 14 punt 5): AVG art. 34 lid 2 met art. 33 lid 3 onder b–d
tpl-section-advice = Wat u kunt doen
tpl-field-letter-what-happened = Wat is er gebeurd
tpl-field-letter-data = Om welke gegevens van u het gaat
tpl-field-letter-consequences = Wat dit voor u kan betekenen
tpl-field-letter-measures = Wat wij hebben gedaan en nog doen
tpl-field-letter-advice = Wat u kunt doen
tpl-field-letter-contact = Vragen
letter-date = { $day }-{ $month }-{ $year }
letter-found = Wij hebben het incident op { $date } ontdekt.
letter-stopped = Op { $date } hebben wij het gestopt.
letter-what-confidentiality = Mensen die uw persoonsgegevens niet mochten zien, hebben ze mogelijk gezien of er een kopie van gemaakt.
letter-what-integrity = Uw persoonsgegevens zijn mogelijk gewijzigd door iemand die dat niet mocht.
letter-what-availability = Uw persoonsgegevens zijn verloren gegaan of waren enige tijd niet te gebruiken.
letter-what-unknown = Wij zoeken nog uit wat er precies met uw persoonsgegevens is gebeurd.
letter-data = Het gaat om deze gegevens over u: { $data }.
letter-data-special = Het gaat ook om gevoelige gegevens: { $data }.
letter-consequence-passwords = Iemand kan met uw wachtwoord inloggen op uw account bij ons, of op andere accounts waar u hetzelfde wachtwoord gebruikt.
letter-consequence-payment = Uw bank- of kaartgegevens kunnen worden misbruikt voor betalingen of incasso’s waarvoor u geen toestemming hebt gegeven, of om nepberichten echt te laten lijken.
letter-consequence-identity = Iemand kan zich voordoen als u, bijvoorbeeld om op uw naam een account te openen, een contract af te sluiten of geld te lenen.
letter-consequence-health = Informatie over uw gezondheid kan bij anderen bekend worden. Dat kan vervelend zijn of ertoe leiden dat u oneerlijk wordt behandeld.
letter-consequence-sensitive = Gevoelige informatie over u kan bij anderen bekend worden. Dat kan vervelend zijn of ertoe leiden dat u oneerlijk wordt behandeld.
letter-consequence-contact = U kunt ongewenste of valse berichten krijgen per e-mail, sms, telefoon of post, die uw gegevens gebruiken om echt te lijken (phishing).
letter-measures-taken = Wat wij hebben gedaan: { $text }
letter-measures-proposed = Wat wij nog gaan doen: { $text }
letter-advice-passwords = Wijzig nu bij { $org } het wachtwoord van uw account. Gebruikt u hetzelfde of een vergelijkbaar wachtwoord ergens anders, wijzig het dan ook daar. Gebruik voor elk account een ander wachtwoord en zet tweestapsverificatie aan waar dat kan.
letter-advice-payment = Controleer de komende maanden regelmatig uw bank- en creditcardafschriften. Ziet u een betaling of incasso die u niet herkent, neem dan meteen contact op met uw bank; een incasso kunt u meestal laten terugboeken. Geef nooit uw bankgegevens, codes of pincode in antwoord op een bericht of telefoontje.
letter-advice-identity = Let op brieven, rekeningen of berichten over contracten, leningen of aankopen die u niet hebt gedaan. Denkt u dat iemand uw identiteit gebruikt, doe dan aangifte bij de politie. Ging het om een identiteitsbewijs, vraag dan bij de instantie die het heeft uitgegeven (vaak uw gemeente) of u het moet laten blokkeren en vervangen.
letter-advice-health = Wees voorzichtig als iemand die u niet kent contact met u opneemt over uw gezondheid of behandeling. Geef geen verdere gegevens en laat het ons weten.
letter-advice-sensitive = Wees voorzichtig als iemand die u niet kent contact met u opneemt over deze gegevens. Geef geen verdere gegevens en laat het ons weten.
letter-advice-contact = Wees op uw hoede bij onverwachte berichten of telefoontjes, ook als ze uw naam gebruiken of van ons lijken te komen. Klik niet op links, open geen bijlagen en geef nooit uw wachtwoord of bankgegevens in een antwoord.
letter-advice-general = Merkt u iets ongewoons op of hebt u vragen, neem dan contact met ons op via de gegevens hieronder.
letter-contact-dpo = Hebt u vragen, neem dan contact op met onze functionaris gegevensbescherming: { $contact }.
letter-contact-point = Hebt u vragen, neem dan contact met ons op: { $contact }.
