# Breachlog — Regulierungsmodul (Pflichten, Meldungen, Regeln, ENISA, Behörden, Entwürfe).

## Reasons (why a field was refused)

reason-reasons-for-delay-required = die Meldung erfolgt { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
} nach Fristablauf; die Gründe für die Verzögerung sind anzugeben
reason-notify-required = „keine Meldung“ kann nur entschieden werden, wenn das Risiko „kein Risiko“ lautet
reason-regime-not-enabled = dieses Regelwerk gilt nicht für die Organisation oder den Vorfall
reason-not-classifiable = eingestuft werden nur nis2 (erheblicher Sicherheitsvorfall), dora (schwerwiegender Vorfall) und cra (Meldung nach der Cyberresilienz-Verordnung)
reason-already-filed = für diese Pflicht liegt bereits eine Erstmeldung vor; erfassen Sie stattdessen eine Ergänzung, einen Abschlussbericht oder eine Rücknahme
reason-no-initial-filing = für diese Pflicht liegt noch keine Erstmeldung vor
reason-before-initial-filing = der Zeitpunkt liegt vor der Erstmeldung
reason-before-filing = der Zeitpunkt liegt vor der Meldung, deren Eingang bestätigt wird
reason-already-acknowledged = die Eingangsbestätigung dieser Meldung ist bereits erfasst
reason-wrong-obligation = der Eintrag gehört nicht zu diesem Vorfall bzw. dieser Pflicht
reason-obligation-not-required = für diese Pflicht wurde entschieden, dass sie nicht besteht
reason-only-for-follow-ups = nur eine Ergänzung, ein Abschlussbericht oder eine Rücknahme verweist auf eine frühere Meldung
reason-unknown-authority = es handelt sich um keine Behörde des Verzeichnisses (siehe „breachlog authority list“)
reason-unknown-id = kein Eintrag hat diese Kennung
reason-no-statutory-hours = diese Regel enthält keine gesetzliche Stundenfrist, die geändert werden könnte
reason-above-legal-maximum = das ist länger, als das Gesetz erlaubt: höchstens { $max ->
    [one] { $max } Stunde
   *[other] { $max } Stunden
 } ({ $reference }); eine Einstellung kann eine gesetzliche Frist nur verkürzen
reason-not-incoming = beantwortet werden kann nur eine eingehende Anfrage
reason-decided-by-assessment = diese Entscheidung ergibt sich aus der Bewertung der Verletzung; ändern Sie stattdessen die Bewertung
reason-not-classified = der Vorfall ist nach diesem Regelwerk noch nicht eingestuft („breachlog incident classify“)
reason-nis2-only = dies gilt nur für NIS2-Vorfälle

## Entities and fields

entity-obligation = Pflicht
entity-filing = Meldung
entity-controller = Verantwortlicher
entity-contact = Behördenkontakt
field-obligation = Pflicht
field-channel = Übermittlungsweg
field-reference = Aktenzeichen
field-reasons-for-delay = Gründe für die Verzögerung
field-phase = Phase
field-follows = vorhergehende Meldung
field-regime = Regelwerk
field-regimes = Regelwerke
field-rule = Regel
field-hours = Stunden
field-pack = Regelpaket
field-notice-hours = Meldefrist in Stunden
field-name = Name
field-contact = Kontakt
field-controllers = Verantwortliche
field-authorities = Aufsichtsbehörden
field-authority = Aufsichtsbehörde
field-art34-exemption = Ausnahme nach Art. 34 Abs. 3
field-art34-justification = Begründung der Ausnahme nach Art. 34 Abs. 3
field-malicious = Verdacht auf böswillige Handlung
field-cross-border = grenzüberschreitende Auswirkungen
field-dora-rollover-country = Land für die DORA-Fristverschiebung
field-undue-delay-target-hours = internes Ziel für „unverzüglich“
field-notice-reminder-hours = Erinnerung bei unbestätigten Kundenmitteilungen (Stunden)
field-filing = Meldung
field-acknowledged-at = bestätigt am
field-acknowledged-by = bestätigt von
field-by = von
field-obligations = Pflichten
field-as-of = Stichtag
field-dpc = Kontext der Datenverarbeitung (DPC)
field-dpc-adjust = Anpassung des DPC
field-ei = Identifizierbarkeit (EI)
field-cb-confidentiality = Verlust der Vertraulichkeit
field-cb-integrity = Verlust der Integrität
field-cb-availability = Verlust der Verfügbarkeit
field-direction = Richtung
field-subject = Betreff
field-response-due-at = Antwortfrist
field-trade-secrets = Geschäftsgeheimnisse exfiltriert
field-death = Tod einer natürlichen Person
field-health-damage = erhebliche Gesundheitsschäden
field-malicious-access = böswilliger unbefugter Zugriff (schwere Störung möglich)
field-recurring = wiederholte Vorfälle (Art. 4)
field-scheduled = geplante Unterbrechung oder Wartung
field-data-malicious = Daten durch mutmaßlich böswillige Handlung beeinträchtigt
field-entity-type = Art der Einrichtung
field-direct-loss-eur = unmittelbarer finanzieller Verlust (EUR)
field-annual-turnover-eur = Jahresumsatz (EUR)
field-unavailable-minutes = Minuten vollständig nicht verfügbar
field-limited-minutes = Minuten eingeschränkter Verfügbarkeit
field-limited-users = Nutzer mit eingeschränkter Verfügbarkeit
field-users-in-union = Nutzer in der Union
field-data-users = von beeinträchtigten Daten betroffene Nutzer
field-significance = Erheblichkeitsprüfung
field-affects-recipients = betrifft die Empfänger unserer Dienste
obligation-kind-recipient-notice = Mitteilung an die Empfänger der Dienste
recipient-service-recipients = Empfänger unserer Dienste
nis2-entity-type-cloud = Anbieter von Cloud-Computing-Diensten
nis2-entity-type-managed-service = Anbieter verwalteter (Sicherheits-)Dienste
nis2-entity-type-other = andere Einrichtung
field-order = e-Evidence-Anordnung
field-issuer = Anordnungsbehörde
field-issuer-country = Anordnungsstaat
field-change = Änderung
field-incident = Vorfall
field-answers = beantwortete Anfrage
field-lang = Sprache
field-rationale = Begründung
field-controller = Verantwortlicher
field-kind = Art der Meldung
field-trust-service = Vorfall mit Auswirkung auf Vertrauensdienste

## Values

regime-gdpr = DSGVO
regime-uk-gdpr = UK GDPR
regime-nis2 = NIS-2
regime-dora = DORA
regime-eprivacy = ePrivacy
obligation-kind-notification = Meldung
obligation-kind-controller-notice = Meldung an den Verantwortlichen
obligation-kind-subject-communication = Benachrichtigung der betroffenen Personen
obligation-kind-early-warning = Frühwarnung
obligation-kind-initial = Erstmeldung
obligation-kind-intermediate = Zwischenbericht
obligation-kind-final = Abschlussbericht
obligation-kind-complete = vollständige Meldung
obligation-kind-authority-request = Anfrage der Behörde
obligation-kind-production = Herausgabe von Daten (e-Evidence)
obligation-kind-preservation = Sicherung von Daten (e-Evidence)
obligation-status-pending = offen
obligation-status-filed = gemeldet
obligation-status-filed-late = verspätet gemeldet
obligation-status-overdue = überfällig
obligation-status-not-required = nicht erforderlich
obligation-status-awaiting-anchor = Fristbeginn ausstehend
channel-portal = Online-Portal
channel-email = E-Mail
channel-letter = Brief
channel-phone = Telefon
phase-initial = Erstmeldung
phase-follow-up = Ergänzung
phase-final = Abschluss
phase-withdrawal = Rücknahme
art34-exemption-a = Art. 34 Abs. 3 lit. a: Daten für Unbefugte unzugänglich
art34-exemption-b = Art. 34 Abs. 3 lit. b: hohes Risiko besteht aller Wahrscheinlichkeit nach nicht mehr
art34-exemption-c = Art. 34 Abs. 3 lit. c: unverhältnismäßiger Aufwand, stattdessen öffentliche Bekanntmachung
art34-decision-communicated = Betroffene Personen benachrichtigt
art34-decision-not-required = Keine Benachrichtigung erforderlich (kein hohes Risiko)
art34-decision-pending = Benachrichtigung ausstehend
art34-decision-exempt = Ausnahme (Art. 34 Abs. 3)
tristate-yes = ja
tristate-no = nein
tristate-unknown = unbekannt
dora-entity-type-credit-institution = Kreditinstitut
dora-entity-type-central-counterparty = zentrale Gegenpartei
dora-entity-type-trading-venue = Betreiber eines Handelsplatzes
dora-entity-type-other = anderes Finanzunternehmen
contact-direction-incoming = eingehende Anfrage
order-kind-production = Europäische Herausgabeanordnung (EPOC)
order-kind-production-emergency = Europäische Herausgabeanordnung, Notfall (EPOC)
order-kind-preservation = Europäische Sicherungsanordnung (EPOC-PR)
preservation-change-extended = um 30 Tage verlängert
preservation-change-production-confirmed = Herausgabeersuchen bestätigt
preservation-change-released = Sicherung nicht mehr erforderlich
contact-direction-outgoing = ausgehende Antwort
obligation-no-longer-derived = Der Sachverhalt des Vorfalls begründet diese Pflicht nicht mehr (Rolle, Regelwerk, personenbezogene Daten oder Übungsstatus wurden geändert).

## CLI

reg-header-regime = Regelwerk
reg-header-kind = Pflicht
reg-header-recipient = Empfänger
reg-header-due = Frist
reg-header-status = Status
reg-header-reference = Rechtsgrundlage
reg-no-due-time = unverzüglich
reg-on-request = Frist laut Anforderung
reg-target = internes Ziel { $at }
reg-aim-for = anstreben bis { $target } · gesetzliche Frist { $due }
recipient-data-subjects = betroffene Personen
recipient-public = Öffentlichkeit
recipient-csirt = CSIRT / zuständige Behörde
recipient-financial-supervisor = Finanzaufsicht
recipient-national-authority = nationale Behörde
recipient-issuing-authority = Anordnungsbehörde
recipient-supervisory-authority = Aufsichtsbehörde
recipient-controller = Verantwortlicher
reg-elapsed = { $time } vergangen
reg-late-by = { $status } ({ $time } nach Fristablauf)
reg-hours = { $hours ->
    [one] { $hours } Stunde
   *[other] { $hours } Stunden
}
reg-months = { $months ->
    [one] { $months } Monat
   *[other] { $months } Monate
}
reg-duration-days = { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
}
reg-duration-hours = { $hours ->
    [one] { $hours } Stunde
   *[other] { $hours } Stunden
}
reg-duration-minutes = { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
}
cli-no-obligations = Keine Pflichten.
cli-no-controllers = Noch keine Verantwortlichen erfasst. Legen Sie einen mit „breachlog controller add“ an.
cli-controller-added = Verantwortlicher { $name } angelegt ({ $id }).
cli-filing-recorded = Meldung { $id } erfasst.
cli-filing-recorded-late = Meldung { $id } erfasst, { $time } nach Fristablauf (Gründe für die Verzögerung erfasst).
notice-state-draft = Entwurf
notice-state-sent = versandt
notice-state-acknowledged = bestätigt
notice-acknowledged-by = bestätigt { $at } von { $by }
notice-acknowledged-at = bestätigt { $at }
notice-reminder = Erinnerung: seit { $at } nicht bestätigt (beim Kunden nachfassen; keine gesetzliche Frist)
notice-remind-at = Erinnerung { $at }, falls nicht bestätigt
cli-filing-acknowledged = Eingangsbestätigung der Meldung { $id } erfasst.
cli-classified = Vorfall { $id } nach { $regime } eingestuft; die Fristen laufen.
cli-incident-regimes = Für Vorfall { $id } gelten nun: { $regimes }
cli-rule-changed = Regel { $rule } geändert. Zuvor entstandene Pflichten behalten ihre Bedingungen.
cli-controller-changed = Verantwortlicher { $name } geändert. Zuvor entstandene Pflichten behalten ihre Bedingungen.
cli-obligation-requested = Anforderung erfasst: { $kind } an { $recipient } ({ $reference }).
cli-regulation-settings-changed = Einstellungen zu den Regelwerken geändert.
cli-ics-written = Fristen in { $path } geschrieben.
cli-contact-logged = Behördenkontakt { $id } erfasst.
cli-significance-yes = Erheblichkeitsprüfung (Durchführungsverordnung (EU) 2024/2690): erheblich — mindestens ein Kriterium erfüllt.
cli-significance-no = Erheblichkeitsprüfung (Durchführungsverordnung (EU) 2024/2690): kein Kriterium erfüllt.
cli-preserve-until = sichern bis { $date }
cli-preservation-changed = Sicherungsanordnung { $id }: { $change }.
cli-no-contacts = Keine Behördenkontakte erfasst.
ics-summary = { $kind } ({ $regime }) an { $recipient }

## ENISA severity

enisa-result = Schweregrad { $score }: { $band }
enisa-band-low = niedrig
enisa-band-medium = mittel
enisa-band-high = hoch
enisa-band-very-high = sehr hoch

## Notification drafts (authority forms, data-subject communication, controller notice)

tpl-authority-title-nl-ap = Meldung einer Datenpanne an die { $authority }
tpl-authority-title-be-apd = Meldung einer Datenschutzverletzung an die { $authority }
tpl-authority-title-de = Meldung einer Verletzung des Schutzes personenbezogener Daten nach Art. 33 DSGVO an { $authority }
tpl-authority-title-fr-cnil = Meldung einer Verletzung des Schutzes personenbezogener Daten an die { $authority }
tpl-authority-title-uk-ico = Meldung einer Verletzung des Schutzes personenbezogener Daten an das { $authority }
tpl-authority-title-ie-dpc = Meldung einer Datenschutzverletzung an die { $authority }
tpl-authority-title-edpb = Meldung einer Verletzung des Schutzes personenbezogener Daten (Art. 33 DSGVO) an { $authority } — gemeinsame EDSA-Vorlage (Entwurf vom 10. Juni 2026)
tpl-subjects-title = Wichtige Information zu Ihren personenbezogenen Daten von { $org }
tpl-controller-title = Meldung einer Verletzung des Schutzes personenbezogener Daten an { $controller } (Art. 33 Abs. 2 { $law })
tpl-customer-authority-title = Meldung von { $controller } an { $authority } (Entwurf)
tpl-section-controller = Verantwortlicher
tpl-section-contact = Ansprechpartner
tpl-section-notification = Art der Meldung
tpl-section-timeline = Zeitlicher Ablauf
tpl-section-what-happened = Beschreibung der Verletzung
tpl-section-data = Betroffene personenbezogene Daten
tpl-section-people = Betroffene Personen
tpl-section-data-people = Betroffene Daten und Personen
tpl-section-consequences = Wahrscheinliche Folgen
tpl-section-measures = Ergriffene oder vorgeschlagene Maßnahmen
tpl-section-measures-before = Vor der Verletzung bestehende Sicherheitsmaßnahmen
tpl-section-follow-up = Weiteres Vorgehen
tpl-section-informing-people = Benachrichtigung der betroffenen Personen
tpl-section-international = Grenzüberschreitende Aspekte
tpl-section-communication = Benachrichtigung und weitere Behörden
tpl-section-containment = Eindämmung und Wiederherstellung
tpl-section-training = Schulung und Sensibilisierung der Beschäftigten
tpl-section-other-regulators = Weitere Aufsichtsbehörden
tpl-section-intro = Einleitung
tpl-section-edpb-type = 1. Art der Meldung
tpl-section-edpb-controller = 2. Verantwortlicher, meldende Person und DSB
tpl-section-edpb-nature = 3. Art der Verletzung
tpl-section-edpb-consequences = 4. Wahrscheinliche Folgen
tpl-section-edpb-measures = 5. Abmilderung und Vorbeugung gegen eine ähnliche Verletzung
tpl-section-edpb-communication = 6. Benachrichtigung der betroffenen Personen
tpl-field-reporting-person = Meldende Person (Name, Funktion, Kontaktdaten)
tpl-field-prevention = Maßnahmen, um eine ähnliche Verletzung künftig zu verhindern
tpl-field-notification-type = Art der Meldung
tpl-field-reference = Aktenzeichen der früheren Meldung
tpl-field-org-name = Name der Organisation
tpl-field-org-address = Anschrift
tpl-field-org-registration = Handelsregisternummer
tpl-field-contact-point = Datenschutzbeauftragter oder sonstige Anlaufstelle
tpl-field-occurred = Wann ereignete sich die Verletzung?
tpl-field-detected-at = Wann wurde der Vorfall entdeckt?
tpl-field-aware-at = Wann erlangte die Organisation Kenntnis von der Verletzung?
tpl-field-aware-justification = Weshalb nahm die Feststellung der Verletzung diese Zeit in Anspruch?
tpl-field-contained-at = Wann wurde die Verletzung eingedämmt?
tpl-field-reasons-for-delay = Gründe für die verzögerte Meldung
tpl-field-title = Kurzbeschreibung
tpl-field-description = Beschreibung der Verletzung
tpl-field-nature = Art der Verletzung
tpl-field-cause = Ursache
tpl-field-discovery = Wie wurde die Verletzung entdeckt?
tpl-field-affected-systems = Betroffene Systeme
tpl-field-data-categories = Kategorien personenbezogener Daten
tpl-field-special-categories = Besondere Kategorien personenbezogener Daten und Daten über strafrechtliche Verurteilungen
tpl-field-records-approx = Ungefähre Zahl der betroffenen Datensätze
tpl-field-subject-categories = Kategorien betroffener Personen
tpl-field-subjects-approx = Ungefähre Zahl der betroffenen Personen
tpl-field-consequences = Wahrscheinliche Folgen für die betroffenen Personen
tpl-field-risk = Risikobewertung
tpl-field-severity-score = Schweregrad (ENISA-Methode)
tpl-field-measures-taken = Ergriffene Maßnahmen
tpl-field-measures-proposed = Vorgeschlagene Maßnahmen
tpl-field-measures-before = Vor der Verletzung getroffene technische und organisatorische Maßnahmen
tpl-field-follow-up = Weitere Informationen
tpl-field-subjects-informed = Wurden die betroffenen Personen benachrichtigt?
tpl-field-cross-border = Weitere benachrichtigte Aufsichtsbehörden (grenzüberschreitend)
tpl-field-other-regulators = Weitere benachrichtigte Behörden
tpl-field-staff-training = Datenschutzschulung der beteiligten Beschäftigten
tpl-field-subjects-intro = Einleitung
tpl-field-controller-intro = Einleitung
tpl-value-new = Erstmeldung
tpl-value-follow-up = Nachtrag zu einer früheren Meldung
tpl-datetime = { $day }.{ $month }.{ $year }, { $time } Uhr ({ $zone })
tpl-estimate = geschätzt
tpl-unknown = unbekannt
tpl-none = keine
tpl-discovery = { $source }, am { $at }
tpl-follow-up-info = Die Untersuchung dauert noch an. Die fehlenden Angaben werden wir ohne unangemessene weitere Verzögerung schrittweise nachreichen (Art. 33 Abs. 4 DSGVO).
tpl-regulator-nis2 = CSIRT bzw. zuständige Behörde nach NIS-2
tpl-regulator-dora = Finanzaufsicht nach DORA
tpl-subjects-not-required = Nein: Die Verletzung führt voraussichtlich nicht zu einem hohen Risiko für die betroffenen Personen.
tpl-subjects-informed = Ja, am { $at } per { $channel }.
tpl-subjects-pending = Noch nicht; die betroffenen Personen werden unverzüglich benachrichtigt.
tpl-subjects-intro = Wir möchten Sie darüber informieren, dass es bei { $org } zu einem Sicherheitsvorfall gekommen ist, der Ihre personenbezogenen Daten betrifft. Wir bedauern dies und möchten Ihnen offen mitteilen, was geschehen ist, was dies für Sie bedeuten kann und was wir dagegen unternehmen.
tpl-controller-intro = Als Ihr Auftragsverarbeiter informiert { $org } Sie über eine Verletzung des Schutzes personenbezogener Daten, die wir in Ihrem Auftrag verarbeiten („{ $title }“), damit Sie Ihren eigenen Pflichten nach Art. 33 und 34 { $law } nachkommen können.

# Warum für einen Vorfall keine DSGVO-Frist läuft (Pflichten-Bereich der App, `breach assess`).
clock-gap-exercise = Dieser Vorfall ist eine Übung: er begründet keine Pflichten.
clock-gap-not-assessed = Es läuft keine DSGVO-Frist: der Vorfall ist nicht als Verletzung des Schutzes personenbezogener Daten bewertet (personenbezogene Daten betroffen: unbestimmt).
clock-gap-no-personal-data = Es läuft keine DSGVO-Frist: laut Bewertung sind keine personenbezogenen Daten betroffen.
clock-gap-gdpr-not-applied = Es läuft keine DSGVO-Frist: weder die DSGVO noch die UK GDPR gilt für diesen Vorfall (Regelwerke der Organisation oder des Vorfalls).
clock-gap-processor-without-controllers = Es läuft noch keine DSGVO-Frist: die Rolle bei diesem Vorfall ist Auftragsverarbeiter, die Verletzung wird also den Verantwortlichen gemeldet (Art. 33 Abs. 2 DSGVO), nicht der Behörde. Eine Meldung an einen Verantwortlichen kann erst abgeleitet werden, wenn Sie in der Bewertung die betroffenen Verantwortlichen auswählen.

## Cyber Resilience Act, UK PECR, aktualisierter DORA-Zwischenbericht, ePrivacy-Benachrichtigung der Teilnehmer

regime-cra = CRA
regime-uk-pecr = UK PECR
regime-e-evidence = e-Evidence
obligation-kind-updated-intermediate = aktualisierter Zwischenbericht
recipient-csirt-coordinator = koordinierendes CSIRT (über die zentrale Meldeplattform der ENISA)
recipient-subscribers = betroffene Teilnehmer oder Personen
cra-kind-exploited-vulnerability = aktiv ausgenutzte Schwachstelle
cra-kind-severe-incident = schwerwiegender Sicherheitsvorfall mit Auswirkung auf das Produkt
field-cra-kind = Art der Meldung nach der Cyberresilienz-Verordnung
field-corrective-measure-at = Korrektur- oder Abhilfemaßnahme verfügbar seit
field-recovered-at = reguläre Tätigkeiten wiederhergestellt am
reason-cra-only = dies gilt nur für Meldungen nach der Cyberresilienz-Verordnung (Regime cra)
obligation-action-inform-delay = Frist gefährdet: Kann sie nicht eingehalten werden, vor ihrem Ablauf die Behörde informieren und die Gründe für die Verzögerung nennen

# Verantwortliche als Kundendatensätze (Schema 11): CLI und Import.
field-country = Land
field-contacts = Kontakte
field-contract-reference = Vertragsreferenz
field-column = Spalte
reason-not-a-country-code = es ist kein zweistelliger Ländercode nach ISO 3166 (NL, DE, FR, GB…)
reason-duplicate-column = die Spalte steht zweimal in der Kopfzeile
reason-not-text = es ist kein UTF-8-Text
reason-too-many-rows = die Datei hat mehr als { $max } Zeilen; teilen Sie sie auf
reason-rows-refused = { $count ->
    [one] eine Zeile wird abgelehnt (oben aufgeführt); nichts wurde importiert
   *[other] { $count } Zeilen werden abgelehnt (oben aufgeführt); nichts wurde importiert
}
cli-controller-removed = Verantwortlicher { $name } entfernt. Für ihn entstandene Pflichten behalten ihn als Empfänger.
cli-controllers-exported = { $count } Verantwortliche in { $file } geschrieben.
cli-controllers-imported = { $rows } Zeilen gelesen: { $added } hinzugefügt, { $changed } geändert, { $unchanged } unverändert.
cli-controllers-import-dry-run = Probelauf, nichts geschrieben. { $rows } Zeilen gelesen: { $added } kämen hinzu, { $changed } würden geändert, { $unchanged } unverändert.
cli-controllers-import-refused = { $rows } Zeilen gelesen; nichts wurde importiert.
cli-controllers-import-row = Zeile { $line }: { $message }
reason-not-processor = der Vorfall ist nicht als Auftragsverarbeiter oder als Verantwortlicher und Auftragsverarbeiter bewertet; legen Sie zuerst seine Rolle fest
cli-impact-set = Auswirkung auf { $controller }: { $subjects } betroffene Personen, { $records } Datensätze. Kunden mit bekannter Auswirkung: { $known } von { $customers }; ihre betroffenen Personen ergeben zusammen { $sum } (Schätzung für den ganzen Vorfall: { $estimate }).
cli-impacts-imported = { $rows } Zeilen gelesen: Auswirkung für { $set } Kunden festgelegt ({ $added } neu betroffen), { $unchanged } unverändert.
cli-impacts-import-dry-run = Probelauf, nichts geschrieben. { $rows } Zeilen gelesen: Auswirkung würde für { $set } Kunden festgelegt ({ $added } neu betroffen), { $unchanged } unverändert.
tpl-law-gdpr = DSGVO
tpl-contract-reference = { " " }(Az. { $reference })
tpl-contract-clock = Unser Vertrag{ $reference } verlangt diese Meldung innerhalb von { $hours } Stunden, nachdem uns die Verletzung bekannt wurde: spätestens am { $due }.
tpl-contract-clock-undue = Unser Vertrag{ $reference } legt für diese Meldung keine feste Frist fest: Wir melden unverzüglich, nachdem uns die Verletzung bekannt wurde (Art. 33 Abs. 2 { $law }).
tpl-impact-own = Die Zahlen, Kategorien und Länder in dieser Meldung betreffen ausschließlich Ihre Daten.
tpl-impact-unknown = Ihr eigener Anteil ist noch nicht bekannt: Die Zahlen in dieser Meldung betreffen den gesamten Vorfall. Wir teilen Ihnen Ihre Zahlen mit, sobald wir sie kennen.
tpl-field-contract-clock = Meldefrist
tpl-field-impact-scope = Geltungsbereich der Zahlen
tpl-field-countries = Länder der betroffenen Personen
cli-notices-written = { $count } Meldungen in { $dir } geschrieben, aufgeführt in { $manifest }.
tpl-follow-up-info-uk = Die Untersuchung dauert noch an. Die fehlenden Angaben werden wir ohne unangemessene weitere Verzögerung schrittweise nachreichen (Art. 33 Abs. 4 UK GDPR).
tpl-law-uk-gdpr-33 = Art. 33 UK GDPR (Meldung einer Verletzung des Schutzes personenbezogener Daten an das ICO)
tpl-law-pecr = PECR reg. 5A (Privacy and Electronic Communications (EC Directive) Regulations 2003): gemeldet über das Meldeformular des ICO für Anbieter von Kommunikationsdiensten, das an die Stelle der Meldung nach der UK GDPR tritt
tpl-follow-up-info-pecr = Die Untersuchung dauert noch an. Wir reichen die fehlenden Informationen ohne unangemessene weitere Verzögerung in einer weiteren Meldung nach (PECR reg. 5A; fortgeltende Verordnung (EU) Nr. 611/2013 Art. 2 Abs. 3).
draft-changed-since = Geändert seit der Meldung vom { $date }
draft-changed-none = Seit der Meldung vom { $date } hat sich nichts geändert.
draft-no-snapshot = Keine Momentaufnahme der früheren Meldung ({ $date }): Sie wurde erfasst, bevor der gesendete Inhalt aufbewahrt wurde; die Änderungen können daher nicht aufgeführt werden.
draft-snapshot-redacted = Der Inhalt der früheren Meldung ({ $date }) wurde mit den personenbezogenen Daten des Vorfalls gelöscht; die Änderungen können daher nicht aufgeführt werden.
draft-change-before = Vorher
draft-change-after = Nachher
draft-change-absent = (nicht in jenem Entwurf)

## What-if under a proposal pack (`breachlog rules what-if`, Settings → What if…)
what-if-header = VORSCHLAG — NICHT DAS GELTENDE RECHT. Was wäre, wenn { $title } angenommen würde ({ $act }, { $date }; Quelle { $url }). Es wurde nichts gespeichert; die geltenden Fristen bleiben unverändert.
what-if-incident = Vorfall { $id }
what-if-header-now = Jetzt
what-if-header-proposal = Nach dem Vorschlag
what-if-header-difference = Unterschied
what-if-not-owed = nicht geschuldet
what-if-newly-owed = neu geschuldet: { $due }
what-if-status-proposal = Vorschlag

## Issue 14: was die Formulare der Behörden über Art. 33 Abs. 3 hinaus fragen, und die festen Angaben der Organisation

tpl-section-legal-representative = Gesetzlicher Vertreter
tpl-section-processor = Beteiligter Auftragsverarbeiter
tpl-field-legal-basis = Nach welcher Rechtsgrundlage erfolgt diese Meldung?
tpl-field-other-organisation = War eine andere Organisation an der Verletzung beteiligt (z. B. ein Auftragsverarbeiter oder ein Kunde)?
tpl-field-processor = War ein Auftragsverarbeiter an der Verletzung beteiligt?
tpl-field-ongoing = Dauert die Verletzung noch an?
tpl-field-subjects-range = Zahl der betroffenen Personen (mindestens – höchstens)
tpl-field-encrypted = Waren die personenbezogenen Daten zum Zeitpunkt der Verletzung verschlüsselt oder auf andere Weise für Unbefugte unverständlich?
tpl-field-severity-estimate = Einschätzung der Schwere der möglichen Folgen für die betroffenen Personen
tpl-field-legal-representative = Gesetzlicher Vertreter (Name, Funktion)
tpl-field-dpo = Datenschutzbeauftragte/r (Name, E-Mail, Telefon)
tpl-value-withdrawal = Rücknahme einer früheren Meldung
tpl-yes = ja
tpl-no = nein
tpl-subjects-range = { $min } – { $max }
tpl-no-registration = Die Organisation hat keine Registernummer
tpl-our-processor = { $org }, unser Auftragsverarbeiter
encrypted-yes = Ja
encrypted-no = Nein
encrypted-partly = Teilweise
severity-estimate-low = Gering
severity-estimate-medium = Mittel
severity-estimate-high = Hoch
severity-estimate-very-high = Sehr hoch
legal-basis-gdpr = DSGVO (AVG)
legal-basis-telecommunicatiewet = Niederländisches Telekommunikationsgesetz (Telecommunicatiewet)
notification-kind-initial = Erstmeldung
notification-kind-complementary = Nachmeldung
notification-kind-withdrawal = Rücknahme
field-ongoing = Verletzung dauert noch an
field-encrypted = Daten verschlüsselt
field-subjects-min = Mindestzahl betroffener Personen
field-subjects-max = Höchstzahl betroffener Personen
field-subjects-range = Zahl betroffener Personen (mindestens – höchstens)
field-severity-estimate = Einschätzung der Schwere
field-reporting-person = meldende Person
field-prevention = Maßnahmen gegen eine ähnliche Verletzung
field-other-organisation = andere beteiligte Organisation
field-processor = beteiligter Auftragsverarbeiter
field-legal-basis = Rechtsgrundlage der Meldung
field-notification-kind = Art der Meldung
field-legal-representative = gesetzlicher Vertreter
field-legal-representative-name = Name des gesetzlichen Vertreters
field-legal-representative-role = Funktion des gesetzlichen Vertreters
field-registration-number = Registernummer
field-org-registration = Registernummer
field-dpo = Datenschutzbeauftragte/r
field-dpo-name = Name der/des DSB
field-dpo-email = E-Mail der/des DSB
field-dpo-phone = Telefon der/des DSB
reason-not-an-email = das ist keine E-Mail-Adresse (name@domain.de)
reason-not-a-siren = das ist keine SIREN: 9 Ziffern mit stimmender Prüfziffer (oder „none“, wenn die Organisation keine hat)
reason-not-a-kvk = das ist keine KvK-Nummer: 8 Ziffern (oder „none“)
reason-set-by-law = das Gesetz legt es für eine e-Evidence-Anordnung fest
reason-not-a-preservation-order = das ist keine e-Evidence-Sicherungsanordnung
reason-preservation-over = die Pflicht zur Sicherung war zu diesem Zeitpunkt bereits beendet
cli-unanswered = Im Datensatz noch nicht beantwortet (Organisationsprofil oder Bewertung): { $items }
cli-letter-edited = bearbeitet
cli-authority-portal = Formular
cli-authority-phone = Telefon
cli-authority-address = Anschrift
cli-authority-attachments = Anhänge
cli-authority-source = Quelle (geprüft am { $checked })
cli-authority-unconfirmed = nicht bestätigt
tpl-no-siren = Keine SIREN (Registernummer: { $number })

## Das Schreiben an die betroffenen Personen (Issue 14 Punkt 5): Art. 34 Abs. 2 DSGVO mit Art. 33 Abs. 3 Buchst. b–d
tpl-section-advice = Was Sie tun können
tpl-field-letter-what-happened = Was ist passiert
tpl-field-letter-data = Welche Ihrer Daten betroffen sind
tpl-field-letter-consequences = Was das für Sie bedeuten kann
tpl-field-letter-measures = Was wir getan haben und noch tun
tpl-field-letter-advice = Was Sie tun können
tpl-field-letter-contact = Fragen
letter-date = { $day }.{ $month }.{ $year }
letter-found = Wir haben den Vorfall am { $date } entdeckt.
letter-stopped = Am { $date } haben wir ihn beendet.
letter-what-confidentiality = Personen, die Ihre Daten nicht sehen durften, haben sie möglicherweise gesehen oder kopiert.
letter-what-integrity = Ihre Daten wurden möglicherweise von jemandem verändert, der dazu nicht berechtigt war.
letter-what-availability = Ihre Daten sind verloren gegangen oder konnten eine Zeit lang nicht genutzt werden.
letter-what-unknown = Wir klären noch, was genau mit Ihren Daten geschehen ist.
letter-data = Betroffen sind diese Angaben über Sie: { $data }.
letter-data-special = Betroffen sind außerdem besonders sensible Angaben: { $data }.
letter-consequence-passwords = Jemand könnte sich mit Ihrem Passwort bei Ihrem Konto bei uns anmelden oder bei anderen Konten, für die Sie dasselbe Passwort verwenden.
letter-consequence-payment = Ihre Bank- oder Kartendaten könnten für Zahlungen oder Lastschriften missbraucht werden, denen Sie nicht zugestimmt haben, oder um gefälschte Nachrichten echt wirken zu lassen.
letter-consequence-identity = Jemand könnte sich als Sie ausgeben, zum Beispiel um in Ihrem Namen ein Konto zu eröffnen, einen Vertrag abzuschließen oder einen Kredit aufzunehmen.
letter-consequence-health = Angaben über Ihre Gesundheit könnten anderen bekannt werden. Das kann unangenehm sein oder dazu führen, dass Sie ungerecht behandelt werden.
letter-consequence-sensitive = Sensible Angaben über Sie könnten anderen bekannt werden. Das kann unangenehm sein oder dazu führen, dass Sie ungerecht behandelt werden.
letter-consequence-contact = Sie könnten unerwünschte oder gefälschte Nachrichten per E-Mail, SMS, Telefon oder Post erhalten, die Ihre Angaben nutzen, um echt zu wirken (Phishing).
letter-measures-taken = Was wir getan haben: { $text }
letter-measures-proposed = Was wir noch tun werden: { $text }
letter-advice-passwords = Ändern Sie bei { $org } jetzt das Passwort Ihres Kontos. Wenn Sie dasselbe oder ein ähnliches Passwort auch anderswo verwenden, ändern Sie es auch dort. Verwenden Sie für jedes Konto ein eigenes Passwort und schalten Sie die Zwei-Faktor-Anmeldung ein, wo es möglich ist.
letter-advice-payment = Prüfen Sie in den nächsten Monaten regelmäßig Ihre Konto- und Kreditkartenauszüge. Wenn Sie eine Zahlung oder Lastschrift sehen, die Sie nicht kennen, wenden Sie sich sofort an Ihre Bank; eine Lastschrift können Sie in der Regel zurückgeben lassen. Geben Sie Ihre Bankdaten, Codes oder PIN nie als Antwort auf eine Nachricht oder einen Anruf heraus.
letter-advice-identity = Achten Sie auf Briefe, Rechnungen oder Nachrichten über Verträge, Kredite oder Käufe, die Sie nicht abgeschlossen haben. Wenn Sie glauben, dass jemand Ihre Identität benutzt, erstatten Sie Anzeige bei der Polizei. War ein Ausweisdokument betroffen, fragen Sie die Stelle, die es ausgestellt hat (oft Ihre Gemeinde), ob Sie es sperren und ersetzen lassen sollten.
letter-advice-health = Seien Sie vorsichtig, wenn jemand, den Sie nicht kennen, Sie auf Ihre Gesundheit oder Behandlung anspricht. Geben Sie keine weiteren Angaben heraus und informieren Sie uns.
letter-advice-sensitive = Seien Sie vorsichtig, wenn jemand, den Sie nicht kennen, Sie auf diese Angaben anspricht. Geben Sie keine weiteren Angaben heraus und informieren Sie uns.
letter-advice-contact = Seien Sie misstrauisch bei unerwarteten Nachrichten oder Anrufen, auch wenn sie Ihren Namen nennen oder von uns zu kommen scheinen. Klicken Sie nicht auf Links, öffnen Sie keine Anhänge und geben Sie nie Ihr Passwort oder Ihre Bankdaten als Antwort heraus.
letter-advice-general = Wenn Ihnen etwas Ungewöhnliches auffällt oder Sie Fragen haben, wenden Sie sich bitte über die unten stehenden Kontaktdaten an uns.
letter-contact-dpo = Bei Fragen wenden Sie sich bitte an unsere Datenschutzbeauftragte oder unseren Datenschutzbeauftragten: { $contact }.
letter-contact-point = Bei Fragen wenden Sie sich bitte an uns: { $contact }.
