# Breachlog — Nederlandse teksten voor pdf-rapporten, registerexports, auditpakketten en de controle ervan.
# Dezelfde id's en variabelen als en, de en fr.

## Rapporttitels en lopende tekst

report-title-incident = Rapport over het beveiligingsincident
report-title-register = Register van inbreuken in verband met persoonsgegevens (art. 33, lid 5, AVG)
report-title-audit-trail = Audittrail van het registerjournaal
report-kind-incident = incidentrapport
report-kind-register = inbreukregister
report-kind-audit-trail = audittrail
report-title-with-subject = { $title }: { $subject }
report-unnamed-org = (naam van de organisatie niet ingesteld)
report-serial = Rapportnr.
report-generated = Opgesteld
report-timezone = Tijdzone
report-period = Periode: { $from } tot en met { $to }
report-head-short = Journaalstand
report-pdf-subject = { $org } — Breachlog-rapport { $serial }
report-page-of = Pagina { $page } van { $total }
report-yes = Ja
report-no = Nee
report-approx-estimate = ca. { $n } (schatting)
report-unknown = Onbekend
report-none = Niets vastgelegd.
report-pending = Nog niet besloten

## Incidentrapport

report-section-facts = Feiten
report-incident-id = Incident-id
report-exercise = Oefening
report-contained-at = Ingedamd
report-resolved-at = Opgelost
report-closed-at = Afgesloten
report-recorded = Vastgelegd
report-section-assessment = Beoordeling van de inbreuk in verband met persoonsgegevens
report-no-assessment = Voor dit incident is geen beoordeling van een inbreuk vastgelegd.
report-section-decision = Risico en besluit over de melding
report-decided-by = Besloten door
report-section-actions = Acties
report-action-done-at = Afgerond op { $at }
report-action-done = Afgerond
report-action-open = Open
report-section-notes = Notities
report-section-timeline = Tijdlijn (journaalgebeurtenissen)
report-col-when = Tijdstip
report-col-who = Door
report-col-seq = Nr.
report-col-event = Gebeurtenis
report-col-subject = Onderwerp
report-col-details = Details
report-col-hash = Hash van de gebeurtenis
report-changed = Gewijzigd: { $fields }

## Audittrail

report-audit-intro = Dit document vermeldt { $count ->
    [one] { $count } journaalgebeurtenis
   *[other] { $count } journaalgebeurtenissen
} van het register in de volgorde waarin zij zijn vastgelegd. Elke gebeurtenis is met een SHA-256-hash aan haar voorganger gekoppeld; de volledige gebeurtenissen zijn als machineleesbaar bestand in deze pdf opgenomen.
report-section-events = Journaalgebeurtenissen

## Register

report-register-intro = Dit register documenteert elke inbreuk in verband met persoonsgegevens, ook de inbreuken die niet aan de toezichthoudende autoriteit zijn gemeld, met de feiten, de gevolgen, de genomen corrigerende maatregelen en de motivering van elk besluit (art. 33, lid 5, AVG). Oefeningen zijn niet opgenomen.
report-sum-breaches = Inbreuken in verband met persoonsgegevens in dit register
report-sum-notified = Gemeld aan de toezichthoudende autoriteit
report-sum-not-notified = Niet gemeld (motivering gedocumenteerd)
report-sum-pending = Besluit over de melding nog niet genomen
report-sum-under-assessment = Openstaande incidenten in beoordeling (niet vermeld)
report-sum-exercises = Oefeningen met persoonsgegevens (niet vermeld)
report-section-register = Inbreuken
report-no-breaches = Voor deze periode zijn geen inbreuken in verband met persoonsgegevens vastgelegd.
report-col-breach = Inbreuk
report-col-times = Tijdstippen
report-col-nature = Aard en omschrijving
report-col-data = Gegevens en betrokkenen
report-col-risk = Risicobeoordeling
report-col-art33 = Besluit art. 33
report-col-measures = Gevolgen en maatregelen
report-col-journal = Status en journaal
report-t-occurred = Opgetreden
report-t-detected = Ontdekt
report-t-aware = Kennisname
report-t-contained = Ingedamd
report-t-closed = Afgesloten
report-t-justification = Motivering van het tijdstip van kennisname

## Integriteit

report-section-integrity = Integriteit
report-integrity-intro = Dit rapport is opgesteld uit het met hashes geketende journaal van het register. De onderstaande waarden geven precies aan welke stand van het journaal het weergeeft en stellen iedereen in staat te controleren dat noch dit document noch het journaal is gewijzigd.
report-issued-by = Opgesteld door
report-head-seq = Journaalstand (gebeurtenisnummer)
report-head-hash = Journaalstand (SHA-256)
report-content-sha256 = SHA-256 van de inhoud
report-prev-sha256 = Vorig rapport (SHA-256 van de pdf)
report-prev-none = Geen — dit is het eerste rapport uit dit register
report-section-checkpoint = Ondertekend checkpoint
report-checkpoint-intro = Het register heeft deze verklaring ondertekend met zijn Ed25519-sleutel: zijn journaal van { $size } gebeurtenissen, tot de kop hierboven, heeft deze Merkle-wortel (C2SP signed note, beschreven in chain-format.md). De bijlage bevat haar met de insluitingsbewijzen van de gebeurtenissen die dit rapport toont. Bewaar een kopie gescheiden van het register – scan de code of kopieer de tekst: wie haar heeft, kan het register later laten bewijzen dat zijn journaal er nog op voortbouwt, en kan de sleutel van andere rapporten ermee vergelijken.
report-section-how-to-verify = Zo controleert u dit rapport
report-verify-1 = Noteer de SHA-256 van dit pdf-bestand zoals u het hebt ontvangen; elk SHA-256-programma berekent die („sha256sum BESTAND” op Linux, „shasum -a 256 BESTAND” op macOS, „certutil -hashfile BESTAND SHA256” op Windows). De organisatie legt dezelfde waarde vast in haar journaal en vermeldt die als „Vorig rapport” in het volgende rapport dat zij opstelt; een later rapport toont zo aan dat precies dit bestand is opgesteld.
report-verify-2 = De pdf bevat één bijlage, „{ $file }” (te zien in het bijlagenpaneel van de meeste pdf-lezers): de gegevens waaruit dit rapport is opgesteld. De SHA-256 van de inhoud hierboven is de SHA-256 van de tekst „breachlog-report-v1”, een regeleinde en de exacte bytes van de bijlage, bijv. „(printf 'breachlog-report-v1\n'; cat { $file }) | sha256sum”. Komt die overeen, dan zijn de gegevens achter dit rapport niet gewijzigd.
report-verify-3 = De bijlage bevat ook de journaalgebeurtenissen waaruit het rapport is opgesteld, elk via zijn SHA-256 gekoppeld aan de vorige. De laatste is gebeurtenis { $seq } met de hash { $hash } (de journaalstand hierboven). U kunt de organisatie op elk later moment om een export van haar journaal vragen: die moet deze gebeurtenis met deze hash nog bevatten, wat aantoont dat niets daarvoor is herschreven.
report-verify-4 = Alle regels achter deze controles (de canonieke JSON, de hashes van de gebeurtenissen, de inhoudshash en het zegel van dit bestand) zijn gepubliceerd in de Breachlog-formaatbeschrijvingen „chain-format.md” en „report-format.md”; ze zijn met elk onafhankelijk programma te herhalen, zonder de software van de organisatie.
report-integrity-note = Tijdstippen worden weergegeven in de tijdzone van de organisatie met hun afwijking van UTC; de bijlage bevat ze in UTC.

## Namen van journaalgebeurtenissen

event-register-created = Register aangemaakt
event-org-updated = Organisatieprofiel gewijzigd
event-settings-changed = Instellingen gewijzigd
event-incident-created = Incident vastgelegd
event-incident-updated = Incident gewijzigd
event-incident-transitioned = Status gewijzigd
event-breach-assessed = Beoordeling van de inbreuk vastgelegd
event-action-added = Actie toegevoegd
event-action-done = Actie afgerond
event-action-reopened = Actie heropend
event-note-added = Notitie toegevoegd
event-subjects-letter-edited = Brief aan de betrokkenen bewerkt
event-session-unlocked = Register ontgrendeld
event-session-locked = Register vergrendeld
event-journal-exported = Journaal geëxporteerd
event-report-issued = Rapport opgesteld
event-register-exported = Register geëxporteerd
event-bundle-exported = Auditpakket geëxporteerd

## Controle van rapporten

verify-report-unreadable = het bestand is geen leesbare pdf ({ $detail })
verify-report-no-seal = het bestand draagt geen Breachlog-zegel
verify-report-seal-mismatch = het zegel klopt niet: het bestand is na het opstellen gewijzigd
verify-report-no-attachment = het ingesloten bestand breachlog-report.json ontbreekt
verify-report-bad-content = de ingesloten inhoud is geen geldig Breachlog-rapport ({ $detail })
verify-report-content-hash = de in de pdf vermelde inhoudshash komt niet overeen met de ingesloten inhoud
verify-report-info-mismatch = de in de pdf vermelde gegevens „{ $what }” komen niet overeen met de ingesloten inhoud
verify-report-event-chain = ingesloten journaalgebeurtenis { $seq } is niet geldig: { $detail }
verify-report-not-issued-here = dit register heeft dit rapport niet opgesteld (geen gebeurtenis „rapport opgesteld” bevat de SHA-256 ervan)
verify-report-head-missing = het register bevat journaalgebeurtenis { $seq } met de in het rapport vermelde hash niet: het journaal is ingekort of opnieuw opgebouwd
verify-report-duplicate-attachment = het bestand bevat meer dan één ingebed bestand met de naam “{ $name }”: een viewer kan een ander tonen dan het gecontroleerde
verify-report-extra-attachment = het bestand bevat naast breachlog-report.json het ingebedde bestand “{ $name }”
verify-report-incremental-update = het bestand heeft meer dan één revisie: er is na het opstellen iets aan toegevoegd (een incrementele update)
verify-report-proof-malformed = het ingesloten bewijs bestaat niet uit een checkpoint, een publieke sleutel en een lijst van insluitingsbewijzen
verify-report-proof-not-a-checkpoint = het checkpoint van het ingesloten bewijs is geen ondertekend checkpoint
verify-report-proof-other-register = het checkpoint van het ingesloten bewijs hoort bij een ander register dan het rapport
verify-report-proof-bad-signature = het checkpoint van het ingesloten bewijs is niet ondertekend met de ingesloten sleutel: het is gewijzigd of vervalst
verify-report-proof-wrong-head = het checkpoint van het ingesloten bewijs eindigt niet bij de journaalkop van het rapport
verify-report-proof-missing-inclusion = ingesloten journaalgebeurtenis { $seq } heeft geen insluitingsbewijs
verify-report-proof-bad-inclusion = het insluitingsbewijs van journaalgebeurtenis { $seq } leidt niet naar de wortel van het ondertekende checkpoint
verify-report-proof-witness-key = het opgegeven checkpoint is niet ondertekend met de sleutel van het bewijs van dit rapport (of hoort bij een ander register)
verify-report-proof-missing = er is een checkpoint opgegeven, maar het rapport bevat geen ondertekend bewijs om het mee te vergelijken
verify-report-proof-timestamp-checkpoint = de ingesloten tijdstempel geldt een checkpoint dat geen ondertekend begin van het journaal van het rapport is
verify-report-proof-timestamp-token = het ingesloten tijdstempeltoken is niet geldig: { $detail }
verify-report-proof-timestamp-anchor = de ingesloten tijdstempel leidt niet naar de opgegeven certificaatautoriteit (of het rapport bevat geen tijdstempel)

## CLI

cli-report-issued = Rapport { $serial } geschreven naar { $path } ({ $pages ->
    [one] { $pages } pagina
   *[other] { $pages } pagina's
}, SHA-256 { $sha }).
cli-verify-report-ok = Rapport { $serial } gecontroleerd: omvat journaalstand { $seq } { $hash }.
cli-verify-report-standalone = Rapport { $serial }: de ingebedde inhoud past bij het zegel en omvat journaalstand { $seq } { $hash }; of een register het heeft opgesteld, kan zonder dat register niet worden gecontroleerd (het zegel is geen handtekening: iedereen kan een gewijzigd bestand opnieuw verzegelen).
cli-verify-report-issued-here = Opgesteld door dit register; het register bevat de journaalstand nog.
cli-verify-report-no-register = Geen register gecontroleerd (geef --db op om ook te bevestigen dat het register het rapport heeft opgesteld).
cli-verify-report-failed = Controle van het rapport mislukt: { $reason }
cli-verify-report-proof = Ondertekend bewijs: { $events ->
    [one] { $events } journaalgebeurtenis zit
   *[other] { $events } journaalgebeurtenissen zitten
} in het journaal van register { $register } van { $size } gebeurtenissen (Merkle-wortel { $root }), zoals een checkpoint ondertekend met sleutel { $key } verklaart ({ $proofs ->
    [one] { $proofs } insluitingsbewijs
   *[other] { $proofs } insluitingsbewijzen
} gecontroleerd). De sleutel is die van het register als een checkpoint dat u van het register kreeg ermee klopt (--checkpoint BESTAND), of met --db. De rest van het rapport leidt het register af uit deze gebeurtenissen; het zegel alleen bewijst dat niet.
cli-verify-report-no-proof = Dit rapport bevat geen ondertekend bewijs (het is uitgegeven voordat rapporten er een bevatten).
cli-verify-report-witness = Het checkpoint in { $path } (register { $register }, { $size } gebeurtenissen) is met dezelfde sleutel ondertekend: het bewijs van dit rapport is met de sleutel van dat register gemaakt.
cli-verify-report-timestamp = Vertrouwde tijdstempel: de eerste { $size } gebeurtenissen van het journaal, waarop het journaal van dit rapport voortbouwt, bestonden uiterlijk op { $time }, zoals { $tsa } verklaart (RFC 3161), met een certificaatketen tot { $anchor } (SHA-256 { $sha }).
cli-verify-report-timestamp-given = Die certificaatautoriteit is de door u opgegeven (--tsa-ca).
cli-verify-report-timestamp-embedded = Die certificaatautoriteit is de in het rapport meegegeven: vergelijk de SHA-256 met het gepubliceerde certificaat van de tijdstempeldienst, of geef het certificaat op met --tsa-ca BESTAND.
cli-register-exported = { $rows ->
    [one] { $rows } inbreuk
   *[other] { $rows } inbreuken
} geëxporteerd naar { $path }.
cli-bundle-exported = Auditpakket geschreven naar { $path } ({ $files ->
    [one] { $files } bestand
   *[other] { $files } bestanden
}, journaalstand { $hash }).
cli-bundle-ok = Auditpakket ongewijzigd: { $files ->
    [one] { $files } bestand
   *[other] { $files } bestanden
}, journaal met { $events ->
    [one] { $events } gebeurtenis
   *[other] { $events } gebeurtenissen
}, stand { $seq } { $hash }.
cli-bundle-report-head = Rapport { $serial } ({ $file }) omvat journaalstand { $seq } { $hash }: vergelijk die met het verzonden exemplaar.
cli-bundle-failed = Controle van het auditpakket mislukt: { $reason }

## Controle van auditpakketten

bundle-no-manifest = manifest.json ontbreekt of is onleesbaar ({ $detail })
bundle-file-missing = het in het manifest vermelde bestand { $file } ontbreekt
bundle-file-changed = het bestand { $file } komt niet overeen met zijn SHA-256 in het manifest
bundle-file-unlisted = het bestand { $file } staat niet in het manifest
bundle-journal = het journaal is niet geldig: { $detail }
bundle-head-mismatch = de journaalstand komt niet overeen met de in het manifest vermelde stand (het journaal is ingekort of uitgebreid)
bundle-report = het rapport { $file } is niet geldig: { $detail }
bundle-not-regular = { $file } in het auditpakket is een symbolische koppeling of geen gewoon bestand
bundle-report-not-issued = het rapport { $file } is niet opgesteld door een gebeurtenis “rapport opgesteld” van het journaal in het auditpakket (met zijn SHA-256 en journaalstand)
bundle-report-not-in-journal = het rapport { $file } verwijst naar journaalgebeurtenis { $seq }, die het journaal in het auditpakket niet met die hash bevat: het journaal is herschreven nadat het rapport is opgesteld

## Kolomkoppen van exports

export-col-id = Inbreuk-id
export-col-title = Titel
export-col-category = Oorzaak (categorie)
export-col-role = Rol
export-col-occurred-from = Opgetreden vanaf (UTC)
export-col-occurred-from-local = Opgetreden vanaf (lokale tijd)
export-col-occurred-to = Opgetreden tot (UTC)
export-col-occurred-to-local = Opgetreden tot (lokale tijd)
export-col-detected-at = Ontdekt (UTC)
export-col-detected-at-local = Ontdekt (lokale tijd)
export-col-aware-at = Kennisname (UTC)
export-col-aware-at-local = Kennisname (lokale tijd)
export-col-contained-at = Ingedamd (UTC)
export-col-contained-at-local = Ingedamd (lokale tijd)
export-col-closed-at = Afgesloten (UTC)
export-col-closed-at-local = Afgesloten (lokale tijd)
export-col-aware-justification = Motivering van het tijdstip van kennisname
export-col-nature = Aard (V/I/B)
export-col-description = Omschrijving
export-col-data-categories = Categorieën van gegevens
export-col-special-categories = Bijzondere categorieën
export-col-records-approx = Geschat aantal records
export-col-records-estimate = Records geschat
export-col-subject-categories = Categorieën van betrokkenen
export-col-subjects-approx = Geschat aantal betrokkenen
export-col-subjects-estimate = Betrokkenen geschat
export-col-enisa-dpc = ENISA DPC
export-col-enisa-ei = ENISA EI
export-col-enisa-cb = ENISA CB
export-col-enisa-se = ENISA SE
export-col-risk = Risico
export-col-risk-reasoning = Motivering van het risico
export-col-art33-decision = Besluit art. 33
export-col-art33-rationale = Motivering art. 33
export-col-art33-decided-by = Besloten door
export-col-art33-decided-at = Besloten (UTC)
export-col-filings = Meldingen
export-col-controllers-notified = Geïnformeerde verwerkingsverantwoordelijken
export-col-art34-decision = Besluit art. 34
export-col-other-regimes = Andere regelingen en autoriteiten
export-col-consequences = Waarschijnlijke gevolgen
export-col-measures-taken = Genomen maatregelen
export-col-measures-proposed = Voorgestelde maatregelen
export-col-status = Status
export-col-journal-seq = Positie in het journaal
export-col-journal-hash = Hash van de laatste gebeurtenis

## Namen van velden en waarden in rapporten

report-field-title = Titel
report-field-description = Omschrijving
report-field-category = Categorie
report-field-vuln-class = Soort kwetsbaarheid
report-field-source = Bron
report-field-severity = Ernst
report-field-status = Status
report-field-close-reason = Reden van afsluiting
report-field-occurred-at = Opgetreden
report-field-occurred-from = Opgetreden vanaf
report-field-occurred-to = Opgetreden tot
report-field-detected-at = Ontdekt
report-field-owner = Verantwoordelijke
report-field-affected-systems = Getroffen systemen
report-field-exercise = Oefening
report-field-personal-data = Persoonsgegevens betrokken
report-field-aware-at = Kennisname van de inbreuk
report-field-aware-justification = Motivering van de onderzoeksperiode
report-field-role = Onze rol
report-field-nature = Aard van de inbreuk
report-field-data-categories = Categorieën van gegevens
report-field-special-categories = Bijzondere categorieën (art. 9/10)
report-field-subject-categories = Categorieën van betrokkenen
report-field-subjects-approx = Geschat aantal betrokkenen
report-field-subjects-estimate = Aantal betrokkenen geschat
report-field-records-approx = Geschat aantal records
report-field-records-estimate = Aantal records geschat
report-field-consequences = Waarschijnlijke gevolgen
report-field-measures-taken = Genomen maatregelen
report-field-measures-proposed = Voorgestelde maatregelen
report-field-contact-point = Contactpunt (FG)
report-field-risk = Risico
report-field-risk-reasoning = Motivering van het risico
report-field-decision = Besluit over de melding
report-field-decision-rationale = Motivering van het besluit
report-field-decided-by = Besloten door
report-field-decided-at = Datum van het besluit
report-field-due-at = Uiterlijk
report-field-note = Notitie
report-field-name = Naam van de organisatie
report-field-address = Adres
report-field-default-role = Standaardrol
report-field-timezone = Tijdzone
report-field-language = Taal
report-field-lead-authority = Leidende toezichthoudende autoriteit
report-field-aware-gap-hours = Termijn tot kennisname (uren)
report-field-idle-lock-minutes = Vergrendeling bij inactiviteit (minuten)
report-field-notify-thresholds-hours = Herinneringsdrempels (uren)
report-field-backup-folder = Back-upmap
report-category-malware = Malware of ransomware
report-category-phishing = Phishing
report-category-lost-device = Verloren of gestolen apparaat
report-category-misdirected = Verkeerd verzonden bericht
report-category-unauthorised-access = Onbevoegde toegang
report-category-account-takeover = Accountovername
report-category-vulnerability = Melding van een kwetsbaarheid
report-category-insider-misuse = Misbruik door een insider
report-category-system-failure = Systeemstoring
report-category-third-party = Incident bij verwerker of derde
report-category-other = Overig
report-vuln-xss = Cross-site scripting (XSS)
report-vuln-open-redirect = Open redirect
report-vuln-csrf = Cross-site request forgery (CSRF)
report-vuln-injection = Injectie
report-vuln-auth-flaw = Fout in de authenticatie
report-vuln-rce = Uitvoering van code op afstand
report-source-internal-monitoring = Interne monitoring
report-source-employee = Medewerker
report-source-customer = Klant
report-source-partner-notice = Melding van een verwerker of partner
report-source-bug-bounty = Bugbountymelding
report-source-authority-request = Verzoek van een autoriteit
report-severity-low = Laag
report-severity-medium = Gemiddeld
report-severity-high = Hoog
report-severity-critical = Kritiek
report-status-reported = Gemeld
report-status-triage = Triage
report-status-investigating = In onderzoek
report-status-contained = Ingedamd
report-status-resolved = Opgelost
report-status-closed = Afgesloten
report-close-reason-resolved = Opgelost
report-close-reason-false-positive = Vals positief
report-close-reason-duplicate = Dubbele melding
report-close-reason-not-security-incident = Geen beveiligingsincident
report-personal-data-yes = Ja
report-personal-data-no = Nee
report-personal-data-undetermined = Nog niet vastgesteld
report-role-controller = Verwerkingsverantwoordelijke
report-role-processor = Verwerker
report-role-joint-controller = Gezamenlijke verwerkingsverantwoordelijke
report-nature-confidentiality = Vertrouwelijkheid
report-nature-integrity = Integriteit
report-nature-availability = Beschikbaarheid
report-risk-none = Geen risico
report-risk-risk = Risico
report-risk-high = Hoog risico
report-decision-notify = Melden aan de toezichthoudende autoriteit
report-decision-no-notify = Geen melding

## Notification, data-subject communication and controller notice

report-title-notification = Melding van een inbreuk in verband met persoonsgegevens (art. 33 AVG)
report-title-subjects = Mededeling aan de betrokkenen (art. 34 AVG)
report-title-controller = Melding van een datalek aan de verwerkingsverantwoordelijke (art. 33, lid 2, AVG)
report-kind-notification = melding aan de toezichthoudende autoriteit
report-kind-subjects = mededeling aan de betrokkenen
report-kind-controller = melding aan een verwerkingsverantwoordelijke
report-section-addressee = Geadresseerde
report-addressee = Geadresseerde
report-addressee-subjects = De betrokkenen
report-website = Website
report-document-language = Taal van dit document
report-missing-measures = genomen of voorgestelde maatregelen
report-doc-phased = Deze melding wordt in fasen verstrekt (art. 33, lid 4, AVG). De volgende informatie is nog niet beschikbaar en wordt zonder onredelijke verdere vertraging nagezonden: { $items }.
report-doc-incomplete = Nog niet vastgelegd (vereist op grond van art. 34, lid 2, AVG): { $items }.
report-section-art34-exemption = Uitzondering op de mededeling (art. 34, lid 3, AVG)
report-section-customer-draft = Bijlage: een concept van uw eigen melding aan uw toezichthouder
report-customer-draft-intro = Als verwerkingsverantwoordelijke beslist u of u uw toezichthouder informeert en doet u de melding zelf. Dit concept van het formulier is ingevuld met de feiten en aantallen uit deze melding over uw gegevens, zodat u het kunt controleren, aanvullen wat ontbreekt en indienen.
report-exemption = Uitzondering
report-justification = Motivering
report-section-filing-record = Verantwoording van de meldingen
report-filing-record-intro-notification = De meldplicht tegenover deze autoriteit en iedere daarvoor vastgelegde melding (eerste melding, aanvullende informatie, intrekking), met het tijdstip van melding en, als de termijn is overschreden, de redenen voor de vertraging.
report-filing-record-intro-subjects = De plicht om de betrokkenen over de inbreuk te informeren en iedere daarvoor vastgelegde mededeling.
report-filing-record-intro-controller = De plicht om deze verwerkingsverantwoordelijke zonder onredelijke vertraging te informeren (art. 33, lid 2, AVG, met de contractuele termijn waar die is afgesproken) en iedere daarvoor vastgelegde melding.
report-no-obligation-for-document = Voor dit incident is geen verplichting tegenover deze geadresseerde vastgelegd.

## Obligations and filings (incident report)

report-section-obligations = Verplichtingen
report-no-obligations = Voor dit incident zijn geen meldplichten afgeleid.
report-section-filings = Meldingen
report-no-filings = Geen meldingen vastgelegd.
report-col-regime = Regeling
report-col-recipient = Ontvanger
report-col-obligation = Verplichting
report-col-due = Uiterlijk
report-col-status = Status
report-col-phase = Fase
report-col-channel = Kanaal
report-col-reference = Kenmerk
report-col-delay = Tijdigheid
report-due-undue-delay = Zonder onredelijke vertraging (geen wettelijke termijn)
report-due-awaiting = Begint zodra de aanleiding is vastgelegd
report-late-by = { $duration } te laat
report-overdue-by = { $duration } over de termijn
report-on-time = tijdig
report-reasons-for-delay = Redenen voor de vertraging: { $reasons }
report-not-required-because = Niet vereist: { $rationale } ({ $by }, { $at })
report-duration-dhm = { $d } d { $h } u { $m } min
report-duration-hm = { $h } u { $m } min

## Register: regulation columns

report-col-filings = Meldingen en mededeling
report-reg-enisa = ENISA: DPC { $dpc } × EI { $ei } + CB { $cb } = SE { $se } ({ $band })
report-reg-superseded = vervangen door { $reference }
report-reg-controllers = Geïnformeerde verwerkingsverantwoordelijken: { $list }
report-reg-controller-pending = nog niet
report-reg-art34-communicated = Art. 34: betrokkenen geïnformeerd op { $at } ({ $channel })
report-reg-art34-exempt = Art. 34: uitzondering — { $exemption }. { $justification }
report-reg-art34-pending = Art. 34: mededeling aan de betrokkenen nog niet gedaan
report-reg-art34-not-required = Art. 34: geen mededeling vereist (geen hoog risico)
report-reg-other = Andere regelingen: { $list }
export-col-enisa-band = ENISA-ernstniveau
export-col-notified-at = Gemeld aan de autoriteit (UTC)
export-col-notified-at-local = Gemeld aan de autoriteit (lokaal)
export-col-notification-reference = Kenmerk van de melding
export-col-art34-exemption = Uitzondering art. 34, lid 3
export-col-art34-justification = Motivering uitzondering art. 34, lid 3
export-col-art34-communicated-at = Betrokkenen geïnformeerd (UTC)
export-col-art34-channel = Kanaal van de mededeling

## Desktop app: Reports screen

app-nav-reports = Rapporten
app-reports-button = Rapport…
app-reports-title = Rapporten
app-reports-intro = Stel met hashes geketende pdf-rapporten op voor toezichthouders, betrokkenen, verwerkingsverantwoordelijken en auditors, en controleer een rapport dat u hebt ontvangen of verzonden.
app-reports-issue-heading = Rapport opstellen
app-reports-kind = Soort rapport
app-reports-kind-incident = Rapport over het beveiligingsincident
app-reports-kind-notification = Melding aan de toezichthouder
app-reports-kind-subjects = Mededeling aan de betrokkenen
app-reports-kind-controller = Melding aan een verwerkingsverantwoordelijke
app-reports-kind-register = Register van inbreuken
app-reports-kind-audit-trail = Audittrail
app-reports-about-incident = Het volledige incident: feiten, beoordeling, besluiten, verplichtingen, meldingen, acties en tijdlijn.
app-reports-about-notification = De melding op grond van art. 33 AVG zoals ingediend, in de taal van de autoriteit, met de gedane meldingen.
app-reports-about-subjects = De mededeling aan de betrokkenen op grond van art. 34 AVG, in duidelijke en eenvoudige taal.
app-reports-about-controller = De melding van de verwerker aan een verwerkingsverantwoordelijke op grond van art. 33, lid 2, AVG.
app-reports-about-register = Het register van alle inbreuken op grond van art. 33, lid 5, AVG, ook de niet gemelde.
app-reports-about-audit-trail = Het journaal van het register zelf, gebeurtenis voor gebeurtenis.
app-reports-incident = Incident
app-reports-choose-incident = Kies een incident…
app-reports-authority = Toezichthoudende autoriteit
app-reports-controller = Verwerkingsverantwoordelijke
app-reports-no-controllers = Er zijn geen verwerkingsverantwoordelijken vastgelegd. Voeg ze toe met „breachlog controller add”.
app-reports-language = Taal
app-reports-language-authority = Taal van de autoriteit
app-reports-language-default = Taal van de organisatie
app-reports-from = Van
app-reports-to = Tot en met
app-reports-issue = Opstellen en opslaan…
app-reports-issuing = Bezig met opstellen…
app-draft-issue-pdf = Als pdf opstellen en opslaan…
app-reports-issued = Rapport { $serial } opgesteld ({ $pages } pagina's).
app-reports-saved-to = Opgeslagen in
app-reports-sha256 = SHA-256 van de pdf
app-reports-head = Journaalstand
app-reports-verify-heading = Rapport controleren
app-reports-verify-intro = Kies een pdf-rapport van Breachlog. Het zegel, de ingesloten inhoud en de journaalgebeurtenissen worden gecontroleerd; met het register ontgrendeld ook of dit register het rapport heeft opgesteld.
app-reports-verify = Pdf kiezen en controleren…
app-reports-verify-ok = { $file } is ongewijzigd.
app-reports-proof = Ondertekend bewijs: { $events ->
    [one] de journaalgebeurtenis zit
   *[other] de { $events } journaalgebeurtenissen zitten
} in het journaal van register { $register } van { $size } gebeurtenissen, zoals een checkpoint ondertekend met sleutel { $key } verklaart ({ $proofs ->
    [one] { $proofs } insluitingsbewijs
   *[other] { $proofs } insluitingsbewijzen
} gecontroleerd). Zonder het register vergelijkt „verify-report --checkpoint” op de opdrachtregel die sleutel met een checkpoint dat u van het register kreeg.
app-reports-no-proof = Dit rapport bevat geen ondertekend bewijs (het is uitgegeven voordat rapporten er een bevatten).
app-reports-verify-failed = { $file } doorstaat de controle niet.
app-reports-serial = Rapportnr.
app-reports-issued-here = Opgesteld door dit register
app-reports-issued-here-yes = Ja; het register bevat de gedekte journaalstand nog steeds.
app-reports-issued-here-no = Nee
app-reports-not-checked = Niet gecontroleerd (register vergrendeld): de ingebedde inhoud past bij het zegel, maar of dit register het heeft opgesteld, kan zonder het register niet worden gecontroleerd
app-reports-pdf-filter = Pdf-documenten

## Recovery Kit (one page, printed or saved by the user; holds the recovery key)

kit-title = Breachlog-herstelkit
kit-subtitle = Bewaar deze pagina offline, op een veilige plek. Wie haar heeft plus een kopie van het register, kan elk incident lezen.
kit-organisation = Organisatie
kit-register-file = Registerbestand
kit-register-id = Register-id
kit-issued = Herstelsleutel uitgegeven
kit-recovery-key = Herstelsleutel
kit-what-heading = Wat deze sleutel is
kit-what = De herstelsleutel opent het register als de wachtzin vergeten is of de sleutelhanger van het besturingssysteem verloren is. Het is de enige weg terug: Breachlog bewaart geen kopie en kan hem niet herstellen.
kit-keep-heading = Waar u hem bewaart
kit-keep = Print deze pagina of schrijf de sleutel op, en bewaar hem ver van de laptop met het register: in de bedrijfskluis, of bij uw functionaris gegevensbescherming of een tweede bestuurder.
    Bewaar hem niet in dezelfde cloudmap of back-up als het register en verstuur hem niet per e-mail.
kit-use-heading = Hoe u hem gebruikt
kit-use = Kies op het ontgrendelscherm “Herstelsleutel gebruiken” en typ de sleutel (hoofd- of kleine letters, met of zonder streepjes). Op de opdrachtregel: breachlog --recovery incident list.
    Stel daarna meteen een nieuwe wachtzin in (de app vraagt erom).
kit-lost-heading = Als hij kwijt is of door een ander gezien
kit-lost = Kwijt: open het register en kies Instellingen → Sleutels → “Nieuwe herstelsleutel uitgeven”; de oude sleutel opent het register dan niet meer. Door een ander gezien: vernieuw de sleutel (Instellingen → Sleutels, of breachlog key rotate), waarmee het register opnieuw wordt versleuteld, en maak oudere back-ups opnieuw, want die openen nog met de oude sleutel.
kit-footer = Breachlog-herstelkit — vertrouwelijk. Deze pagina is geen rapport van het register en wordt er niet in vastgelegd.

# Waarom er geen meldplicht is afgeleid (incidentrapport, register).
report-clock-gap-exercise = Het incident is een oefening; oefeningen leiden niet tot verplichtingen.
report-clock-gap-not-assessed = Het incident is niet beoordeeld als inbreuk in verband met persoonsgegevens.
report-clock-gap-no-personal-data = Volgens de beoordeling zijn er geen persoonsgegevens betrokken.
report-clock-gap-gdpr-not-applied = Noch de AVG noch de UK GDPR is van toepassing op het incident.
report-clock-gap-processor-without-controllers = De rol bij dit incident is verwerker en er is geen betrokken verwerkingsverantwoordelijke gekozen: een melding aan een verwerkingsverantwoordelijke (art. 33 lid 2 AVG) kan pas worden afgeleid als de verwerkingsverantwoordelijken zijn gekozen.

## Register exports for auditors (Reports screen)
app-export-heading = Exports voor auditors
app-export-intro = Het register van datalekken (AVG art. 33 lid 5) als spreadsheet, of een bundel die een auditor offline controleert: het journaal, het register als CSV en XLSX, elk uitgegeven rapport en een manifest met de SHA-256-hash van elk bestand.
app-export-headers = Kolomkoppen en waarden
app-export-headers-localised = In het { $language } (voor mensen; de CSV opent correct in Excel)
app-export-headers-ids = Vaste machine-id's (voor scripts)
app-export-csv = CSV exporteren…
app-export-xlsx = XLSX exporteren…
app-export-bundle = Bundel exporteren…
app-export-working = Bezig met exporteren…
app-export-csv-filter = CSV-bestanden
app-export-xlsx-filter = Excel-werkmappen
app-export-bundle-dialog = Naam van de nieuwe bundelmap
app-reports-save-dialog = Rapport als pdf opslaan
app-export-register-done = { $rows ->
    [one] Register geëxporteerd: { $rows } datalek.
   *[other] Register geëxporteerd: { $rows } datalekken.
}
app-export-bundle-done = { $files ->
    [one] Bundel geëxporteerd: { $files } bestand en het manifest.
   *[other] Bundel geëxporteerd: { $files } bestanden en het manifest.
}
app-export-bundle-check = De auditor kan elk bestand met elk SHA-256-hulpmiddel controleren tegen manifest.json, en de hashketen van het journaal volgens het gepubliceerde formaat (docs/chain-format.md) — zonder sleutel en zonder Breachlog.
app-export-manifest = SHA-256 van het manifest
report-title-controller-uk = Melding van een datalek aan de verwerkingsverantwoordelijke (art. 33, lid 2, UK GDPR)
report-doc-phased-uk = Deze melding wordt in fasen verstrekt (art. 33, lid 4, UK GDPR). De volgende informatie is nog niet beschikbaar en wordt zonder onredelijke verdere vertraging nagezonden: { $items }.
report-filing-record-intro-controller-uk = De plicht om deze verwerkingsverantwoordelijke zonder onredelijke vertraging te informeren (art. 33, lid 2, UK GDPR, met de contractuele termijn waar die is afgesproken) en iedere daarvoor vastgelegde melding.
report-title-notification-uk = Melding van een inbreuk in verband met persoonsgegevens (art. 33 UK GDPR)
report-title-subjects-uk = Mededeling aan de betrokkenen (art. 34 UK GDPR)
report-doc-incomplete-uk = Nog niet vastgelegd (vereist op grond van art. 34, lid 2, UK GDPR): { $items }.
report-section-art34-exemption-uk = Uitzondering op de mededeling (art. 34, lid 3, UK GDPR)
report-filing-record-intro-notification-uk = De meldplicht tegenover deze autoriteit en iedere daarvoor vastgelegde melding (eerste melding, aanvullende informatie, intrekking), met het tijdstip van melding en, als de termijn is overschreden, de redenen voor de vertraging.
report-filing-record-intro-subjects-uk = De plicht om de betrokkenen over de inbreuk te informeren en iedere daarvoor vastgelegde mededeling.
report-col-field = Veld
cli-dora-written = DORA-verslag geschreven naar { $path } ({ $missing ->
    [0] alle verplichte velden ingevuld
    [one] één verplicht veld nog leeg
   *[other] { $missing } verplichte velden nog leeg
})
report-kind-dora = DORA-verslag aan de financiële toezichthouder
report-filing-record-intro-dora = De DORA-meldplicht van deze fase jegens de financiële toezichthouder (DORA art. 19, lid 4; Gedelegeerde Verordening (EU) 2025/301 art. 5) en elke daarvoor vastgelegde indiening, met het tijdstip van indiening en, waar de termijn is overschreden, de redenen voor de vertraging.
report-kind-nis2 = NIS2-melding aan het CSIRT
report-filing-record-intro-nis2 = De NIS2-meldplicht van deze fase jegens het CSIRT of de bevoegde autoriteit (NIS2 art. 23, lid 4) en elke daarvoor vastgelegde indiening, met het tijdstip van indiening en, waar de termijn is overschreden, de redenen voor de vertraging.
report-kind-cra = CRA-melding aan de CSIRT-coördinator
report-filing-record-intro-cra = De meldplicht van deze fase onder de Cyberweerbaarheidsverordening jegens de CSIRT-coördinator via het centrale meldplatform van ENISA (Verordening (EU) 2024/2847 art. 14) en elke daarvoor vastgelegde indiening, met het tijdstip van indiening en, waar de termijn is overschreden, de redenen voor de vertraging.
