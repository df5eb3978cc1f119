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

# The language's name in itself (English: English).
language-name = Deutsch

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
# Chooses the explorer's language; the link and the embed code keep it.
share-language = Sprache
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
# Danach folgen der Name des Befehls, ein Doppelpunkt und die Liste der Fehler (check-…).
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

## Die Dateiprüfung: warum eine Artikeldatei nicht angezeigt werden kann (Kennungen check-…). Die
## Redaktion liest diese Meldungen im Editor, das Publikum dort, wo eine Seite eine fehlerhafte
## Datei nennt. Feldnamen, Kennungen, JSON und die Wörter des Formats selbst ("format",
## "claimscope/1", YYYY-MM-DD) bleiben unverändert; ein Wert in „ “ ist aus der Datei zitiert.
## Vor jeder Meldung steht die Stelle in der Datei und ein Doppelpunkt („claims[3].quote.exact: “);
## ein ganzer Satz beginnt danach groß. Zeichen, die genau so zu tippen sind, stehen in ' '.
##
## Glossar der Prüfung:
##   list (JSON-Array)  = Liste
##   object             = Objekt
##   field / field name = Feld / Feldname
##   text in quotes     = Text in Anführungszeichen
##   entry              = Eintrag
##   id                 = Kennung
##   article file       = Artikeldatei

# Wo ein Problem steht, in einer Datei, die gar kein JSON ist.
check-at = Zeile { $line }, Spalte { $column }
check-too-large = Die Datei ist { $bytes } Bytes groß; eine Artikeldatei darf höchstens { $megabytes } MB groß sein.
check-not-text = Die Datei ist kein Text (UTF-8): Bitte eine Artikeldatei (.json) oder den Text eines Artikels (.txt) öffnen.
check-not-article = Die Datei ist keine Artikeldatei.
check-no-text = Es gibt keinen Text, aus dem sich ein Entwurf erstellen ließe.
check-unreadable = Die Datei konnte nicht gelesen werden.
check-format-other = „{ $found }“ ist kein Format, das diese Leseransicht kennt; sie liest nur „{ $format }“.
check-format-missing = Das Feld fehlt oder enthält keinen Text: Eine Artikeldatei beginnt mit "format": "{ $format }".
check-json-unclosed = Bei einem Text in Anführungszeichen fehlt das schließende Anführungszeichen.
check-json-ends-value = Die Datei endet an einer Stelle, an der ein Wert stehen müsste.
check-json-ends-list = Die Datei endet mitten in einer Liste (es fehlt ein ']').
check-json-ends-object = Die Datei endet mitten in einem Objekt (es fehlt ein '{"}"}').
check-json-value = Hier wird ein Wert erwartet (Text in Anführungszeichen, eine Zahl, true, false, null, [ oder {"{"}).
check-json-trailing-comma = Nach dem Komma wird ein Wert erwartet: Eine Liste oder ein Objekt darf nicht mit einem Komma enden.
check-json-list-comma = In einer Liste wird hier ',' oder ']' erwartet.
check-json-object-comma = In einem Objekt wird hier ',' oder '{"}"}' erwartet.
check-json-colon = Nach einem Feldnamen wird ':' erwartet.
check-json-key = Hier wird ein Feldname in Anführungszeichen erwartet.
check-json-trailing = Nach dem Ende der Daten steht noch weiterer Text.
check-json-number-large = Die Zahl ist zu groß.
check-json-number = Die Zahl ist falsch geschrieben.
check-json-escape = Auf '\' folgt ein Zeichen, das dort nicht erlaubt ist.
check-json-utf8 = Der Text ist kein gültiges UTF-8.
check-json-control = Steuerzeichen wie Zeilenumbrüche müssen innerhalb von Anführungszeichen mit '\' geschrieben werden (etwa \n).
check-json-surrogate = Auf eine \u-Escape-Sequenz mit hohem Surrogat muss eine mit tiefem Surrogat folgen.
check-json-hex = Auf \u müssen vier Hexadezimalziffern folgen.
check-json-deep = Listen und Objekte sind mehr als { $depth } Ebenen tief ineinander verschachtelt.
check-json-twice = Das Feld „{ $field }“ kommt im selben Objekt zweimal vor.
# Jeder andere Fehler des JSON-Lesers, in dessen eigenen (englischen) Worten.
check-json-other = { $message }.
# $expected und $found sind Arten von JSON-Werten.
check-wrong-type = Erwartet wird { $expected ->
    [object] ein Objekt
    [list] eine Liste
    [boolean] true oder false
   *[text] Text in Anführungszeichen
}, gefunden wurde { $found ->
    [null] null
    [boolean] ein Wahrheitswert (true oder false)
    [number] eine Zahl
    [list] eine Liste
    [object] ein Objekt
   *[text] Text
}.
check-missing = Dieses Feld fehlt.
check-empty = Das Feld darf nicht leer sein.
check-id = „{ $id }“ ist keine gültige Kennung: Erlaubt sind 1 bis 64 Zeichen aus Kleinbuchstaben (a–z, ohne Umlaute und ß), Ziffern, '-' und '_'; das erste Zeichen muss ein Buchstabe oder eine Ziffer sein.
# $words sind die Wörter des Formats für das Feld („person, people, organisation“).
check-word = „{ $value }“ ist keine bekannte { $field ->
    [actor-kind] Art von Akteur
    [claim-kind] Art von Aussage
   *[relation-kind] Art von Beziehung
}; zulässig sind: { $words }.
check-date = „{ $date }“ ist kein gültiges Datum (bitte YYYY-MM-DD, YYYY-MM oder YYYY verwenden).
check-link = „{ $link }“ ist kein vollständiger Link, der mit http:// oder https:// beginnt.
# $path ist die Stelle des ersten Eintrags mit dieser Kennung: actors[2].
check-id-taken = „{ $id }“ ist bereits die Kennung von { $path }.
# $list ist der Name einer Liste der Datei: actors, sources, claims, paragraphs.
check-id-unknown = In { $list } gibt es keinen Eintrag mit der Kennung „{ $id }“.
check-too-many = Die Liste hat { $count } Einträge; erlaubt sind höchstens { $most }.
check-id-listed-twice = „{ $id }“ ist doppelt aufgeführt.
check-unsourced-reserved = „unsourced“ ist für Aussagen ohne Quelle reserviert; bitte eine andere Kennung wählen.
check-relation-two = Eine Beziehung verknüpft genau zwei Aussagen, nicht { $count }.
check-relation-same = Eine Beziehung muss zwei verschiedene Aussagen verknüpfen.
# $path ist die frühere Beziehung: relations[3].
check-related-already = Diese beiden Aussagen sind bereits durch { $path } verknüpft.
check-quote-absent = Der Text „{ $quote }“ kommt in Absatz { $paragraph } nicht vor.
check-quote-context = „{ $quote }“ kommt in Absatz { $paragraph } vor, aber nicht mit dem angegebenen Text davor und danach (prefix, suffix).
check-quote-many = „{ $quote }“ kommt in Absatz { $paragraph } { $count }-mal vor; bitte mit prefix oder suffix (dem Text davor oder danach) angeben, welche Stelle gemeint ist.
# Wenn eine Seite eine Datei nennt (data=), die sich nicht herunterladen lässt; $address ist die Adresse der Datei.
check-fetch-address = „{ $address }“ ist keine gültige Adresse.
check-fetch-not-http = „{ $address }“ ist keine Adresse mit http:// oder https://.
check-fetch-network = Die Artikeldatei unter { $address } konnte nicht heruntergeladen werden: Die Anfrage über das Netz ist fehlgeschlagen (keine Internetverbindung, oder der Server erlaubt den Abruf nicht).
# $status ist die Antwort des Servers: „404 Not Found“.
check-fetch-status = Die Artikeldatei unter { $address } konnte nicht heruntergeladen werden: Der Server antwortete mit { $status }.
check-fetch-large = Die Artikeldatei unter { $address } konnte nicht heruntergeladen werden: Sie ist größer als die { $megabytes } MB, die eine Artikeldatei höchstens umfassen darf.
check-fetch-body = Die Artikeldatei unter { $address } konnte nicht heruntergeladen werden: Ihr Inhalt ließ sich nicht lesen.

## Editor: die Leiste. Der Editor (unter ?edit) ist das Werkzeug der Redaktion, mit dem sie die
## Datei eines Artikels erstellt; seine Meldungen (Kennungen mit editor-) gibt es nur im Editor.
##
## Glossar des Editors:
##   draft / drafted     = Entwurf / entworfen (die automatisch vorgeschlagenen Einträge)
##   mark as checked     = Als geprüft markieren; Check (Bereich) = Prüfung
##   another name of     = weiterer Name von
##   preview             = Vorschau
##   publish             = veröffentlichen; Download (Bereich) = Download
##   undo / redo         = Rückgängig / Wiederholen
##   explorer            = Leseransicht
##   annotate            = annotieren

# Nach dem Namen Claimscope (in jeder Sprache gleich) dieses Wort in der Akzentfarbe.
editor-bar-name = Editor
editor-page-title = Claimscope-Editor
# Titel des Browser-Tabs, solange ein Artikel geöffnet ist ($title ist seine Überschrift).
editor-page-title-article = { $title } · Claimscope-Editor
editor-open-file = Datei öffnen…
editor-another-article = Anderer Artikel…
editor-another-article-title = Anderen Artikel einfügen oder öffnen; dieser bleibt gespeichert
editor-undo = Rückgängig
editor-undo-title = Rückgängig (Strg+Z)
editor-redo = Wiederholen
editor-redo-title = Wiederholen (Strg+Umschalt+Z)
# Die Schaltfläche, die die Artikeldatei sofort herunterlädt.
editor-download = Herunterladen

## Editor: Speichern in diesem Browser (Statuszeile der Leiste und Hinweis, wenn ein anderer Tab gespeichert hat)

editor-saved = In diesem Browser gespeichert
editor-not-saved-other-tab = Nicht gespeichert: in einem anderen Tab geändert
editor-not-saved-refused = Nicht gespeichert: Dieser Browser verweigert das Speichern – bitte die Datei herunterladen
editor-other-tab = Dieser Artikel wurde in einem anderen Tab oder Fenster geändert, seit er hier zuletzt gespeichert wurde. Welche Fassung soll bleiben? Bis zur Entscheidung ruht die Bearbeitung hier, damit keine Änderung entsteht, die sich nicht speichern lässt.
# Die beiden Antworten: die Fassung des anderen Tabs behalten oder die dieses Tabs.
editor-other-tab-theirs = Fassung des anderen Tabs
editor-other-tab-ours = Fassung dieses Tabs

## Editor: der Startbildschirm

editor-start-title = Claimscope-Datei für Ihren Artikel erstellen
editor-start-intro = Fügen Sie den Artikel so ein, wie Sie ihn von seiner Seite kopieren – Überschrift, Autorenzeile, Text und Quellenverzeichnis –, und Claimscope entwirft die Aussagen, ihre Urheber und die Quellen, auf die sie sich stützen. Den Entwurf prüfen und korrigieren Sie dann, indem Sie Wörter im Text auswählen. Nichts verlässt diesen Computer; Ihre Arbeit wird laufend in diesem Browser gespeichert.
editor-start-paste = Text des Artikels
# Steht im leeren Feld, bis etwas eingefügt wird: die Form eines Artikels.
editor-start-paste-placeholder =
    Überschrift

    Von …

    Erster Absatz…
editor-start-draft = Entwurf aus diesem Text erstellen
editor-start-drafting = Entwurf wird erstellt…
# „Datei öffnen“ ist die Schaltfläche editor-open-file in der Leiste.
editor-start-hint = Oder eine Textdatei (.txt) oder Artikeldatei (.json) mit „Datei öffnen“ laden oder auf diese Seite ziehen.
# Überschrift der Liste der Artikel, an denen in diesem Browser gearbeitet wurde.
editor-start-saved = In diesem Browser gespeichert
# Ein gespeicherter Artikel zum erneuten Öffnen ($title ist seine Überschrift oder Kennung).
editor-start-go-on = Weiter mit „{ $title }“

## Editor: einen anderen Artikel öffnen. $origin ist pasted für auf dem Startbildschirm eingefügten
## Text, sonst file, mit dem Namen der Datei in $name.

editor-refused-title = { $origin ->
    [pasted] Der eingefügte Text ist kein Artikel, den Claimscope öffnen kann
   *[file] { $name } ist kein Artikel, den Claimscope öffnen kann
}
# Vor der Liste der Probleme, die die Prüfung fand; $open ist yes, wenn ein Artikel geöffnet war.
editor-refused-found = { $open ->
    [yes] Der geöffnete Artikel bleibt unverändert. Die Prüfung ergab:
   *[no] Die Prüfung ergab:
}
# The notice's title when nothing was drafted because the drafter's word lists for the text's
# language could not be downloaded (its text is editor-language-unavailable).
editor-unavailable-title = Noch kein Entwurf erstellt
editor-close = Schließen
editor-file-too-large = Die Datei ist größer als { $megabytes } MB; mehr darf eine Artikeldatei nicht umfassen.
editor-file-unreadable = Der Browser konnte die Datei nicht lesen.
editor-replace-title = Anderen Artikel öffnen?
editor-replace-saved = In diesem Browser ist bereits Arbeit an demselben Artikel gespeichert. Beim Öffnen { $origin ->
    [pasted] des eingefügten Texts
   *[file] von { $name }
} wird sie durch diesen Stand ersetzt; wer sie behalten will, lädt sie vorher herunter.
# $title ist die Überschrift des gerade geöffneten Artikels.
editor-replace-open = Beim Öffnen { $origin ->
    [pasted] des eingefügten Texts
   *[file] von { $name }
} wird „{ $title }“ geschlossen. Die Arbeit daran bleibt in diesem Browser gespeichert und lässt sich später fortsetzen.
editor-replace-yes = Öffnen
editor-cancel = Abbrechen

## Editor: der Text, seine Auswahlleiste und die Vorschau

# Benennt die beiden Schaltflächen, die den Text des Artikels oder die Vorschau zeigen.
editor-show = Anzeige
editor-text = Text
editor-preview = Vorschau
editor-preview-blocked = Die Leseransicht kann die Datei erst zeigen, wenn die Probleme unter „Prüfung“ behoben sind.
editor-text-label = Text des Artikels: Wörter auswählen, um daraus eine Aussage, einen Akteur oder eine Quelle zu machen
editor-select-hint = Wörter im Text auswählen (ziehen oder Umschalt und Pfeiltasten), um sie zu annotieren.
# $words sind die im Text ausgewählten Wörter, gekürzt.
editor-selected = Ausgewählt: „{ $words }“
editor-annotate = Ausgewählte Wörter annotieren
editor-new-claim = Neue Aussage
editor-new-actor = Neuer Akteur
# Macht die ausgewählten Wörter zu einer Quelle, auf die sich die umgebende Aussage beruft.
editor-cite = Quelle
# Neben der Liste der Akteure: Die ausgewählten Wörter sind ein weiterer Name des gewählten Akteurs.
editor-alias-of = Ist weiterer Name von

## Editor: die Seitenleiste, ihre Bereiche und Listen (Aussagen, Akteure, Quellen und Artikel
## sind die Meldungen view-… der Leseransicht)

editor-annotations = Annotationen
editor-panels = Bereiche
editor-panel-check = Prüfung
editor-panel-events = Ereignisse
# Der Bereich, in dem die Datei heruntergeladen und der Code zum Einbetten erstellt wird.
editor-panel-download = Download
# Führt vom Formular eines Eintrags zurück zu seiner Liste.
editor-back = ← Alle
# Kennzeichnet einen Eintrag, den der Entwurf vorgeschlagen und noch niemand geprüft hat.
editor-drafted-badge = Entwurf
# Neben jeder Quelle in ihrer Liste: ob das Quellenverzeichnis des Artikels sie aufführt.
editor-listed = im Quellenverzeichnis
editor-unlisted = nicht im Quellenverzeichnis
editor-add-actor = Akteur von Hand hinzufügen
# The ✕ beside each actor in its list, for a screen reader and as a tooltip.
editor-remove-named = { $name } entfernen
# Markiert auf einmal alle Akteure, die der Entwurf vorgeschlagen hat, sobald ihre Namen in der Liste stimmen.
editor-check-all-actors = Alle Akteure als geprüft markieren
# Der Name eines von Hand hinzugefügten Akteurs, bis er einen erhält.
editor-new-actor-name = Neuer Akteur
editor-add-event = Ereignis hinzufügen
# Ein Ereignis in seiner Liste, solange es keine Beschriftung hat.
editor-event-untitled = Ereignis ohne Beschriftung

## Editor: der Bereich Prüfung ($problem ist eine der Meldungen der Prüfung, check-…)

editor-checking = Datei wird geprüft…
editor-check-problems = Fehler
editor-check-valid = Die Datei ist gültig: Die Leseransicht zeigt sie an.
editor-check-invalid = Die Leseransicht kann die Datei erst zeigen, wenn Folgendes behoben ist:
# Ein Problem, nach der Stelle in der Datei, die es betrifft ($path: claims[2].summary).
editor-check-problem = { $path }: { $problem }
editor-check-warnings = Vor der Veröffentlichung ergänzen
editor-check-findings = Befunde, die das Publikum sieht

## Editor: was das Formular jedes Eintrags enthält

editor-drafted = Entwurf, noch nicht geprüft
editor-mark-checked = Als geprüft markieren
editor-field-name = Name
editor-kind = Art
editor-note = Anmerkung für das Publikum (optional)
editor-remove = Entfernen
# Ein Wert in der Datei, den die Liste nicht kennt ($value so, wie die Datei ihn schreibt).
editor-unknown = { $value } (unbekannt)

## Editor: das Formular einer Aussage ($id ist die Kennung der Aussage in der Datei)

editor-claim = Aussage
editor-claim-heading = Aussage { $id }
editor-quote = Zitat
editor-requote = Stattdessen die ausgewählten Wörter zitieren
editor-summary = Zusammenfassung: die Aussage in einem einfachen Satz
editor-claimant = Urheber der Aussage
editor-claim-sources = Gestützt auf (Quellen)
editor-claim-remove = Diese Aussage entfernen
editor-related = Verknüpfte Aussagen
editor-unlink = Lösen
editor-another-claim = Andere Aussage
editor-contradicts = Widerspricht dieser
editor-supports = Stützt diese

## Editor: das Formular eines Akteurs ($id ist die Kennung des Akteurs in der Datei)

# Benennt das Formular eines Akteurs und die Liste der Akteure neben „Ist weiterer Name von“.
editor-actor = Akteur
editor-actor-heading = Akteur { $id }
editor-actor-summary = Wer das ist, in einem Satz
editor-aliases = Weitere Namen im Text (Abkürzungen, Kurzformen)
# Jeder weitere Name eines Akteurs: Weiterer Name 1, Weiterer Name 2 …
editor-alias = Weiterer Name { $number }
editor-add-alias = Weiteren Namen hinzufügen
editor-actor-remove = Diesen Akteur entfernen

## Editor: das Formular einer Quelle ($id ist die Kennung der Quelle in der Datei)

editor-source = Quelle
editor-source-heading = Quelle { $id }
editor-outlet = Medium oder Stelle
editor-source-author = Autor/in (optional)
editor-source-title = Titel (optional)
# Die Datei schreibt Daten als Jahr-Monat-Tag, Jahr-Monat oder Jahr: Beispiele unverändert lassen.
editor-source-date = Datum: 2024-03-05, 2024-03 oder 2024 (optional)
editor-source-url = Link (optional)
editor-source-listed = Im Quellenverzeichnis des Artikels
editor-source-remove = Diese Quelle entfernen

## Editor: das Formular eines Ereignisses ($id ist die Kennung des Ereignisses in der Datei)

editor-event = Ereignis
editor-event-heading = Ereignis { $id }
editor-event-date = Datum: 2024-03-05, 2024-03 oder 2024
editor-event-label = Beschriftung in der Zeitleiste
# Vor den Aussagen, die das Ereignis nennen, je ein Kontrollkästchen.
editor-event-claims = Genannt in
editor-event-remove = Dieses Ereignis entfernen

## Editor: das Formular des Artikels

editor-article-heading = Der Artikel
editor-article-title = Überschrift
editor-article-id = Kennung (Name der Datei, auch in Adressen)
editor-article-category = Ressort oder Rubrik (optional)
editor-article-publisher = Herausgeber (optional)
# Ein Sprach-Tag nach BCP 47, so wie die Datei ihn schreibt.
editor-article-language = Sprache (de, en, pt-BR)
editor-article-published = Veröffentlicht: 2024-03-05 (optional)
editor-article-url = Veröffentlicht unter (Link, optional)
editor-credits = Mitwirkende
# Die Rollen, die die Leseransicht in eigenen Worten nennt: author, writer, editor, supervisor und
# translator, in der Datei auf Englisch.
editor-credit-role = Rolle (englisch: author, editor …)
editor-add-credit = Mitwirkende hinzufügen

## Editor: der Bereich Download und der Code, der die Leseransicht einbettet

editor-publish-title = Datei herunterladen
editor-publish-invalid = Die Leseransicht kann diese Datei noch nicht zeigen: siehe „Prüfung“. Herunterladen lässt sie sich trotzdem, um später weiterzuarbeiten.
# $file ist der Name der Datei: harbour-closure.json
editor-publish-download = { $file } herunterladen
editor-embed-title = In die eigene Seite einbetten
editor-embed-hosted = Adresse, unter der die Datei liegen wird
editor-embed-explorer = Adresse der Claimscope-Leseransicht
editor-embed-code = Diesen Code dort einfügen, wo die Leseransicht erscheinen soll
editor-embed-cors = Der Server der Datei muss der Adresse der Leseransicht das Lesen erlauben (CORS), außer beide liegen auf derselben Website.

## Editor: einen Akteur oder eine Quelle entfernen, die Aussagen verwenden. Die Sätze der Frage
## folgen in dieser Reihenfolge, der zweite und dritte nur, wenn es solche Aussagen gibt; $name
## ist der Name des Akteurs oder der Quelle, $claims eine Liste von Kernaussagen.

editor-remove-title = { $name } entfernen?
editor-remove-used = { $name } wird noch verwendet.
editor-remove-by = Als Urheber oder Quelle in: { $claims }.
editor-remove-about = Als Gegenstand in: { $claims }.
editor-remove-effect = Beim Entfernen wird der Eintrag aus diesen Aussagen gelöst (seine eigenen Aussagen gehen an Autor/in und sind erneut zu prüfen). Das lässt sich rückgängig machen.
# Eine Aussage in den Listen oben, mit ihrer Kernaussage.
editor-remove-headline = „{ $headline }“

## Editor: die Sprache des eingefügten Textes

editor-language = Sprache des Textes
editor-language-detected = Erkannt: { $language }
editor-language-other = Andere Sprache
editor-language-neutral = Für diese Sprache hat Claimscope keine Wortlisten: Beim Entwurf werden nur Zitate und Namen erkannt; wer was sagt, legen Sie selbst fest.
editor-language-unavailable = Die Wortlisten für { $language } konnten nicht geladen werden (bitte prüfen Sie die Internetverbindung). Versuchen Sie es erneut, oder wählen Sie „Andere Sprache“, um den Entwurf nur anhand von Zitaten und Namen zu erstellen.
editor-drafter-unavailable = Der Entwurfsassistent konnte nicht geladen werden (bitte prüfen Sie die Internetverbindung). Versuchen Sie es erneut.
editor-drafter-stopped = Der Entwurfsassistent ist bei diesem Text abgebrochen, es wurde nichts entworfen. Versuchen Sie es erneut, oder wählen Sie „Andere Sprache“, um den Entwurf nur anhand von Zitaten und Namen zu erstellen.

## Editor: die Hinweise der Prüfung, jeweils nach der Stelle, die zu ergänzen ist („claims[3].summary:“),
## im Bereich Prüfung (und, auf Englisch, aus `claimscope check`)

# $why ist eine der Meldungen darunter und sagt, warum ein leeres Feld wichtig ist.
editor-check-empty = leer: { $why }
editor-check-no-headline = Der Artikel hat keine Überschrift.
editor-check-no-language = Die Sprache des Textes angeben („de“), damit Screenreader ihn richtig aussprechen.
editor-check-credit-name = Ein Eintrag bei den Mitwirkenden nennt niemanden.
editor-check-credit-role = Angeben, was diese Person beigetragen hat (englisch: author, editor …).
editor-check-empty-paragraph = Der Absatz ist leer.
editor-check-empty-alias = Ein leerer weiterer Name bezeichnet nichts.
editor-check-actor-summary = Das Publikum sieht keine Beschreibung dieses Akteurs.
# $name so, wie die Datei ihn schreibt, $spelt so, wie der Text ihn schreibt (mit anderem Apostroph oder anderen Anführungszeichen).
editor-check-spelt = Der Text schreibt nicht „{ $name }“, sondern „{ $spelt }“: Das Publikum findet die eine Schreibweise nicht unter der anderen.
editor-check-unused-actor = { $name } ist weder Urheber noch Gegenstand einer Aussage; das Publikum findet den Eintrag nur in der Ansicht „Akteure“.
editor-check-unused-source = Keine Aussage beruft sich auf { $source }, und das Quellenverzeichnis führt die Quelle nicht auf.
editor-check-claim-summary = Das Publikum sieht das Zitat statt einer Zusammenfassung.
# „Betrifft“ ist der Filter nach dem Gegenstand der Aussagen (facet-about).
editor-check-no-subject = Die Aussage betrifft keinen Akteur, daher findet der Filter „Betrifft“ sie nie.
editor-check-event-label = Das Ereignis hat keine Beschriftung in der Zeitleiste.
editor-check-event-claims = Keine Aussage nennt dieses Ereignis, daher zeigen die Filter es nie an.
