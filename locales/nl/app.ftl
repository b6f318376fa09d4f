# Breachlog desktop-app — Nederlandse teksten alleen voor de app (die ook breachlog.ftl gebruikt).

## Fouten die de kern niet kent

app-error-locked = Het register is vergrendeld. Ontgrendel het om verder te gaan.
app-error-heading = Breachlog kon niet starten
app-retry = Opnieuw proberen

## Meldingen

app-notify-heading = Breachlog-termijn
app-notify-threshold = { $title }: de AVG-meldtermijn van 72 uur verloopt over minder dan { $hours } u.
app-notify-overdue = { $title }: de AVG-meldtermijn van 72 uur is verstreken.

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
app-creating = Bezig met aanmaken… (het afleiden van de sleutel duurt enkele seconden)
app-recovery-title = Uw herstelsleutel
app-recovery-intro = Met deze sleutel opent u het register als de wachtwoordzin verloren is. Hij wordt alleen nu getoond: schrijf hem op of bewaar hem in uw wachtwoordbeheerder, los van deze computer.
app-recovery-stored = Ik heb de herstelsleutel veilig opgeborgen.
app-recovery-confirm = Typ ter bevestiging de laatste { $count } tekens van de sleutel
app-recovery-continue = Verder naar het register

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
app-search-placeholder = Zoek op titel of id…
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
app-deadline = Eerstvolgende termijn
app-deadline-gdpr = AVG art. 33: melden aan de toezichthouder (72 u)
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
app-event-session-unlocked = Ontgrendeld
app-event-session-locked = Vergrendeld
app-event-journal-exported = Journaal geëxporteerd

## Integriteit

app-integrity-title = Integriteit
app-integrity-intro = Elke wijziging is een gebeurtenis in een hashketen. De controle berekent elke hash opnieuw en bouwt elke tabel opnieuw op uit de gebeurtenissen; ze draait ook bij elke ontgrendeling. Bewaar de kop-hash elders om een herschreven register te herkennen.
app-integrity-failed = Integriteitscontrole mislukt.
app-verify-ok = Het journaal en alle tabellen zijn intact.
app-not-verified = In deze sessie nog niet gecontroleerd.
app-event-count = Gebeurtenissen
app-head-hash = Kop-hash
app-checked-at = Gecontroleerd
app-verify-now = Nu controleren
app-verifying = Bezig met controleren…

## Instellingen

app-settings-title = Instellingen
app-org-profile = Organisatieprofiel
app-preferences = Voorkeuren
