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
tpl-authority-title-edpb = Melding van een inbreuk in verband met persoonsgegevens (art. 33 AVG) aan { $authority }
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
tpl-field-plain-what-happened = Wat is er gebeurd?
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
tpl-field-subjects-advice = Wat u kunt doen
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
tpl-subjects-advice = Wees alert op onverwachte berichten waarin naar uw persoonlijke gegevens of wachtwoorden wordt gevraagd, en klik niet op links in zulke berichten. Gebruikt u hetzelfde wachtwoord ook elders, wijzig het dan ook daar. Merkt u iets ongewoons op, neem dan contact met ons op.
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
cli-unanswered = Nog niet beantwoord in het dossier (organisatieprofiel of beoordeling): { $items }
cli-authority-portal = Formulier
cli-authority-phone = Telefoon
cli-authority-address = Adres
cli-authority-attachments = Bijlagen
cli-authority-source = Bron (gecontroleerd { $checked })
cli-authority-unconfirmed = niet bevestigd
tpl-no-siren = Geen SIREN-nummer (inschrijvingsnummer: { $number })

## DORA major ICT-related incident reports (Implementing Regulation (EU) 2025/302 Annex I/II)
dora-section-1 = Algemene informatie over de financiële entiteit
dora-section-2 = Inhoud van de eerste kennisgeving
dora-section-3 = Inhoud van het tussentijds verslag
dora-section-4 = Inhoud van het eindverslag
dora-title-initial = DORA eerste kennisgeving van een ernstig ICT-gerelateerd incident — { $org }
dora-title-intermediate = DORA tussentijds verslag over een ernstig ICT-gerelateerd incident — { $org }
dora-title-final = DORA eindverslag over een ernstig ICT-gerelateerd incident — { $org }
field-dora = DORA-veldnummer
field-stage = fase
field-format = bestandsformaat
field-complete = volledig (alle informatie gegeven)
dora-missing-title = Verplicht voor dit verslag en nog leeg
dora-source = Sjabloon: { $source }
report-title-dora = DORA-incidentmelding
field-dora-1-1 = 1.1 Soort indiening
field-dora-1-2 = 1.2 Naam van de entiteit die het verslag indient
field-dora-1-3 = 1.3 Identificatiecode van de entiteit die het verslag indient
field-dora-1-4 = 1.4 Soort getroffen financiële entiteit
field-dora-1-5 = 1.5 Naam van de getroffen financiële entiteit
field-dora-1-6 = 1.6 LEI-code van de getroffen financiële entiteit
field-dora-1-7 = 1.7 Naam van de primaire contactpersoon
field-dora-1-8 = 1.8 E-mailadres van de primaire contactpersoon
field-dora-1-9 = 1.9 Telefoonnummer van de primaire contactpersoon
field-dora-1-10 = 1.10 Naam van de tweede contactpersoon
field-dora-1-11 = 1.11 E-mailadres van de tweede contactpersoon
field-dora-1-12 = 1.12 Telefoonnummer van de tweede contactpersoon
field-dora-1-13 = 1.13 Naam van de uiteindelijke moederonderneming
field-dora-1-14 = 1.14 LEI-code van de uiteindelijke moederonderneming
field-dora-1-15 = 1.15 Rapportagevaluta
field-dora-2-1 = 2.1 Door de financiële entiteit toegekende referentiecode van het incident
field-dora-2-2 = 2.2 Datum en tijdstip van detectie van het ernstige ICT-gerelateerde incident
field-dora-2-3 = 2.3 Datum en tijdstip van classificatie van het ICT-gerelateerde incident als ernstig
field-dora-2-4 = 2.4 Beschrijving van het ernstige ICT-gerelateerde incident
field-dora-2-5 = 2.5 Classificatiecriteria die tot de melding hebben geleid
field-dora-2-6 = 2.6 Materialiteitsdrempels voor het classificatiecriterium ‘geografische spreiding’
field-dora-2-7 = 2.7 Ontdekking van het ernstige ICT-gerelateerde incident
field-dora-2-8 = 2.8 Vermelding of het incident afkomstig is van een derde aanbieder of een andere financiële entiteit
field-dora-2-9 = 2.9 Activering van het bedrijfscontinuïteitsplan, indien geactiveerd
field-dora-2-10 = 2.10 Andere relevante informatie
field-dora-3-1 = 3.1 Door de bevoegde autoriteit verstrekte referentiecode van het incident
field-dora-3-2 = 3.2 Datum en tijdstip waarop het ernstige ICT-gerelateerde incident zich heeft voorgedaan
field-dora-3-3 = 3.3 Datum en tijdstip waarop diensten, activiteiten of verrichtingen zijn hersteld
field-dora-3-4 = 3.4 Aantal getroffen cliënten
field-dora-3-5 = 3.5 Percentage getroffen cliënten
field-dora-3-6 = 3.6 Aantal getroffen financiële tegenpartijen
field-dora-3-7 = 3.7 Percentage getroffen financiële tegenpartijen
field-dora-3-8 = 3.8 Gevolgen voor relevante cliënten of financiële tegenpartijen
field-dora-3-9 = 3.9 Aantal getroffen transacties
field-dora-3-10 = 3.10 Percentage getroffen transacties
field-dora-3-11 = 3.11 Waarde van de getroffen transacties
field-dora-3-12 = 3.12 Informatie of de aantallen werkelijk of geschat zijn, of dat er geen gevolgen zijn geweest
field-dora-3-13 = 3.13 Reputatiegevolgen
field-dora-3-14 = 3.14 Contextuele informatie over de reputatiegevolgen
field-dora-3-15 = 3.15 Duur van het ernstige ICT-gerelateerde incident
field-dora-3-16 = 3.16 Uitvaltijd van de dienst
field-dora-3-17 = 3.17 Informatie of de cijfers voor duur en uitvaltijd werkelijk of geschat zijn
field-dora-3-18 = 3.18 Soorten gevolgen in de lidstaten
field-dora-3-19 = 3.19 Beschrijving van de gevolgen van het incident in andere lidstaten
field-dora-3-20 = 3.20 Materialiteitsdrempels voor het classificatiecriterium ‘gegevensverlies’
field-dora-3-21 = 3.21 Beschrijving van het gegevensverlies
field-dora-3-22 = 3.22 Classificatiecriterium ‘getroffen kritieke diensten’
field-dora-3-23 = 3.23 Soort ernstig ICT-gerelateerd incident
field-dora-3-24 = 3.24 Andere soorten incidenten
field-dora-3-25 = 3.25 Door de dreigingsactor gebruikte dreigingen en technieken
field-dora-3-26 = 3.26 Andere soorten technieken
field-dora-3-27 = 3.27 Informatie over getroffen functionele gebieden en bedrijfsprocessen
field-dora-3-28 = 3.28 Getroffen infrastructuurcomponenten die bedrijfsprocessen ondersteunen
field-dora-3-29 = 3.29 Informatie over getroffen infrastructuurcomponenten die bedrijfsprocessen ondersteunen
field-dora-3-30 = 3.30 Gevolgen voor de financiële belangen van cliënten
field-dora-3-31 = 3.31 Melding aan andere autoriteiten
field-dora-3-32 = 3.32 Vermelding van ‘andere’ autoriteiten
field-dora-3-33 = 3.33 Tijdelijke acties/maatregelen genomen of gepland voor herstel van het incident
field-dora-3-34 = 3.34 Beschrijving van de tijdelijke acties en maatregelen genomen of gepland voor herstel van het incident
field-dora-3-35 = 3.35 Indicatoren van compromittering
field-dora-4-1 = 4.1 Classificatie op hoofdlijnen van de grondoorzaken van het incident
field-dora-4-2 = 4.2 Gedetailleerde classificatie van de grondoorzaken van het incident
field-dora-4-3 = 4.3 Aanvullende classificatie van de grondoorzaken van het incident
field-dora-4-4 = 4.4 Andere soorten grondoorzaken
field-dora-4-5 = 4.5 Informatie over de grondoorzaken van het incident
field-dora-4-6 = 4.6 Samenvatting van de oplossing van het incident
field-dora-4-7 = 4.7 Datum en tijdstip waarop de grondoorzaak van het incident is aangepakt
field-dora-4-8 = 4.8 Datum en tijdstip waarop het incident is opgelost
field-dora-4-9 = 4.9 Informatie of de datum van de definitieve oplossing afwijkt van de oorspronkelijk geplande datum
field-dora-4-10 = 4.10 Beoordeling van het risico voor kritieke functies met het oog op afwikkeling
field-dora-4-11 = 4.11 Informatie die relevant is voor afwikkelingsautoriteiten
field-dora-4-12 = 4.12 Materialiteitsdrempel voor het classificatiecriterium ‘economische gevolgen’
field-dora-4-13 = 4.13 Bedrag van de directe en indirecte brutokosten en -verliezen
field-dora-4-14 = 4.14 Bedrag van de financiële terugvorderingen
field-dora-4-15 = 4.15 Informatie of de niet-ernstige incidenten terugkerend waren
field-dora-4-16 = 4.16 Datum en tijdstip waarop de terugkerende incidenten zich hebben voorgedaan
reason-mandatory-fields-missing = velden die dit verslag moet bevatten zijn nog leeg: { $fields } (beantwoord ze, of leg de indiening vast met volledig = nee als ze zonder die velden is verstuurd)
cli-nothing-missing = niets ontbreekt
cli-missing-blocking = Geweigerd tot deze zijn ingevuld (of vastgelegd als verstuurd zonder deze, --complete no):
cli-missing-shown = Ontbreekt nog (getoond; indienen wordt niet geweigerd):
