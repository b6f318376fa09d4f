# Breachlog desktop-app — Nederlandse teksten alleen voor de app (die ook breachlog.ftl gebruikt).

## Fouten die de kern niet kent

app-error-locked = Het register is vergrendeld. Ontgrendel het om verder te gaan.
app-error-not-prepared = Er wordt geen register aangemaakt: ga een stap terug en begin opnieuw met de herstelsleutel.
app-error-no-recovery-key = Er is geen nieuwe herstelsleutel om op te slaan of te bevestigen. Geef een nieuwe uit via Instellingen → Sleutels.
app-error-keyring-unavailable = Op deze computer is geen sleutelhanger van het besturingssysteem beschikbaar.
app-error-heading = Breachlog kon niet starten
app-retry = Opnieuw proberen

## Meldingen

app-notify-heading = Breachlog-termijn
app-notify-threshold = { $incident }: { $obligation } moet binnen { $hours } u. worden gedaan, uiterlijk { $due }.
app-notify-overdue = { $incident }: { $obligation } moest uiterlijk { $due } worden gedaan en is te laat.
# Hoe een bureaubladmelding een incident noemt zolang titels in de instellingen niet zijn toegestaan.
app-notify-incident = Incident { $id }
app-notify-show-titles = Titels van incidenten tonen in bureaubladmeldingen
app-notify-show-titles-help = Uit: meldingen noemen een incident bij zijn korte id en het soort ontvanger. Het besturingssysteem bewaart meldingsteksten in zijn geschiedenis en kan ze op het vergrendelscherm tonen, buiten het versleutelde register.

## Algemeen

app-loading = Laden…
app-save = Opslaan
app-saved = Opgeslagen.
app-cancel = Annuleren
app-confirm = Bevestigen
app-next = Volgende
app-prev = Vorige
app-back = Terug
app-add = Toevoegen
app-or = of
app-copy = Kopiëren
app-copied = Gekopieerd
app-comma-separated = gescheiden door komma's
app-estimate = schatting
app-missing = ontbreekt
app-complete = volledig

## Eerste start

app-first-run-title = Maak uw incidentregister aan
app-first-run-intro = Breachlog houdt een versleuteld, manipulatiebestendig register bij op deze computer. Begin met het profiel van uw organisatie; u kunt het later wijzigen.
app-step-org = Organisatie
app-step-protect = Register beveiligen
app-step-recovery = Herstelsleutel
app-contact-placeholder = fg@example.com, +31 20 123 4567
app-protect-keyring = Sleutel opslaan in de sleutelhanger van deze computer (ontgrendelen met één klik)
app-protect-passphrase = Een wachtwoordzin gebruiken
app-keyring-unavailable = Hier is geen sleutelhanger van het besturingssysteem beschikbaar; het register wordt daarom met een wachtwoordzin beveiligd.
app-passphrase-repeat = Herhaal de wachtwoordzin
app-strength-0 = Voer een wachtwoordzin van minstens 12 tekens in.
app-strength-1 = Zwak: gebruik minstens 12 tekens, bij voorkeur meerdere woorden.
app-strength-2 = Redelijk: langer is beter.
app-strength-3 = Goed.
app-strength-4 = Sterk.
app-create-register = Register aanmaken
app-creating = Register wordt aangemaakt…
app-recovery-title = Uw herstelsleutel
app-recovery-intro = Met deze sleutel opent u het register als de wachtwoordzin kwijt is. Breachlog bewaart geen kopie en toont hem alleen nu. Sla de herstelkit op als pdf of druk hem af, bewaar hem los van deze computer en bevestig hieronder: pas dan wordt het register aangemaakt.
app-recovery-stored = Ik heb de herstelsleutel veilig opgeborgen.
app-recovery-confirm = Typ ter bevestiging de laatste { $count } tekens van de sleutel
app-preparing = Sleutel wordt voorbereid… (dit duurt enkele seconden)
app-kit-save = Herstelkit opslaan als pdf…
app-kit-print = Afdrukken
app-kit-saved = Herstelkit opgeslagen: { $path }
app-kit-save-title = Breachlog-herstelkit opslaan

## Ontgrendelen en vergrendelen

app-unlock-title = Register ontgrendelen
app-unlock = Ontgrendelen
app-unlocking = Bezig met ontgrendelen en controleren…
app-unlock-keyring = Ontgrendelen met de sleutelhanger
app-unlock-wait = Te veel mislukte pogingen: wacht { $seconds } s.
app-use-recovery = De herstelsleutel gebruiken
app-use-passphrase = De wachtwoordzin gebruiken
app-lock = Vergrendelen

## Navigatie

app-nav-label = Hoofdmenu
app-nav-register = Register
app-nav-integrity = Integriteit
app-nav-settings = Instellingen
app-quick-log = Incident vastleggen

## Register

app-register-title = Incidentregister
app-search = Zoeken
app-search-placeholder = Zoek in titels, beschrijvingen, notities, acties of id…
app-all-statuses = Alle statussen
app-all-risks = Alle risico's
app-breach-any = Wel of geen datalek
app-breach-only = Alleen datalekken
app-breach-none = Geen datalek
app-breach = Datalek
app-from = van
app-to = tot
app-sort = Sorteren
app-sort-detected-desc = Nieuwste eerst
app-sort-detected-asc = Oudste eerst
app-sort-title = Titel
app-sort-status = Status
app-sort-severity = Ernst
app-sort-deadline = Eerstvolgende termijn eerst
app-deadline = Eerstvolgende termijn
app-overdue-by = { $time } te laat
app-due = Uiterlijk { $when }
app-exercise = oefening
app-empty-title = Nog geen incidenten
app-empty-body = Leg het eerste vast zodra er iets gebeurt: een titel is genoeg, de rest volgt later.
app-no-match = Geen incidenten voldoen aan deze filters.
app-clear-filters = Filters wissen
app-page = Pagina { $page } van { $pages }

## Snel vastleggen

app-what-happened = Wat is er gebeurd
app-quick-log-hint = Enter of Ctrl+Enter slaat op · Esc annuleert
app-incident-logged = Incident vastgelegd.

## Incident

app-back-to-register = Terug naar het register
app-move-to = Naar { $status }
app-reopen-reason = Waarom wordt het heropend?
app-details = Gegevens
app-exercise-label = Dit is een oefening (geen verplichtingen)
app-obligations = Verplichtingen
app-clock-needs-aware = Er zijn persoonsgegevens betrokken: vul in wanneer u ervan op de hoogte raakte om de termijn van 72 uur te starten.
app-no-obligations = Geen lopende termijnen. Beoordeel het incident als datalek om de AVG-termijn te starten.
app-save-assessment = Beoordeling opslaan
app-contact-default = leeg: het contactpunt van de organisatie
app-art33-title = Inhoud van de melding volgens art. 33 lid 3
app-art33-complete = Alles wat art. 33 lid 3 vraagt is vastgelegd.
app-art33-missing = { $count ->
    [one] Er ontbreekt nog één punt.
   *[other] Er ontbreken nog { $count } punten.
}
app-no-actions = Nog geen acties.
app-new-action = Nieuwe actie…
app-no-notes = Nog geen notities.
app-new-note = Notitie toevoegen…
app-add-note = Notitie toevoegen

## Soorten gebeurtenissen in de tijdlijn

app-event-register-created = Register aangemaakt
app-event-org-updated = Organisatie gewijzigd
app-event-settings-changed = Instellingen gewijzigd
app-event-incident-created = Incident vastgelegd
app-event-incident-updated = Gegevens gewijzigd
app-event-incident-transitioned = Status gewijzigd
app-event-breach-assessed = Beoordeling gewijzigd
app-event-action-added = Actie toegevoegd
app-event-action-done = Actie afgerond
app-event-action-reopened = Actie heropend
app-event-note-added = Notitie toegevoegd
app-event-subjects-letter-edited = Brief aan de betrokkenen bewerkt
app-event-session-unlocked = Ontgrendeld
app-event-session-locked = Vergrendeld
app-event-journal-exported = Journaal geëxporteerd

## Integriteit

app-integrity-title = Integriteit
app-integrity-intro = Elke wijziging is een gebeurtenis in een hashketen. De controle berekent elke hash opnieuw en bouwt elke tabel opnieuw op uit de gebeurtenissen; ze draait ook bij elke ontgrendeling. Bij elk rapport, elke export en elke back-up, en dagelijks zolang de app open is, wordt een ondertekend checkpoint gemaakt. Geef een kopie ervan aan iemand buiten (uw FG, een auditor): daarmee kan later worden bewezen dat het register niet is herschreven.
app-integrity-failed = Integriteitscontrole mislukt.
app-verify-ok = Het journaal en alle tabellen zijn intact.
app-not-verified = In deze sessie nog niet gecontroleerd.
app-event-count = Gebeurtenissen
app-head-hash = Kop-hash
app-merkle-root = Merkle-wortel
app-tree-size = Boomgrootte
app-last-checkpoint = Laatste ondertekende checkpoint
app-last-checkpoint-value = gebeurtenis { $seq }: { $size ->
    [one] één gebeurtenis
   *[other] { $size } gebeurtenissen
} ({ $reason })
app-no-checkpoint = nog geen (bij elk rapport, elke export en elke back-up, en dagelijks zolang de app open is, wordt er een gemaakt)
app-checkpoint-reason-report = rapport
app-checkpoint-reason-export = export
app-checkpoint-reason-backup = back-up
app-checkpoint-reason-manual = op verzoek
app-checkpoint-reason-daily = dagelijks
app-checkpoint-reason-timestamp = voor een tijdstempel
app-last-timestamp = Laatste onafhankelijke tijdstempel
app-last-timestamp-value = { $time } door { $tsa }
app-timestamp-pending = in afwachting: het nieuwste checkpoint heeft nog geen tijdstempel (wordt opnieuw aangevraagd zolang de tijdstempeldienst niet bereikbaar is)
app-no-timestamp = nog geen (geen tijdstempeldienst ingesteld: voeg hieronder een toe)
app-checkpoint-export = Checkpoint voor een getuige opslaan…
app-checkpoint-export-hint = Een kort ondertekend tekstbestand: de id van het register, het aantal gebeurtenissen en hun Merkle-root. Wie een kopie bewaart, kan het register ermee controleren met „breachlog verify --checkpoint BESTAND”.
app-checkpoint-export-dialog = Ondertekend checkpoint opslaan
app-checkpoint-filter = Checkpoint (tekst)
app-checkpoint-saved = Opgeslagen: { $path }, gebeurtenis { $seq }, omvat { $size ->
    [one] één gebeurtenis
   *[other] { $size } gebeurtenissen
}.
app-checked-at = Gecontroleerd
app-verify-now = Nu controleren
app-verifying = Bezig met controleren…

## Instellingen

app-settings-title = Instellingen
app-org-profile = Organisatieprofiel
app-preferences = Voorkeuren

## Regulation: navigation and obligations

app-nav-obligations = Verplichtingen
app-nav-contacts = Contacten met toezichthouders
app-obligations-title = Verplichtingen
app-obligations-intro = Alle meldingen, rapportages en antwoorden die de incidenten vereisen onder elk toepasselijk regime: eerst wat te laat is, dan wat het eerst afloopt.
app-obligations-overdue = { $count ->
    [one] Eén verplichting is te laat.
   *[other] { $count } verplichtingen zijn te laat.
}
app-obligations-empty = Geen openstaande verplichtingen
app-obligations-empty-body = Verplichtingen ontstaan zodra een incident als inbreuk in verband met persoonsgegevens is beoordeeld of onder NIS2 of DORA is geclassificeerd.
app-show-done = Gemelde en niet-vereiste tonen
app-exercise-no-obligations = Dit incident is een oefening: het leidt niet tot verplichtingen.
app-awaiting-anchor = De termijn begint zodra het tijdstip waarop hij ingaat is vastgelegd.
app-duration = { $days } d. { $hours } u. { $minutes } min.
app-duration-hm = { $hours } u. { $minutes } min.
app-elapsed = { $time } verstreken
app-late-by = { $time } te laat
app-not-required = Niet vereist
app-not-required-placeholder = Waarom is deze verplichting niet vereist? (wordt in het register vastgelegd, art. 33 lid 5 AVG)
app-not-required-confirm = Vastleggen als niet vereist
app-reinstate = Herstellen

## Filing dialog

app-record-filing = Melding vastleggen
app-record-follow-up = Vervolgmelding vastleggen
app-filed-at = gemeld op
app-reference-placeholder = Zaak- of meldingsnummer van de toezichthouder
app-filing-late-hint = Deze melding is { $time } na de termijn: vermeld de redenen voor de vertraging (art. 33 lid 1 AVG).
app-filing-complete = alle wettelijk vereiste informatie verstrekt
app-filing-complete-auto = zoals de checklist van art. 33, lid 3 aangeeft
app-filing-complete-help = Nee: een melding in fasen; de rest volgt zonder onredelijke verdere vertraging (AVG art. 33, lid 4), of de tweede ePrivacy-kennisgeving binnen drie dagen (Verordening 611/2013 art. 2, lid 3).
app-filing-recorded = Melding vastgelegd.

## Drafts

app-drafts = Conceptmeldingen
app-back-to-incident = Terug naar het incident
app-draft-authority = Toezichthouder
app-draft-subjects = Betrokkenen (art. 34)
app-draft-controller = Verwerkingsverantwoordelijke (art. 33 lid 2)
app-draft-language-default = taal van de toezichthouder
app-draft-missing = { $count ->
    [one] Eén gegeven uit art. 33 lid 3 ontbreekt nog; u kunt gefaseerd melden en het later aanvullen:
   *[other] { $count } gegevens uit art. 33 lid 3 ontbreken nog; u kunt gefaseerd melden en ze later aanvullen:
}
app-draft-missing-34 = { $count ->
    [one] Eén gegeven dat art. 34 lid 2 vereist, ontbreekt nog:
   *[other] { $count } gegevens die art. 34 lid 2 vereist, ontbreken nog:
}
app-draft-no-controllers = Geen betrokken verwerkingsverantwoordelijken. Voeg ze toe in de instellingen en selecteer ze in de beoordeling (rol: verwerker).

## Authority contact log

app-contacts-title = Contacten met toezichthouders
app-contacts-intro = Verzoeken van toezichthouders en uw antwoorden. Een verzoek met een antwoordtermijn staat bij de verplichtingen totdat het is beantwoord.
app-contact-add = Contact vastleggen
app-contact-at = datum
app-contact-logged = Contact met de toezichthouder vastgelegd.
app-contacts-empty = Nog geen contacten met toezichthouders
app-contacts-empty-body = Leg een verzoek vast zodra het binnenkomt, met de datum waarop de toezichthouder een antwoord verwacht.
app-significance-title = Toets significantie (NIS2)
app-significance-intro = Beantwoord de feiten die u kent; de toets past Uitvoeringsverordening (EU) 2024/2690 toe (art. 3, en art. 7 voor cloud- of art. 10 voor beheerde dienstverleners) en wordt bij de classificatie bewaard. Of het incident significant is, beslist u.
app-significance-yes = Toets: significant (een of meer criteria vervuld)
app-significance-no = Toets: geen criterium vervuld
app-order-none = geen (verzoek van een toezichthouder)
app-order-law-production = Verordening (EU) 2023/1543 art. 10 lid 2–3: de gegevens uiterlijk binnen tien dagen na ontvangst verstrekken (berekend volgens Verordening 1182/71).
app-order-law-production-emergency = Verordening (EU) 2023/1543 art. 10 lid 4: de gegevens onverwijld en uiterlijk binnen acht uur na ontvangst verstrekken.
app-order-law-preservation = Verordening (EU) 2023/1543 art. 11 lid 1: de gegevens onverwijld bewaren; de plicht eindigt na 60 dagen, tenzij met 30 dagen verlengd of een verzoek om verstrekking bevestigd.
app-preserve-until = bewaren tot { $date }
app-preserve-until-produced = bewaren tot het verzoek om verstrekking is beantwoord
app-preservation-released = vrijgegeven { $date }
app-preservation-saved = Bewaringsbevel bijgewerkt.
app-answered = beantwoord

## ENISA severity

app-enisa-title = Ernst (ENISA-methode: SE = DPC × EI + CB)
app-enisa-dpc-simple = eenvoudige gegevens
app-enisa-dpc-behavioural = gedragsgegevens
app-enisa-dpc-financial = financiële gegevens
app-enisa-dpc-sensitive = gevoelige gegevens (art. 9/10)
app-enisa-ei-negligible = verwaarloosbaar
app-enisa-ei-limited = beperkt
app-enisa-ei-significant = aanzienlijk
app-enisa-ei-maximum = maximaal
app-enisa-cb-none = geen
app-enisa-cb-c-none = geen, of blootgesteld zonder aanwijzing van onrechtmatige verwerking
app-enisa-cb-known-recipients = verstrekt aan een bekend aantal ontvangers
app-enisa-cb-unknown-recipients = verstrekt aan een onbekend aantal ontvangers
app-enisa-cb-recoverable = herstelbaar
app-enisa-cb-unrecoverable = onherstelbaar
app-enisa-cb-temporary = tijdelijk niet beschikbaar
app-enisa-cb-permanent = blijvend niet beschikbaar
app-enisa-malicious = Kwade opzet (+0,5)
app-enisa-empty = Kies de verwerkingscontext en de identificeerbaarheid om de score te zien.
app-enisa-clamped = De aangepaste context is begrensd op 1–4: { $dpc }.
app-enisa-suggestion = Een suggestie: u beslist hieronder over het risico en licht dat toe.
app-notify-authorities = te informeren toezichthouders
app-notify-authorities-help = Leeg laten om de leidende toezichthouder te informeren. Kies er meerdere als er geen leidende toezichthouder is (art. 3 lid 2 AVG: elke toezichthouder waar betrokkenen wonen). Meerdere kiezen met Ctrl+klik.
app-affected-controllers = betrokken verwerkingsverantwoordelijken
app-art34-none = geen uitzondering: informeren

## Classification

app-incident-regimes = Regimes en classificatie
app-incident-regimes-own = Voor dit incident andere regimes dan die van de organisatie toepassen
app-classification = Classificatie NIS2 / DORA / CRA
app-classification-intro = Leg vast wanneer het incident als significant (NIS2) of als ernstig (DORA) is aangemerkt, of wanneer u kennis kreeg van een actief uitgebuite kwetsbaarheid of een ernstig incident in een product dat u levert (CRA): de meldtermijnen lopen vanaf dat moment.
app-classified-at = aangemerkt op
app-classify = Classificeren
app-classify-as-nis2 = NIS2: significant incident
app-classify-as-dora = DORA: ernstig ICT-gerelateerd incident
app-classified-nis2 = NIS2 significant sinds
app-classified-dora = DORA ernstig sinds
app-classify-as-cra = CRA: product met digitale elementen
app-classified-cra = CRA-melding, kennis sinds
app-cra-aware-at = kennis gekregen op
app-milestones = Herstel en corrigerende maatregelen
app-milestones-intro = Latere meldingen lopen vanaf deze tijdstippen: het eindverslag onder de CRA over een actief uitgebuite kwetsbaarheid is uiterlijk 14 dagen nadat een corrigerende of mitigerende maatregel beschikbaar is verschuldigd (Verordening (EU) 2024/2847 art. 14, lid 2, onder c); het bijgewerkte tussentijdse verslag onder DORA is verschuldigd zodra de reguliere activiteiten zijn hersteld (Gedelegeerde Verordening (EU) 2025/301 art. 5, lid 1, onder b). Laat een tijdstip leeg zolang het niet bekend is; een leeggemaakt veld wist het.
app-report-request = Door het CSIRT gevraagd verslag
app-report-request-intro = Het CSIRT kan om een tussentijds verslag over relevante statusupdates vragen (NIS2 art. 23, lid 4, onder c; CRA art. 14, lid 6: het als coördinator aangewezen CSIRT). Geen van beide noemt een termijn: het verslag is verschuldigd wanneer het verzoek dat zegt; laat de termijn leeg als het er geen noemt (dan is het nooit te laat).
app-report-request-nis2 = NIS2: tussentijds verslag (art. 23, lid 4, onder c)
app-report-request-cra = CRA: tussentijds verslag (art. 14, lid 6)
app-report-requested-at = verzoek ontvangen op
app-report-request-due = termijn volgens het verzoek (optioneel)
app-report-request-save = Verzoek vastleggen

## Regulation settings

app-regimes-title = Regimes
app-regimes-intro = De wetten waarvan de meldplichten voor uw organisatie gelden. Incidenten krijgen verplichtingen onder deze regimes.
app-rules-title = Termijnregels
app-rules-warning = Het aantal uren van een regel kan alleen worden verkort (een strengere interne termijn): de wet verandert niet door een instelling. Een kortere termijn geldt voor verplichtingen die vanaf nu ontstaan; eerder ontstane verplichtingen behouden hun oorspronkelijke voorwaarden.
app-dora-entity-help = DORA: een termijn op een weekenddag of feestdag schuift op naar 12:00 uur van de volgende werkdag (Gedelegeerde Verordening (EU) 2025/301 art. 5, lid 4), maar niet de initiële kennisgeving en het tussentijdse verslag van kredietinstellingen, centrale tegenpartijen, exploitanten van handelsplatformen en essentiële of belangrijke entiteiten onder NIS2 (art. 5, lid 5). Zolang niet beide zijn ingesteld, schuiven die twee niet op.
app-rule-reset = Terugzetten naar { $hours } u.
app-rule-overridden = gewijzigd (wettelijk { $hours } u.)
app-controllers-title = Verwerkingsverantwoordelijken (rol verwerker)
app-controllers-intro = De organisaties voor wie u persoonsgegevens verwerkt. Elk wordt over een inbreuk geïnformeerd (art. 33 lid 2 AVG) binnen de contractuele termijn, of zonder onredelijke vertraging als het contract geen termijn noemt.
app-targets-title = Interne streeftermijn en DORA-verschuiving
app-undue-target-none = geen
app-undue-target-help = Uren na de aanvang voor verplichtingen „zonder onredelijke vertraging”. Wordt naast de verstreken tijd getoond; zo'n verplichting wordt nooit als te laat aangemerkt.
app-rollover-off = uit
app-rollover-help = DORA-termijnen die in een weekend of op een feestdag van dit land vallen, schuiven op naar 12:00 uur van de volgende werkdag.
app-no-controllers = Nog geen verwerkingsverantwoordelijken.

## Timeline event kinds of the regulation engine

app-event-controller-added = Verwerkingsverantwoordelijke toegevoegd
app-event-incident-classified = Geclassificeerd (NIS2/DORA/CRA)
app-event-incident-regimes-set = Regimes gewijzigd
app-event-obligation-opened = Verplichting ontstaan
app-event-obligation-anchor-changed = Termijn verschoven
app-event-obligation-not-required = Verplichting niet vereist
app-event-obligation-reinstated = Verplichting hersteld
app-event-filing-recorded = Melding vastgelegd
app-event-rule-changed = Regel gewijzigd
app-event-regulation-settings-changed = Regime-instellingen gewijzigd
app-event-authority-contact-logged = Contact met toezichthouder vastgelegd

# Kiezen van de back-upmap (Instellingen → Versleutelde back-ups); de titel is die van het systeemvenster.
app-backup-pick = Map kiezen…
app-backup-pick-title = Kies de map voor versleutelde back-ups

# Een tekst die langer is dan de kern aanneemt: naast het veld getoond, de tekst blijft zoals hij is.
app-too-long = Hoogstens { $max } tekens ({ $count } ingevoerd): er is niets afgeknipt, maak de tekst korter om hem op te slaan.
## Sleutels (herinnering, Instellingen → Sleutels, nieuwe wachtwoordzin na ontgrendelen met de herstelsleutel)

app-reminder-text = De herstelsleutel is niet bevestigd. Als de wachtwoordzin kwijt is, opent alleen de herstelsleutel het register.
app-reminder-confirm = Nu bevestigen
app-reminder-type = Typ de hele herstelsleutel
app-recovery-confirmed = Herstelsleutel bevestigd.
app-keys-title = Sleutels
app-keys-intro = Hoe het register wordt ontgrendeld. Elke wijziging wordt in het journaal vastgelegd.
app-keys-passphrase = Wachtwoordzin
app-keys-change-passphrase = Wachtwoordzin wijzigen
app-keys-set-passphrase = Wachtwoordzin instellen
app-keys-current-passphrase = Huidige wachtwoordzin
app-keys-new-passphrase = Nieuwe wachtwoordzin
app-keys-passphrase-changed = Wachtwoordzin gewijzigd.
app-keys-has-passphrase = Het register opent met een wachtwoordzin.
app-keys-no-passphrase = Dit register heeft geen wachtwoordzin: het opent met de sleutelhanger of de herstelsleutel.
app-keys-recovery = Herstelsleutel
app-keys-recovery-confirmed = Bevestigd: de huidige herstelsleutel is overgetypt.
app-keys-recovery-unconfirmed = Niet bevestigd: niemand heeft de huidige herstelsleutel al overgetypt.
app-keys-new-recovery = Nieuwe herstelsleutel uitgeven
app-keys-new-recovery-warning = De huidige herstelsleutel opent het register niet meer zodra de nieuwe is uitgegeven. Eerder gemaakte back-ups openen nog met de oude sleutel.
app-keys-issue = Nieuwe sleutel uitgeven
app-keys-new-recovery-title = Uw nieuwe herstelsleutel
app-keys-new-recovery-intro = De oude herstelsleutel opent het register niet meer. Sla de herstelkit op of druk hem af, bewaar hem los van deze computer en bevestig dan de nieuwe sleutel.
app-keys-confirm-key = Sleutel bevestigen
app-keys-later = Later bevestigen
app-keys-keyring = Sleutelhanger van het besturingssysteem
app-keys-keyring-on = De sleutel staat in de sleutelhanger van deze computer: het register opent met één klik.
app-keys-keyring-off = De sleutel staat niet in de sleutelhanger.
app-keys-keyring-enable = Sleutel in de sleutelhanger opslaan
app-keys-keyring-disable = Sleutel uit de sleutelhanger verwijderen
app-keys-keyring-unavailable = Op deze computer is geen sleutelhanger van het besturingssysteem beschikbaar.
app-newpass-title = Nieuwe wachtwoordzin instellen
app-newpass-intro = U hebt het register ontgrendeld met de herstelsleutel. Stel een nieuwe wachtwoordzin in voordat u verdergaat: de oude is kwijt, of iemand anders kent hem misschien.
app-newpass-save = Wachtwoordzin instellen

## Bewijsbestanden op het incidentscherm.
app-evidence-title = Bewijsbestanden
app-evidence-intro = Aangifte bij de politie, schermafbeeldingen, logbestanden, de ontvangstbevestiging van een toezichthouder: versleuteld in het register bewaard, de SHA-256 van elk bestand vastgelegd in het journaal.
app-evidence-none = Nog geen bewijsbestanden.
app-evidence-note = Notitie bij het volgende bestand (optioneel)
app-evidence-add = Bestand toevoegen…
app-evidence-adding = Het bestand wordt in het register opgeslagen…
app-evidence-added = { $name } toegevoegd: { $size }.
app-evidence-export = Kopie opslaan…
app-evidence-exported = Opgeslagen in { $path }; de SHA-256 komt overeen met het journaal.
app-evidence-added-by = toegevoegd { $date } door { $who }
app-evidence-exports = { $count ->
    [one] één keer geëxporteerd
   *[other] { $count } keer geëxporteerd
}
app-evidence-erased = Inhoud gewist met de verwijdering.
app-evidence-pick-title = Kies het bestand dat als bewijs wordt toegevoegd
app-evidence-save-title = Kopie van het bewijsbestand opslaan
app-event-evidence-added = Bewijsbestand toegevoegd
app-event-evidence-exported = Bewijsbestand geëxporteerd

## Native menu, other registers, printing, keyboard shortcuts
app-menu-file = Bestand
app-menu-new-incident = Nieuw incident
app-menu-open-register = Ander register openen…
app-menu-recent = Recente registers
app-menu-recent-none = Nog geen ander register
app-menu-print = Rapport afdrukken…
app-menu-lock = Vergrendelen
app-menu-quit = Afsluiten
app-menu-edit = Bewerken
app-menu-cut = Knippen
app-menu-copy = Kopiëren
app-menu-paste = Plakken
app-menu-select-all = Alles selecteren
app-menu-help = Help
app-menu-shortcuts = Sneltoetsen
app-menu-about = Over Breachlog
app-about-comments = Register van beveiligingsincidenten en datalekken met de termijnen van AVG, NIS2 en DORA, in één versleuteld bestand op deze computer.
app-open-register-title = Ander register openen
app-open-register-filter = Breachlog-register
app-error-not-recent = Dit register staat niet in de lijst met recente registers: open het met ‘Ander register openen…’.
app-error-register-missing = Op { $path } staat geen register meer (verplaatst of verwijderd).
app-error-menu = Het menu kon niet worden opgebouwd: { $error }
app-error-viewer = Het rapport is opgeslagen in { $path }, maar er kon geen pdf-viewer worden geopend om het af te drukken: { $error }
app-shortcuts-heading = Sneltoetsen
app-shortcuts-close = Sluiten
app-shortcut-new-incident = Nieuw incident vastleggen
app-shortcut-open-register = Ander register openen
app-shortcut-print = Het huidige rapport afdrukken (dat van het incident, op het scherm Rapporten het gekozen, anders het register)
app-shortcut-lock = Register vergrendelen
app-shortcut-quit = Afsluiten (vergrendelt het register)
app-shortcut-shortcuts = Dit overzicht tonen
app-shortcut-close = Een dialoogvenster sluiten
app-unlock-other-register = Ander register openen…
app-unlock-recent = Recente registers
app-reports-print = Afdrukken…

# Date and time inputs: the format hint (the placeholder) and the problems shown under the field.
app-datetime-format = DD-MM-JJJJ UU:MM
app-date-format = DD-MM-JJJJ
app-datetime-invalid = Geen geldige datum: schrijf als { $format }
app-datetime-gap = { $value } bestaat niet in { $zone }: op dat uur gaat de klok vooruit
# The lead authority picker (searchable registry).
app-authority-search = Zoek op naam, land of afkorting
app-authority-none-found = Geen toezichthouder gevonden
app-authority-list-unavailable = De lijst met toezichthouders kon niet worden geladen

# Klanten (verwerkingsverantwoordelijken voor wie wij gegevens verwerken).
app-nav-customers = Klanten
app-customers-title = Klanten
app-customers-intro = De verwerkingsverantwoordelijken voor wie u persoonsgegevens verwerkt: land, taal, leidende toezichthouder, contractuele meldtermijn en contactpersonen. Een inbreuk op hun gegevens levert voor elk een eigen melding op.
app-customers-add = Klant toevoegen
app-customers-edit = Bewerken
app-customers-remove = Verwijderen
app-customers-remove-confirm = { $name } verwijderen? Meldingen die al aan deze klant verschuldigd zijn, blijven bestaan.
app-customers-removed = { $name } verwijderd.
app-customers-saved = { $name } opgeslagen.
app-customers-import = CSV importeren…
app-customers-pick-title = Kies een CSV-bestand met klanten
app-customers-preview-title = Voorbeeld van de import (nog niets geschreven)
app-customers-preview-ok = { $rows } rijen: { $added } toe te voegen, { $changed } te wijzigen, { $unchanged } ongewijzigd.
app-customers-preview-refused = { $count ->
    [one] Eén rij is geweigerd; verbeter het bestand en importeer opnieuw. Er wordt niets geïmporteerd.
   *[other] { $count } rijen zijn geweigerd; verbeter het bestand en importeer opnieuw. Er wordt niets geïmporteerd.
}
app-customers-preview-line = Regel { $line }:
app-customers-import-confirm = Importeren
app-customers-imported = Geïmporteerd: { $added } toegevoegd, { $changed } gewijzigd.
app-customers-empty = Nog geen klanten
app-customers-empty-body = Voeg ze één voor één toe of importeer een CSV-bestand met de kolommen name, country, language, authority, notice_hours, contact, contract_reference.
app-customers-search = Zoek naam, contact, toezichthouder…
app-customers-all-countries = Alle landen
app-customers-page = De eerste { $shown } van { $matching } worden getoond. Zoek of filter om er een te vinden.
app-customers-more = Toon { $count } meer
app-customers-count = { $shown } van { $total }
app-customers-actions = Acties
app-customers-contacts-hint = één per regel
app-customers-hours-number = Vul hele uren in, of laat leeg voor „zonder onredelijke vertraging”.
app-impacts-title = Impact per klant
app-impacts-intro = Wat dit incident met de gegevens van elke klant deed. De melding aan elke klant bevat diens eigen aantallen, categorieën en landen; een klant van wie de impact nog niet bekend is, krijgt een melding die dat zegt.
app-impacts-people = Personen
app-impacts-records = Records
app-impacts-countries = Landen
app-impacts-unknown = nog niet bekend
app-impacts-totals = { $known } van { $customers } klanten bekend: in totaal { $subjects } personen, { $records } records.
app-impacts-estimate = Schatting voor het hele incident: { $subjects } personen, { $records } records.
app-impacts-items-hint = scheiden met ; of ,
app-impacts-saved = Impact op { $name } opgeslagen.
app-first-run-have-register = Heeft u al een register?
app-first-run-open-register = Openen…
app-what-if-title = Wat als…
app-what-if-not-law = Voorstel — niet het geldende recht. Hier staat elke verplichting zoals ze nu is en zoals ze zou zijn als het voorstel werd aangenomen; er wordt niets opgeslagen en geen termijn verandert.

## Klanten informeren (verwerker): één kennisgeving per klant, concept → verzonden → bevestigd
app-notify-button = Klanten informeren
app-notify-back = Terug naar het incident
app-notify-title = Klanten informeren
app-notify-intro = Eén kennisgeving per getroffen klant, met eigen aantallen, taal en recht. Maak de pdf's voor de geselecteerde klanten, verstuur ze, markeer ze als verzonden en leg daarna de ontvangstbevestiging van elke klant vast. Een herinnering verschijnt wanneer een verzonden kennisgeving niet binnen de bij Instellingen ingestelde uren is bevestigd; het is geen wettelijke termijn.
app-notify-none = Geen kennisgevingen aan klanten: het incident heeft geen getroffen klanten in de rol van verwerker.
app-notify-counts = { $draft } concept · { $sent } verzonden · { $acknowledged } bevestigd
app-notify-reminders = { $count ->
    [one] 1 herinnering
   *[other] { $count } herinneringen
}
app-notify-search = Zoek op naam, land, taal of contact
app-notify-filter = Status
app-notify-filter-all = Alle statussen
app-notify-filter-reminder = Herinnering
app-notify-selected = { $count } geselecteerd
app-notify-select-all = Alle getoonde selecteren
app-notify-prepare = Kennisgevingen maken…
app-notify-pick-folder = Map voor de kennisgevingen aan klanten
app-notify-progress = { $done } van { $total } kennisgevingen geschreven
app-notify-prepared = { $count ->
    [one] 1 kennisgeving geschreven naar { $dir }
   *[other] { $count } kennisgevingen geschreven naar { $dir }
}
app-notify-mark-sent = { $count ->
    [one] 1 als verzonden markeren
   *[other] { $count } als verzonden markeren
}
app-notify-mark-sent-intro = { $count ->
    [one] Legt de melding van de geselecteerde conceptkennisgeving vast: wanneer en hoe die is verzonden.
   *[other] Legt voor elk van de { $count } geselecteerde conceptkennisgevingen een melding vast: wanneer en hoe ze zijn verzonden.
}
app-notify-reference-placeholder = bijv. onderwerp of message-id van de e-mail
app-notify-marked-sent = { $count ->
    [one] 1 kennisgeving als verzonden gemarkeerd.
   *[other] { $count } kennisgevingen als verzonden gemarkeerd.
}
app-notify-country-language = Land · taal
app-notify-contact = Contact
app-notify-status = Kennisgeving
app-notify-record-ack = Ontvangstbevestiging vastleggen
app-notify-ack-at = Bevestigd op
app-notify-ack-by = Door (bij de klant)
app-notify-acknowledged = Ontvangstbevestiging van { $name } vastgelegd.
app-notice-reminder-default = { $hours } (standaard)
app-notice-reminder-help = Uren na het verzenden van een kennisgeving aan een klant voordat een ontbrekende bevestiging als herinnering verschijnt; 0 = nooit. Een herinnering, nooit een wettelijke termijn.

app-tsa-title = Betrouwbare tijdstempels
app-tsa-intro = Een tijdstempeldienst (RFC 3161) bevestigt dat het journaal uiterlijk op een bepaald moment bestond, zodat niemand – ook niet wie de sleutel van dit register heeft – later kan herschrijven wat daarvoor ligt. Voer de URL van de dienst in en het CA-certificaat waarnaar zijn tijdstempels moeten leiden; de tijdstempels worden daartegen offline gecontroleerd. Een gekwalificeerde dienst onder eIDAS geeft een wettelijk vermoeden van datum en integriteit. De app vraagt na elk checkpoint om een tijdstempel, en later opnieuw zolang de dienst niet bereikbaar is.
app-tsa-none = Nog geen tijdstempeldienst ingesteld.
app-tsa-add = CA-certificaat kiezen en toevoegen…
app-tsa-ca-dialog = CA-certificaat van de tijdstempeldienst
app-tsa-ca-filter = Certificaten (PEM of DER)
app-tsa-ca = vertrouwensanker: { $subject } · toegevoegd { $time }
app-tsa-added = { $url } toegevoegd. Er wordt zo een tijdstempel aangevraagd.
app-tsa-remove = Verwijderen
app-tsa-remove-label = { $url } verwijderen
app-tsa-remove-confirm = Deze dienst niet meer vragen? Zijn tijdstempels blijven in het journaal en worden nog steeds gecontroleerd.
app-timestamp-now = Nu een tijdstempel aanvragen
app-timestamp-done = Tijdstempel van { $time } vastgelegd (gebeurtenis { $seq }).

## Issue 14: de antwoorden die de formulieren vragen, de vaste gegevens van de organisatie, het kanaal van de toezichthouder
app-form-answers = Wat de formulieren van toezichthouders ook vragen
app-form-answers-help = De AP en de CNIL vragen dit op hun formulieren; wat nog niet beantwoord is, staat in het concept als ontbrekend.
app-unknown-choice = niet beantwoord
app-draft-unanswered = { $count ->
    [one] Eén antwoord dat het formulier vraagt staat nog niet in het dossier:
   *[other] { $count } antwoorden die het formulier vraagt staan nog niet in het dossier:
}
app-org-standing = Wettelijk vertegenwoordiger, inschrijvingsnummer en FG
app-org-standing-help = Eén keer vastgelegd, gebruikt in elk conceptmelding. SIREN (Frankrijk: 9 cijfers), KvK (Nederland: 8 cijfers) of ander registratienummer; "none" als de organisatie er geen heeft.
app-org-dora-profile = DORA: de entiteit in elk rapport over een ernstig incident
app-org-dora-profile-help = Velden 1.3 en 1.7–1.15 van bijlage I bij Uitvoeringsverordening (EU) 2025/302, één keer vastgelegd en gebruikt in elk DORA-rapport; het eigen antwoord van een incident op een veld gaat voor dat incident nog steeds voor.
app-authority-channel = Zo meldt u
app-authority-not-confirmed = niet bevestigd
app-authority-attachments-yes = bijlagen mogelijk
app-authority-attachments-no = geen bijlagen
app-authority-source = bron, gecontroleerd { $checked }

## De deelstatus van het teamregister in de bovenbalk (docs/team.md).
app-team-shared = Gedeeld
app-team-up-to-date = bijgewerkt
app-team-pending = { $count ->
    [one] 1 wachtend
   *[other] { $count } wachtend
}
app-team-offline-since = offline sinds { $time }
app-team-conflicts = { $count ->
    [one] 1 conflict
   *[other] { $count } conflicten
}
app-team-reissue = { $count ->
    [one] 1 rapport opnieuw uitgeven
   *[other] { $count } rapporten opnieuw uitgeven
}
app-team-reissue-title = Uitgegeven voordat uw gebeurtenissen waren verzonden; de gebeurtenissen van een ander lid kwamen eerst, dus de journaalstand die ze noemen bestaat niet meer. Geef ze opnieuw uit: { $serials }
app-team-title = Teamserver { $server }, u bent { $member }. Klik om nu te synchroniseren.

# The Art 34 letter edited before issuing (issue 14 item 5)
app-letter-edit = Bewerken
app-letter-save = Tekst opslaan
app-letter-reset = Terug naar de voorgestelde tekst
app-letter-edited = bewerkt
app-letter-hint = Deze brief is geschreven voor de betrokkenen, met adviezen die passen bij de soorten gegevens. Lees en bewerk hem voordat u hem verstuurt: de tekst die u opslaat, is wat de pdf en de melding bewaren (AVG art. 34 lid 2).
app-draft-dora = DORA-verslag
app-dora-stage-initial = eerste kennisgeving
app-dora-stage-intermediate = tussentijds verslag
app-dora-stage-final = eindverslag
app-draft-missing-dora = { $count ->
    [one] Eén veld dat bijlage II verplicht stelt voor dit verslag is nog leeg; de indiening wordt geweigerd tot het is ingevuld (of vastgelegd als verstuurd zonder dit veld):
   *[other] { $count } velden die bijlage II verplicht stelt voor dit verslag zijn nog leeg; de indiening wordt geweigerd tot ze zijn ingevuld (of vastgelegd als verstuurd zonder deze velden):
}
app-filing-missing-blocking = { $count ->
    [one] Eén veld dat de wet voor dit verslag verplicht stelt is nog leeg; de indiening wordt geweigerd tot het is ingevuld:
   *[other] { $count } velden die de wet voor dit verslag verplicht stelt zijn nog leeg; de indiening wordt geweigerd tot ze zijn ingevuld:
}
app-filing-missing-shown = { $count ->
    [one] Eén gegeven dat deze indiening zou moeten bevatten ontbreekt nog (u kunt nu indienen en het later nasturen):
   *[other] { $count } gegevens die deze indiening zou moeten bevatten ontbreken nog (u kunt nu indienen en ze later nasturen):
}
app-filing-without-missing = Ze is zonder deze velden verstuurd (vastleggen als onvolledig)
app-draft-nis2 = NIS2-melding aan het CSIRT
app-draft-missing-nis2 = { $count ->
    [one] Eén veld dat NIS2 art. 23 lid 4 of het formulier van het meldkanaal vraagt, is nog leeg:
   *[other] { $count } velden die NIS2 art. 23 lid 4 of het formulier van het meldkanaal vraagt, zijn nog leeg:
}
app-nis2-channel = Meldkanaal (CSIRT)
app-nis2-channel-default = land van de leidende toezichthouder
app-nis2-channel-nl = Nederland: NCSC-NL
app-nis2-channel-be = België: CCB
app-nis2-channel-de = Duitsland: BSI
app-nis2-channel-fr = Frankrijk: ANSSI / CERT-FR
app-nis2-language-default = taal van het meldkanaal
app-draft-cra = CRA-melding
app-draft-missing-cra = { $count ->
    [one] Eén onderdeel dat dit verslag volgens artikel 14 ten minste bevat is nog leeg; de indiening wordt geweigerd tot het is ingevuld (of vastgelegd als verstuurd zonder dit onderdeel):
   *[other] { $count } onderdelen die dit verslag volgens artikel 14 ten minste bevat zijn nog leeg; de indiening wordt geweigerd tot ze zijn ingevuld (of vastgelegd als verstuurd zonder deze onderdelen):
}
