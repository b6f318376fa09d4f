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
tpl-authority-title-edpb = Meldung einer Verletzung des Schutzes personenbezogener Daten (Art. 33 DSGVO) an { $authority }
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
tpl-field-plain-what-happened = Was ist geschehen?
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
tpl-field-subjects-advice = Was Sie tun können
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
tpl-subjects-advice = Seien Sie aufmerksam bei unerwarteten Nachrichten, in denen nach persönlichen Angaben oder Passwörtern gefragt wird, und klicken Sie nicht auf Links in solchen Nachrichten. Falls Sie dasselbe Passwort auch anderswo verwenden, ändern Sie es bitte auch dort. Wenn Ihnen etwas Ungewöhnliches auffällt, wenden Sie sich bitte an uns.
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
cli-unanswered = Im Datensatz noch nicht beantwortet (Organisationsprofil oder Bewertung): { $items }
cli-authority-portal = Formular
cli-authority-phone = Telefon
cli-authority-address = Anschrift
cli-authority-attachments = Anhänge
cli-authority-source = Quelle (geprüft am { $checked })
cli-authority-unconfirmed = nicht bestätigt
tpl-no-siren = Keine SIREN (Registernummer: { $number })

## DORA major ICT-related incident reports (Implementing Regulation (EU) 2025/302 Annex I/II)
dora-section-1 = Allgemeine Informationen über das Finanzunternehmen
dora-section-2 = Inhalt der Erstmeldung
dora-section-3 = Inhalt des Zwischenberichts
dora-section-4 = Inhalt des Abschlussberichts
dora-title-initial = DORA-Erstmeldung eines schwerwiegenden IKT-bezogenen Vorfalls — { $org }
dora-title-intermediate = DORA-Zwischenbericht über einen schwerwiegenden IKT-bezogenen Vorfall — { $org }
dora-title-final = DORA-Abschlussbericht über einen schwerwiegenden IKT-bezogenen Vorfall — { $org }
field-dora = DORA-Feldnummer
field-stage = Stufe
field-report = Meldung
field-format = Dateiformat
field-complete = vollständig (alle Angaben gemacht)
dora-missing-title = Für diesen Bericht verpflichtend und noch leer
dora-source = Vorlage: { $source }
report-title-dora = DORA-Vorfallsmeldung
field-dora-1-1 = 1.1 Art der Übermittlung
field-dora-1-2 = 1.2 Name des meldenden Unternehmens
field-dora-1-3 = 1.3 Identifikationscode des meldenden Unternehmens
field-dora-1-4 = 1.4 Art des betroffenen Finanzunternehmens
field-dora-1-5 = 1.5 Name des betroffenen Finanzunternehmens
field-dora-1-6 = 1.6 LEI des betroffenen Finanzunternehmens
field-dora-1-7 = 1.7 Name der primären Kontaktperson
field-dora-1-8 = 1.8 E-Mail der primären Kontaktperson
field-dora-1-9 = 1.9 Telefon der primären Kontaktperson
field-dora-1-10 = 1.10 Name der zweiten Kontaktperson
field-dora-1-11 = 1.11 E-Mail der zweiten Kontaktperson
field-dora-1-12 = 1.12 Telefon der zweiten Kontaktperson
field-dora-1-13 = 1.13 Name des obersten Mutterunternehmens
field-dora-1-14 = 1.14 LEI des obersten Mutterunternehmens
field-dora-1-15 = 1.15 Meldewährung
field-dora-2-1 = 2.1 Vom Finanzunternehmen vergebener Referenzcode des Vorfalls
field-dora-2-2 = 2.2 Datum und Uhrzeit der Erkennung des schwerwiegenden IKT-bezogenen Vorfalls
field-dora-2-3 = 2.3 Datum und Uhrzeit der Einstufung des IKT-bezogenen Vorfalls als schwerwiegend
field-dora-2-4 = 2.4 Beschreibung des schwerwiegenden IKT-bezogenen Vorfalls
field-dora-2-5 = 2.5 Klassifizierungskriterien, die die Meldung ausgelöst haben
field-dora-2-6 = 2.6 Wesentlichkeitsschwellen für das Klassifizierungskriterium „Geografische Ausbreitung“
field-dora-2-7 = 2.7 Entdeckung des schwerwiegenden IKT-bezogenen Vorfalls
field-dora-2-8 = 2.8 Angabe, ob der Vorfall von einem Drittanbieter oder einem anderen Finanzunternehmen ausgeht
field-dora-2-9 = 2.9 Aktivierung des Geschäftsfortführungsplans, falls aktiviert
field-dora-2-10 = 2.10 Sonstige relevante Informationen
field-dora-3-1 = 3.1 Von der zuständigen Behörde vergebener Referenzcode des Vorfalls
field-dora-3-2 = 3.2 Datum und Uhrzeit des Eintretens des schwerwiegenden IKT-bezogenen Vorfalls
field-dora-3-3 = 3.3 Datum und Uhrzeit der Wiederherstellung der Dienste, Tätigkeiten oder Geschäfte
field-dora-3-4 = 3.4 Anzahl der betroffenen Kunden
field-dora-3-5 = 3.5 Prozentsatz der betroffenen Kunden
field-dora-3-6 = 3.6 Anzahl der betroffenen finanziellen Gegenparteien
field-dora-3-7 = 3.7 Prozentsatz der betroffenen finanziellen Gegenparteien
field-dora-3-8 = 3.8 Auswirkungen auf relevante Kunden oder finanzielle Gegenparteien
field-dora-3-9 = 3.9 Anzahl der betroffenen Transaktionen
field-dora-3-10 = 3.10 Prozentsatz der betroffenen Transaktionen
field-dora-3-11 = 3.11 Wert der betroffenen Transaktionen
field-dora-3-12 = 3.12 Angabe, ob die Zahlen tatsächliche Werte oder Schätzungen sind oder ob keine Auswirkungen vorliegen
field-dora-3-13 = 3.13 Auswirkungen auf die Reputation
field-dora-3-14 = 3.14 Kontextinformationen zu den Auswirkungen auf die Reputation
field-dora-3-15 = 3.15 Dauer des schwerwiegenden IKT-bezogenen Vorfalls
field-dora-3-16 = 3.16 Ausfallzeit des Dienstes
field-dora-3-17 = 3.17 Angabe, ob die Zahlen zu Dauer und Ausfallzeit tatsächliche Werte oder Schätzungen sind
field-dora-3-18 = 3.18 Arten der Auswirkungen in den Mitgliedstaaten
field-dora-3-19 = 3.19 Beschreibung, wie sich der Vorfall in anderen Mitgliedstaaten auswirkt
field-dora-3-20 = 3.20 Wesentlichkeitsschwellen für das Klassifizierungskriterium „Datenverluste“
field-dora-3-21 = 3.21 Beschreibung der Datenverluste
field-dora-3-22 = 3.22 Klassifizierungskriterium „Betroffene kritische Dienste“
field-dora-3-23 = 3.23 Art des schwerwiegenden IKT-bezogenen Vorfalls
field-dora-3-24 = 3.24 Sonstige Arten von Vorfällen
field-dora-3-25 = 3.25 Vom Bedrohungsakteur verwendete Bedrohungen und Techniken
field-dora-3-26 = 3.26 Sonstige Arten von Techniken
field-dora-3-27 = 3.27 Informationen über betroffene Funktionsbereiche und Geschäftsprozesse
field-dora-3-28 = 3.28 Betroffene Infrastrukturkomponenten zur Unterstützung von Geschäftsprozessen
field-dora-3-29 = 3.29 Informationen über betroffene Infrastrukturkomponenten zur Unterstützung von Geschäftsprozessen
field-dora-3-30 = 3.30 Auswirkungen auf die finanziellen Interessen der Kunden
field-dora-3-31 = 3.31 Meldung an andere Behörden
field-dora-3-32 = 3.32 Angabe der „sonstigen“ Behörden
field-dora-3-33 = 3.33 Vorübergehende Maßnahmen, die zur Wiederherstellung ergriffen wurden oder geplant sind
field-dora-3-34 = 3.34 Beschreibung der vorübergehenden Maßnahmen, die zur Wiederherstellung ergriffen wurden oder geplant sind
field-dora-3-35 = 3.35 Kompromittierungsindikatoren
field-dora-4-1 = 4.1 Übergeordnete Klassifizierung der Ursachen des Vorfalls
field-dora-4-2 = 4.2 Detaillierte Klassifizierung der Ursachen des Vorfalls
field-dora-4-3 = 4.3 Zusätzliche Klassifizierung der Ursachen des Vorfalls
field-dora-4-4 = 4.4 Sonstige Arten von Ursachen
field-dora-4-5 = 4.5 Informationen über die Ursachen des Vorfalls
field-dora-4-6 = 4.6 Zusammenfassung der Behebung des Vorfalls
field-dora-4-7 = 4.7 Datum und Uhrzeit der Beseitigung der Ursache des Vorfalls
field-dora-4-8 = 4.8 Datum und Uhrzeit der Behebung des Vorfalls
field-dora-4-9 = 4.9 Angabe, ob das Datum der dauerhaften Behebung vom ursprünglich geplanten Umsetzungsdatum abweicht
field-dora-4-10 = 4.10 Bewertung des Risikos für kritische Funktionen für Abwicklungszwecke
field-dora-4-11 = 4.11 Für Abwicklungsbehörden relevante Informationen
field-dora-4-12 = 4.12 Wesentlichkeitsschwelle für das Klassifizierungskriterium „Wirtschaftliche Auswirkungen“
field-dora-4-13 = 4.13 Betrag der direkten und indirekten Bruttokosten und -verluste
field-dora-4-14 = 4.14 Betrag der finanziellen Rückflüsse
field-dora-4-15 = 4.15 Angabe, ob sich die nicht schwerwiegenden Vorfälle wiederholt haben
field-dora-4-16 = 4.16 Datum und Uhrzeit des Eintretens der wiederkehrenden Vorfälle
reason-mandatory-fields-missing = Felder, die dieser Bericht enthalten muss, sind noch leer: { $fields } (beantworten Sie sie oder erfassen Sie die Übermittlung mit vollständig = nein, wenn sie ohne sie gesendet wurde)
cli-nothing-missing = nichts fehlt
cli-missing-blocking = Abgelehnt, bis diese beantwortet sind (oder als ohne sie gesendet erfasst, --complete no):
cli-missing-shown = Fehlt noch (angezeigt; die Übermittlung wird nicht abgelehnt):

## Cyber Resilience Act reports (Regulation (EU) 2024/2847 Art 14(2), (4))
field-cra-report-type = Meldung
field-cra-reference = Referenz der früheren Meldung
field-cra-manufacturer = Hersteller
field-cra-contact-point = Anlaufstelle
field-cra-cra-kind = Gegenstand der Meldung
field-cra-title = Schwachstelle oder Vorfall
field-cra-aware-at = Kenntnis des Herstellers seit
field-cra-member-states = Mitgliedstaaten, in denen das Produkt bereitgestellt wurde (gegebenenfalls)
field-cra-product = Allgemeine Informationen über das betroffene Produkt mit digitalen Elementen
field-cra-exploit-nature = Allgemeine Art der Ausnutzung und der Schwachstelle
field-cra-measures-taken = Ergriffene Korrektur- oder Abhilfemaßnahmen
field-cra-user-measures = Korrektur- oder Abhilfemaßnahmen, die Nutzer ergreifen können
field-cra-sensitivity = Wie sensibel der Hersteller die gemeldeten Informationen einschätzt (gegebenenfalls)
field-cra-vulnerability-description = Beschreibung der Schwachstelle einschließlich ihres Schweregrads und ihrer Auswirkungen
field-cra-malicious-actor = Informationen über böswillige Akteure, die die Schwachstelle ausgenutzt haben oder ausnutzen (soweit verfügbar)
field-cra-corrective-measure-at = Korrektur- oder Abhilfemaßnahme verfügbar seit
field-cra-security-update = Einzelheiten zum Sicherheitsupdate oder zu anderen bereitgestellten Korrekturmaßnahmen
field-cra-malicious-suspected = Besteht der Verdacht, dass der Vorfall durch rechtswidrige oder böswillige Handlungen verursacht wurde?
field-cra-incident-nature = Allgemeine Informationen über die Art des Vorfalls
field-cra-initial-assessment = Erste Bewertung des Vorfalls
field-cra-incident-description = Ausführliche Beschreibung des Vorfalls einschließlich seines Schweregrads und seiner Auswirkungen
field-cra-root-cause = Art der Bedrohung oder grundlegende Ursache, die den Vorfall wahrscheinlich ausgelöst hat
field-cra-mitigation-measures = Getroffene und laufende Abhilfemaßnahmen
tpl-section-cra-report = Meldung
tpl-section-cra-content = Was { $article } verlangt
tpl-cra-report-early-warning = Frühwarnung
tpl-cra-report-notification = Meldung
tpl-cra-report-final = Abschlussbericht
tpl-cra-title-early-warning = Frühwarnung nach dem Cyberresilienzgesetz, { $article } — { $org }
tpl-cra-title-notification = Meldung nach dem Cyberresilienzgesetz, { $article } — { $org }
tpl-cra-title-final = Abschlussbericht nach dem Cyberresilienzgesetz, { $article } — { $org }
field-cra = Angabe der Meldung nach dem Cyberresilienzgesetz
