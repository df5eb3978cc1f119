# Reviewed by a German-reading sub-editor (helper), 2026-12-05.
# Die Oberfläche von Claimscope auf Deutsch, übersetzt aus locales/en.ftl (docs/translating.md).
# Die Kennungen der Meldungen und die Variablen ({ $name }) bleiben unverändert; reiner Text, kein HTML.
#
# Glossar:
#   claim          = Aussage (neutral; nicht „Behauptung“)
#   claimant       = Urheber (einer Aussage); im Filter „Geäußert von“, im Netzwerk „Wer sagt“
#   actor          = Akteur
#   source         = Quelle; „cites“ = sich berufen auf / als Quelle nennen
#   reference list = Quellenverzeichnis
#   finding        = Befund
#   integrity      = Prüfung (Reiter); der Text spricht von Befunden zur Quellenlage
#   timeline       = Zeitleiste
#   network        = Netzwerk
#   filter         = Filter; „matching claims“ = die gefilterten Aussagen
#   embed          = einbetten
#   export         = herunterladen (Download); Tabelle (CSV), Linked Data (JSON-LD)
#   the author     = Autor/in (Geschlecht unbekannt); byline = Autorenzeile
#   paragraph      = Absatz
# Leserinnen und Leser werden nicht direkt angesprochen; wo nötig, unpersönlich formuliert.

## Datumsangaben: Tag, Monat (1–12) und Jahr sind Zahlen.

date-day = { $day }. { $month ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
} { $year }
date-month = { $month ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
} { $year }
date-year = { $year }

## Das Suchfeld und die Zahl der passenden Aussagen

search-label = Aussagen durchsuchen
search-placeholder = Aussagen, Personen, Quellen suchen
result-count-all = { $total ->
    [one] { $total } Aussage
   *[other] { $total } Aussagen
}
result-count-filtered = { $matching } von { $total ->
    [one] { $total } Aussage
   *[other] { $total } Aussagen
}
clear-all-filters = Alle Filter zurücksetzen

## Befunde der Prüfung ($source, $actor, $first, $second und $name sind Namen aus dem Artikel)

finding-unlisted-title = { $source } wird im Text als Quelle genannt, fehlt aber im Quellenverzeichnis
finding-unlisted-detail = Der Text beruft sich bei { $count ->
    [one] einer Aussage
   *[other] { $count } Aussagen
} auf { $source }, doch im Quellenverzeichnis fehlt diese Quelle – nachschlagen lässt sie sich so nicht.
finding-uncited-title = { $source } steht im Quellenverzeichnis, wird im Text aber nie als Quelle genannt
finding-uncited-detail = Das Quellenverzeichnis führt die Quelle auf, doch keine Aussage im Text beruft sich auf sie.
finding-contradiction-title = { $first } und { $second } widersprechen sich
# Die eigene Stimme des Artikels, wie ein Befund sie nennt.
finding-author = { $name } (Autor/in)
# Die Kernaussagen zweier Aussagen, wenn der Artikel ihren Widerspruch nicht erläutert.
finding-contradiction-detail = „{ $first }“ steht gegen „{ $second }“.
finding-unsourced-title = { $count ->
    [one] { $count } Aussage
   *[other] { $count } Aussagen
} ohne Quelle
finding-unsourced-detail = Für diese Aussagen nennt der Text keine Quelle: Sie beruhen allein auf dem Wort derer, von denen sie stammen.
finding-names-title = { $actor } erscheint unter verschiedenen vollständigen Namen
# Einer der Namen, mit den Absätzen, in denen er steht ($paragraphs: "2, 5").
finding-names-name = „{ $name }“ ({ $count ->
    [one] Absatz
   *[other] Absätze
} { $paragraphs })
# Verbindet die Namen: „A und B“, dann „A und B und C“.
finding-names-detail = Der Text nennt denselben Akteur { $names }. Das kann den Eindruck erwecken, es handle sich um verschiedene Akteure.

## Arten von Akteuren, Aussagen und Beziehungen

actor-kind-person = Person
actor-kind-people = Personengruppe
actor-kind-organisation = Organisation
actor-kind-armed-group = Bewaffnete Gruppe
actor-kind-state = Staat
actor-kind-government = Regierung
actor-kind-military = Militär
actor-kind-intelligence-agency = Geheimdienst
actor-kind-media = Medien
actor-kind-author = Autor/in des Artikels
claim-kind-report = Bericht
claim-kind-assessment = Einschätzung
claim-kind-statement = Erklärung
claim-kind-denial = Dementi
relation-kind-contradicts = Widerspricht
relation-kind-supports = Stützt

## Die Reiter der Ansichten

view-article = Artikel
view-claims = Aussagen
view-actors = Akteure
view-sources = Quellen
view-timeline = Zeitleiste
view-network = Netzwerk
view-integrity = Prüfung
views = Ansichten
findings-badge = { $count ->
    [one] { $count } Befund
   *[other] { $count } Befunde
}
filters-toggle = { $count ->
    [0] Filter
   *[other] Filter ({ $count })
}
filters = Filter

## Der Kopf ($role ist die Rolle in Kleinbuchstaben, $label so, wie die Datei sie schreibt)

credit-lead = { $role ->
    [author] Von
    [writer] Von
    [editor] Redaktion:
    [supervisor] Leitung:
    [translator] Übersetzung:
   *[other] { $label }:
}
open-full-explorer = Vollansicht öffnen
new-tab = (in neuem Tab)

## Die Filter

filter-claims = Aussagen filtern
facet-by = Geäußert von
facet-about = Betrifft
facet-source = Quelle
facet-kind = Art der Aussage
facet-hint = Innerhalb einer Gruppe genügt einer der gewählten Werte; über Gruppen hinweg müssen alle zutreffen.
facet-no-source = Ohne Quelle
facet-author = { $name } (Autor/in)
facet-count = { $count ->
    [one] { $count } Aussage
   *[other] { $count } Aussagen
}
facet-clear = Filter „{ $facet }“ zurücksetzen
facet-clear-button = Zurücksetzen
facet-show-fewer = Weniger anzeigen
facet-show-all = Alle { $count } anzeigen

## Karten

actor-claims-none = { $side ->
    [made] Keine eigenen Aussagen
   *[about] Nicht Gegenstand von Aussagen
}
actor-claims = { $side ->
    [made] { $count ->
        [one] { $count } eigene Aussage
       *[other] { $count } eigene Aussagen
    }
   *[about] { $count ->
        [one] Gegenstand von { $count } Aussage
       *[other] Gegenstand von { $count } Aussagen
    }
}
actor-mentions = { $count ->
    [0] Im Text nicht genannt
    [one] Einmal im Text genannt
   *[other] { $count }-mal im Text genannt
}
actor-in-byline = In der Autorenzeile genannt
actor-aliases = Auch bekannt als
claim-contradicted-by = Im Widerspruch zu
claim-supported-by = Gestützt durch
claim-in-context = Im Artikel anzeigen (Absatz { $paragraph })
claim-author = Autor/in
claim-about = Betrifft
claim-sources = Quellen
claim-unsourced = Ohne Quelle
claim-note = Anmerkung:
claim-original = Im Original lesen
# Der Tooltip einer Aussage im Artikel: wer, welche Art, auf welche Quelle gestützt.
claim-tip = { $claimant } · { $kind } · { $sources }
claim-tip-contradicted = { $claimant } · { $kind } · { $sources } · mit Widerspruch
claim-tip-no-source = keine Quelle

## Die Artikelansicht

article-title = Der Artikel mit hervorgehobenen Aussagen
legend-highlighted = Hervorgehobener
legend-highlighted-text = Text ist eine Aussage: Auswählen zeigt, von wem sie stammt und worauf sie sich stützt.
legend-dashed = Gestrichelt
legend-dashed-text = markierte Aussagen nennen keine Quelle;
legend-contested-text = kennzeichnet eine Aussage, der eine andere widerspricht;
legend-dotted = gepunktet
legend-dotted-text = unterstrichene Namen sind Akteure.
note = Hinweis:
skip-to-view = Zur Ansicht springen

## Quellen und Quellenverzeichnis

references = Quellenverzeichnis
references-unlisted = Im Text als Quelle genannt, aber nicht in diesem Verzeichnis:
reference-cited = { $count ->
    [0] im Text nicht als Quelle genannt
    [one] für { $count } Aussage als Quelle genannt
   *[other] für { $count } Aussagen als Quelle genannt
}
source-citing = { $count ->
    [0] Keine Aussage beruft sich darauf
    [one] { $count } Aussage beruft sich darauf
   *[other] { $count } Aussagen berufen sich darauf
}
source-undated = Ohne Datum
source-by = Von { $author }
source-listed = Im Quellenverzeichnis
source-unlisted = Fehlt im Quellenverzeichnis
source-unlisted-text = : Der Text beruft sich auf diese Quelle, nachschlagen lässt sie sich aber nicht.

## Die Zeitleiste

no-claim-matches = Keine Aussage entspricht diesen Filtern.
timeline-none = Der Artikel nennt keine datierten Ereignisse.
timeline-none-matching = Keine der gefilterten Aussagen nennt ein datiertes Ereignis.
timeline-one = Nur ein datiertes Ereignis ({ $date }) – für eine Zeitleiste reicht das nicht.
timeline-span = { $count ->
    [one] { $count } Ereignis
   *[other] { $count } Ereignisse
}, { $first } bis { $last }. Mit den Pfeiltasten geht es von Ereignis zu Ereignis.
timeline-events = Ereignisse in chronologischer Reihenfolge

## Die Prüfung

integrity-title = Was beim genauen Lesen auffällt
integrity-intro = Automatisch aus den Daten des Artikels ermittelt: Lücken bei den Quellen, Namen, die verwirren können, und Aussagen, die einander widersprechen.
integrity-concerning = { $count ->
    [0] Keiner der Befunde betrifft die gefilterten Aussagen.
    [one] { $total ->
        [one] Der einzige Befund betrifft die gefilterten Aussagen.
       *[other] { $count } von { $total } Befunden betrifft die gefilterten Aussagen.
    }
   *[other] { $count } von { $total } Befunden betreffen die gefilterten Aussagen.
}
integrity-claims-citing = Aussagen, die sich auf { $source } berufen
integrity-claims-unsourced = Aussagen ohne Quelle
integrity-paragraph = Absatz { $paragraph }
integrity-in-text = Im Text:

## Das Netzwerk

network-no-matches = Keine Aussage entspricht diesen Filtern, daher lassen sich keine Verbindungen darstellen.
network-no-links = Keine der gefilterten Aussagen betrifft einen namentlich genannten Akteur, daher lassen sich keine Verbindungen darstellen.
network-intro = { $claims ->
    [one] { $claims } Aussage
   *[other] { $claims } Aussagen
} von { $claimants ->
    [one] { $claimants } Akteur
   *[other] { $claimants } Akteuren
} über { $subjects ->
    [one] { $subjects } Akteur
   *[other] { $subjects } Akteure
}: wer was über wen sagt. Wer einen Namen auswählt, sieht nur dessen Verbindungen.
# Ein Name im Bild, für Screenreader: „Bürgermeister, macht 3 Aussagen“.
network-node = { $side ->
    [claimant] { $name }, macht { $count ->
        [one] { $count } Aussage
       *[other] { $count } Aussagen
    }
   *[subject] { $name }, ist Gegenstand von { $count ->
        [one] { $count } Aussage
       *[other] { $count } Aussagen
    }
}
network-who-claims = Wer sagt
network-about-whom = Über wen
network-who-claims-what = Wer sagt was über wen
network-legend = Legende
network-contradicted = Mit Widerspruch
network-wider = Dickere Linie: mehr Aussagen
network-table = Die Verbindungen als Tabelle
network-claims = Aussagen
network-kinds = Arten
network-link = { $from } über { $subject }
network-link-count = { $count ->
    [one] { $count } Aussage
   *[other] { $count } Aussagen
}
network-link-contradicted = { $count } mit Widerspruch
network-more = und { $count } weitere
network-claims-by = { $count ->
    [one] { $count } Aussage
   *[other] { $count } Aussagen
} von { $name } in der Ansicht „Aussagen“
network-claims-about = { $count ->
    [one] { $count } Aussage
   *[other] { $count } Aussagen
} über { $name } in der Ansicht „Aussagen“
network-every-link = Alle Verbindungen zeigen

## Kartenlisten

claims-show-more = { $more ->
    [one] Die letzte Aussage anzeigen
   *[other] { $fits ->
        [yes] Die letzten { $more } anzeigen
       *[no] Weitere { $page } von { $more } anzeigen
    }
}

## Teilen und Herunterladen

share = Teilen / Einbetten
share-link = Link zu dieser Ansicht
share-embed = Diese Ansicht in eine Seite einbetten
share-copy = Kopieren
share-copied = Kopiert.
share-copy-by-selecting = Markiert: Mit Strg+C (⌘C auf dem Mac) kopieren.
share-resize-hint = Der Rahmen passt seine Höhe selbst dem Inhalt an – mit dem Skript in der zweiten Zeile oder mit pym.js auf der einbettenden Seite.
export-none = Keine Aussage entspricht den Filtern: Tabelle und Linked Data wären leer. Die Artikeldatei enthält alle Aussagen.
export-all = { $count ->
    [one] Die Aussage herunterladen
   *[other] Alle { $count } Aussagen herunterladen
}
export-matching = { $count ->
    [one] Die gefilterte Aussage herunterladen
   *[other] Die { $count } gefilterten Aussagen herunterladen
}
export-json = Die vollständige Artikeldatei (JSON)
export-csv = Tabelle (CSV)
export-jsonld = Linked Data (JSON-LD)
sources-unsourced = { $count ->
    [one] { $count } Aussage
   *[other] { $count } Aussagen
}
# Nach sources-unsourced („1 Aussage“, „3 Aussagen“); das Verb richtet sich nach der Zahl.
sources-unsourced-text = { $count ->
    [one] nennt überhaupt keine Quelle.
   *[other] nennen überhaupt keine Quelle.
}
show-all = { $list ->
    [actors] Alle Akteure zeigen, nicht nur die aus den gefilterten Aussagen
   *[sources] Alle Quellen zeigen, nicht nur die aus den gefilterten Aussagen
}

## Fußzeile der Einbettung und Fehlermeldung

embed-source = Quelle:
embed-get-data = Daten herunterladen
error-title = Dieser Artikel konnte nicht geladen werden
# Danach folgen der Name des Befehls, ein Doppelpunkt und die Liste der Fehler (auf Englisch).
error-text = Die Datendatei des Artikels enthält Fehler, die der Herausgeber beheben kann. Meldungen von
timeline-reported-by = Laut { $names }
reference-by = Von { $author }.

## Kopfzeile der Tabelle (CSV): eine Zelle je Spalte, wie docs/exports.md sie aufführt

csv-id = ID
csv-paragraph = Absatz
csv-quote = Zitat
csv-summary = Zusammenfassung
csv-claimant = Urheber
csv-kind = Art
csv-sources = Quellen
csv-subjects = Betrifft
csv-contradicted-by = Im Widerspruch zu
csv-supported-by = Gestützt durch

## Lists

list-and = { $first } und { $rest }
list-unit = { $first }, { $rest }
