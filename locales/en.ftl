# Claimscope's interface in English: the source every other language translates
# (docs/translating.md). A message's id never changes; its text may. Variables ({ $name }) and
# the choices on them ({ $count -> [one] … *[other] … }, by CLDR's plural categories) must stay;
# the text is plain text, never HTML.

## Dates: day, month (1–12) and year are numbers; write the months in the form each pattern needs.

date-day = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
date-month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
date-year = { $year }

## The search box and the count of matching claims

search-label = Search claims
search-placeholder = Search claims, people, sources
result-count-all = { $total ->
    [one] { $total } claim
   *[other] { $total } claims
}
result-count-filtered = { $matching } of { $total ->
    [one] { $total } claim
   *[other] { $total } claims
}
clear-all-filters = Clear all filters

## Integrity findings ($source, $actor, $first, $second and $name are names from the article)

finding-unlisted-title = { $source } is cited but missing from the reference list
finding-unlisted-detail = The text attributes { $count ->
    [one] { $count } claim
   *[other] { $count } claims
} to { $source }, but the reference list does not include it, so a reader cannot look it up.
finding-uncited-title = { $source } is listed but never cited
finding-uncited-detail = The reference list includes it, but no claim in the text is attributed to it.
finding-contradiction-title = { $first } and { $second } contradict each other
# The article's own voice, as a finding names it.
finding-author = the author ({ $name })
# Two claims' headlines, when the article gives no note on their contradiction.
finding-contradiction-detail = “{ $first }” against “{ $second }”.
finding-unsourced-title = { $count ->
    [one] { $count } claim
   *[other] { $count } claims
} without a source
finding-unsourced-detail = The text attributes these claims to no source: they rest on the word of whoever makes them.
finding-names-title = { $actor } is called by different full names
# One of the names, with the paragraphs it is in ($paragraphs: "2, 5").
finding-names-name = “{ $name }” ({ $count ->
    [one] paragraph
   *[other] paragraphs
} { $paragraphs })
# Joins the names: "A and B", then "A and B and C".
finding-names-detail = The text calls the same actor { $names }. Readers may take them for different actors.

## The kinds of actor, claim and relation

actor-kind-person = Person
actor-kind-people = Group of people
actor-kind-organisation = Organisation
actor-kind-armed-group = Armed group
actor-kind-state = State
actor-kind-government = Government
actor-kind-military = Military
actor-kind-intelligence-agency = Intelligence agency
actor-kind-media = Media
actor-kind-author = The article's author
claim-kind-report = Report
claim-kind-assessment = Assessment
claim-kind-statement = Statement
claim-kind-denial = Denial
relation-kind-contradicts = Contradicts
relation-kind-supports = Supports

## The views' tabs

view-article = Article
view-claims = Claims
view-actors = Actors
view-sources = Sources
view-timeline = Timeline
view-network = Network
view-integrity = Integrity
views = Views
findings-badge = { $count ->
    [one] { $count } finding
   *[other] { $count } findings
}
filters-toggle = { $count ->
    [0] Filters
   *[other] Filters ({ $count })
}
filters = Filters

## The masthead ($role is the credit's role in lower case, $label as the file writes it)

credit-lead = { $role ->
    [author] By
    [writer] By
    [editor] Edited by
    [supervisor] Supervised by
    [translator] Translated by
   *[other] { $label }:
}
open-full-explorer = Open the full explorer
new-tab = (new tab)

## The filters

filter-claims = Filter claims
facet-by = Claimed by
facet-about = About
facet-source = Source
facet-kind = Kind of claim
facet-hint = Within a group any ticked value matches; across groups, all must.
facet-no-source = No source
facet-author = { $name } (the author)
facet-count = { $count ->
    [one] { $count } claim
   *[other] { $count } claims
}
facet-clear = Clear { $facet }
facet-clear-button = Clear
facet-show-fewer = Show fewer
facet-show-all = Show all { $count }

## Cards

actor-claims-none = { $side ->
    [made] No claims made
   *[about] No claims about them
}
actor-claims = { $side ->
    [made] { $count ->
        [one] { $count } claim made
       *[other] { $count } claims made
    }
   *[about] { $count ->
        [one] { $count } claim about them
       *[other] { $count } claims about them
    }
}
actor-mentions = { $count ->
    [0] Not named in the text
    [one] Named once in the text
   *[other] Named { $count } times in the text
}
actor-in-byline = Named in the byline
actor-aliases = Also called
claim-contradicted-by = Contradicted by
claim-supported-by = Supported by
claim-in-context = Show in the article, paragraph { $paragraph }
claim-author = the author
claim-about = About
claim-sources = Sources
claim-unsourced = Unsourced
claim-note = Annotator's note:
claim-original = Read it in the original
# A claim's tooltip in the article: who, what kind, on whose word.
claim-tip = { $claimant } · { $kind } · { $sources }
claim-tip-contradicted = { $claimant } · { $kind } · { $sources } · contradicted
claim-tip-no-source = no source

## The article view

article-title = The article, with its claims highlighted
legend-highlighted = Highlighted
legend-highlighted-text = text is a claim: select it to see who makes it and on whose word.
legend-dashed = Dashed
legend-dashed-text = claims cite no source;
legend-contested-text = marks a claim another contradicts;
legend-dotted = dotted
legend-dotted-text = names are actors.
note = Note:
skip-to-view = Skip to the view

## Sources and references

references = References
references-unlisted = Cited in the text but missing from this list:
reference-cited = { $count ->
    [0] never cited in the text
    [one] cited by { $count } claim
   *[other] cited by { $count } claims
}
source-citing = { $count ->
    [0] No claim cites it
    [one] { $count } claim cites it
   *[other] { $count } claims cite it
}
source-undated = Undated
source-by = By { $author }
source-listed = In the reference list
source-unlisted = Missing from the reference list
source-unlisted-text = : the text cites it, but a reader cannot look it up.

## The timeline

no-claim-matches = No claim matches these filters.
timeline-none = This article dates no events.
timeline-none-matching = None of the matching claims reports a dated event.
timeline-one = One dated event, { $date }: there is no time line to draw.
timeline-span = { $count ->
    [one] { $count } event
   *[other] { $count } events
}, from { $first } to { $last }. Arrow keys step from one to the next.
timeline-events = Events in date order

## The integrity view

integrity-title = What a careful reader should know
integrity-intro = Computed from the article's data: gaps in its sourcing, names that may confuse, and claims that contradict each other.
integrity-concerning = { $count ->
    [0] None of the findings concerns the matching claims.
    [one] { $count } of { $total } findings concerns the matching claims.
   *[other] { $count } of { $total } findings concern the matching claims.
}
integrity-claims-citing = Claims citing { $source }
integrity-claims-unsourced = Claims without a source
integrity-paragraph = paragraph { $paragraph }
integrity-in-text = In the text:

## The network

network-no-matches = No claim matches these filters, so there are no links to draw.
network-no-links = None of the matching claims is about a named actor, so there are no links to draw.
network-intro = { $claims ->
    [one] { $claims } claim
   *[other] { $claims } claims
} by { $claimants ->
    [one] { $claimants } actor
   *[other] { $claimants } actors
} about { $subjects ->
    [one] { $subjects } actor
   *[other] { $subjects } actors
}: who says what about whom. Select a name to see its links alone.
# A name in the picture, for screen readers: "Mayor, makes 3 claims".
network-node = { $side ->
    [claimant] { $name }, makes { $count ->
        [one] { $count } claim
       *[other] { $count } claims
    }
   *[subject] { $name }, is the subject of { $count ->
        [one] { $count } claim
       *[other] { $count } claims
    }
}
network-who-claims = Who claims
network-about-whom = About whom
network-who-claims-what = Who claims what about whom
network-legend = Legend
network-contradicted = Contradicted
network-wider = Wider: more claims
network-table = The links as a table
network-claims = Claims
network-kinds = Kinds
network-link = { $from } about { $subject }
network-link-count = { $count ->
    [one] { $count } claim
   *[other] { $count } claims
}
network-link-contradicted = { $count } contradicted
network-more = and { $count } more
network-claims-by = { $count ->
    [one] { $count } claim
   *[other] { $count } claims
} by { $name } in the Claims view
network-claims-about = { $count ->
    [one] { $count } claim
   *[other] { $count } claims
} about { $name } in the Claims view
network-every-link = Show every link

## Lists of cards

claims-show-more = { $more ->
    [one] Show the last one
   *[other] { $fits ->
        [yes] Show the last { $more }
       *[no] Show { $page } more of { $more }
    }
}

## Share and export

share = Share / Embed
share-link = Link to this view
share-embed = Embed this view in a page
share-copy = Copy
share-copied = Copied.
share-copy-by-selecting = Selected: press Ctrl+C (⌘C on a Mac) to copy.
share-resize-hint = The frame resizes itself to its content with the script on the second line, or with a pym.js parent.
export-none = No claim matches the filters: the spreadsheet and the linked data would be empty. The article file holds every claim.
export-all = Download all { $count ->
    [one] { $count } claim
   *[other] { $count } claims
}
export-matching = { $count ->
    [one] Download the claim the filters match
   *[other] Download the { $count } claims the filters match
}
export-json = The whole article file (JSON)
export-csv = Spreadsheet (CSV)
export-jsonld = Linked data (JSON-LD)
sources-unsourced = { $count ->
    [one] { $count } claim
   *[other] { $count } claims
}
# After sources-unsourced ("1 claim", "3 claims"). English keeps "cite" after one claim too, as
# the explorer has always said (tests/e2e/exact.test.mjs); a translation agrees with the count.
sources-unsourced-text = { $count ->
    [one] cite no source at all.
   *[other] cite no source at all.
}
show-all = { $list ->
    [actors] Show all actors, not only those in matching claims
   *[sources] Show all sources, not only those in matching claims
}

## The embed's footer and the error panel

embed-source = Source:
embed-get-data = Get the data
error-title = This article could not be loaded
# Followed by the command's name, then a colon and the list of problems (in English).
error-text = Its data file has problems. The article's publisher can fix them with
timeline-reported-by = Reported by { $names }
reference-by = By { $author }.

## The spreadsheet's (CSV) header row: one cell a column, as docs/exports.md lists them

csv-id = id
csv-paragraph = paragraph
csv-quote = quote
csv-summary = summary
csv-claimant = claimant
csv-kind = kind
csv-sources = sources
csv-subjects = subjects
csv-contradicted-by = contradicted by
csv-supported-by = supported by

## Lists: $first is an item, $rest the rest of the list, already joined. "A, B and C" is
## list-unit(A, list-and(B, C)); list-unit alone joins lists without "and" (a tooltip's sources).

list-and = { $first } and { $rest }
list-unit = { $first }, { $rest }
