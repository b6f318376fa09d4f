# Breachlog — Nederlandse berichten. Alle teksten die gebruikers zien in de CLI, de desktop-app en de
# pdf’s komen uit deze bestanden; de, nl en fr moeten dezelfde id’s en variabelen hebben.

## Fouten

error-invalid-input = Ongeldige waarde voor ‘{ $field }’: { $reason }
error-wrong-key = Onjuiste wachtwoordzin of sleutel: het register kon niet worden ontgrendeld.
error-no-key = Het register is vergrendeld en er is geen sleutel opgegeven. Stel BREACHLOG_PASSPHRASE in, gebruik --passphrase-file of ontgrendel het register met de herstelsleutel.
error-too-many-attempts = Te veel mislukte ontgrendelpogingen. Wacht { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } seconden
} voordat u het opnieuw probeert.
error-not-found = Geen { $entity } met id { $id }.
error-invalid-transition = Het incident kan niet van ‘{ $from }’ naar ‘{ $to }’ worden overgezet. Toegestaan als volgende stap: { $allowed }.
error-integrity = Integriteitscontrole mislukt bij gebeurtenis { $seq }: { $reason }
error-schema-too-new = Dit register is geschreven door een nieuwere versie van Breachlog (schema { $found }; deze versie leest tot en met schema { $supported }). Werk Breachlog bij om het te openen.
error-register-exists = Er bestaat al een register op { $path }.
error-register-missing = Er is geen register op { $path }. Maak er een aan met ‘breachlog init’.
error-keyfile-damaged = Het sleutelbestand { $path } is beschadigd: { $detail }
error-keyring = De sleutelopslag van het besturingssysteem is niet beschikbaar: { $detail }
error-disk-full = De schijf is vol: er is niets weggeschreven. Maak ruimte vrij en probeer het opnieuw.
error-read-only = Er kan niet naar het register worden geschreven (bestand of map is alleen-lezen): er is niets weggeschreven.
error-storage = Het register kon niet worden gelezen of weggeschreven: { $detail }
error-holidays-out-of-range = Geen feestdagregels voor { $country } in { $year }: de feestdaggegevens lopen van { $from } tot en met { $to }, dus deze termijn kan niet worden berekend.
error-io = Geen toegang tot { $path }: { $detail }
error-register-busy = Het register { $path } is geopend in een ander proces ({ $holders }): er is niets gewijzigd. Sluit het daar (vergrendel de desktop-app of wacht tot de andere opdracht klaar is) en probeer het opnieuw.
error-register-busy-unknown = Het register { $path } is geopend in een ander proces: er is niets gewijzigd. Sluit het daar (vergrendel de desktop-app of wacht tot de andere opdracht klaar is) en probeer het opnieuw.

## Redenen (waarom een waarde is geweigerd)

reason-empty = mag niet leeg zijn
reason-too-long = is te lang (maximaal { $max })
reason-control-characters = bevat stuurtekens
reason-not-a-timestamp = is geen datum en tijd met UTC-offset (RFC 3339, bijv. 2026-03-14T09:30:00+01:00)
reason-in-future = ligt in de toekomst
reason-before-detected = ligt vóór het tijdstip waarop het incident werd ontdekt
reason-after-detected = ligt na het tijdstip waarop het incident werd ontdekt
reason-aware-before-detected = de kennisname kan niet vóór de ontdekking liggen
reason-justification-required = de kennisname vond meer dan { $hours } uur na de ontdekking plaats, dus de duur van het onderzoek moet worden gemotiveerd
reason-unknown-value = is niet een van de volgende waarden: { $allowed }
reason-required-with = is verplicht als ‘{ $other }’ is ingevuld
reason-required-to-reopen = voor het heropenen van een incident is een reden vereist
reason-required-to-close = sluiten vanuit triage vereist een reden: false_positive, duplicate of not_security_incident
reason-only-for-vulnerability = een kwetsbaarheidsklasse geldt alleen voor de categorie ‘Kwetsbaarheidsmelding’ (vulnerability)
reason-not-a-number = is geen geheel getal
reason-out-of-range = valt buiten het toegestane bereik (maximaal { $max })
reason-unknown-timezone = is geen IANA-tijdzone (bijv. Europe/Amsterdam)
reason-unknown-language = is niet een van: en, de, nl, fr
reason-invalid-range = het begin van de periode ligt na het einde
reason-not-an-id = is geen id en geen id-prefix van ten minste 4 tekens
reason-duplicate = komt overeen met meer dan één item; geef meer tekens op
reason-already-in-state = het incident heeft die status al
reason-weak-passphrase = moet ten minste 12 tekens bevatten
reason-mismatch = de twee invoeren komen niet overeen
reason-not-the-recovery-key = hij komt niet overeen met de sleutel die voor dit register is uitgegeven
reason-no-changes = er zou niets veranderen
reason-symlink = het is een symbolische koppeling; geef het echte bestand op
reason-is-directory = het is een map; geef een bestandsnaam op
reason-folder-not-empty = de map bevat al bestanden; kies een nieuwe of lege map
reason-register-file = het is een van de eigen bestanden van het register (database, sleutelbestand of vergrendeling); kies een ander bestand
reason-kdf-out-of-bounds = de parameters van de sleutelafleiding vallen buiten het toegestane bereik
reason-relative-path = is geen volledig pad: kies de map, of typ een pad dat begint met / (of ~/ voor uw thuismap)
reason-no-home-directory = begint met ~, maar de thuismap kon niet worden bepaald: typ het volledige pad

## Integriteit

integrity-hash-mismatch = de opgeslagen hash komt niet overeen met de inhoud van de gebeurtenis (de gebeurtenis is bewerkt)
integrity-prev-mismatch = de koppeling met de vorige gebeurtenis is verbroken (gebeurtenissen zijn bewerkt, verwisseld of verwijderd)
integrity-seq-gap = er ontbreekt een gebeurtenis of de volgorde klopt niet (gevonden: gebeurtenis { $found })
integrity-malformed = de gebeurtenis is onjuist opgebouwd: { $detail }
integrity-not-canonical = de regel is niet de canonieke tekst (RFC 8785) van haar gebeurtenis: andere programma’s kunnen andere inhoud lezen dan wat gehasht is
integrity-duplicate-member = de regel bevat het element “{ $name }” twee keer: andere programma’s kunnen de lokwaarde lezen in plaats van de gehashte waarde
integrity-head-not-found = de verwachte ketenkop { $expected } staat niet in het journaal: het journaal is ingekort of opnieuw opgebouwd
integrity-projection-mismatch = de tabel { $table } (rij { $key }) wijkt af van wat het journaal vermeldt
integrity-differs-from-reference = de gebeurtenis wijkt af van die in de eerdere export of ontbreekt (het journaal is bewerkt en opnieuw opgebouwd, of ingekort)

## Entiteiten

entity-incident = incident
entity-action = actie

## Veldnamen

field-title = titel
field-description = beschrijving
field-category = categorie
field-vuln-class = kwetsbaarheidsklasse
field-source = bron
field-severity = ernst
field-affected-systems = getroffen systemen
field-owner = eigenaar
field-occurred-at = tijdstip van optreden
field-detected-at = tijdstip van ontdekking
field-to = doelstatus
field-at = tijdstip
field-close-reason = reden van sluiting
field-note = notitie
field-due-at = uiterste datum
field-personal-data = persoonsgegevens betrokken
field-aware-at = tijdstip van kennisname
field-aware-justification = motivering van de onderzoeksduur
field-role = rol
field-nature = aard van de inbreuk
field-data-categories = categorieën van persoonsgegevens
field-special-categories = bijzondere categorieën van persoonsgegevens
field-subject-categories = categorieën van betrokkenen
field-subjects-approx = aantal betrokkenen (bij benadering)
field-records-approx = aantal persoonsgegevensregisters (bij benadering)
field-consequences = waarschijnlijke gevolgen
field-measures-taken = genomen maatregelen
field-measures-proposed = voorgestelde maatregelen
field-measures = genomen of voorgestelde maatregelen
field-contact-point = contactpunt
field-risk = risico
field-risk-reasoning = motivering van het risico
field-decision = meldingsbesluit
field-decision-rationale = motivering van het besluit
field-decided-at = datum van het besluit
field-org-name = naam van de organisatie
field-address = adres
field-timezone = tijdzone
field-language = taal
field-lead-authority = leidende toezichthouder
field-dora-entity-type = soort financiële entiteit (DORA)
field-nis2-entity = essentiële of belangrijke entiteit (NIS2)
org-not-set = niet ingesteld
field-aware-gap-hours = tijd tussen ontdekking en kennisname (uren)
field-idle-lock-minutes = vergrendeling na inactiviteit (minuten)
field-notify-thresholds-hours = herinneringen vóór de termijn (uren)
field-backup-folder = back-upmap
field-passphrase = wachtwoordzin
field-recovery-key = herstelsleutel
field-id = id
field-status = status
field-limit = maximumaantal
field-detected-from = ontdekt vanaf
field-detected-to = ontdekt tot en met
field-expect-head = verwachte ketenkop
field-journal = journaalbestand
field-out = uitvoerbestand
field-key-file = sleutelbestand

## Categorieën

category-malware = Malware of ransomware
category-phishing = Phishing
category-lost-device = Verloren of gestolen apparaat
category-misdirected = Verkeerd geadresseerde communicatie
category-unauthorised-access = Onbevoegde toegang
category-account-takeover = Accountovername
category-vulnerability = Kwetsbaarheidsmelding
category-insider-misuse = Misbruik door insiders
category-system-failure = Systeemstoring
category-third-party = Incident bij verwerker of derde partij
category-other = Overig

vuln-xss = Cross-site scripting (XSS)
vuln-open-redirect = Open redirect
vuln-csrf = Cross-site request forgery (CSRF)
vuln-injection = Injectie
vuln-auth-flaw = Fout in de authenticatie
vuln-rce = Uitvoering van code op afstand

source-internal-monitoring = Interne monitoring
source-employee = Medewerker
source-customer = Klant
source-partner-notice = Melding van verwerker of partner
source-bug-bounty = Bugbountymelding
source-authority-request = Verzoek van een autoriteit

severity-low = Laag
severity-medium = Gemiddeld
severity-high = Hoog
severity-critical = Kritiek

status-reported = gemeld
status-triage = in triage
status-investigating = in onderzoek
status-contained = ingedamd
status-resolved = opgelost
status-closed = gesloten

close-reason-resolved = Opgelost
close-reason-false-positive = Vals positief
close-reason-duplicate = Duplicaat
close-reason-not-security-incident = Geen beveiligingsincident

personal-data-yes = Ja
personal-data-no = Nee
personal-data-undetermined = Nog niet vastgesteld

role-controller = Verwerkingsverantwoordelijke
role-processor = Verwerker
role-joint-controller = Gezamenlijke verwerkingsverantwoordelijke
role-both = Verwerkingsverantwoordelijke en verwerker

nature-confidentiality = Vertrouwelijkheid
nature-integrity = Integriteit
nature-availability = Beschikbaarheid

risk-none = Geen risico
risk-risk = Risico
risk-high = Hoog risico

decision-notify = Melden aan de toezichthoudende autoriteit
decision-no-notify = Niet melden

language-en = English
language-de = Deutsch
language-nl = Nederlands
language-fr = Français

## CLI

cli-init-done = Register aangemaakt op { $path }.
cli-recovery-key = Herstelsleutel (wordt maar één keer getoond — noteer hem en bewaar hem offline): { $key }
cli-keyring-stored = De gegevenssleutel is ook opgeslagen in de sleutelopslag van het besturingssysteem.
cli-prompt-passphrase = Wachtwoordzin:
cli-prompt-new-passphrase = Nieuwe wachtwoordzin (ten minste 12 tekens):
cli-prompt-confirm-passphrase = Herhaal de wachtwoordzin:
cli-incident-created = Incident { $id } vastgelegd: { $title }
cli-incident-updated = Incident { $id } bijgewerkt.
cli-incident-transitioned = Incident { $id } is nu { $status }.
cli-breach-assessed = Beoordeling van incident { $id } vastgelegd.
cli-action-added = Actie { $id } toegevoegd.
cli-action-done = Actie { $id } gemarkeerd als afgerond.
cli-action-undone = Actie { $id } gemarkeerd als niet afgerond.
cli-note-added = Notitie toegevoegd aan incident { $id }.
cli-org-updated = Organisatieprofiel opgeslagen.
cli-no-incidents = Geen incidenten gevonden die aan de criteria voldoen.
cli-incidents-count = { $shown } van { $total ->
    [one] { $total } incident
   *[other] { $total } incidenten
}
cli-verify-ok = Journaal intact: { $events ->
    [one] { $events } gebeurtenis
   *[other] { $events } gebeurtenissen
}, ketenkop { $seq } { $hash }.
cli-exported = { $events ->
    [one] { $events } gebeurtenis
   *[other] { $events } gebeurtenissen
} geëxporteerd naar { $path } (ketenkop { $hash }).
cli-missing-art33 = Nog ontbrekend voor de melding volgens art. 33, lid 3: { $items }
cli-header-id = ID
cli-header-detected = Ontdekt
cli-header-status = Status
cli-header-breach = Datalek
cli-header-risk = Risico
cli-header-title = Titel
cli-header-when = Wanneer
cli-header-actor = Wie
cli-header-event = Wat
cli-timeline = Tijdlijn
cli-actions = Acties
cli-notes = Notities
cli-assessment = Beoordeling van het datalek
cli-yes = ja
cli-no = nee
cli-backup-created = Versleutelde back-up geschreven naar { $path } (ketenkop { $hash }).
cli-backup-restored = Back-up teruggezet naar { $path } en gecontroleerd (ketenkop { $hash }).
cli-passphrase-changed = De wachtwoordzin is gewijzigd.
cli-key-rotated = Het register is opnieuw versleuteld met een nieuwe gegevenssleutel; de oude gegevenssleutel, wachtzin en herstelsleutel openen het niet meer. Eerdere back-ups openen nog steeds met de oude wachtzin en herstelsleutel: verwijder of vernieuw ze als die mogelijk gecompromitteerd zijn.
cli-key-rotate-staged = Noteer deze nieuwe herstelsleutel nu: het opnieuw versleutelde register wordt op zijn plaats gezet. Volgt er een fout, probeer dan eerst de nieuwe en daarna de oude herstelsleutel.
cli-recovery-confirmed = De herstelsleutel is bevestigd.
cli-recovery-unconfirmed = Herinnering: niemand heeft nog bevestigd de herstelsleutel van dit register te hebben. Staat hij genoteerd, bevestig hem dan met “breachlog key confirm-recovery”; is hij kwijt, maak dan een nieuwe met “breachlog key new-recovery”.
cli-recovery-new = Een nieuwe herstelsleutel heeft de oude vervangen, die dit register niet meer opent (eerdere back-ups houden de hunne). Bevestig hem met “breachlog key confirm-recovery” zodra hij genoteerd is.
cli-recovery-used = U hebt ontgrendeld met de herstelsleutel: stel een nieuwe wachtzin in met “breachlog key change-passphrase”.
cli-keyring-added = De gegevenssleutel is nu opgeslagen in de sleutelopslag van het besturingssysteem.
cli-keyring-removed = De gegevenssleutel is uit de sleutelopslag van het besturingssysteem verwijderd.

## The desktop window's title: the organisation and how many deadlines have passed.
app-window-title = { $org } — Breachlog
app-window-title-overdue = { $org } · { $count } te laat — Breachlog
field-letter-field = veld van de brief
field-letter-text = tekst van de brief
